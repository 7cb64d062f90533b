/**
 * Permission diffs: a policy is a set of (effect, action, resource, conditions) tuples; what one side
 * grants that the other does not cover is removed (or added). "Cover" is deliberately conservative:
 * a tuple counts as still granted only when ONE tuple of the other side is at least as broad (its action
 * and resource patterns cover it, its conditions are a subset). So widening `s3:GetObject` to `s3:*`
 * removes nothing, and narrowing `s3:*` to `s3:Get*` removes `s3:*`, with the lost concrete actions
 * named from the catalog.
 */
import type { Permission, PermissionDelta } from '../model/change.js';
import type { NormalizedStatement, PermissionDiff, PolicyInput } from './index.js';
import { expansion } from './catalog.js';
import { prettyPolicy } from './document.js';
import { parsePolicy } from './parse.js';
import { hasWildcard, patternCovers } from './wildcard.js';

/** At most this many concrete actions are named per delta; then one `+N more` entry says how many were left out. */
export const EXPANDED_ACTIONS_CAP = 200;

/** Prefix of a resource that came from NotResource (the model has no field for it). */
export const NOT_RESOURCE_PREFIX = 'NotResource:';

export interface PermissionTuple {
  effect: 'Allow' | 'Deny';
  /** One action or pattern; for NotAction the whole excluded set, comma-joined (it is one grant, not several). */
  action: string;
  notAction: boolean;
  /** '' when the statement names no resource (trust and resource policies); for NotResource the excluded set, comma-joined. */
  resource: string;
  notResource: boolean;
  conditions: string[];
}

export function tupleKey(t: PermissionTuple): string {
  return JSON.stringify([t.effect, t.notAction, t.action, t.notResource, t.resource, t.conditions]);
}

export function statementTuples(s: NormalizedStatement): PermissionTuple[] {
  const notAction = s.notActions !== undefined;
  // "Everything except a and b" cannot be split into per-action pieces: keep an exclusion list whole.
  const actions = s.notActions ? (s.notActions.length > 0 ? [s.notActions.join(',')] : []) : (s.actions ?? []);
  const notResource = s.notResources !== undefined;
  const resources = s.notResources ? [s.notResources.join(',')] : (s.resources ?? ['']);
  const out: PermissionTuple[] = [];
  for (const action of actions) {
    for (const resource of resources) {
      out.push({ effect: s.effect, action, notAction, resource, notResource, conditions: s.conditions });
    }
  }
  return out;
}

/** Excluding fewer things grants more: `outer` covers `inner` when it excludes a subset of what `inner` excludes. */
function exclusionCovers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const innerSet = new Set(inner.split(','));
  return outer.split(',').every((x) => innerSet.has(x));
}

function tupleSet(statements: NormalizedStatement[]): Map<string, PermissionTuple> {
  const out = new Map<string, PermissionTuple>();
  for (const s of statements) for (const t of statementTuples(s)) out.set(tupleKey(t), t);
  return out;
}

function conditionsSubset(outer: string[], inner: string[]): boolean {
  return outer.every((c) => inner.includes(c));
}

/** Same effect and shape, and `outer` is at least as broad on resource and conditions. */
function sameScopeBroader(outer: PermissionTuple, inner: PermissionTuple): boolean {
  if (outer.effect !== inner.effect || outer.notAction !== inner.notAction || outer.notResource !== inner.notResource) {
    return false;
  }
  if (!conditionsSubset(outer.conditions, inner.conditions)) return false;
  if (outer.notResource) return exclusionCovers(outer.resource, inner.resource);
  return outer.resource === '' ? inner.resource === '' : patternCovers(outer.resource, inner.resource);
}

function serviceOf(action: string, notAction: boolean): string {
  if (notAction) return '*';
  const colon = action.indexOf(':');
  return colon < 0 ? '*' : action.slice(0, colon);
}

/** Groups tuples into permissions: one per (effect, action, notAction, conditions), resources merged. */
function toPermissions(tuples: PermissionTuple[]): Permission[] {
  const groups = new Map<string, { p: Permission; resources: Set<string> }>();
  for (const t of tuples) {
    const key = JSON.stringify([t.effect, t.notAction, t.action, t.conditions]);
    let g = groups.get(key);
    if (!g) {
      const p: Permission = { effect: t.effect, action: t.action };
      if (t.notAction) p.notAction = true;
      if (t.conditions.length > 0) p.conditions = [...t.conditions];
      g = { p, resources: new Set() };
      groups.set(key, g);
    }
    if (t.resource !== '') g.resources.add(t.notResource ? `${NOT_RESOURCE_PREFIX}${t.resource}` : t.resource);
  }
  return [...groups.keys()].sort().map((k) => {
    const g = groups.get(k) as { p: Permission; resources: Set<string> };
    if (g.resources.size > 0) g.p.resources = [...g.resources].sort();
    return g.p;
  });
}

/**
 * Concrete catalog actions the `lost` wildcard tuples matched that no tuple of `kept` still grants for the
 * same effect, resource and conditions.
 */
