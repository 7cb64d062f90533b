/**
 * One live collection: caller identity → regions → accounts → managed policies → role identity →
 * (dependent scans ∥ Access Advisor ∥ CloudTrail) → facts. Each (account, region, service) is scanned
 * once and shared by every affected role. Failures become gaps; nothing here throws for AWS errors.
 */
import { setMaxListeners } from 'node:events';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { DependentKind } from '../../model/dependent.js';
import { INVENTORY_SCHEMA_VERSION, type InventoryRequest, type InventorySnapshot, type LookupGap, type ManagedPolicyFacts } from '../../model/inventory.js';
import { fillTemplate, parseArn, roleKey } from './arn.js';
import { accessAdvisor } from './access-advisor.js';
import { chainedPrincipals, irsaServiceAccounts } from './from-trust.js';
import { applyBulkDetails, BULK_ROLE_THRESHOLD, fetchBulkDetails, lookupRolesDirect, type BulkDetails } from './identity.js';
import { createRateGate } from './limiter.js';
import { kindsNeeded } from './needs.js';
import { DEFAULT_MAX_ATTEMPTS, defaultRegion, LOOKUP_INTERVAL_MS, type LiveInventoryOptions } from './options.js';
import { lookupPolicyDirect, policyAccount, policyFromBulk } from './policies.js';
import { createProgress } from './progress.js';
import type { EksCluster, EksScanOutput } from './scans/eks.js';
import type { Scan, ScanOutput } from './scans/scan.js';
import { AccountSession, type CredentialProvider, type Run } from './session.js';
import { ALL_KINDS, addGap, newRoleWork, type RoleWork } from './work.js';

interface ScanDef {
  service: string;
  kinds: readonly DependentKind[];
  load: () => Promise<Scan>;
}

/** Each scan is a separate module, imported only when a run needs it (with its SDK client). */
const SCANS: readonly ScanDef[] = [
  { service: 'lambda', kinds: ['lambda-function'], load: async () => (await import('./scans/lambda.js')).scanLambda },
  {
    service: 'eks',
    kinds: ['eks-cluster', 'eks-nodegroup', 'eks-fargate-profile', 'eks-pod-identity', 'eks-addon', 'eks-access-entry', 'irsa-service-account'],
    load: async () => (await import('./scans/eks.js')).scanEks,
  },
  { service: 'ec2', kinds: ['ec2-instance'], load: async () => (await import('./scans/ec2.js')).scanEc2 },
  { service: 'ecs', kinds: ['ecs-task-definition', 'ecs-service'], load: async () => (await import('./scans/ecs.js')).scanEcs },
  { service: 'states', kinds: ['sfn-state-machine'], load: async () => (await import('./scans/sfn.js')).scanSfn },
  { service: 'codebuild', kinds: ['codebuild-project'], load: async () => (await import('./scans/codebuild.js')).scanCodeBuild },
  { service: 'cloudformation', kinds: ['cloudformation-stack'], load: async () => (await import('./scans/cloudformation.js')).scanCloudFormation },
];

/** Kinds found in a region (everything but the IAM principals of the trust policy). */
const REGIONAL_KINDS = ALL_KINDS.filter((k) => k !== 'iam-role' && k !== 'iam-user');

export function createRun(options: LiveInventoryOptions): { run: Run; controller: AbortController; stop: () => void } {
  const clock = options.clock ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const controller = new AbortController();
  // Every in-flight SDK call listens on the run's one deadline signal; dozens at once are expected.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  timer.unref();
  const progress = createProgress(options.onProgress, clock);
  const run: Run = {
    options,
    clock,
    sleep,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    timeoutMs: options.timeoutMs,
    deadlineAt: clock().getTime() + options.timeoutMs,
    signal: controller.signal,
    counts: {},
    progress,
    debug: options.debug ?? (() => {}),
  };
  return {
    run,
    controller,
    stop: () => {
      clearTimeout(timer);
      progress.stop();
    },
  };
}

