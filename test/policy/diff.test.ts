import { describe, expect, it } from 'vitest';
import { awsManagedPolicyDocument, diffPermissions, EXPANDED_ACTIONS_CAP, permissionsOf } from '../../src/policy/index.js';
import { allow, poldoc, stmt } from './builders.js';

const B = 'arn:aws:s3:::bucket';
const OBJ = 'arn:aws:s3:::bucket/*';

describe('diffPermissions', () => {
  it('finds nothing when only the spelling changes (case, string vs array, order, key order)', () => {
    const before = poldoc(allow(['S3:GetObject', 'sqs:SendMessage'], [OBJ]), stmt({ effect: 'Deny', action: 'iam:*', resource: '*' }));
    const after = JSON.stringify({
      Statement: [
        { Resource: '*', Action: 'IAM:*', Effect: 'Deny' },
        { Effect: 'Allow', Action: ['sqs:sendmessage', 's3:getobject'], Resource: OBJ },
      ],
    });
    expect(diffPermissions(before, after, 'inline:p')).toEqual({ removed: null, added: null });
  });

  it('reports a removed action with its resources and service', () => {
    const d = diffPermissions(poldoc(allow(['s3:GetObject', 's3:PutObject'], OBJ)), poldoc(allow('s3:GetObject', OBJ)), 'inline:p');
    expect(d.added).toBeNull();
    expect(d.removed).toMatchObject({
      policy: 'inline:p',
      permissions: [{ effect: 'Allow', action: 's3:putobject', resources: [OBJ] }],
      services: ['s3'],
    });
    expect(d.removed?.expandedActions).toBeUndefined();
  });

  it('expands a statement into action × resource tuples', () => {
    const before = poldoc(allow(['s3:GetObject', 'sqs:SendMessage'], ['arn:r1', 'arn:r2']));
    const after = poldoc(allow(['s3:GetObject', 'sqs:SendMessage'], ['arn:r1']));
    const d = diffPermissions(before, after, 'p');
    expect(d.removed?.permissions).toEqual([
      { effect: 'Allow', action: 's3:getobject', resources: ['arn:r2'] },
      { effect: 'Allow', action: 'sqs:sendmessage', resources: ['arn:r2'] },
    ]);
    expect(d.removed?.services).toEqual(['s3', 'sqs']);
    expect(d.added).toBeNull();
  });

  it('names the concrete actions lost when a wildcard is narrowed (s3:* → s3:Get*)', () => {
    const d = diffPermissions(poldoc(allow('s3:*', OBJ)), poldoc(allow('s3:Get*', OBJ)), 'p');
    expect(d.removed?.permissions).toEqual([{ effect: 'Allow', action: 's3:*', resources: [OBJ] }]);
    expect(d.removed?.services).toEqual(['s3']);
    const names = d.removed?.expandedActions ?? [];
    expect(names).toContain('s3:PutObject');
    expect(names).toContain('s3:DeleteObject');
    expect(names.some((n) => n.toLowerCase().startsWith('s3:get'))).toBe(false);
    expect(names.length).toBeGreaterThan(50);
    // s3:Get* was already granted by s3:*: nothing is added.
    expect(d.added).toBeNull();
  });

  it('expands only what is lost on the same resource: narrowing on one bucket loses everything on the other', () => {
    const d = diffPermissions(poldoc(allow('sqs:*', ['arn:q1', 'arn:q2'])), poldoc(allow('sqs:Send*', 'arn:q1')), 'p');
    const names = d.removed?.expandedActions ?? [];
    expect(names).toContain('sqs:SendMessage'); // still lost on q2
    expect(names).toContain('sqs:DeleteQueue');
  });

  it('removes nothing when a wildcard is widened, and names the added actions', () => {
    const d = diffPermissions(poldoc(allow('sqs:SendMessage', '*')), poldoc(allow('sqs:*', '*')), 'p');
    expect(d.removed).toBeNull();
    expect(d.added?.permissions).toEqual([{ effect: 'Allow', action: 'sqs:*', resources: ['*'] }]);
    expect(d.added?.expandedActions).toContain('sqs:DeleteQueue');
    expect(d.added?.expandedActions).not.toContain('sqs:SendMessage');
  });

  it('removes nothing when the resource is widened to a covering pattern', () => {
    const d = diffPermissions(poldoc(allow('s3:GetObject', `${B}/reports/x`)), poldoc(allow('s3:GetObject', OBJ)), 'p');
    expect(d.removed).toBeNull();
    expect(d.added?.permissions).toEqual([{ effect: 'Allow', action: 's3:getobject', resources: [OBJ] }]);
  });

  it('a wildcard split into several narrower ones still counts as removed (cover is one-to-one, conservative)', () => {
    const d = diffPermissions(poldoc(allow('s3:Get*')), poldoc(allow(['s3:GetObject', 's3:GetBucketPolicy'])), 'p');
    expect(d.removed?.permissions.map((p) => p.action)).toEqual(['s3:get*']);
    expect(d.removed?.expandedActions).toContain('s3:GetObjectAcl');
    expect(d.removed?.expandedActions).not.toContain('s3:GetObject');
  });

  it('treats a new condition as removing the unconditional grant', () => {
    const cond = { StringEquals: { 'aws:SourceVpc': 'vpc-1' } };
    const d = diffPermissions(poldoc(allow('s3:GetObject', OBJ)), poldoc(stmt({ action: 's3:GetObject', resource: OBJ, condition: cond })), 'p');
    expect(d.removed?.permissions).toEqual([{ effect: 'Allow', action: 's3:getobject', resources: [OBJ] }]);
    // The conditional grant is a subset of what was granted before: nothing new.
    expect(d.added).toBeNull();
  });

  it('treats dropping a condition as widening: nothing removed', () => {
    const cond = { StringEquals: { 'aws:SourceVpc': 'vpc-1' } };
    const d = diffPermissions(poldoc(stmt({ action: 's3:GetObject', resource: OBJ, condition: cond })), poldoc(allow('s3:GetObject', OBJ)), 'p');
    expect(d.removed).toBeNull();
    expect(d.added).not.toBeNull();
  });

  it('changing a condition value is a removal and an addition', () => {
    const c = (v: string) => stmt({ action: 'sqs:SendMessage', resource: '*', condition: { StringEquals: { 'aws:SourceAccount': v } } });
    const d = diffPermissions(poldoc(c('111122223333')), poldoc(c('444455556666')), 'p');
    expect(d.removed?.permissions[0]?.conditions).toEqual(['StringEquals aws:sourceaccount = 111122223333']);
    expect(d.added?.permissions[0]?.conditions).toEqual(['StringEquals aws:sourceaccount = 444455556666']);
  });

  it('treats more alternative values in a condition as wider, fewer as narrower', () => {
    const c = (op: string, v: string[]) => stmt({ action: 'sqs:SendMessage', resource: '*', condition: { [op]: { 'aws:SourceAccount': v } } });
    const one = ['111122223333'];
    const two = ['111122223333', '444455556666'];
    const widened = diffPermissions(poldoc(c('StringEquals', one)), poldoc(c('StringEquals', two)), 'p');
    expect(widened.removed).toBeNull();
    expect(widened.added?.permissions[0]?.conditions).toEqual(['StringEquals aws:sourceaccount = 111122223333,444455556666']);
    const narrowed = diffPermissions(poldoc(c('StringEquals', two)), poldoc(c('StringEquals', one)), 'p');
    expect(narrowed.removed).not.toBeNull();
    expect(narrowed.added).toBeNull();
    // For a negated operator, more values exclude more: adding one is a removal.
    const notEquals = diffPermissions(poldoc(c('StringNotEquals', one)), poldoc(c('StringNotEquals', two)), 'p');
    expect(notEquals.removed).not.toBeNull();
    // A different operator is not comparable: removed and added.
    const otherOp = diffPermissions(poldoc(c('StringEquals', one)), poldoc(c('StringLike', two)), 'p');
    expect(otherOp.removed).not.toBeNull();
    expect(otherOp.added).not.toBeNull();
  });

  it('keeps NotAction permissions as exclusions touching every service', () => {
    const d = diffPermissions(poldoc(stmt({ notAction: 'iam:*', resource: '*' })), poldoc(stmt({ notAction: ['iam:*', 'organizations:*'], resource: '*' })), 'p');
    // Excluding more grants less: the old grant is removed, the new one is within it.
    expect(d.removed?.permissions).toEqual([{ effect: 'Allow', action: 'iam:*', notAction: true, resources: ['*'] }]);
    expect(d.removed?.services).toEqual(['*']);
    expect(d.added).toBeNull();
    const widened = diffPermissions(poldoc(stmt({ notAction: ['iam:*', 'organizations:*'], resource: '*' })), poldoc(stmt({ notAction: 'iam:*', resource: '*' })), 'p');
    expect(widened.removed).toBeNull();
    expect(widened.added?.permissions).toEqual([{ effect: 'Allow', action: 'iam:*', notAction: true, resources: ['*'] }]);
    const both = diffPermissions(null, poldoc(stmt({ notAction: ['iam:*', 'organizations:*'], resource: '*' })), 'p');
    expect(both.added?.permissions).toEqual([{ effect: 'Allow', action: 'iam:*,organizations:*', notAction: true, resources: ['*'] }]);
  });

  it('marks NotResource resources', () => {
    const d = diffPermissions(poldoc(stmt({ action: 's3:*', notResource: [B, OBJ] })), null, 'p');
    expect(d.removed?.permissions).toEqual([{ effect: 'Allow', action: 's3:*', resources: [`NotResource:${B},${OBJ}`] }]);
  });

  it('reports a removed Deny as such (it widens what the role can do)', () => {
    const deny = stmt({ effect: 'Deny', action: 'iam:PassRole', resource: '*' });
    const d = diffPermissions(poldoc(allow('s3:GetObject'), deny), poldoc(allow('s3:GetObject')), 'p');
    expect(d.removed?.permissions).toEqual([{ effect: 'Deny', action: 'iam:passrole', resources: ['*'] }]);
    expect(d.added).toBeNull();
  });

  it('null on one side: everything is added or removed', () => {
    const doc = poldoc(allow(['s3:GetObject', 'logs:PutLogEvents']));
    const created = diffPermissions(null, doc, 'p');
    expect(created.removed).toBeNull();
    expect(created.added?.services).toEqual(['logs', 's3']);
    expect(created.added?.before).toBeUndefined();
    expect(created.added?.after).toContain('"s3:GetObject"');
    const deleted = diffPermissions(doc, undefined, 'p');
    expect(deleted.added).toBeNull();
    expect(deleted.removed?.permissions).toHaveLength(2);
    expect(diffPermissions(null, null, 'p')).toEqual({ removed: null, added: null });
  });

  it('says "*" for the service of "*", and resolves wildcard service prefixes through the catalog', () => {
    expect(diffPermissions(poldoc(allow('*')), null, 'p').removed?.services).toEqual(['*']);
    expect(diffPermissions(poldoc(allow('*:GetObject')), null, 'p').removed?.services).toEqual(['*']);
    const s3ish = diffPermissions(poldoc(allow('s3*:Get*')), null, 'p').removed?.services ?? [];
    expect(s3ish).toContain('s3');
    expect(s3ish).toContain('s3express');
    expect(diffPermissions(poldoc(allow('zz*:Get*')), null, 'p').removed?.services).toEqual(['zz*']);
  });

  it('caps expanded actions and says how many were left out', () => {
    const d = diffPermissions(poldoc(allow('*')), poldoc(allow('s3:GetObject')), 'p');
    const names = d.removed?.expandedActions ?? [];
    expect(names).toHaveLength(EXPANDED_ACTIONS_CAP + 1);
    expect(names[EXPANDED_ACTIONS_CAP]).toMatch(/^\+\d+ more$/);
    expect(Number(/\d+/.exec(names[EXPANDED_ACTIONS_CAP] ?? '')?.[0])).toBeGreaterThan(10_000);
  });

  it('gives both sides as stable pretty JSON for a unified diff', () => {
    const before = { Statement: [{ Resource: '*', Effect: 'Allow', Action: 's3:*' }], Version: '2012-10-17' };
    const after = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}';
    const d = diffPermissions(before, after, 'p');
    expect(d.removed?.before).toBe(
      ['{', '  "Statement": [', '    {', '      "Action": "s3:*",', '      "Effect": "Allow",', '      "Resource": "*"', '    }', '  ],', '  "Version": "2012-10-17"', '}'].join('\n'),
    );
    expect(d.removed?.after).toContain('"Action": "s3:Get*"');
  });

  it('says the content is unknown when a side cannot be parsed, instead of guessing', () => {
    const d = diffPermissions('{not json', poldoc(allow('s3:GetObject')), 'p');
    expect(d.removed?.unknown).toMatch(/before: policy is not valid JSON/);
    expect(d.added?.unknown).toMatch(/could not be parsed/);
    expect(d.removed?.permissions).toEqual([]);
    expect(d.removed?.before).toBe('{not json');
  });

  it('stays fast on a 100 × 100 statement and on ReadOnlyAccess (2,900 wildcards) against SecurityAudit', () => {
    const t0 = performance.now();
    const big = diffPermissions(awsManagedPolicyDocument('ReadOnlyAccess'), awsManagedPolicyDocument('SecurityAudit'), 'p');
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(big.removed?.expandedActions?.at(-1)).toMatch(/^\+\d+ more$/);
    const actions = Array.from({ length: 100 }, (_, i) => `svc${i}:Action${i}`);
    const resources = Array.from({ length: 100 }, (_, i) => `arn:aws:s3:::b${i}/*`);
    const t = performance.now();
    const d = diffPermissions(poldoc(allow(actions, resources)), poldoc(allow(actions, resources.slice(1))), 'p');
    // ~0.1 s idle; the bound only catches a return to pairwise pattern checks (tens of seconds), not load noise.
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(d.removed?.permissions).toHaveLength(100);
  });
});

describe('permissionsOf', () => {
  it('lists everything a policy grants, with its label and services', () => {
    const d = permissionsOf(JSON.stringify(poldoc(allow(['sqs:SendMessage', 'sqs:ReceiveMessage'], 'arn:q'))), 'arn:aws:iam::111122223333:policy/app');
    expect(d).toMatchObject({
      policy: 'arn:aws:iam::111122223333:policy/app',
      permissions: [
        { effect: 'Allow', action: 'sqs:receivemessage', resources: ['arn:q'] },
        { effect: 'Allow', action: 'sqs:sendmessage', resources: ['arn:q'] },
      ],
      services: ['sqs'],
    });
    expect(d.unknown).toBeUndefined();
  });

  it('names the concrete actions behind wildcards', () => {
    expect(permissionsOf(poldoc(allow('dynamodb:Get*')), 'p').expandedActions).toContain('dynamodb:GetItem');
  });

  it('is unknown, not empty-and-quiet, for an unparseable policy', () => {
    const d = permissionsOf('nope', 'p');
    expect(d.permissions).toEqual([]);
    expect(d.unknown).toMatch(/could not be parsed/);
  });
});
