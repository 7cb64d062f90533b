/** Dependents of one role: what the inventory found plus what the plan itself reveals. */
import type { EffectOf } from '../model/change.js';
import { dependentKinds } from '../model/dependent.js';
import type { Dependent } from '../model/dependent.js';
import type { LookupGap, RoleFacts } from '../model/inventory.js';
import type { RoleImpact } from '../model/report.js';
import { cmp } from './request.js';

export interface RoleDependents {
  dependents: Dependent[];
  status: RoleImpact['dependentsStatus'];
  gaps: LookupGap[];
}

export function dependentsOf(
  facts: RoleFacts | undefined,
  planned: readonly EffectOf<'dependent-removed'>[],
  /** Dependents the input itself shows on the role and leaves in place (known without an inventory). */
  known: readonly PlannedDependent[],
  accountGaps: readonly LookupGap[],
  gapWhenMissing: LookupGap,
): RoleDependents {
  const found = facts?.dependents ?? [];
  const merged = new DependentIndex(found.map((d) => ({ ...d })));
  for (const k of known) if (merged.matching(k).length === 0) merged.add(fromPlan(k, 'template'));
  // A dependent the change moves off the role (or destroys) is listed, but marked: it does not break.
  for (const effect of planned) {
    const p = effect.dependent;
    const same = merged.matching(p);
    if (same.length === 0) merged.add({ ...fromPlan(p, 'plan'), leavesInChange: true });
    for (const d of same) d.leavesInChange = true;
  }

  // Account-wide lookups that failed concern every role: only those that look for dependents matter here.
  const gaps = [...(facts?.dependentGaps ?? []), ...accountGaps.filter((g) => (g.kinds ?? []).length > 0)];
  let status: RoleImpact['dependentsStatus'];
  if (!facts || facts.existence === 'unknown') {
    status = 'unknown';
    if (!facts) gaps.unshift(gapWhenMissing);
  } else status = gaps.length > 0 ? 'partial' : 'known';

  return { dependents: sortDependents(merged.all), status, gaps: sortGaps(dedupeGaps(gaps)) };
}

type PlannedDependent = EffectOf<'dependent-removed'>['dependent'];

/**
 * Dependents by what a planned one can match: same kind and the same ID, name or last ARN/path segment.
 * A plan can name thousands of functions on one role: lookups must not scan the list each time.
 */
class DependentIndex {
  readonly all: Dependent[] = [];
  private readonly byKey = new Map<string, Dependent[]>();

  constructor(initial: Dependent[]) {
    for (const d of initial) this.add(d);
  }

  add(d: Dependent): void {
    this.all.push(d);
    const keys = new Set([d.id, lastSegment(d.id), ...(d.name === undefined ? [] : [d.name])]);
    for (const k of keys) {
      const key = `${d.kind}|${k}`;
      const list = this.byKey.get(key);
      if (list) list.push(d);
      else this.byKey.set(key, [d]);
    }
  }

  /** The dependents `p` stands for: same kind, and `p.id` equal to their ID or name, or the same last segment. */
  matching(p: PlannedDependent): Dependent[] {
    const out = new Set<Dependent>();
    for (const k of new Set([p.id, lastSegment(p.id)])) {
      for (const d of this.byKey.get(`${p.kind}|${k}`) ?? []) if (d.id === p.id || d.name === p.id || lastSegment(d.id) === lastSegment(p.id)) out.add(d);
    }
    return [...out];
  }
}

function fromPlan(p: PlannedDependent, origin: 'plan' | 'template'): Dependent {
  const region = regionOfArn(p.id) ?? 'unknown';
  return { kind: p.kind, id: p.id, name: lastSegment(p.id), region, via: p.via, origin };
}

/** `arn:aws:lambda:eu-west-1:123:function:x` → `eu-west-1`; IAM ARNs → `global`. */
export function regionOfArn(id: string): string | undefined {
  const parts = id.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return undefined;
  return parts[3] ? parts[3] : 'global';
}

function lastSegment(id: string): string {
  const tail = id.split(':').pop() ?? id;
  return tail.split('/').pop() ?? tail;
}

export function sortDependents(ds: Dependent[]): Dependent[] {
  return ds.sort((a, b) => dependentKinds.indexOf(a.kind) - dependentKinds.indexOf(b.kind) || cmp(a.region, b.region) || cmp(a.name ?? a.id, b.name ?? b.id) || cmp(a.id, b.id));
}

export function sortGaps(gs: LookupGap[]): LookupGap[] {
  return gs.sort(
    (a, b) => cmp(a.operation, b.operation) || cmp(a.region ?? '', b.region ?? '') || cmp(a.account ?? '', b.account ?? '') || cmp(a.reason, b.reason),
  );
}

function dedupeGaps(gs: LookupGap[]): LookupGap[] {
  const seen = new Set<string>();
  return gs.filter((g) => {
    const key = JSON.stringify([g.operation, g.region, g.account, g.reason]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
