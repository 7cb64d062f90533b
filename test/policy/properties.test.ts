import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diffPermissions,
  diffTrust,
  expandAction,
  parsePolicy,
  permissionsOf,
  toPolicyDocument,
  trustPrincipals,
} from '../../src/policy/index.js';
import type { PermissionDelta, PolicyInput } from '../../src/policy/index.js';

// A small vocabulary makes overlaps (same action in two spellings, a pattern and what it covers) common.
const actionArb = fc.constantFrom(
  's3:GetObject',
  'S3:GETOBJECT',
  's3:Get*',
  's3:*',
  's3:PutObject',
  'sqs:SendMessage',
  'sqs:*',
  'sts:AssumeRole',
  'sts:*',
  'iam:Pass?ole',
  '*',
);
const resourceArb = fc.constantFrom<unknown>(
  '*',
  'arn:aws:s3:::b',
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::b/x',
  'arn:aws:sqs:eu-west-1:111122223333:q',
  // As CloudFormation templates write them.
  { 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] },
  { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::b/*']] },
);
const principalArb = fc.oneof(
  fc.constant('*' as unknown),
  fc.record(
    {
      AWS: fc.oneof(fc.constantFrom('111122223333', 'arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:role/x')),
      Service: fc.oneof(
        fc.constantFrom('lambda.amazonaws.com', 'ec2.amazonaws.com'),
        fc.array(fc.constantFrom('lambda.amazonaws.com', 'ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'), { maxLength: 3 }),
      ),
    },
    { requiredKeys: [] },
  ),
);
const conditionArb = fc.dictionary(
  fc.constantFrom('StringEquals', 'StringLike', 'Bool', 'ForAnyValue:StringEquals'),
  fc.dictionary(
    fc.constantFrom('aws:SourceAccount', 'aws:sourceVpc', 'aws:PrincipalTag/Team', 'k'),
    fc.oneof(
      fc.constantFrom('111122223333', 'vpc-1', 'a,b', 'x = y', '\\'),
      fc.boolean(),
      fc.integer({ min: 0, max: 3 }),
      fc.array(fc.constantFrom('1', '2', 'a,b'), { minLength: 1, maxLength: 3 }),
    ),
    { maxKeys: 2 },
  ),
  { maxKeys: 2 },
);
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));

const statementArb = fc
  .record(
    {
      Sid: fc.constantFrom('A', 'B', ''),
      Effect: fc.constantFrom('Allow', 'Deny', 'allow'),
      actionKey: fc.constantFrom('Action', 'Action', 'NotAction'),
      actions: oneOrMany(actionArb),
      resourceKey: fc.constantFrom('Resource', 'Resource', 'NotResource', 'none'),
      resources: oneOrMany(resourceArb),
      principalKey: fc.constantFrom('Principal', 'NotPrincipal', 'none', 'none'),
      principal: principalArb,
      Condition: conditionArb,
    },
    { requiredKeys: ['Effect', 'actionKey', 'actions', 'resourceKey', 'resources', 'principalKey', 'principal'] },
  )
  .map((r) => {
    const s: Record<string, unknown> = { Effect: r.Effect, [r.actionKey]: r.actions };
    if (r.Sid !== undefined) s['Sid'] = r.Sid;
    if (r.resourceKey !== 'none') s[r.resourceKey] = r.resources;
    if (r.principalKey !== 'none') s[r.principalKey] = r.principal;
    if (r.Condition !== undefined && Object.keys(r.Condition).length > 0) s['Condition'] = r.Condition;
    return s;
  });

const policyArb: fc.Arbitrary<PolicyInput> = fc
  .record({
    statements: fc.array(statementArb, { maxLength: 4 }),
    single: fc.boolean(),
    form: fc.constantFrom('object', 'json', 'urlencoded'),
  })
  .map(({ statements, single, form }) => {
    const doc = { Version: '2012-10-17', Statement: single && statements.length === 1 ? statements[0] : statements };
    if (form === 'object') return doc;
    const json = JSON.stringify(doc);
    return form === 'json' ? json : encodeURIComponent(json);
  });

const maybePolicyArb = fc.oneof({ weight: 6, arbitrary: policyArb }, { weight: 1, arbitrary: fc.constant(null) });

/** What a delta says about permissions (its before/after text differs by direction by design). */
function content(d: PermissionDelta | null) {
  return d === null ? null : { permissions: d.permissions, services: d.services, expandedActions: d.expandedActions };
}

// ~100 runs per property keeps the file near 3 s on an idle 2-core machine.
const RUNS = 100;

describe('policy properties', () => {
  it('normalizing twice equals normalizing once', () => {
    fc.assert(
      fc.property(policyArb, (p) => {
        const once = parsePolicy(p);
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        expect(parsePolicy(toPolicyDocument(once.statements))).toEqual(once);
        expect(parsePolicy(JSON.stringify(toPolicyDocument(once.statements)))).toEqual(once);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('diff(A, A) is empty, also against its own normalized form', () => {
    fc.assert(
      fc.property(maybePolicyArb, (p) => {
        expect(diffPermissions(p, p, 'p')).toEqual({ removed: null, added: null });
        const parsed = parsePolicy(p);
        if (parsed.ok) expect(diffPermissions(p, toPolicyDocument(parsed.statements), 'p')).toEqual({ removed: null, added: null });
        expect(diffTrust(p, p)).toEqual({ added: [], removed: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it('diff(A, B).removed = diff(B, A).added, for permissions and trust', () => {
    fc.assert(
      fc.property(maybePolicyArb, maybePolicyArb, (a, b) => {
        const ab = diffPermissions(a, b, 'p');
        const ba = diffPermissions(b, a, 'p');
        expect(content(ab.removed)).toEqual(content(ba.added));
        expect(content(ab.added)).toEqual(content(ba.removed));
        const tab = diffTrust(a, b);
        const tba = diffTrust(b, a);
        expect(tab.removed).toEqual(tba.added);
        expect(tab.added).toEqual(tba.removed);
      }),
      { numRuns: RUNS },
    );
  });

  it('adding statements never removes a permission or a principal', () => {
    fc.assert(
      fc.property(fc.array(statementArb, { maxLength: 3 }), fc.array(statementArb, { minLength: 1, maxLength: 2 }), (base, extra) => {
        const before = { Statement: base };
        const after = { Statement: [...extra, ...base] };
        expect(diffPermissions(before, after, 'p').removed).toBeNull();
        expect(diffTrust(before, after).removed).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a diff from nothing lists what permissionsOf lists, and every principal of trustPrincipals', () => {
    fc.assert(
      fc.property(policyArb, (p) => {
        const all = permissionsOf(p, 'p');
        const created = diffPermissions(null, p, 'p').added;
        expect(content(created)).toEqual(all.permissions.length === 0 ? null : content(all));
        expect(diffTrust(null, p).added).toEqual(trustPrincipals(p));
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees with the catalog: what is not removed is still granted, what is named as lost is lost', () => {
    // Allow-only, Resource "*", no conditions: here "granted" is exactly the union of the expanded actions.
    const simple = fc.array(oneOrMany(actionArb), { maxLength: 3 }).map((lists) => ({
      Statement: lists.map((a) => ({ Effect: 'Allow', Action: a, Resource: '*' })),
    }));
    const memo = new Map<string, Set<string>>();
    const expanded = (a: string): Set<string> => {
      let e = memo.get(a);
      if (!e) memo.set(a, (e = new Set(expandAction(a))));
      return e;
    };
    const granted = (p: { Statement: Array<{ Action: string | string[] }> }) => {
      const sets = p.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])).map(expanded);
      return { sets, has: (x: string) => sets.some((set) => set.has(x)) };
    };
    fc.assert(
      fc.property(simple, simple, (a, b) => {
        const d = diffPermissions(a, b, 'p');
        const ga = granted(a);
        const gb = granted(b);
        if (d.removed === null) for (const set of ga.sets) for (const x of set) if (!gb.has(x)) expect.unreachable(`${x} lost but nothing removed`);
        for (const x of d.removed?.expandedActions ?? []) {
          if (x.startsWith('+')) continue;
          expect(ga.has(x)).toBe(true);
          expect(gb.has(x)).toBe(false);
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('never throws on arbitrary JSON values, JSON text or strings', () => {
    const anyInput = fc.oneof(
      fc.jsonValue(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
      fc.string().map((s) => `%7B${s}`),
      // Arbitrary values in the places a policy has structure.
      fc.record({ Statement: fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.constantFrom('Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition', 'Sid'), fc.jsonValue()))) }),
    );
    fc.assert(
      fc.property(anyInput, anyInput, (a, b) => {
        const input = a as PolicyInput;
        const parsed = parsePolicy(input);
        if (parsed.ok) expect(parsePolicy(toPolicyDocument(parsed.statements))).toEqual(parsed);
        else expect(parsed.reason.length).toBeGreaterThan(0);
        diffPermissions(input, b as PolicyInput, 'p');
        diffTrust(input, b as PolicyInput);
        permissionsOf(input, 'p');
        trustPrincipals(input);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
