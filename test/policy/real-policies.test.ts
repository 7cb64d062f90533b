import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPermissions, diffTrust, parsePolicy, permissionsOf, toPolicyDocument, trustPrincipals } from '../../src/policy/index.js';
import type { PolicyInput } from '../../src/policy/index.js';

interface RealPolicy {
  from: string;
  at: string;
  policy: PolicyInput;
}
const real = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/real-policies.json'), 'utf8')) as RealPolicy[];
const label = (r: RealPolicy) => `${r.from} ${r.at}`;
const byAt = (suffix: string, from: string) => {
  const r = real.find((x) => x.from.startsWith(from) && x.at.endsWith(suffix));
  if (!r) throw new Error(`fixture ${from} ${suffix} missing`);
  return r.policy;
};

describe('real policies (from public plans and templates)', () => {
  it('has the 30 documents', () => {
    expect(real).toHaveLength(30);
  });

  it.each(real.map((r) => [label(r), r] as const))('%s parses, normalizes idempotently and equals itself', (_l, r) => {
    const parsed = parsePolicy(r.policy);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.statements.length).toBeGreaterThan(0);
    expect(parsePolicy(toPolicyDocument(parsed.statements))).toEqual(parsed);
    expect(diffPermissions(r.policy, toPolicyDocument(parsed.statements), 'p')).toEqual({ removed: null, added: null });
  });

  it('reads the trust policies of the checkov EKS/Lambda/EC2 plan', () => {
    const services = real
      .filter((r) => r.from.startsWith('tfplan-checkov-eks') && r.at.endsWith('assume_role_policy'))
      .flatMap((r) => trustPrincipals(r.policy).map((p) => `${p.type}:${p.value}`));
    expect(services.sort()).toEqual(['Service:ec2.amazonaws.com', 'Service:eks.amazonaws.com', 'Service:lambda.amazonaws.com']);
  });

  it('diffs the regula admin policy against its deny-all twin: the Allow * goes, a Deny * comes', () => {
    const admin = byAt('resources[1].values.policy', 'tfplan-regula');
    const deny = byAt('resources[4].values.policy', 'tfplan-regula');
    const d = diffPermissions(admin, deny, 'p');
    expect(d.removed?.permissions).toEqual([{ effect: 'Allow', action: '*', resources: ['*'] }]);
    expect(d.added?.permissions).toEqual([{ effect: 'Deny', action: '*', resources: ['*'] }]);
    expect(d.removed?.services).toEqual(['*']);
  });

  it('narrowing the checkov s3:* policy to s3:Get* + iam:* names the lost S3 writes', () => {
    const s3All = byAt('resources[2].values.policy', 'tfplan-checkov-iam-role');
    const getIam = byAt('resources[1].values.policy', 'tfplan-checkov-iam-role');
    const d = diffPermissions(s3All, getIam, 'p');
    expect(d.removed?.permissions.map((p) => p.action)).toEqual(['s3:*']);
    expect(d.removed?.expandedActions).toContain('s3:PutObject');
    expect(d.added?.permissions.map((p) => p.action)).toEqual(['iam:*']);
    expect(d.added?.services).toEqual(['iam']);
  });

  it('the wildcard CDK org-condition trust policy has one principal, "*", with its condition', () => {
    const org = byAt('TestRole3C1F30727.Properties.AssumeRolePolicyDocument', 'cdk-template');
    expect(trustPrincipals(org)).toEqual([{ type: '*', value: '*', conditions: ['StringEquals aws:principalorgid = o-12345abcde'] }]);
    expect(diffTrust(org, byAt('TestRole6C9272DF.Properties.AssumeRolePolicyDocument', 'cdk-template')).added).toEqual([
      { type: 'Service', value: 'sqs.amazonaws.com' },
    ]);
  });

  it('every real permission policy names its services', () => {
    for (const r of real) {
      const d = permissionsOf(r.policy, 'p');
      expect(d.unknown).toBeUndefined();
      expect(d.services.length, label(r)).toBeGreaterThan(0);
    }
  });
});
