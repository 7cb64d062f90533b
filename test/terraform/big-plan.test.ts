/** Big plans: one pass, indexes built once; both parse paths agree. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { streaming } from '../../src/changes/terraform/index.js';
import { bigPlan } from './big-plan.js';
import { read } from './helpers.js';

const original = streaming.thresholdBytes;
afterEach(() => {
  streaming.thresholdBytes = original;
});

describe('big plan', () => {
  // 60 modules × 500 = 90,000 resource changes, 30,000 inline policies resolved through configuration.
  const file = join(mkdtempSync(join(tmpdir(), 'iam-br-big-')), 'big.json');
  writeFileSync(file, bigPlan(60, 500));

  it('reads 90,000 resource changes in one pass, in memory and streamed, with the same result', async () => {
    const t0 = performance.now();
    const whole = await read(file);
    const inMemoryMs = performance.now() - t0;
    expect(whole.meta?.resourceChanges).toBe('90000');
    const deleted = whole.changes.filter((c) => c.effects.some((e) => e.kind === 'deleted'));
    expect(deleted).toHaveLength(3000);
    const policies = whole.changes.filter((c) => c.resourceType === 'aws_iam_role_policy');
    expect(policies).toHaveLength(30000);
    // The role of each policy is known only through configuration + the policy's own for_each key.
    expect(policies[7]!.roles).toEqual(['svc-0-7']);
    expect(policies[29999]!.roles).toEqual(['svc-59-499']);

    streaming.thresholdBytes = 0;
    const t1 = performance.now();
    const streamed = await read(file);
    const streamedMs = performance.now() - t1;
    expect(streamed).toEqual(whole);
    // Per-change scans of configuration or prior_state would be quadratic here (minutes, not seconds).
    expect(inMemoryMs).toBeLessThan(20_000);
    expect(streamedMs).toBeLessThan(40_000);
    console.log(`big plan: in-memory ${inMemoryMs.toFixed(0)} ms, streamed ${streamedMs.toFixed(0)} ms`);
  }, 120_000);
});
