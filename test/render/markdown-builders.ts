/** Small builders for reports, so each test states only what it is about. */
import type { Effect, IamChange } from '../../src/model/change.js';
import type { Dependent } from '../../src/model/dependent.js';
import type { Report, RoleImpact } from '../../src/model/report.js';

export function dependent(over: Partial<Dependent> = {}): Dependent {
  return {
    kind: 'lambda-function',
    id: 'arn:aws:lambda:eu-west-1:123456789012:function:orders-api',
    name: 'orders-api',
    region: 'eu-west-1',
    via: 'function configuration Role',
    origin: 'live',
    ...over,
  };
}

export function role(name: string, over: Partial<RoleImpact> = {}): RoleImpact {
  return {
    name,
    arn: `arn:aws:iam::123456789012:role/${name}`,
    account: '123456789012',
    changes: [`aws_iam_role.${name.replace(/\W/g, '_')}`],
    effects: [{ kind: 'deleted', role: name, summary: `role ${name} deleted` }],
    usage: {
      status: 'used',
      windowDays: 90,
      lastUsed: '2026-11-28T10:00:00Z',
      lastUsedRegion: 'eu-west-1',
      lastUsedDaysAgo: 0,
      evidence: 'RoleLastUsed 2026-11-28 in eu-west-1 (2 hours ago)',
      gaps: [],
    },
    dependents: [dependent()],
    dependentsStatus: 'known',
    dependentGaps: [],
    risk: 'high',
    reasons: [`deleting ${name} breaks 1 Lambda function in eu-west-1 (orders-api); it was last used 2 hours ago`],
    ...over,
  };
}

export function change(address: string, roles: string[], effects: Effect[], over: Partial<IamChange> = {}): IamChange {
  return {
    source: 'terraform',
    input: 'prod',
    address,
    resourceType: 'aws_iam_role',
    actions: ['delete'],
    roles,
    effects,
    ...over,
  };
}

export function report(roles: RoleImpact[], changes: IamChange[], over: Partial<Report['decision']> = {}): Report {
  return {
    schemaVersion: 2,
    generatedAt: '2026-11-28T12:00:00.000Z',
    changes,
    roles,
    decision: {
      block: roles.some((r) => r.risk === 'high' && !r.waived),
      failOn: 'high',
      risk: roles.some((r) => r.risk === 'high') ? 'high' : roles.some((r) => r.risk === 'medium') ? 'medium' : roles.length ? 'low' : 'none',
      reasons: roles.filter((r) => r.risk === 'high' && !r.waived).map((r) => `${r.name} is high: ${r.reasons[0] ?? ''}`),
      waivedBy: [],
      ...over,
    },
    meta: {
      tool: { name: 'iam-blast-radius', version: '0.1.0' },
      inputs: [{ label: 'prod', source: 'terraform', file: 'plans/prod.json', changes: changes.length, sensitiveMasked: 0, warnings: [] }],
      inventory: { kind: 'live', regions: ['eu-west-1'], gaps: [] },
      windowDays: 90,
      timings: {},
      sensitiveMasked: 0,
      notices: [],
    },
  };
}

const TRUST_BEFORE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const TRUST_AFTER = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const POLICY_BEFORE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 's3:GetObject'], Resource: '*' }],
});
const POLICY_AFTER = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }],
});

