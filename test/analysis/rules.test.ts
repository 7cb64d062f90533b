import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { prepareRoleGlobs } from '../../src/analysis/decision.js';
import { requestFor } from '../../src/analysis/request.js';
import type { Effect } from '../../src/model/change.js';
import type { InventorySnapshot } from '../../src/model/inventory.js';
import { unknownFacts } from '../../src/inventory/none.js';
import {
  NOW,
  OIDC,
  change,
  created,
  daysAgo,
  delta,
  deleted,
  facts,
  federated,
  hoursAgo,
  irsa,
  lambda,
  permissionsAdded,
  permissionsRemoved,
  reading,
  replaced,
  roleArn,
  service,
  settings,
  snapshot,
  trustChanged,
  type FactsOptions,
} from '../helpers/builders.js';

function judge(effects: Effect[], factsOptions: FactsOptions | null, over: Parameters<typeof settings>[0] = {}) {
  const role = effects[0]!.role;
  const snap = factsOptions ? snapshot([facts(role, factsOptions)]) : null;
  const report = analyze([reading([change(effects)])], snap, settings(over), NOW);
  const impact = report.roles.find((r) => r.name === role)!;
  return { report, impact };
}

describe('deleted and replaced roles', () => {
  it('is high when live dependents use the role, naming them and the last use', () => {
    const { impact } = judge([deleted('orders-worker')], {
      lastUsed: hoursAgo(2),
      dependents: [lambda('orders-ingest'), lambda('orders-retry'), lambda('orders-dlq'), irsa('prod-eu', 'orders', 'worker')],
    });
    expect(impact.risk).toBe('high');
    expect(impact.reasons).toEqual([
      'deleting `orders-worker` breaks 3 Lambda functions in eu-west-1 (orders-dlq, orders-ingest, orders-retry) and 1 EKS pod via IRSA in eu-west-1 (prod-eu/orders/worker); it was last used 2 hours ago',
    ]);
    expect(impact.usage.status).toBe('used');
    expect(impact.usage.evidence).toBe(`RoleLastUsed ${hoursAgo(2).slice(0, 16)}Z in eu-west-1 (2 hours ago)`);
  });

  it('is high when the role was used within the window even without dependents', () => {
    const { impact } = judge([deleted('r')], { lastUsed: daysAgo(10) });
    expect(impact.risk).toBe('high');
    expect(impact.reasons[0]).toMatch(/^deleting `r` removes a role in use: RoleLastUsed .* \(10 days ago\)$/);
  });

  it('counts a use exactly at the window edge as used, one day later as unused', () => {
    expect(judge([deleted('r')], { lastUsed: daysAgo(90) }).impact.usage.status).toBe('used');
    const later = judge([deleted('r')], { lastUsed: daysAgo(91) }).impact;
    expect(later.usage.status).toBe('unused');
    expect(later.usage.lastUsedDaysAgo).toBe(91);
    expect(later.usage.evidence).toMatch(/\(91 days ago\), outside the 90-day window$/);
  });

  it('honours a custom window', () => {
    expect(judge([deleted('r')], { lastUsed: daysAgo(20) }, { windowDays: 14 }).impact.risk).toBe('medium');
  });

  it('is medium "periodic job" when last used outside the window but inside 400 days', () => {
    const { impact } = judge([deleted('nightly')], { lastUsed: '2026-05-02T03:00:00Z' });
    expect(impact.risk).toBe('medium');
    expect(impact.reasons).toEqual(['deleting `nightly`: it may be a periodic job (last used 2026-05-02, 210 days ago, outside the 90-day window)']);
  });

  it('is low when nothing uses it and AWS saw no use in 400 days', () => {
    const { impact } = judge([deleted('legacy')], { lastUsed: null, createDate: '2023-04-11T14:37:09Z' });
    expect(impact.risk).toBe('low');
    expect(impact.reasons).toEqual(["deleting `legacy`: no dependents found and no use in AWS's 400-day tracking period"]);
    expect(impact.usage.evidence).toBe("RoleLastUsed: no use in AWS's 400-day tracking period (role created 2023-04-11)");
  });

  it('is low when IAM does not know the role', () => {
    const { impact } = judge([deleted('ghost')], { existence: 'absent' });
    expect(impact.risk).toBe('low');
    expect(impact.reasons[0]).toContain('NoSuchEntity');
  });

  it('is medium, never low, when there is no inventory: unknown is not unused', () => {
    const { impact, report } = judge([deleted('r')], null);
    expect(impact.risk).toBe('medium');
    expect(impact.usage.status).toBe('unknown');
    expect(impact.dependentsStatus).toBe('unknown');
    expect(impact.reasons).toEqual(['deleting `r` may break what still uses it: usage and dependents unknown (no inventory given (--inventory))']);
    expect(report.meta.notices[0]).toBe('no inventory given (--inventory): every usage fact is unknown');
  });

  it('is medium when a dependent lookup failed, and names the lookup', () => {
    const { impact } = judge([deleted('r')], {
      lastUsed: null,
      dependentGaps: [{ operation: 'lambda:ListFunctions', region: 'eu-west-1', reason: 'AccessDenied', kinds: ['lambda-function'] }],
    });
    expect(impact.risk).toBe('medium');
    expect(impact.dependentsStatus).toBe('partial');
    expect(impact.reasons).toEqual(['deleting `r` may break what still uses it: dependents partly unknown (lambda:ListFunctions in eu-west-1: AccessDenied)']);
  });

  it('applies account-wide dependent gaps to every role', () => {
    const snap = snapshot([facts('r', { lastUsed: null })], {
      gaps: [{ operation: 'eks:ListClusters', region: 'us-east-1', reason: 'throttled beyond 5 attempts', kinds: ['eks-cluster'] }],
    });
    const impact = analyze([reading([change([deleted('r')])])], snap, settings(), NOW).roles[0]!;
    expect(impact.dependentsStatus).toBe('partial');
    expect(impact.risk).toBe('medium');
  });

  it('is medium when usage lookup failed even though dependent lookups succeeded', () => {
    const { impact } = judge([deleted('r')], { usageKnown: false, usageGaps: [{ operation: 'iam:GetRole', reason: 'AccessDenied' }] });
    expect(impact.risk).toBe('medium');
    expect(impact.usage.evidence).toBe('usage unknown: iam:GetRole: AccessDenied');
    expect(impact.reasons[0]).toBe('deleting `r` may break what still uses it: usage unknown (iam:GetRole: AccessDenied)');
  });

  it('reports a replacement by rename under the old name with the new one, merging plan effects on the new name', () => {
    const lambdaArn = lambda('payments-api', 'us-east-1').id;
    const effects: Effect[] = [replaced('payments-api', 'payments-api-v2')];
    const moved: Effect[] = [
      { kind: 'dependent-removed', role: 'payments-api', summary: 'x', dependent: { kind: 'lambda-function', id: lambdaArn, via: 'function configuration Role' } },
      { kind: 'dependent-added', role: 'payments-api-v2', summary: 'y', dependent: { kind: 'lambda-function', id: lambdaArn, via: 'function configuration Role' } },
    ];
    const report = analyze(
      [reading([change(effects), change(moved, { address: 'aws_lambda_function.payments_api', resourceType: 'aws_lambda_function', actions: ['update'] })])],
      snapshot([facts('payments-api', { lastUsed: hoursAgo(1) })]),
      settings(),
      NOW,
    );
    expect(report.roles.map((r) => r.name)).toEqual(['payments-api']);
    const impact = report.roles[0]!;
    expect(impact.newName).toBe('payments-api-v2');
    expect(impact.changes).toEqual(['aws_iam_role.payments_api', 'aws_lambda_function.payments_api']);
    expect(impact.risk).toBe('high');
    // The Lambda moves to the new role in the same change: listed, but it does not break.
    expect(impact.dependents).toMatchObject([
      { kind: 'lambda-function', region: 'us-east-1', origin: 'plan', name: 'payments-api', leavesInChange: true },
    ]);
    expect(impact.reasons[0]).toBe(
      'replacing `payments-api` with `payments-api-v2` (a new unique ID) removes a role in use: RoleLastUsed 2026-11-28T20:00Z in eu-west-1 (1 hour ago) (1 dependent moves off it in this change)',
    );
  });

  it('does not count a plan-known dependent twice when the inventory found it too', () => {
    const l = lambda('api');
    const effects: Effect[] = [
      deleted('r'),
      { kind: 'dependent-removed', role: 'r', summary: 's', dependent: { kind: 'lambda-function', id: 'api', via: 'function configuration Role' } },
    ];
    const { impact } = judge(effects, { lastUsed: null, dependents: [l] });
    expect(impact.dependents).toEqual([{ ...l, leavesInChange: true }]);
    // It leaves with the role, so nothing stays behind to break.
    expect(impact.risk).toBe('low');
  });

  it('still counts dependents that stay on a deleted role when another one moves off', () => {
    const effects: Effect[] = [
      deleted('r'),
      { kind: 'dependent-removed', role: 'r', summary: 's', dependent: { kind: 'lambda-function', id: 'api', via: 'function configuration Role' } },
    ];
    const { impact } = judge(effects, { lastUsed: null, dependents: [lambda('api'), lambda('worker')] });
    expect(impact.risk).toBe('high');
    expect(impact.reasons[0]).toContain('breaks 1 Lambda function');
    expect(impact.reasons[0]).toContain('(1 dependent moves off it in this change)');
  });
});

