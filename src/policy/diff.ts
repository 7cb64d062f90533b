/**
 * Permission diffs: a policy is a set of (effect, action, resource, conditions) tuples; what one side
 * grants that the other does not cover is removed (or added). "Cover" is deliberately conservative:
 * a tuple counts as still granted only when ONE tuple of the other side is at least as broad (its action
 * and resource patterns cover it, each of its conditions is implied by one of the tuple's). So widening `s3:GetObject` to `s3:*`
 * removes nothing, and narrowing `s3:*` to `s3:Get*` removes `s3:*`, with the lost concrete actions
 * named from the catalog.
 */
import type { CarriedPermissionDelta, Permission } from '../model/change.js';
import type { NormalizedStatement, PermissionDiff, PolicyInput } from './index.js';
import { catalogSize, expansion, markPattern, servicesMatching, sortedNames } from './catalog.js';
import { readCondition } from './condition.js';
import { prettyPolicy } from './document.js';
import { parsePolicy } from './parse.js';
import { hasWildcard, patternCovers } from './wildcard.js';

/** At most this many concrete actions are named per delta; then one `+N more` entry says how many were left out. */
export const EXPANDED_ACTIONS_CAP = 200;

/** Prefix of a resource that came from NotResource (the model has no field for it). */
export const NOT_RESOURCE_PREFIX = 'NotResource:';

export interface PermissionTuple {
  effect: 'Allow' | 'Deny';
  /** One action or pattern; for NotAction the whole excluded set, LIST_SEP-joined (it is one grant, not several). */
  action: string;
  notAction: boolean;
  /** '' when the statement names no resource (trust and resource policies); for NotResource the excluded set, LIST_SEP-joined. */
  resource: string;
  notResource: boolean;
  conditions: string[];
  /** The conditions as one injective string, computed once per statement (keys are built for every tuple). */
  conditionsKey: string;
}

// NUL cannot usefully appear in an action or ARN; a collision would need one there, so plain concatenation is safe enough.
export function tupleKey(t: PermissionTuple): string {
  return `${t.effect}\u0000${t.notAction ? 1 : 0}${t.notResource ? 1 : 0}\u0000${t.action}\u0000${t.resource}\u0000${t.conditionsKey}`;
}

/** Joins exclusion lists inside tuples; shown as `,` in permissions. NUL, because an ARN or intrinsic token may hold a comma. */
const LIST_SEP = '\u0000';
const shownList = (joined: string): string => joined.split(LIST_SEP).join(',');

export function statementTuples(s: NormalizedStatement): PermissionTuple[] {
  const notAction = s.notActions !== undefined;
  // "Everything except a and b" cannot be split into per-action pieces: keep an exclusion list whole.
  const actions = s.notActions ? (s.notActions.length > 0 ? [s.notActions.join(LIST_SEP)] : []) : (s.actions ?? []);
  const notResource = s.notResources !== undefined;
  const resources = s.notResources ? [s.notResources.join(LIST_SEP)] : (s.resources ?? ['']);
  const conditionsKey = JSON.stringify(s.conditions);
  const out: PermissionTuple[] = [];
  for (const action of actions) {
    for (const resource of resources) {
      out.push({ effect: s.effect, action, notAction, resource, notResource, conditions: s.conditions, conditionsKey });
    }
  }
  return out;
}

/** Excluding fewer things grants more: `outer` covers `inner` when it excludes a subset of what `inner` excludes. */
function exclusionCovers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const innerSet = new Set(inner.split(LIST_SEP));
  return outer.split(LIST_SEP).every((x) => innerSet.has(x));
}

function tupleSet(statements: NormalizedStatement[]): Map<string, PermissionTuple> {
  const out = new Map<string, PermissionTuple>();
  for (const s of statements) for (const t of statementTuples(s)) out.set(tupleKey(t), t);
  return out;
}

// Operators whose values are alternatives (any one may match) or, for ForAllValues, the allowed set:
// either way more values grant more. Negated operators (`StringNotEquals`…) work the other way round.
const WIDER_WITH_MORE_VALUES =
  /^(ForAnyValue:|ForAllValues:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress|NumericEquals|DateEquals|BinaryEquals|Bool)(IfExists)?$/;

