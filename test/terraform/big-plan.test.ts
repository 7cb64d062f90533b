/** Big plans: one pass, indexes built once; the scanner and the whole-text reference agree. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePlan, toReading } from '../../src/changes/terraform/analyse.js';
import { parseText } from '../../src/changes/terraform/load.js';
import { bigPlan } from './big-plan.js';
import { read } from './helpers.js';

describe('big plan', () => {
  // 20 modules × 500 = 30,000 resource changes, 10,000 inline policies resolved through configuration.
  // (bench/ measures the 100,000-change case; this keeps the suite fast on 2 cores.)
  const file = join(mkdtempSync(join(tmpdir(), 'iam-br-big-')), 'big.json');
  writeFileSync(file, bigPlan(20, 500));

  it('reads 30,000 resource changes in one pass, with the result of reading it whole', async () => {
    const t0 = performance.now();
    const scanned = await read(file);
    const scannedMs = performance.now() - t0;
    expect(scanned.meta?.resourceChanges).toBe('30000');
    expect(scanned.meta?.parse).toBe('scan');
    const deleted = scanned.changes.filter((c) => c.effects.some((e) => e.kind === 'deleted'));
    expect(deleted).toHaveLength(1000);
    const policies = scanned.changes.filter((c) => c.resourceType === 'aws_iam_role_policy');
    expect(policies).toHaveLength(10000);
    // The role of each policy is known only through configuration + the policy's own for_each key.
    expect(policies[7]!.roles).toEqual(['svc-0-7']);
    expect(policies[9999]!.roles).toEqual(['svc-19-499']);

    const t1 = performance.now();
    const whole = parseText(file, readFileSync(file, 'utf8'));
    const reference = toReading(analysePlan(whole.digest, file), file, file, whole.digest, whole);
    const wholeMs = performance.now() - t1;
    const { parse: _p, ...meta } = scanned.meta ?? {};
    expect({ ...scanned, meta }).toEqual(reference);
    // Per-change scans of configuration or prior_state would be quadratic here (minutes, not seconds).
    // Bounds are loose for a loaded CI machine; a quadratic scan takes minutes at this size.
    expect(scannedMs).toBeLessThan(45_000);
    expect(wholeMs).toBeLessThan(60_000);
    console.log(`big plan: scanned ${scannedMs.toFixed(0)} ms, whole ${wholeMs.toFixed(0)} ms`);
  }, 120_000);
});