export async function collectLive(options: LiveInventoryOptions, request: InventoryRequest): Promise<InventorySnapshot> {
  const { run, stop } = createRun(options);
  const snapshot: InventorySnapshot = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    collectedAt: run.clock().toISOString(),
    source: 'live',
    accounts: [],
    regions: [],
    roles: [],
    managedPolicies: [],
    gaps: [],
    apiCalls: run.counts,
  };
  if (request.roles.length === 0 && request.managedPolicies.length === 0) {
    stop();
    return snapshot;
  }
  const sessions: AccountSession[] = [];
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      run.debug(`stage ${name} ${Date.now() - t}ms`);
    }
  };
  try {
    await stage('total', () => collectInto(run, request, snapshot, sessions, stage));
  } catch (e) {
    // A bug, not an AWS answer: still a complete snapshot in which nothing is claimed known that was not.
    const gap: LookupGap = { operation: 'live-inventory', reason: `live inventory stopped early: ${e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e)}` };
    snapshot.gaps.push(gap);
    const have = new Set(snapshot.roles.map((r) => r.name));
    for (const r of request.roles) {
      if (have.has(r.name)) continue;
      const w = newRoleWork(r.name, parseArn(r.arn ?? '')?.account ?? '', r.name, r.arn);
      failRole(w, gap);
      snapshot.roles.push(w.facts);
    }
  } finally {
    stop();
    for (const s of sessions) s.destroy();
  }
  snapshot.apiCalls = Object.fromEntries(Object.entries(run.counts).sort(([a], [b]) => a.localeCompare(b)));
  return snapshot;
}

