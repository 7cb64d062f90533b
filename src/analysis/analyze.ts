/** (changes, facts, settings, now) → report. Pure and deterministic: same inputs, same report. */
import type { Effect, EffectOf, IamChange, InputReading, PermissionDelta } from '../model/change.js';
import type { InventorySnapshot, LookupGap, ManagedPolicyFacts, RoleFacts } from '../model/inventory.js';
import { REPORT_SCHEMA_VERSION, riskRank, type Report, type RoleImpact } from '../model/report.js';
import type { AnalysisSettings } from '../pipeline.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { decide, type LooseRisk } from './decision.js';
import { dependentsOf, sortGaps } from './dependents.js';
import { cmp } from './request.js';
import { judgeRole } from './rules.js';
import { describeGaps, NO_INVENTORY_REASON, unknownGap, usageOf } from './usage.js';

export interface AnalysisContext {
  inventory?: { kind: 'live' | 'snapshot' | 'none'; file?: string };
  timings?: Record<string, number>;
  /** When the report was made (defaults to `now`). */
  generatedAt?: Date;
}

interface RoleGroup {
  name: string;
  newName?: string;
  arn?: string;
  changes: Set<string>;
  effects: Effect[];
  /** Dependents the input itself shows on the role, left in place by the change. */
  known: KnownDependent[];
}

type KnownDependent = NonNullable<IamChange['knownDependents']>[number]['dependent'];

export function analyze(
  readings: readonly InputReading[],
  snapshot: InventorySnapshot | null,
  settings: AnalysisSettings,
  now: Date,
  context: AnalysisContext = {},
): Report {
  const windowDays = settings.windowDays;
  const changes = readings.flatMap((r) => [...r.changes].sort((a, b) => cmp(a.address, b.address)));
  const groups = new Map<string, RoleGroup>();
  const groupOf = (name: string): RoleGroup => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, changes: new Set(), effects: [], known: [] }));
    return g;
  };
  for (const change of changes) addChange(change, groupOf);
  mergeRenames(groups);

  const notices: string[] = [];
  const loose: LooseRisk[] = [];
  for (const reading of readings) {
    for (const mp of reading.managedPolicies ?? []) {
      const facts = findPolicy(snapshot, mp.policy);
      if (facts && facts.status === 'known') {
        fanOut(mp, facts, groupOf);
        continue;
      }
      const why = facts ? describeGaps(facts.gaps) || 'lookup failed' : snapshot ? whyMissing(snapshot) : NO_INVENTORY_REASON;
      const line = `managed policy \`${mp.policy}\` (${mp.address}) changes, and the roles it is attached to are unknown (${why})`;
      notices.push(line);
      if (mp.removed || mp.deleted) loose.push({ risk: 'medium', reason: line });
    }
    // Readers put their banner line in meta (the HCL reader: `reading`, "Static reading … less exact than a plan").
    for (const key of ['notice', 'banner', 'reading'] as const) {
      const n = reading.meta?.[key];
      if (n && !notices.includes(n)) notices.push(n);
    }
  }
  const kind = context.inventory?.kind ?? (snapshot ? 'snapshot' : 'none');
  if (kind === 'none') notices.unshift(`${NO_INVENTORY_REASON}: every usage fact is unknown`);

  const accountGaps = snapshot?.gaps ?? [];
  const impacts: RoleImpact[] = [...groups.values()].map((g) => {
    const facts = findRole(snapshot, g);
    const missing: LookupGap = snapshot ? unknownGap(whyMissing(snapshot)) : unknownGap(NO_INVENTORY_REASON);
    const usage = usageOf(facts, missing, windowDays, now);
    const planned = g.effects.filter((e): e is EffectOf<'dependent-removed'> => e.kind === 'dependent-removed');
    const deps = dependentsOf(facts, planned, g.known, accountGaps, missing);
    const createdOnly =
      g.effects.some((e) => e.kind === 'created') &&
      g.effects.every((e) => e.kind === 'created' || e.kind === 'permissions-added' || e.kind === 'dependent-added' || e.kind === 'trust-changed');
    const { risk, reasons } = judgeRole(g.effects, {
      name: g.name,
      ...(g.newName ? { newName: g.newName } : {}),
      existence: facts ? facts.existence : 'missing',
      usage,
      servicesKnown: facts?.usage.servicesStatus === 'known',
      assumedBy: facts?.usage.assumedBy ?? [],
      dependents: deps,
      windowDays,
      now,
    });
    const arn = g.arn ?? facts?.arn;
    const account = facts?.account ?? accountOfArn(arn);
    const impact: RoleImpact = {
      name: g.name,
      ...(g.newName ? { newName: g.newName } : {}),
      ...(arn ? { arn } : {}),
      ...(account ? { account } : {}),
      changes: [...g.changes].sort(cmp),
      effects: g.effects,
      // A role that does not exist yet has no usage to look up: say so instead of "unknown".
      usage: createdOnly && !facts ? { status: 'unknown', windowDays, evidence: 'new role: no usage yet', gaps: [] } : { ...usage, gaps: sortGaps([...usage.gaps]) },
      dependents: deps.dependents,
      dependentsStatus: deps.status,
      dependentGaps: createdOnly && !facts ? [] : deps.gaps,
      risk,
      reasons,
    };
    return impact;
  });
  impacts.sort((a, b) => riskRank(b.risk) - riskRank(a.risk) || cmp(a.name, b.name));

  const { decision, roles } = decide(impacts, loose, settings);
  const inventoryKind = kind;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (context.generatedAt ?? now).toISOString(),
    changes,
    roles,
    decision,
    meta: {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      inputs: readings.map((r) => ({
        label: r.input,
        source: r.source,
        file: r.file,
        changes: r.changes.length,
        sensitiveMasked: r.sensitiveMasked,
        warnings: r.warnings,
        ...(r.meta ? { meta: r.meta } : {}),
      })),
      inventory: {
        kind: inventoryKind,
        ...(context.inventory?.file ? { file: context.inventory.file } : {}),
        ...(snapshot && inventoryKind !== 'none' ? { collectedAt: snapshot.collectedAt } : {}),
        regions: [...(snapshot?.regions ?? [])],
        gaps: sortGaps([...(snapshot?.gaps ?? [])]),
      },
      windowDays,
      timings: context.timings ?? {},
      ...(snapshot?.apiCalls ? { apiCalls: snapshot.apiCalls } : {}),
      sensitiveMasked: readings.reduce((n, r) => n + r.sensitiveMasked, 0),
      notices,
    },
  };
}