const parsedConditions = new Map<string, ReturnType<typeof readCondition>>();
function parsedCondition(text: string): ReturnType<typeof readCondition> {
  let c = parsedConditions.get(text);
  if (c === undefined) {
    c = readCondition(text);
    if (parsedConditions.size > 10_000) parsedConditions.clear();
    parsedConditions.set(text, c);
  }
  return c;
}

/** Is condition `outer` satisfied whenever `inner` is? Equal, or the same key with more alternative values. */
function conditionImplied(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  const o = parsedCondition(outer);
  const i = parsedCondition(inner);
  if (!o || !i || o.operator !== i.operator || o.key !== i.key || !WIDER_WITH_MORE_VALUES.test(o.operator)) return false;
  return i.values.every((v) => o.values.includes(v));
}

/** Conditions are ANDed: `outer` is at least as broad when each of its conditions is implied by one of `inner`'s. */
function conditionsSubset(outer: string[], inner: string[]): boolean {
  return outer.every((c) => inner.some((x) => conditionImplied(c, x)));
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

function serviceOf(action: string, notAction: boolean): string[] {
  if (notAction) return ['*'];
  const colon = action.indexOf(':');
  if (colon < 0) return [action === '*' ? '*' : action];
  const service = action.slice(0, colon);
  if (service === '*' || !hasWildcard(service)) return [service];
  // `s*:get*` names services only through the catalog; keep the pattern when the catalog knows none.
  const known = servicesMatching(service);
  return known.length > 0 ? known : [service];
}

function servicesOf(tuples: readonly PermissionTuple[]): string[] {
  return [...new Set(tuples.flatMap((t) => serviceOf(t.action, t.notAction)))].sort();
}

/** The group of a tuple in toPermissions. */
const permissionKey = (t: PermissionTuple): string => `${t.effect}\u0000${t.notAction ? 1 : 0}\u0000${t.action}\u0000${t.conditionsKey}`;

/** How many permissions toPermissions makes of `tuples`. */
function permissionCount(tuples: readonly PermissionTuple[]): number {
  const keys = new Set<string>();
  for (const t of tuples) keys.add(permissionKey(t));
  return keys.size;
}

/** Groups tuples into permissions: one per (effect, action, notAction, conditions), resources merged. */
function toPermissions(tuples: PermissionTuple[]): Permission[] {
  const groups = new Map<string, { p: Permission; resources: Set<string> }>();
  for (const t of tuples) {
    const key = permissionKey(t);
    let g = groups.get(key);
    if (!g) {
      const p: Permission = { effect: t.effect, action: t.notAction ? shownList(t.action) : t.action };
      if (t.notAction) p.notAction = true;
      if (t.conditions.length > 0) p.conditions = [...t.conditions];
      g = { p, resources: new Set() };
      groups.set(key, g);
    }
    if (t.resource !== '') g.resources.add(t.notResource ? `${NOT_RESOURCE_PREFIX}${shownList(t.resource)}` : t.resource);
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
  // Tuples with the same effect, resource and conditions see the same kept tuples: build their "still granted"
  // mask once per group (ReadOnlyAccess has thousands of wildcard tuples but one such group).
  const groups = new Map<string, PermissionTuple[]>();
  for (const t of lost) {
    if (t.notAction || !hasWildcard(t.action)) continue;
    const key = `${t.effect}\u0000${t.notResource ? 1 : 0}\u0000${t.resource}\u0000${t.conditionsKey}`;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  if (groups.size === 0) return [];
  const size = catalogSize();
  const isLost = new Uint8Array(size);
  const lostIndices: number[] = [];
  for (const group of groups.values()) {
    const rep = group[0] as PermissionTuple;
    const granted = new Uint8Array(size);
    const seen = new Set<string>();
    for (const k of kept) {
      if (k.notAction || seen.has(k.action) || !sameScopeBroader(k, rep)) continue;
      seen.add(k.action);
      markPattern(k.action, granted);
    }
    for (const t of group) {
      for (const i of expansion(t.action)) {
        if (isLost[i] === 1 || granted[i] === 1) continue;
        isLost[i] = 1;
        lostIndices.push(i);
      }
    }
  }
  const count = lostIndices.length;
  if (count === 0) return [];
  const names = sortedNames(lostIndices, EXPANDED_ACTIONS_CAP);
  return count <= EXPANDED_ACTIONS_CAP ? names : [...names, `+${count - EXPANDED_ACTIONS_CAP} more`];
}

function buildDelta(
  label: string,
  tuples: PermissionTuple[],
  others: PermissionTuple[],
  text: { before?: string; after?: string },
): CarriedPermissionDelta {
  const permissions = toPermissions(tuples);
  const services = servicesOf(tuples);
  const delta: CarriedPermissionDelta = { policy: label, permissions, services };
  const expanded = lostConcreteActions(tuples, others);
  if (expanded.length > 0) delta.expandedActions = expanded;
  if (text.before !== undefined) delta.before = text.before;
  if (text.after !== undefined) delta.after = text.after;
  return delta;
}

/** Tuples of `from` that no tuple of `to` covers. Indexed by scope and action: policies with 100 actions × 100 resources stay fast. */
function uncovered(from: Map<string, PermissionTuple>, to: Map<string, PermissionTuple>): PermissionTuple[] {
  interface Scope {
    byAction: Map<string, PermissionTuple[]>;
    /** Actions that can cover others: patterns, and (for NotAction) every exclusion list. */
    broad: string[];
  }
  const scopes = new Map<string, Scope>();
  const scopeOf = (t: PermissionTuple): string => `${t.effect}|${t.notAction}|${t.notResource}`;
  for (const t of to.values()) {
    let scope = scopes.get(scopeOf(t));
    if (!scope) scopes.set(scopeOf(t), (scope = { byAction: new Map(), broad: [] }));
    const list = scope.byAction.get(t.action);
    if (list) list.push(t);
    else {
      scope.byAction.set(t.action, [t]);
      if (t.notAction || hasWildcard(t.action)) scope.broad.push(t.action);
    }
  }
  const coveringActions = new Map<string, string[]>();
  const out: PermissionTuple[] = [];
  for (const [key, t] of from) {
    if (to.has(key)) continue;
    const scopeKey = scopeOf(t);
    const scope = scopes.get(scopeKey);
    if (!scope) {
      out.push(t);
      continue;
    }
    const cacheKey = `${scopeKey}|${t.action}`;
    let actions = coveringActions.get(cacheKey);
    if (!actions) {
      const tAction = t.action;
      // A concrete action only ever covers itself; only the few broad ones need the pattern check.
      actions = scope.broad.filter((a) => a !== tAction && (t.notAction ? exclusionCovers(a, tAction) : patternCovers(a, tAction)));
      if (scope.byAction.has(tAction)) actions.push(tAction);
      coveringActions.set(cacheKey, actions);
    }
    const covered = actions.some((a) => (scope.byAction.get(a) ?? []).some((o) => sameScopeBroader(o, t)));
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
    const unknown = (): CarriedPermissionDelta => ({
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

/**
 * Everything a whole policy grants, in pieces that cost differently: `permissions` and `services` need only
 * the document; `expandedActions()` needs the IAM action catalog (inflate, index, wildcard expansion), so it
 * runs only when called. Null when the document cannot be parsed.
 */
export interface WholePolicy {
  /** Built on first read (an AWS managed policy reference needs only its count). */
  readonly permissions: Permission[];
  /** `permissions.length`, without building them. */
  readonly permissionCount: number;
  services: string[];
  /** What permissionsOf puts in `expandedActions` (undefined when no wildcard expands to a catalog action). */
  expandedActions(): string[] | undefined;
}

export function wholePolicyOf(policy: PolicyInput): WholePolicy | null {
  const parsed = parsePolicy(policy);
  if (!parsed.ok) return null;
  const tuples = [...tupleSet(parsed.statements).values()];
  let expanded: string[] | undefined | null = null;
  let permissions: Permission[] | undefined;
  return {
    get permissions() {
      return (permissions ??= toPermissions(tuples));
    },
    permissionCount: permissionCount(tuples),
    services: servicesOf(tuples),
    expandedActions() {
      if (expanded === null) {
        const names = lostConcreteActions(tuples, []);
        expanded = names.length > 0 ? names : undefined;
      }
      return expanded;
    },
  };
}

export function permissionsOf(policy: PolicyInput, policyLabel: string): CarriedPermissionDelta {
  const parsed = parsePolicy(policy);
  const text = prettyPolicy(policy);
  if (!parsed.ok) {
    const delta: CarriedPermissionDelta = {
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