async function collectInto(
  run: Run,
  request: InventoryRequest,
  snapshot: InventorySnapshot,
  sessions: AccountSession[],
  stage: <T>(name: string, fn: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const options = run.options;
  const firstRegion = Array.isArray(options.regions) && options.regions[0] ? options.regions[0] : defaultRegion();

  // 1. Who we are: the account and partition (GetCallerIdentity needs no permission).
  const probe = new AccountSession(run, '', 'aws', true);
  sessions.push(probe);
  const who = await probe.attempt({ operation: 'sts:GetCallerIdentity', region: firstRegion }, async (abortSignal) =>
    probe.client('sts', firstRegion, STSClient).send(new GetCallerIdentityCommand({}), { abortSignal }),
  );
  const roles = new Map<string, RoleWork>();
  const addRole = (account: string, name: string, arn?: string) => {
    const key = roleKey(account, name);
    if (!roles.has(key)) roles.set(key, newRoleWork(key, account, name, arn));
    return roles.get(key)!;
  };
  if (!who.ok || !who.value.Account) {
    const gap: LookupGap = who.ok ? { operation: 'sts:GetCallerIdentity', region: firstRegion, reason: 'sts:GetCallerIdentity returned no account' } : who.gap;
    snapshot.gaps.push(gap);
    for (const r of request.roles) failRole(addRole(parseArn(r.arn ?? '')?.account ?? '', r.name, r.arn), gap);
    snapshot.roles = [...roles.values()].map((w) => w.facts);
    snapshot.managedPolicies = request.managedPolicies.map((p) => ({ arn: p, name: p.split('/').pop() ?? p, attachedRoles: [], status: 'unknown', gaps: [gap] }));
    return;
  }
  const homeAccount = who.value.Account;
  const partition = parseArn(who.value.Arn ?? '')?.partition || 'aws';
  const home = new AccountSession(run, homeAccount, partition, true);
  sessions.push(home);

  // 2. Regions.
  let regions: string[];
  const regionGaps: LookupGap[] = [];
  if (options.regions === 'all') {
    const listed = await stage('regions', async () => (await import('./regions.js')).enabledRegions(home, firstRegion, REGIONAL_KINDS));
    if (listed.ok) regions = listed.value;
    else {
      regions = [firstRegion];
      const gap = { ...listed.gap, reason: `${listed.gap.reason}: only ${firstRegion} was scanned` };
      regionGaps.push(gap);
      snapshot.gaps.push(gap);
    }
  } else regions = options.regions && options.regions.length > 0 ? [...new Set(options.regions)] : [firstRegion];
  snapshot.regions = regions;

  for (const r of request.roles) {
    const account = (r.arn && parseArn(r.arn)?.account) || homeAccount;
    addRole(account, r.name, r.arn);
  }

  // 3. A session per account; other accounts through the cross-account role template.
  const byAccount = new Map<string, AccountSession | LookupGap>([[homeAccount, home]]);
  const accountsNeeded = new Set<string>([...[...roles.values()].map((r) => r.account), ...request.managedPolicies.map((p) => policyAccount(p, homeAccount))]);
  await Promise.all(
    [...accountsNeeded]
      .filter((a) => !byAccount.has(a))
      .map(async (account) => {
        byAccount.set(account, await openForeignAccount(run, home, account, firstRegion, sessions));
      }),
  );
  snapshot.accounts = [...byAccount.keys()].sort();

  // 4. Managed policies and identity, per account (bulk when many roles).
  const policyFacts = new Map<string, ManagedPolicyFacts>();
  await stage('identity', () =>
    Promise.all(
      [...byAccount].map(async ([account, session]) => {
        const policies = request.managedPolicies.filter((p) => policyAccount(p, homeAccount) === account);
        if (!(session instanceof AccountSession)) {
          for (const p of policies) policyFacts.set(p, { arn: p, name: p.split('/').pop() ?? p, attachedRoles: [], status: 'unknown', gaps: [session] });
          for (const w of roles.values()) if (w.account === account) failRole(w, session);
          return;
        }
        const accountRoles = () => [...roles.values()].filter((w) => w.account === account);
        let bulk: BulkDetails | LookupGap | undefined;
        const fetchBulk = async () => {
          const b = await fetchBulkDetails(session);
          bulk = b.ok ? b.value : b.gap;
          if (!b.ok) snapshot.gaps.push({ ...b.gap, reason: `${b.gap.reason}: fell back to per-role calls` });
        };
        if (accountRoles().length > BULK_ROLE_THRESHOLD) await fetchBulk();
        await Promise.all(
          policies.map(async (p) => {
            const facts = bulk && 'roles' in bulk ? policyFromBulk(bulk, p, partition, account) : await lookupPolicyDirect(session, p);
            policyFacts.set(p, facts);
            for (const name of facts.attachedRoles) addRole(account, name);
          }),
        );
        if (!bulk && accountRoles().length > BULK_ROLE_THRESHOLD) await fetchBulk();
        if (bulk && 'roles' in bulk) applyBulkDetails(bulk, accountRoles());
        else await lookupRolesDirect(session, accountRoles(), snapshot.gaps);
      }),
    ),
  );
  snapshot.managedPolicies = request.managedPolicies.map((p) => policyFacts.get(p)!);

  // 5. Dependents, Access Advisor and CloudTrail, in parallel.
  const needs = new Map([...roles.values()].map((w) => [w.key, kindsNeeded(w)]));
  for (const w of roles.values()) for (const g of regionGaps) if (w.facts.existence !== 'absent') addGap(w.facts.dependentGaps, g);
  const removed = new Map(Object.entries(request.removedServices).map(([k, v]) => [k.toLowerCase(), v]));
  const gates = new Map<string, () => Promise<void>>();
  const gateOf = (account: string) => (region: string) => {
    const key = `${account}/${region}`;
    if (!gates.has(key)) gates.set(key, createRateGate(LOOKUP_INTERVAL_MS, run.clock, run.sleep));
    return gates.get(key)!;
  };

  await stage('lookups', () =>
    Promise.all([
      ...[...byAccount].map(async ([account, session]) => {
        if (!(session instanceof AccountSession)) return;
        const accountRoles = [...roles.values()].filter((w) => w.account === account);
        await scanAccount(session, accountRoles, regions, needs);
      }),
      ...[...roles.values()].map(async (w) => {
        const session = byAccount.get(w.account);
        if (!(session instanceof AccountSession)) return;
        await Promise.all([
          accessAdvisor(session, w, removed.get(w.name.toLowerCase()) ?? []),
          options.cloudtrail ? import('./cloudtrail.js').then((m) => m.cloudTrailAssumers(session, w, regions, gateOf(w.account))) : undefined,
        ]);
      }),
    ]),
  );

  snapshot.roles = [...roles.values()].map((w) => {
    w.facts.dependents.sort((a, b) => a.kind.localeCompare(b.kind) || a.region.localeCompare(b.region) || a.id.localeCompare(b.id));
    return w.facts;
  });
}

function failRole(w: RoleWork, gap: LookupGap): void {
  w.facts.existence = 'unknown';
  addGap(w.facts.usage.gaps, gap);
  addGap(w.facts.dependentGaps, { ...gap, kinds: [...ALL_KINDS] });
}

async function openForeignAccount(run: Run, home: AccountSession, account: string, region: string, sessions: AccountSession[]): Promise<AccountSession | LookupGap> {
  const template = run.options.assumeRoleArnTemplate;
  if (!template)
    return {
      operation: 'sts:AssumeRole',
      account,
      reason: `account ${account} is not the caller's (${home.account}): set --assume-role-arn-template to read it`,
    };
  const roleArn = fillTemplate(template, home.partition, account);
  const sts = home.client('sts', region, STSClient);
  const assumed = await home.attempt({ operation: 'sts:AssumeRole', region, detail: roleArn }, async (abortSignal) =>
    (await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'iam-blast-radius', DurationSeconds: 3600 }), { abortSignal })).Credentials,
  );
  if (!assumed.ok) return { ...assumed.gap, account };
  const c = assumed.value;
  if (!c?.AccessKeyId || !c.SecretAccessKey) return { operation: 'sts:AssumeRole', account, reason: `sts:AssumeRole of ${roleArn} returned no credentials` };
  const credentials: CredentialProvider = async () => ({
    accessKeyId: c.AccessKeyId!,
    secretAccessKey: c.SecretAccessKey!,
    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
    ...(c.Expiration ? { expiration: c.Expiration } : {}),
  });
  const session = new AccountSession(run, account, home.partition, false, credentials);
  sessions.push(session);
  return session;
}