function addChange(change: IamChange, groupOf: (name: string) => RoleGroup): void {
  for (const effect of change.effects) {
    const g = groupOf(effect.role);
    g.changes.add(change.address);
    g.effects.push(effect);
    if (effect.roleArn && !g.arn) g.arn = effect.roleArn;
    if (effect.kind === 'replaced' && effect.newName && effect.newName !== effect.role) g.newName = effect.newName;
  }
  for (const { role, dependent } of change.knownDependents ?? []) groupOf(role).known.push(dependent);
}

/** Effects the plan puts on a replacement's new name belong to the row of the role it replaces. */
function mergeRenames(groups: Map<string, RoleGroup>): void {
  for (const g of groups.values()) {
    if (!g.newName) continue;
    const next = groups.get(g.newName);
    if (!next || next === g) continue;
    for (const c of next.changes) g.changes.add(c);
    g.effects.push(...next.effects);
    g.known.push(...next.known);
    groups.delete(g.newName);
  }
}

/** Why a role has no entry: the 'none' source says so in its gaps; otherwise the snapshot lacks it. */
function whyMissing(snapshot: InventorySnapshot): string {
  const none = snapshot.gaps.find((g) => g.reason === NO_INVENTORY_REASON);
  return none ? NO_INVENTORY_REASON : 'role not in the inventory';
}

function findRole(snapshot: InventorySnapshot | null, g: RoleGroup): RoleFacts | undefined {
  if (!snapshot) return undefined;
  if (g.arn) {
    const byArn = snapshot.roles.find((r) => r.arn === g.arn);
    if (byArn) return byArn;
  }
  return snapshot.roles.find((r) => r.name === g.name);
}

function findPolicy(snapshot: InventorySnapshot | null, policy: string): ManagedPolicyFacts | undefined {
  return snapshot?.managedPolicies.find((p) => p.arn === policy || p.name === policy || p.arn.endsWith(`/${policy}`));
}

type ManagedPolicyChange = NonNullable<InputReading['managedPolicies']>[number];

/** A managed policy change reaches every role it is attached to; plan-known attachments are not counted twice. */
function fanOut(mp: ManagedPolicyChange, facts: ManagedPolicyFacts, groupOf: (name: string) => RoleGroup): void {
  const names = new Set([mp.policy, facts.arn, facts.name]);
  const removed: PermissionDelta | undefined =
    mp.removed ?? (mp.deleted ? { policy: facts.name, permissions: [], services: [], unknown: 'policy deleted; its content is not in the input' } : undefined);
  for (const role of [...facts.attachedRoles].sort(cmp)) {
    const g = groupOf(role);
    for (const [kind, delta] of [
      ['permissions-removed', removed],
      ['permissions-added', mp.added],
    ] as const) {
      if (!delta) continue;
      const known = g.effects.some((e) => e.kind === kind && names.has(e.delta.policy));
      if (known) continue;
      const verb = kind === 'permissions-removed' ? (mp.deleted ? 'is deleted' : 'loses permissions') : 'gains permissions';
      g.effects.push({ kind, role, summary: `attached managed policy ${facts.name} ${verb}`, delta } as Effect);
      g.changes.add(mp.address);
    }
  }
}

function accountOfArn(arn: string | undefined): string | undefined {
  const account = arn?.split(':')[4];
  return account ? account : undefined;
}