describe('permissions removed', () => {
  const s3Used = (put: string | null, get: string | null) => [
    {
      namespace: 's3',
      lastAccessed: [put, get].filter(Boolean).sort().pop() ?? null,
      actions: [
        { action: 's3:PutObject', lastAccessed: put },
        { action: 's3:GetObject', lastAccessed: get },
      ],
    },
  ];

  it('is high when the role used a removed action within the window (action level)', () => {
    const { impact } = judge([permissionsRemoved('reports', delta('inline:s3', ['s3:putobject']))], { lastUsed: hoursAgo(3), services: s3Used(hoursAgo(3), hoursAgo(1)) });
    expect(impact.risk).toBe('high');
    expect(impact.reasons).toEqual([
      '`reports` loses s3:putobject (from `inline:s3`), which it used within the last 90 days: s3:PutObject last used 3 hours ago',
    ]);
  });

  it('is low when Access Advisor tracks the service per action and the removed action was never used', () => {
    const { impact } = judge([permissionsRemoved('reports', delta('inline:s3', ['s3:putobject']))], { lastUsed: hoursAgo(1), services: s3Used(null, hoursAgo(1)) });
    expect(impact.risk).toBe('low');
  });

  it('matches wildcard removals against tracked actions', () => {
    const { impact } = judge([permissionsRemoved('reports', delta('inline:s3', ['s3:put*']))], { lastUsed: hoursAgo(1), services: s3Used(daysAgo(5), null) });
    expect(impact.risk).toBe('high');
  });

  it('is high at service level for services AWS does not track per action', () => {
    const { impact } = judge([permissionsRemoved('r', delta('p', ['sqs:sendmessage']))], {
      lastUsed: hoursAgo(1),
      services: [{ namespace: 'sqs', lastAccessed: daysAgo(30) }],
    });
    expect(impact.risk).toBe('high');
    expect(impact.reasons[0]).toBe('`r` loses sqs:sendmessage (from `p`), which it used within the last 90 days: sqs last used 30 days ago');
  });

  it('is medium when the service was last used outside the window', () => {
    const { impact } = judge([permissionsRemoved('r', delta('p', ['sqs:sendmessage']))], {
      lastUsed: daysAgo(1),
      services: [{ namespace: 'sqs', lastAccessed: '2026-03-01T00:00:00Z' }],
    });
    expect(impact.risk).toBe('medium');
    expect(impact.reasons[0]).toBe('`r` loses sqs:sendmessage (from `p`): it may be a periodic job (sqs last used 2026-03-01, outside the 90-day window)');
  });

  it('is medium when Access Advisor did not answer', () => {
    const { impact } = judge([permissionsRemoved('r', delta('p', ['sqs:sendmessage']))], {
      lastUsed: hoursAgo(1),
      servicesKnown: false,
      usageGaps: [{ operation: 'iam:GetServiceLastAccessedDetails', reason: 'job still IN_PROGRESS at the deadline' }],
    });
    expect(impact.risk).toBe('medium');
    expect(impact.reasons[0]).toBe(
      '`r` loses sqs:sendmessage (from `p`); whether it used sqs recently is unknown (iam:GetServiceLastAccessedDetails: job still IN_PROGRESS at the deadline)',
    );
  });

  it('is low when the service shows no use in the tracking period', () => {
    const { impact } = judge([permissionsRemoved('r', delta('p', ['sqs:sendmessage']))], { lastUsed: hoursAgo(1), services: [{ namespace: 'sqs', lastAccessed: null }] });
    expect(impact.risk).toBe('low');
  });

  it('is none when only Deny statements go away (that broadens)', () => {
    const d = { policy: 'p', permissions: [{ effect: 'Deny' as const, action: 's3:deletebucket' }], services: ['s3'] };
    expect(judge([permissionsRemoved('r', d)], { lastUsed: hoursAgo(1) }).impact.risk).toBe('none');
  });

  it('is medium when the removed content is not known yet', () => {
    const d = { policy: 'inline_policy', permissions: [], services: [], unknown: 'known after apply' };
    const { impact } = judge([permissionsRemoved('r', d)], { lastUsed: hoursAgo(1) });
    expect(impact.risk).toBe('medium');
    expect(impact.reasons[0]).toBe('`r` loses permissions of `inline_policy` that are not known yet (known after apply)');
  });

  it('is subsumed when the same role is deleted', () => {
    const { impact } = judge([deleted('r'), permissionsRemoved('r', delta('p', ['sqs:sendmessage']))], { lastUsed: null });
    expect(impact.reasons).toHaveLength(1);
    expect(impact.effects).toHaveLength(2);
  });
});

