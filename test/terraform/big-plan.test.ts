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
  // 20 modules × 500 = 30,000 resource changes, 10,000 inline policies resolved through configuration.
  // (bench/ measures the 100,000-change case; this keeps the suite fast on 2 cores.)
  const file = join(mkdtempSync(join(tmpdir(), 'iam-br-big-')), 'big.json');
  writeFileSync(file, bigPlan(20, 500));

  it('reads 30,000 resource changes in one pass, in memory and streamed, with the same result', async () => {
    const t0 = performance.now();
    const whole = await read(file);
    const inMemoryMs = performance.now() - t0;
    expect(whole.meta?.resourceChanges).toBe('30000');
    const deleted = whole.changes.filter((c) => c.effects.some((e) => e.kind === 'deleted'));
    expect(deleted).toHaveLength(1000);
    const policies = whole.changes.filter((c) => c.resourceType === 'aws_iam_role_policy');
    expect(policies).toHaveLength(10000);
    // The role of each policy is known only through configuration + the policy's own for_each key.
    expect(policies[7]!.roles).toEqual(['svc-0-7']);
    expect(policies[9999]!.roles).toEqual(['svc-19-499']);

    streaming.thresholdBytes = 0;
    const t1 = performance.now();
    const streamed = await read(file);
    const streamedMs = performance.now() - t1;
    expect(streamed).toEqual(whole);
    // Per-change scans of configuration or prior_state would be quadratic here (minutes, not seconds).
    // Bounds are loose for a loaded CI machine; a quadratic scan takes minutes at this size.
    expect(inMemoryMs).toBeLessThan(45_000);
    expect(streamedMs).toBeLessThan(60_000);
    console.log(`big plan: in-memory ${inMemoryMs.toFixed(0)} ms, streamed ${streamedMs.toFixed(0)} ms`);
  }, 120_000);
});
