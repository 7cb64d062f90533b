/**
 * AWS faults end to end: a plan deletes a role that, when AWS answers, is provably idle (never used, no
 * dependents: risk low). Each fault then hides some fact. The run must still finish within its deadline,
 * name the unknown fact with its reason, raise the risk to at least medium, gate by fail-on, and never
 * claim `unused` or "no dependents" for what it could not see.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createLiveInventory, type LiveInventoryOptions } from '../../src/inventory/live/index.js';
import type { FailOn, Report } from '../../src/model/report.js';
import { runPipeline } from '../../src/pipeline.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { queryError, queryXml, restJson, restJsonError, xmlTag, type AwsRequest, type Reply } from '../helpers/aws-responder.js';
import { fakeTime, HOME, lambdaTrust, roleXml, startFakeAccount, type FakeAccount, type Override } from '../live/fake-account.js';

const dir = mkdtempSync(join(tmpdir(), 'ibr-aws-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let account: FakeAccount | undefined;
afterEach(async () => {
  await account?.stop();
  account = undefined;
});

const PLAN = join(dir, 'plan.json');
const NARROW_PLAN = join(dir, 'narrow.json');
const policy = (actions: string[]) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });
writeFileSync(
  NARROW_PLAN,
  JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [
      {
        address: 'aws_iam_role_policy.app',
        mode: 'managed',
        type: 'aws_iam_role_policy',
        name: 'app',
        change: {
          actions: ['update'],
          before: { id: 'worker:app', name: 'app', role: 'worker', policy: policy(['sqs:ReceiveMessage', 's3:GetObject']) },
          after: { id: 'worker:app', name: 'app', role: 'worker', policy: policy(['s3:GetObject']) },
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: {},
        },
      },
    ],
  }),
);
writeFileSync(
  PLAN,
  JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [
      {
        address: 'aws_iam_role.worker',
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'worker',
        change: {
          actions: ['delete'],
          before: { name: 'worker', arn: `arn:aws:iam::${HOME}:role/worker`, assume_role_policy: lambdaTrust, tags: {} },
          after: null,
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: false,
        },
      },
    ],
  }),
);

/** A role in daily use whose Access Advisor says SQS was never touched: narrowing SQS away is low risk. */
function busyRoleIdleSqs(req: AwsRequest): Reply | undefined {
  if (req.action === 'GetRole') return queryXml('GetRole', roleXml(req.form.get('RoleName') ?? '?'));
  if (req.action === 'GetServiceLastAccessedDetails') {
    const member = (ns: string, last?: string) =>
      `<member>${xmlTag('ServiceNamespace', ns)}${xmlTag('ServiceName', ns)}${xmlTag('TotalAuthenticatedEntities', last ? 1 : 0)}${xmlTag('LastAuthenticated', last)}</member>`;
    return queryXml(req.action, `${xmlTag('JobStatus', 'COMPLETED')}<ServicesLastAccessed>${member('sqs')}${member('s3', '2026-11-27T10:00:00Z')}</ServicesLastAccessed>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}${xmlTag('IsTruncated', false)}`);
  }
  return undefined;
}

/** GetRole of a role AWS has never seen used (no RoleLastUsed date), created long ago. */
function idleRole(req: AwsRequest): Reply | undefined {
  if (req.action !== 'GetRole') return undefined;
  const name = req.form.get('RoleName') ?? '?';
  return queryXml(
    'GetRole',
    `<Role>${xmlTag('Path', '/')}${xmlTag('RoleName', name)}${xmlTag('RoleId', 'AROAWORKER')}${xmlTag('Arn', `arn:aws:iam::${HOME}:role/${name}`)}${xmlTag('CreateDate', '2024-01-01T00:00:00Z')}${xmlTag('AssumeRolePolicyDocument', encodeURIComponent(lambdaTrust))}<RoleLastUsed/></Role>`,
  );
}

const NOW = new Date('2026-11-28T12:00:00Z');

type Affects = 'usage' | 'dependents' | 'services' | 'policies';

async function analyse(override: Override, extra: Partial<LiveInventoryOptions> = {}, failOn: FailOn = 'medium', affects: Affects = 'usage'): Promise<{ report: Report; ms: number }> {
  const baseline = affects === 'services' ? busyRoleIdleSqs : idleRole;
  account = await startFakeAccount(async (req) => (await override(req)) ?? baseline(req));
  const started = Date.now();
  const report = await runPipeline({
    inputs: [{ kind: 'plan', label: 'plan', path: affects === 'services' ? NARROW_PLAN : PLAN }],
    inventory: createLiveInventory(account.options({ timeoutMs: 8_000, ...extra })),
    settings: { windowDays: 90, failOn, ignoreRoles: [], maskAccountIds: false },
    readerContext: {},
    clock: () => NOW,
  });
  return { report, ms: Date.now() - started };
}