function lostConcreteActions(lost: PermissionTuple[], kept: PermissionTuple[]): string[] {
  const names = new Map<string, string>();
  for (const t of lost) {
    if (t.notAction || !hasWildcard(t.action)) continue;
    const stillGranted = kept
      .filter((k) => !k.notAction && sameScopeBroader(k, t))
      .map((k) => expansion(k.action).lower);
    for (const name of expansion(t.action).names) {
      const lower = name.toLowerCase();
      if (names.has(lower) || stillGranted.some((set) => set.has(lower))) continue;
      names.set(lower, name);
    }
  }
  const sorted = [...names.keys()].sort().map((k) => names.get(k) as string);
  if (sorted.length <= EXPANDED_ACTIONS_CAP) return sorted;
  return [...sorted.slice(0, EXPANDED_ACTIONS_CAP), `+${sorted.length - EXPANDED_ACTIONS_CAP} more`];
}

function buildDelta(
  label: string,
  tuples: PermissionTuple[],
  others: PermissionTuple[],
  text: { before?: string; after?: string },
): PermissionDelta {
  const permissions = toPermissions(tuples);
  const services = [...new Set(tuples.map((t) => serviceOf(t.action, t.notAction)))].sort();
  const delta: PermissionDelta = { policy: label, permissions, services };
  const expanded = lostConcreteActions(tuples, others);
  if (expanded.length > 0) delta.expandedActions = expanded;
  if (text.before !== undefined) delta.before = text.before;
  if (text.after !== undefined) delta.after = text.after;
  return delta;
}

/** Tuples of `from` that no tuple of `to` covers. Indexed by scope and action: policies with 100 actions × 100 resources stay fast. */
function uncovered(from: Map<string, PermissionTuple>, to: Map<string, PermissionTuple>): PermissionTuple[] {
  const scopes = new Map<string, Map<string, PermissionTuple[]>>();
  const scopeOf = (t: PermissionTuple): string => `${t.effect}|${t.notAction}|${t.notResource}`;
  for (const t of to.values()) {
    let byAction = scopes.get(scopeOf(t));
    if (!byAction) scopes.set(scopeOf(t), (byAction = new Map()));
    const list = byAction.get(t.action);
    if (list) list.push(t);
    else byAction.set(t.action, [t]);
  }
  const coveringActions = new Map<string, string[]>();
  const out: PermissionTuple[] = [];
  for (const [key, t] of from) {
    if (to.has(key)) continue;
    const scope = scopeOf(t);
    const byAction = scopes.get(scope);
    if (!byAction) {
      out.push(t);
      continue;
    }
    const cacheKey = `${scope}|${t.action}`;
    let actions = coveringActions.get(cacheKey);
    if (!actions) {
      const tAction = t.action;
      actions = [...byAction.keys()].filter((a) => (t.notAction ? exclusionCovers(a, tAction) : patternCovers(a, tAction)));
      coveringActions.set(cacheKey, actions);
    }
    const covered = actions.some((a) => (byAction.get(a) ?? []).some((o) => sameScopeBroader(o, t)));
    if (!covered) out.push(t);
  }
  return out;
}

export function diffPermissions(before: PolicyInput, after: PolicyInput, policyLabel: string): PermissionDiff {
  const text: { before?: string; after?: string } = {};
  const beforeText = prettyPolicy(before);
  const afterText = prettyPolicy(after);
  if (beforeText !== undefined) text.before = beforeText;
  if (afterText !== undefined) text.after = afterText;

  const b = parsePolicy(before);
  const a = parsePolicy(after);
  if (!b.ok || !a.ok) {
    // Without both sides nothing can be said about what changed: both directions are unknown, not empty.
    const why = [!b.ok ? `before: ${b.reason}` : '', !a.ok ? `after: ${a.reason}` : ''].filter(Boolean).join('; ');
    const unknown = (): PermissionDelta => ({
      policy: policyLabel,
      permissions: [],
      services: [],
      unknown: `policy could not be parsed (${why})`,
      ...text,
    });
    return { removed: unknown(), added: unknown() };
  }
  const bt = tupleSet(b.statements);
  const at = tupleSet(a.statements);
  const removedTuples = uncovered(bt, at);
  const addedTuples = uncovered(at, bt);
  return {
    removed: removedTuples.length > 0 ? buildDelta(policyLabel, removedTuples, [...at.values()], text) : null,
    added: addedTuples.length > 0 ? buildDelta(policyLabel, addedTuples, [...bt.values()], text) : null,
  };
}

export function permissionsOf(policy: PolicyInput, policyLabel: string): PermissionDelta {
  const parsed = parsePolicy(policy);
  const text = prettyPolicy(policy);
  if (!parsed.ok) {
    const delta: PermissionDelta = {
      policy: policyLabel,
      permissions: [],
      services: [],
      unknown: `policy could not be parsed (${parsed.reason})`,
    };
    if (text !== undefined) delta.after = text;
    return delta;
  }
  return buildDelta(policyLabel, [...tupleSet(parsed.statements).values()], [], text === undefined ? {} : { after: text });
}