describe('trust changes', () => {
  it('is high when it removes the service principal a Lambda function needs', () => {
    const { impact } = judge([trustChanged('r', [service('lambda.amazonaws.com')], [service('ecs-tasks.amazonaws.com')])], {
      lastUsed: hoursAgo(1),
      dependents: [lambda('a'), lambda('b')],
    });
    expect(impact.risk).toBe('high');
    expect(impact.reasons[0]).toBe(
      'trust change on `r` removes `lambda.amazonaws.com`, which 2 Lambda functions in eu-west-1 (a, b) need to assume it',
    );
  });

  it('is high when it removes the OIDC provider an IRSA pod needs', () => {
    const { impact } = judge([trustChanged('r', [federated(OIDC)])], { lastUsed: hoursAgo(1), dependents: [irsa('prod', 'orders', 'worker')] });
    expect(impact.risk).toBe('high');
  });

  it('keeps an IRSA pod working when the provider is re-added with a sub that still names it', () => {
    const sub = 'StringEquals oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub = system:serviceaccount:orders:worker';
    const other = 'StringEquals oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub = system:serviceaccount:orders:other';
    const ok = judge([trustChanged('r', [federated(OIDC, [other])], [federated(OIDC, [sub])])], { lastUsed: hoursAgo(1), dependents: [irsa('prod', 'orders', 'worker')] });
    expect(ok.impact.risk).toBe('low');
    const broken = judge([trustChanged('r', [federated(OIDC, [sub])], [federated(OIDC, [other])])], { lastUsed: hoursAgo(1), dependents: [irsa('prod', 'orders', 'worker')] });
    expect(broken.impact.risk).toBe('high');
  });

  it('is high when it removes pods.eks.amazonaws.com that a Pod Identity association needs', () => {
    const pod = { ...lambda('x'), kind: 'eks-pod-identity' as const, id: 'prod/payments/api', name: 'prod/payments/api' };
    expect(judge([trustChanged('r', [service('pods.eks.amazonaws.com')])], { lastUsed: hoursAgo(1), dependents: [pod] }).impact.risk).toBe('high');
  });

  it('is low when no dependent needs the removed principal', () => {
    const { impact } = judge([trustChanged('r', [service('ec2.amazonaws.com')])], { lastUsed: hoursAgo(1), dependents: [lambda('a')] });
    expect(impact.risk).toBe('low');
    expect(impact.reasons[0]).toBe('trust change on `r` removes `ec2.amazonaws.com`; no dependent found needs it');
  });

  it('is medium when dependents are unknown', () => {
    expect(judge([trustChanged('r', [service('ec2.amazonaws.com')])], null).impact.risk).toBe('medium');
  });

  it('is none when it only adds principals', () => {
    const { impact } = judge([trustChanged('r', [], [service('ec2.amazonaws.com')])], { lastUsed: hoursAgo(1) });
    expect(impact.risk).toBe('none');
    expect(impact.reasons[0]).toBe('trust policy of `r` adds `ec2.amazonaws.com`: broadens who can assume it');
  });

  it('is high when CloudTrail saw the removed principal assume the role', () => {
    const f = facts('r', { lastUsed: hoursAgo(1) });
    f.usage.assumedBy = [{ principal: roleArn('caller'), lastSeen: hoursAgo(5), event: 'AssumeRole', region: 'us-east-1' }];
    const report = analyze([reading([change([trustChanged('r', [{ type: 'AWS', value: roleArn('caller') }])])])], snapshot([f]), settings(), NOW);
    expect(report.roles[0]!.risk).toBe('high');
  });
});

