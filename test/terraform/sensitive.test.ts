/** Values the plan marks sensitive never reach any output: masked and counted. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handPlan, read, summarize } from './helpers.js';

const CANARY = 'CANARY-SENSITIVE-7f3a';

describe('sensitive values', async () => {
  const reading = await read(handPlan('sensitive-canary.json'));

  it('the fixture really carries the canary in sensitive values', () => {
    const text = readFileSync(handPlan('sensitive-canary.json'), 'utf8');
    expect(text.split(CANARY).length - 1).toBeGreaterThan(8);
  });

  it('the canary appears nowhere in the reading', () => {
    expect(JSON.stringify(reading)).not.toContain(CANARY);
    expect(JSON.stringify(reading)).not.toContain('7f3a');
  });

  it('changes are still reported, with what is masked said as unknown', () => {
    expect(summarize(reading)).toEqual([
      ['aws_iam_role_policy.secret', ['permissions-removed', 'permissions-added'], ['svc-api']],
      ['aws_iam_role.whole', ['deleted'], ['(sensitive value)']],
      ['aws_iam_role.tagged', ['trust-changed'], ['tagged-role']],
      ['aws_iam_role.bounded', ['boundary-changed'], ['bounded-role']],
    ]);
    const secret = reading.changes[0]!.effects[0]!;
    expect(secret.unknowns).toEqual(['policy marked sensitive in the plan']);
    expect(reading.changes[1]!.effects[0]!.unknowns).toEqual(['role name marked sensitive in the plan']);
  });

  it('counts what was masked', () => {
    // secret policy before+after, whole role name+arn, boundary before+after
    expect(reading.sensitiveMasked).toBe(6);
  });
});