const exitCode = (r: Report) => (r.decision.block ? 1 : 0);

/** The invariants every fault must keep. */
function expectSurvived(report: Report, ms: number, reason: RegExp, affects: Affects, timeoutMs: number): void {
  // Within the deadline, plus time to judge and render.
  expect(ms).toBeLessThan(timeoutMs + 3_000);
  const role = report.roles[0]!;
  expect(role.name).toBe('worker');
  const gaps = [...role.usage.gaps, ...role.dependentGaps, ...report.meta.inventory.gaps];
  expect(gaps.map((g) => g.reason).join('\n')).toMatch(reason);
  if (affects === 'policies') {
    // Listing a role's own policies says nothing about who uses it: the known facts still decide.
    expect(role.risk).toBe('low');
    expect(exitCode(report)).toBe(0);
    return;
  }
  if (affects === 'usage') expect(role.usage.status).toBe('unknown');
  if (affects === 'dependents') expect(role.dependentsStatus).not.toBe('known');
  if (affects === 'services') {
    expect(role.usage.status).not.toBe('unused');
    expect(role.usage.services ?? []).toEqual([]);
  }
  expect(['medium', 'high']).toContain(role.risk);
  expect(role.reasons.join('\n')).toMatch(/unknown|not known|could not|failed|incomplete/i);
  expect(exitCode(report)).toBe(1); // fail-on: medium
  const md = renderMarkdown(report);
  const text = renderText(report);
  if (affects === 'usage') {
    expect(md).not.toMatch(/\bunused\b/);
    expect(text).not.toMatch(/\bunused\b/);
  }
  if (affects === 'dependents') {
    expect(md).not.toContain('none found');
    expect(text).not.toMatch(/no dependents|none found/i);
  }
  if (affects === 'services') expect(md).not.toContain('not used in the tracking period');
}

const denied = (what: string): Reply => queryError('AccessDenied', `User: arn:aws:iam::${HOME}:user/ci is not authorized to perform: ${what}`, 403);
const restDenied = (what: string): Reply => restJsonError('AccessDeniedException', `User is not authorized to perform: ${what}`, 403);

describe('the control: AWS answers everything', () => {
  it('the role is provably idle: unused, no dependents, risk low, not blocked even at fail-on medium', async () => {
    const { report } = await analyse(() => undefined);
    const role = report.roles[0]!;
    expect(role.usage.status).toBe('unused');
    expect(role.dependentsStatus).toBe('known');
    expect(role.risk).toBe('low');
    expect(exitCode(report)).toBe(0);
  });

  it('narrowing SQS away from a busy role that never touched SQS is low risk', async () => {
    const { report } = await analyse(() => undefined, {}, 'medium', 'services');
    const role = report.roles[0]!;
    expect(role.usage.services?.map((x) => x.namespace).sort()).toEqual(['s3', 'sqs']);
    expect(role.risk).toBe('low');
    expect(exitCode(report)).toBe(0);
  });
});

interface FaultCase {
  name: string;
  override: Override;
  reason: RegExp;
  affects: Affects;
  extra?: () => Partial<LiveInventoryOptions>;
}

const AFFECTED_BY: Record<string, Affects> = {
  GetRole: 'usage',
  ListAttachedRolePolicies: 'policies',
  ListRolePolicies: 'policies',
  ListInstanceProfilesForRole: 'dependents',
  GenerateServiceLastAccessedDetails: 'services',
  GetServiceLastAccessedDetails: 'services',
};
const iamOps = ['GetRole', 'ListAttachedRolePolicies', 'ListRolePolicies', 'ListInstanceProfilesForRole', 'GenerateServiceLastAccessedDetails', 'GetServiceLastAccessedDetails'];