describe('creations and additions', () => {
  it('lists them with risk none', () => {
    const report = analyze(
      [reading([change([created('new-role'), permissionsAdded('new-role', delta('inline:x', ['s3:getobject']))], { actions: ['create'] })])],
      null,
      settings(),
      NOW,
    );
    const impact = report.roles[0]!;
    expect(impact.risk).toBe('none');
    expect(impact.reasons).toEqual(['creates `new-role`', '`new-role` gains s3:getobject (from `inline:x`): broadened']);
    expect(impact.usage.evidence).toBe('new role: no usage yet');
    expect(report.decision.block).toBe(false);
  });

  it('judges an existing role that only gains permissions by its facts, not as a new role', () => {
    const { impact } = judge([permissionsAdded('old', delta('p', ['s3:getobject']))], { lastUsed: hoursAgo(4) });
    expect(impact.risk).toBe('none');
    expect(impact.usage.status).toBe('used');
  });
});

describe('decision', () => {
  const highAndLow = () => [
    reading([change([deleted('orders-worker')]), change([deleted('legacy-batch')], { address: 'aws_iam_role.legacy_batch' })]),
  ];
  const snap = () => snapshot([facts('orders-worker', { lastUsed: hoursAgo(2) }), facts('legacy-batch', { lastUsed: null })]);

  it('blocks at fail-on and says why', () => {
    const r = analyze(highAndLow(), snap(), settings(), NOW);
    expect(r.decision).toMatchObject({ block: true, failOn: 'high', risk: 'high', waivedBy: [] });
    expect(r.decision.reasons[0]).toMatch(/^`orders-worker` is high: deleting `orders-worker` removes a role in use/);
    expect(r.decision.reasons[1]).toBe('fail-on high blocks at high risk or above');
  });

  it('orders roles by risk, then name', () => {
    expect(analyze(highAndLow(), snap(), settings(), NOW).roles.map((r) => r.name)).toEqual(['orders-worker', 'legacy-batch']);
  });

  it('never blocks with fail-on never', () => {
    const r = analyze(highAndLow(), snap(), settings({ failOn: 'never' }), NOW);
    expect(r.decision.block).toBe(false);
    expect(r.decision.reasons).toEqual(['fail-on never: the highest risk is high, and nothing blocks']);
  });

  it('blocks a low risk with fail-on low', () => {
    const r = analyze([reading([change([deleted('legacy-batch')])])], snap(), settings({ failOn: 'low' }), NOW);
    expect(r.decision.block).toBe(true);
  });

  it('lifts blocks for roles matching an ignore glob and records it', async () => {
    await prepareRoleGlobs(['orders-*']);
    const r = analyze(highAndLow(), snap(), settings({ ignoreRoles: ['orders-*'] }), NOW);
    expect(r.decision.block).toBe(false);
    expect(r.decision.waivedBy).toEqual(['ignore-roles orders-*']);
    expect(r.roles[0]!.waived).toBe('ignore-roles orders-*');
    expect(r.roles[1]!.waived).toBeUndefined();
    expect(r.decision.reasons).toEqual(['`orders-worker` (high) is waived by ignore-roles orders-*']);
  });

  it('lifts every block with the acknowledgement and records who', () => {
    const r = analyze(highAndLow(), snap(), settings({ acknowledgedBy: 'label iam-blast-radius:acknowledged' }), NOW);
    expect(r.decision.block).toBe(false);
    expect(r.decision.risk).toBe('high');
    expect(r.decision.waivedBy).toEqual(['label iam-blast-radius:acknowledged']);
  });

  it('says so when nothing is affected', () => {
    const r = analyze([reading([])], null, settings(), NOW);
    expect(r.decision).toMatchObject({ block: false, risk: 'none', reasons: ['no IAM role is affected'] });
  });
});

