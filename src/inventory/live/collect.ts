/**
 * One live collection: caller identity → (at once: the regions, and per account the managed policies and
 * role identity, dependent scans, Access Advisor and CloudTrail) → facts. Nothing waits for more than it
 * needs: a scan starts as soon as one affected role is known to need it (its trust policy admits the
 * service), not after every role is known, and as soon as the account is known when the input carries
 * the role's trust policy (see kindsHinted); Access Advisor starts for each role as soon as that role is
 * found. Each (account, region, service) is scanned once and shared by every affected role. Failures become
 * gaps; nothing here throws for AWS errors.
 */
import { setMaxListeners } from 'node:events';
import type { RoleDetail } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { INVENTORY_SCHEMA_VERSION, type InventoryRequest, type InventorySnapshot, type LookupGap, type ManagedPolicyFacts } from '../../model/inventory.js';
import { fillTemplate, parseArn, roleKey } from './arn.js';
import { AccessAdvisor } from './access-advisor.js';
import { chainedPrincipals, irsaServiceAccounts } from './from-trust.js';
import { applyBulkDetails, applyBulkRole, BULK_ROLE_THRESHOLD, fetchBulkDetails, lookupRolesDirect, startEarlyBulk, type BulkDetails, type EarlyBulk, type OnRole } from './identity.js';
import { createRateGate } from './limiter.js';
import { Demand, kindsHinted, kindsNeeded } from './needs.js';
import { DEFAULT_MAX_ATTEMPTS, defaultRegion, LOOKUP_INTERVAL_MS, type LiveInventoryOptions } from './options.js';
import { lookupPolicyDirect, policyAccount, policyFromBulk } from './policies.js';
import { createProgress } from './progress.js';
import type { EksCluster, EksScanOutput } from './scans/eks.js';
import type { DependentKind } from '../../model/dependent.js';
import type { Scan, ScanOutput, Settled } from './scans/scan.js';
import { AccountSession, createSendWatch, type CredentialProvider, type Run } from './session.js';
import { ALL_KINDS, addGap, newRoleWork, type RoleWork } from './work.js';

interface ScanDef {
  service: string;
  kinds: readonly DependentKind[];
  load: () => Promise<Scan>;
  /**
   * Loaded while GetCallerIdentity is in flight, before any role is known to need it: nearly every run
   * does (EKS as soon as one role exists, since access entries need no service principal; Lambda for most
   * roles), so loading its SDK client overlaps that round trip instead of following the identity stage.
   */
  early?: true;
}