const cases: FaultCase[] = [
  ...iamOps.map((op) => ({
    name: `AccessDenied on iam:${op}`,
    override: (r: AwsRequest) => (r.action === op ? denied(`iam:${op}`) : undefined),
    reason: new RegExp(`iam:${op} denied`),
    affects: AFFECTED_BY[op]!,
  })),
  { name: 'AccessDenied on lambda:ListFunctions', override: (r) => (r.service === 'lambda' ? restDenied('lambda:ListFunctions') : undefined), reason: /lambda:ListFunctions denied/, affects: 'dependents' },
  { name: 'AccessDenied on eks:ListClusters', override: (r) => (r.service === 'eks' ? restDenied('eks:ListClusters') : undefined), reason: /eks:ListClusters denied/, affects: 'dependents' },
  { name: 'AccessDenied on sts:GetCallerIdentity', override: (r) => (r.action === 'GetCallerIdentity' ? denied('sts:GetCallerIdentity') : undefined), reason: /sts:GetCallerIdentity/, affects: 'usage' },
  {
    name: 'a throttling burst on every call that outlasts the retries',
    override: (r) =>
      r.action === 'GetCallerIdentity' ? undefined : r.service === 'iam' ? queryError('Throttling', 'Rate exceeded', 400) : restJsonError('TooManyRequestsException', 'Rate exceeded', 429),
    reason: /throttled beyond 2 attempts/,
    affects: 'usage',
  },
  {
    name: '5xx on every call',
    override: (r) => (r.action === 'GetCallerIdentity' ? undefined : r.service === 'iam' ? queryError('ServiceUnavailable', 'Service is unavailable', 503) : restJsonError('ServiceException', 'internal', 500)),
    reason: /ServiceUnavailable|ServiceException|503|500|server error/i,
    affects: 'usage',
  },
  {
    name: 'the token expires mid-run (after GetRole)',
    override: (() => {
      let seen = 0;
      return (r: AwsRequest) => {
        seen++;
        if (seen <= 2) return undefined;
        return r.service === 'iam' || r.service === 'sts' ? queryError('ExpiredToken', 'The security token included in the request is expired', 403) : restJsonError('ExpiredTokenException', 'The security token included in the request is expired', 403);
      };
    })(),
    reason: /ExpiredToken|expired/i,
    affects: 'dependents',
  },
  {
    name: 'answers slower than the deadline',
    extra: () => ({ timeoutMs: 2_000 }),
    override: (r) =>
      r.service === 'lambda' ? { ...restJson({ Functions: [] }), delayMs: 10_000 } : r.service === 'eks' ? { ...restJson({ clusters: [] }), delayMs: 10_000 } : undefined,
    reason: /deadline of 2 s passed/,
    affects: 'dependents',
  },
  {
    name: 'Access Advisor stuck IN_PROGRESS',
    override: (r) =>
      r.action === 'GetServiceLastAccessedDetails' ? queryXml(r.action, `${xmlTag('JobStatus', 'IN_PROGRESS')}${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}`) : undefined,
    reason: /IN_PROGRESS/,
    affects: 'services',
    extra: () => {
      const t = fakeTime('2026-11-28T12:00:00Z');
      return { clock: t.clock, sleep: t.sleep };
    },
  },
  {
    name: 'Access Advisor job FAILED',
    override: (r) =>
      r.action === 'GetServiceLastAccessedDetails'
        ? queryXml(r.action, `${xmlTag('JobStatus', 'FAILED')}<Error>${xmlTag('Message', 'internal failure')}${xmlTag('Code', 'InternalError')}</Error>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}<ServicesLastAccessed/>`)
        : undefined,
    reason: /FAILED|failed/,
    affects: 'services',
  },
  {
    name: 'a region that is not enabled (UnrecognizedClientException)',
    override: (r) => (r.region === 'ap-east-1' ? restJsonError('UnrecognizedClientException', 'The security token included in the request is invalid.', 403) : undefined),
    reason: /ap-east-1/,
    affects: 'dependents',
    extra: () => ({ regions: ['us-east-1', 'ap-east-1'] }),
  },
  {
    name: 'regions: all, and DescribeRegions answers AuthFailure',
    override: (r) => (r.action === 'DescribeRegions' ? { status: 401, headers: { 'content-type': 'text/xml' }, body: '<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors><RequestID>r</RequestID></Response>' } : undefined),
    reason: /DescribeRegions|AuthFailure/,
    affects: 'dependents',
    extra: () => ({ regions: 'all' }),
  },
  {
    name: 'a regional endpoint that refuses connections',
    override: () => undefined,
    reason: /lambda:ListFunctions/,
    affects: 'dependents',
    extra: () => ({
      clientConfig: (service) => ({
        endpoint: service === 'lambda' ? 'http://127.0.0.1:9' : account!.endpoint,
        credentials: { accessKeyId: 'AKIDHOME', secretAccessKey: 'x' },
      }),
    }),
  },
];

describe('AWS faults: unknown is never unused', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const extra = c.extra?.() ?? {};
      const { report, ms } = await analyse(c.override, extra, 'medium', c.affects);
      expectSurvived(report, ms, c.reason, c.affects, extra.timeoutMs ?? 8_000);
    });
  }

  it('exit code follows fail-on: the same fault passes at fail-on high, blocks at medium and low', async () => {
    const lambdaDenied: Override = (r) => (r.service === 'lambda' ? restDenied('lambda:ListFunctions') : undefined);
    const codes: Record<string, number> = {};
    for (const failOn of ['high', 'medium', 'low', 'never'] as const) {
      const { report } = await analyse(lambdaDenied, {}, failOn);
      codes[failOn] = exitCode(report);
      await account?.stop();
      account = undefined;
    }
    expect(codes).toEqual({ high: 0, medium: 1, low: 1, never: 0 });
  });
});
