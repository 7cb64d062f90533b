/**
 * Trust policies: who may assume the role. A principal counts only when an Allow statement grants it
 * one of the STS actions that let a caller become (or tag / name the session of) the role; each
 * principal carries its statement's conditions, so tightening a condition shows as a changed principal.
 */
import type { Principal } from '../model/change.js';
import type { NormalizedStatement, PolicyInput } from './index.js';
import { parsePolicy } from './parse.js';
import { wildcardMatch } from './wildcard.js';

export const TRUST_ACTIONS = [
  'sts:assumerole',
  'sts:assumerolewithwebidentity',
  'sts:assumerolewithsaml',
  'sts:tagsession',
  'sts:setsourceidentity',
] as const;

function grantsAssume(s: NormalizedStatement): boolean {
  if (s.effect !== 'Allow') return false;
  if (s.actions) return s.actions.some((a) => TRUST_ACTIONS.some((t) => wildcardMatch(a, t)));
  // NotAction in a trust policy grants every STS action it does not exclude.
  if (s.notActions) return TRUST_ACTIONS.some((t) => !s.notActions?.some((a) => wildcardMatch(a, t)));
  return false;
}

export function principalKey(p: Principal): string {
  return JSON.stringify([p.type, p.value, p.not === true, p.conditions ?? []]);
}

function principalsOfStatements(statements: NormalizedStatement[]): Principal[] {
  const byKey = new Map<string, Principal>();
  for (const s of statements) {
    if (!grantsAssume(s)) continue;
    for (const p of [...(s.principals ?? []), ...(s.notPrincipals ?? [])]) {
      const out: Principal = { ...p };
      if (s.conditions.length > 0) out.conditions = [...s.conditions];
      byKey.set(principalKey(out), out);
    }
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k) as Principal);
}

/** Principals a trust policy lets assume the role; unparseable or absent → none. */
export function trustPrincipals(policy: PolicyInput): Principal[] {
  const parsed = parsePolicy(policy);
  return parsed.ok ? principalsOfStatements(parsed.statements) : [];
}

export interface TrustDiff {
  added: Principal[];
  removed: Principal[];
  /** Set when a side could not be parsed: then added/removed are empty because nothing is known, not because nothing changed. */
  unknown?: string;
}

export function diffTrust(before: PolicyInput, after: PolicyInput): TrustDiff {
  const pb = parsePolicy(before);
  const pa = parsePolicy(after);
  if (!pb.ok || !pa.ok) {
    const why = [!pb.ok ? `before: ${pb.reason}` : '', !pa.ok ? `after: ${pa.reason}` : ''].filter(Boolean).join('; ');
    return { added: [], removed: [], unknown: `trust policy could not be parsed (${why})` };
  }
  const b = new Map(principalsOfStatements(pb.statements).map((p) => [principalKey(p), p]));
  const a = new Map(principalsOfStatements(pa.statements).map((p) => [principalKey(p), p]));
  return {
    removed: [...b].filter(([k]) => !a.has(k)).map(([, p]) => p),
    added: [...a].filter(([k]) => !b.has(k)).map(([, p]) => p),
  };
}