/** Every (region, service) of one account scanned once, then shared out to the roles that need it. */
async function scanAccount(session: AccountSession, roles: RoleWork[], regions: string[], needs: Map<string, Set<DependentKind>>): Promise<void> {
  const wanted = new Set<DependentKind>();
  for (const w of roles) for (const k of needs.get(w.key) ?? []) wanted.add(k);
  const clusters: EksCluster[] = [];
  let clustersKnown = true;
  const outputs: ScanOutput[] = [];
  await Promise.all(
    SCANS.filter((def) => def.kinds.some((k) => wanted.has(k))).map(async (def) => {
      const scan = await def.load();
      await Promise.all(
        regions.map(async (region) => {
          const out = await scan({ session, region, kinds: wanted, roles: roles.filter((w) => w.facts.existence !== 'absent') });
          outputs.push(out);
          if (def.service === 'eks') {
            clusters.push(...(out as EksScanOutput).clusters);
            clustersKnown &&= (out as EksScanOutput).clustersKnown;
          }
        }),
      );
    }),
  );
  for (const w of roles) {
    const need = needs.get(w.key) ?? new Set();
    if (need.size === 0) continue;
    for (const out of outputs) {
      for (const d of out.found.get(w.key) ?? []) w.facts.dependents.push(d);
      for (const gap of out.gaps) {
        const kinds = (gap.kinds ?? []).filter((k) => need.has(k as DependentKind));
        if (kinds.length > 0) addGap(w.facts.dependentGaps, { ...gap, kinds });
      }
    }
    w.facts.dependents.push(...chainedPrincipals(w));
    if (need.has('irsa-service-account')) w.facts.dependents.push(...irsaServiceAccounts(w, clusters, clustersKnown));
  }
}