/** Each scan is a separate module, imported only when a run needs it (with its SDK client). */
const SCANS: readonly ScanDef[] = [
  { service: 'lambda', kinds: ['lambda-function'], load: async () => (await import('./scans/lambda.js')).scanLambda, early: true },
  {
    service: 'eks',
    kinds: ['eks-cluster', 'eks-nodegroup', 'eks-fargate-profile', 'eks-pod-identity', 'eks-addon', 'eks-access-entry', 'irsa-service-account'],
    load: async () => (await import('./scans/eks.js')).scanEks,
    early: true,
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
    ...createSendWatch(),
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
  const startedAt = Date.now();

  // 1. Who we are: the account and partition (GetCallerIdentity needs no permission).
  const probe = new AccountSession(run, '', 'aws', true);
  sessions.push(probe);
  const asked = probe.attempt({ operation: 'sts:GetCallerIdentity', region: firstRegion }, async (abortSignal) =>
    probe.client('sts', firstRegion, STSClient).send(new GetCallerIdentityCommand({}), { abortSignal }),
  );
  // What the input's copies of the trust policies point to, per request role; their scans' modules load
  // now as well (modules only: no call is made for a hint).
  const hintedKinds = request.roles.map((r) => kindsHinted(r.trust));
  const hinted = new Set(hintedKinds.flatMap((kinds) => [...kinds]));
  // One after another, in SCANS order: compiling is main-thread work, and the Lambda scan (usually the
  // longest page chain) should be ready first rather than finish last among modules compiled together.
  run.afterNextSend(() => {
    const wanted = SCANS.filter((def) => def.early || def.kinds.some((k) => hinted.has(k)));
    void wanted.reduce<Promise<unknown>>((loaded, def) => loaded.then(() => def.load()).catch(() => undefined), Promise.resolve());
  });
  // Many roles of one account (the caller's, as far as the plan says): their bulk pass needs no account ID.
  const planAccounts = new Set(request.roles.map((r) => (r.arn && parseArn(r.arn)?.account) || ''));
  planAccounts.delete('');
  let early: EarlyBulk | undefined = request.roles.length > BULK_ROLE_THRESHOLD && planAccounts.size <= 1 ? startEarlyBulk(probe) : undefined;
  const who = await asked;
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

  // 2. Regions: only the scans and CloudTrail need them, so identity does not wait for `all` to be listed.
  const regionGaps: LookupGap[] = [];
  const regionsKnown: Promise<string[]> =
    options.regions === 'all'
      ? stage('regions', async () => {
          const listed = await (await import('./regions.js')).enabledRegions(home, firstRegion, REGIONAL_KINDS);
          if (listed.ok) return listed.value;
          const gap = { ...listed.gap, reason: `${listed.gap.reason}: only ${firstRegion} was scanned` };
          regionGaps.push(gap);
          snapshot.gaps.push(gap);
          return [firstRegion];
        })
      : Promise.resolve(options.regions && options.regions.length > 0 ? [...new Set(options.regions)] : [firstRegion]);
  // Awaited by the lookups below; a bug that stops the run earlier must not also leave an unhandled rejection.
  regionsKnown.catch(() => undefined);

  const hintsByRole = new Map<string, ReadonlySet<DependentKind>>();
  request.roles.forEach((r, i) => {
    const account = (r.arn && parseArn(r.arn)?.account) || homeAccount;
    const w = addRole(account, r.name, r.arn);
    const kinds = hintedKinds[i];
    if (kinds && kinds.size > 0) hintsByRole.set(w.key, kinds);
  });
  const accountsNeeded = new Set<string>([homeAccount, ...[...roles.values()].map((r) => r.account), ...request.managedPolicies.map((p) => policyAccount(p, homeAccount))]);
  snapshot.accounts = [...accountsNeeded].sort();

  // 3. Per account, everything at once: a session (other accounts through the cross-account role
  // template), then identity, which tells the scans and Access Advisor about each role as soon as it knows it.
  const policyFacts = new Map<string, ManagedPolicyFacts>();
  const removed = new Map(Object.entries(request.removedServices).map(([k, v]) => [k.toLowerCase(), v]));
  const gates = new Map<string, () => Promise<void>>();
  const gateOf = (account: string) => (region: string) => {
    const key = `${account}/${region}`;
    if (!gates.has(key)) gates.set(key, createRateGate(LOOKUP_INTERVAL_MS, run.clock, run.sleep));
    return gates.get(key)!;
  };
  const accountRolesOf = (account: string) => [...roles.values()].filter((w) => w.account === account);
  const results: { session: AccountSession; scanned: AccountScans }[] = [];

  const lookupAccount = async (account: string, identityDone: () => void): Promise<void> => {
    const session = account === homeAccount ? home : await openForeignAccount(run, home, account, firstRegion, sessions);
    const policies = request.managedPolicies.filter((p) => policyAccount(p, homeAccount) === account);
    if (!(session instanceof AccountSession)) {
      for (const p of policies) policyFacts.set(p, { arn: p, name: p.split('/').pop() ?? p, attachedRoles: [], status: 'unknown', gaps: [session] });
      for (const w of accountRolesOf(account)) failRole(w, session);
      identityDone();
      return;
    }
    const demand = new Demand();
    // The input's copies of the trust policies start scans now; identity adds what they missed.
    for (const w of accountRolesOf(account)) demand.add(hintsByRole.get(w.key) ?? []);
    const advisor = new AccessAdvisor(session);
    const usage: Promise<void>[] = [];
    const usageStarted = new Set<string>();
    const onRole: OnRole = (w) => {
      demand.add(kindsNeeded(w));
      // Usage needs only the role's ARN: Access Advisor (and CloudTrail) start as soon as the role is found.
      if (w.facts.existence !== 'found' || usageStarted.has(w.key)) return;
      usageStarted.add(w.key);
      const lookups = [advisor.lookup(w, removed.get(w.name.toLowerCase()) ?? [])];
      if (options.cloudtrail)
        lookups.push(Promise.all([import('./cloudtrail.js'), regionsKnown]).then(([m, regions]) => m.cloudTrailAssumers(session, w, regions, gateOf(account))));
      const p = Promise.all(lookups).then(() => undefined);
      // Awaited below; a bug that stops the run earlier must not also leave an unhandled rejection.
      p.catch(() => undefined);
      usage.push(p);
    };
    // Started now, before any role is known: each scan waits until one role needs it.
    const scanned = scanAccount(session, () => accountRolesOf(account), regionsKnown, demand, startedAt);
    scanned.catch(() => undefined);
    try {
      await identify(session, account, policies, onRole);
    } finally {
      demand.close();
      identityDone();
    }
    results.push({ session, scanned: await scanned });
    await Promise.all(usage);
  };

  /** Managed policies, then the roles' identity: per role when few, one bulk pass when many. */
  const identify = async (session: AccountSession, account: string, policies: string[], onRole: OnRole): Promise<void> => {
    const accountRoles = () => accountRolesOf(account);
    let bulk: BulkDetails | LookupGap | undefined;
    // Roles of the bulk pass are handed on page by page, as soon as each page is read.
    const applied = new Set<string>();
    const fetchBulk = async () => {
      const onPage = (page: ReadonlyMap<string, RoleDetail>) => {
        for (const w of accountRoles()) {
          const detail = applied.has(w.key) ? undefined : page.get(w.key);
          if (!detail) continue;
          applyBulkRole(w, detail);
          applied.add(w.key);
          onRole(w);
        }
      };
      // The early pass read the caller's account: it serves only that account, and only once.
      const started = account === homeAccount ? early : undefined;
      early = undefined;
      const b = started ? await started.follow(account, onPage) : await fetchBulkDetails(session, onPage);
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
    const rest = accountRoles().filter((w) => !applied.has(w.key));
    if (bulk && 'roles' in bulk) applyBulkDetails(bulk, rest, onRole);
    else await lookupRolesDirect(session, rest, snapshot.gaps, onRole);
  };

  await stage('lookups', async () => {
    // The identity stage ends when every account's identity does; scans and Access Advisor run on.
    const identityStart = Date.now();
    let pending = accountsNeeded.size;
    const identityDone = () => {
      if (--pending === 0) run.debug(`stage identity ${Date.now() - identityStart}ms`);
    };
    await Promise.all([...accountsNeeded].map((account) => lookupAccount(account, identityDone)));
  });
  snapshot.regions = await regionsKnown;
  snapshot.managedPolicies = request.managedPolicies.map((p) => policyFacts.get(p)!);

  // 4. Share the scans out to the roles that need them.
  for (const w of roles.values()) if (w.facts.existence !== 'absent') for (const g of regionGaps) addGap(w.facts.dependentGaps, g);
  for (const { session, scanned } of results) for (const w of accountRolesOf(session.account)) shareOut(w, kindsNeeded(w), scanned);

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

interface AccountScans {
  outputs: ScanOutput[];
  clusters: EksCluster[];
  clustersKnown: boolean;
}

/**
 * Every (region, service) of one account scanned once, each as soon as one role needs it; shared out to
 * the roles by shareOut() once all are done.
 */
async function scanAccount(session: AccountSession, roles: () => RoleWork[], regionsKnown: Promise<string[]>, demand: Demand, startedAt: number): Promise<AccountScans> {
  const result: AccountScans = { outputs: [], clusters: [], clustersKnown: true };
  const settled: Promise<Settled> = demand.settled.then(() => ({ kinds: demand.kinds, roles: roles().filter((w) => w.facts.existence !== 'absent') }));
  await Promise.all(
    SCANS.map(async (def) => {
      if (!(await demand.whenAny(def.kinds))) return;
      const [scan, regions] = await Promise.all([def.load(), regionsKnown]);
      await Promise.all(
        regions.map(async (region) => {
          const t = Date.now();
          const out = await scan({ session, region, settled });
          session.run.debug(`scan ${def.service} ${region} ${session.account} started +${t - startedAt}ms, took ${Date.now() - t}ms`);
          result.outputs.push(out);
          if (def.service === 'eks') {
            result.clusters.push(...(out as EksScanOutput).clusters);
            result.clustersKnown &&= (out as EksScanOutput).clustersKnown;
          }
        }),
      );
    }),
  );
  return result;
}

/**
 * A role is given the dependents of the kinds its live trust policy lets run with it, whatever started
 * the scan (another role, or a hint from the input): the same role and account give the same facts in
 * every run.
 */
function shareOut(w: RoleWork, need: ReadonlySet<DependentKind>, scanned: AccountScans): void {
  if (need.size === 0) return;
  for (const out of scanned.outputs) {
    for (const d of out.found.get(w.key) ?? []) if (need.has(d.kind)) w.facts.dependents.push(d);
    for (const gap of out.gaps) {
      const kinds = (gap.kinds ?? []).filter((k) => need.has(k as DependentKind));
      if (kinds.length > 0) addGap(w.facts.dependentGaps, { ...gap, kinds });
    }
  }
  w.facts.dependents.push(...chainedPrincipals(w));
  if (need.has('irsa-service-account')) w.facts.dependents.push(...irsaServiceAccounts(w, scanned.clusters, scanned.clustersKnown));
}