/** A report a reviewer would see on a typical PR: a deletion, a narrowing, a trust change, a harmless creation. */
export function representativeReport(): Report {
  const removed = {
    policy: 'inline:queue-access',
    permissions: [
      { effect: 'Allow' as const, action: 'sqs:receivemessage', resources: ['*'] },
      { effect: 'Allow' as const, action: 'sqs:deletemessage', resources: ['*'] },
    ],
    services: ['sqs'],
    before: POLICY_BEFORE,
    after: POLICY_AFTER,
  };
  const changes = [
    change('module.orders.aws_iam_role.api', ['orders-api'], [{ kind: 'deleted', role: 'orders-api', summary: 'role orders-api deleted' }], {
      location: { file: 'modules/orders/iam.tf', line: 12, side: 'base' },
    }),
    change(
      'aws_iam_role_policy.queue',
      ['billing-worker'],
      [{ kind: 'permissions-removed', role: 'billing-worker', summary: 'removes sqs:ReceiveMessage, sqs:DeleteMessage', delta: removed }],
      { resourceType: 'aws_iam_role_policy', actions: ['update'], location: { file: 'billing/iam.tf', line: 40 } },
    ),
    change(
      'aws_iam_role.reports',
      ['reports-runner'],
      [
        {
          kind: 'trust-changed',
          role: 'reports-runner',
          summary: 'trust no longer allows lambda.amazonaws.com',
          principalsAdded: [{ type: 'Service', value: 'ecs-tasks.amazonaws.com' }],
          principalsRemoved: [{ type: 'Service', value: 'lambda.amazonaws.com' }],
          before: TRUST_BEFORE,
          after: TRUST_AFTER,
        },
      ],
      { actions: ['update'] },
    ),
    change('aws_iam_role.new_etl', ['etl-loader'], [{ kind: 'created', role: 'etl-loader', summary: 'role etl-loader created' }], {
      actions: ['create'],
    }),
  ];
  const roles = [
    role('orders-api', {
      changes: ['module.orders.aws_iam_role.api'],
      dependents: [
        dependent(),
        dependent({ kind: 'eks-nodegroup', id: 'arn:aws:eks:eu-west-1:123456789012:nodegroup/prod/general/abc', name: 'prod/general', via: 'node group nodeRole' }),
        dependent({ kind: 'ec2-instance', id: 'arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc123def456', name: 'i-0abc123def456', via: 'instance profile orders-api' }),
      ],
      reasons: ['deleting orders-api breaks 3 dependents in eu-west-1; it was last used 2 hours ago'],
    }),
    role('billing-worker', {
      changes: ['aws_iam_role_policy.queue'],
      effects: changes[1]!.effects,
      risk: 'medium',
      usage: {
        status: 'used',
        windowDays: 90,
        lastUsedDaysAgo: 3,
        evidence: 'Access Advisor: sqs used 3 days ago',
        services: [
          { namespace: 'sqs', lastAccessed: '2026-11-25T08:00:00Z' },
          { namespace: 's3', lastAccessed: null },
        ],
        gaps: [],
      },
      dependents: [
        dependent({ kind: 'ecs-service', id: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/billing', name: 'prod/billing', via: 'task role of billing:7' }),
        dependent({ kind: 'sfn-state-machine', id: 'arn:aws:states:eu-west-1:123456789012:stateMachine:billing-flow', name: 'billing-flow', via: 'state machine roleArn' }),
      ],
      dependentsStatus: 'partial',
      dependentGaps: [{ operation: 'lambda:ListFunctions', region: 'us-east-1', reason: 'AccessDenied', kinds: ['lambda-function'] }],
      reasons: ['removes sqs:ReceiveMessage, used 3 days ago (Access Advisor)'],
    }),
    role('reports-runner', {
      changes: ['aws_iam_role.reports'],
      effects: changes[2]!.effects,
      risk: 'medium',
      usage: { status: 'unknown', windowDays: 90, evidence: 'RoleLastUsed unknown: iam:GetRole AccessDenied', gaps: [{ operation: 'iam:GetRole', reason: 'AccessDenied' }] },
      dependents: [dependent({ kind: 'codebuild-project', id: 'arn:aws:codebuild:eu-west-1:123456789012:project/reports', name: 'reports', via: 'project serviceRole' })],
      reasons: ['trust no longer allows lambda.amazonaws.com, which its dependents need'],
    }),
    role('etl-loader', {
      changes: ['aws_iam_role.new_etl'],
      effects: changes[3]!.effects,
      risk: 'none',
      usage: { status: 'unknown', windowDays: 90, evidence: 'role does not exist yet', gaps: [] },
      dependents: [],
      reasons: ['a new role breaks nothing'],
    }),
  ];
  const r = report(roles, changes);
  r.meta.sensitiveMasked = 2;
  r.meta.notices = ['Account IDs are masked'];
  return r;
}