describe('managed policy fan-out', () => {
  const policyArn = `arn:aws:iam::123456789012:policy/shared-s3`;
  const withPolicy = (status: 'known' | 'unknown'): InventorySnapshot =>
    snapshot([facts('a', { lastUsed: hoursAgo(1), services: [{ namespace: 's3', lastAccessed: hoursAgo(1) }] }), facts('b', { lastUsed: null })], {
      managedPolicies: [{ arn: policyArn, name: 'shared-s3', attachedRoles: status === 'known' ? ['b', 'a'] : [], status, gaps: status === 'known' ? [] : [{ operation: 'iam:ListEntitiesForPolicy', reason: 'AccessDenied' }] }],
    });
  const policyReading = (extraEffects: Effect[] = []) =>
    reading(extraEffects.length ? [change(extraEffects, { address: 'aws_iam_role_policy_attachment.a', resourceType: 'aws_iam_role_policy_attachment', actions: ['update'] })] : [], {
      managedPolicies: [{ policy: policyArn, address: 'aws_iam_policy.shared', removed: delta(policyArn, ['s3:putobject']) }],
    });

  it('turns a policy change into effects on every role it is attached to', () => {
    const r = analyze([policyReading()], withPolicy('known'), settings(), NOW);
    expect(r.roles.map((x) => [x.name, x.risk, x.changes])).toEqual([
      ['a', 'high', ['aws_iam_policy.shared']],
      ['b', 'low', ['aws_iam_policy.shared']],
    ]);
  });

  it('does not repeat a removal the plan already attributes to the role', () => {
    const r = analyze([policyReading([permissionsRemoved('a', delta(policyArn, ['s3:putobject']))])], withPolicy('known'), settings(), NOW);
    expect(r.roles.find((x) => x.name === 'a')!.effects).toHaveLength(1);
  });

  it('is medium at the decision when the attachments are unknown', () => {
    const r = analyze([policyReading()], withPolicy('unknown'), settings({ failOn: 'medium' }), NOW);
    expect(r.roles).toEqual([]);
    expect(r.decision.block).toBe(true);
    expect(r.meta.notices).toEqual([
      `managed policy \`${policyArn}\` (aws_iam_policy.shared) changes, and the roles it is attached to are unknown (iam:ListEntitiesForPolicy: AccessDenied)`,
    ]);
  });
});

describe('requestFor', () => {
  it('asks for the roles the changes affect, sorted, with removed services; not for created roles', () => {
    const req = requestFor([
      reading(
        [
          change([permissionsRemoved('zeta', delta('p', ['sqs:sendmessage', 's3:putobject'])), created('new')]),
          change([{ ...deleted('alpha'), roleArn: roleArn('alpha') }]),
        ],
        { managedPolicies: [{ policy: 'shared', address: 'aws_iam_policy.shared' }] },
      ),
    ]);
    expect(req).toEqual({
      roles: [{ name: 'alpha', arn: roleArn('alpha') }, { name: 'zeta' }],
      managedPolicies: ['shared'],
      removedServices: { zeta: ['s3', 'sqs'] },
    });
  });
});

describe('none inventory and determinism', () => {
  it('makes every fact unknown with the reason', () => {
    const readings = [reading([change([deleted('r')])])];
    const snap = unknownFacts(requestFor(readings), NOW);
    const r = analyze(readings, snap, settings(), NOW, { inventory: { kind: 'none' } });
    expect(r.roles[0]!.usage).toMatchObject({ status: 'unknown', evidence: 'usage unknown: no inventory given (--inventory)' });
    expect(r.roles[0]!.dependentsStatus).toBe('unknown');
    expect(r.roles[0]!.risk).toBe('medium');
    expect(r.meta.inventory).toEqual({ kind: 'none', regions: [], gaps: [{ operation: 'inventory', reason: 'no inventory given (--inventory)' }] });
  });

  it('gives the same report whatever order the facts come in', () => {
    const readings = [reading([change([deleted('b')]), change([deleted('a')], { address: 'aws_iam_role.a' })])];
    const fa = facts('a', { lastUsed: hoursAgo(1), dependents: [lambda('y'), lambda('x', 'us-east-1'), lambda('x')] });
    const fb = facts('b', { lastUsed: null });
    const one = analyze(readings, snapshot([fa, fb]), settings(), NOW);
    const two = analyze(readings, snapshot([fb, { ...fa, dependents: [...fa.dependents].reverse() }]), settings(), NOW);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.roles[0]!.dependents.map((d) => `${d.region}/${d.name}`)).toEqual(['eu-west-1/x', 'eu-west-1/y', 'us-east-1/x']);
  });
});
