/**
 * Normalized statements back to an IAM document, and documents to stable pretty text for the
 * report's unified diff (same content → same bytes, whatever key order the input used).
 */
import type { Principal } from '../model/change.js';
import type { NormalizedStatement, PolicyInput } from './index.js';
import { readCondition } from './condition.js';
import { decodePolicyDocument } from './parse.js';

function principalMap(principals: Principal[]): unknown {
  if (principals.length === 1 && principals[0]?.type === '*' && principals[0].value === '*') return '*';
  // Null-prototype maps: a principal type or condition key may be spelled `__proto__`.
  const map: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const p of principals) (map[p.type] ??= []).push(p.value);
  return map;
}

/** The document a set of normalized statements came from (up to normalization). */
export function toPolicyDocument(statements: NormalizedStatement[]): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: statements.map((s) => {
      const out: Record<string, unknown> = {};
      if (s.sid !== undefined) out['Sid'] = s.sid;
      out['Effect'] = s.effect;
      if (s.principals) out['Principal'] = principalMap(s.principals);
      if (s.notPrincipals) out['NotPrincipal'] = principalMap(s.notPrincipals);
      if (s.actions) out['Action'] = s.actions;
      if (s.notActions) out['NotAction'] = s.notActions;
      if (s.resources) out['Resource'] = s.resources;
      if (s.notResources) out['NotResource'] = s.notResources;
      if (s.conditions.length > 0) {
        const cond: Record<string, Record<string, string[]>> = Object.create(null) as Record<string, Record<string, string[]>>;
        for (const text of s.conditions) {
          const c = readCondition(text);
          if (!c) continue;
          const byKey = (cond[c.operator] ??= Object.create(null) as Record<string, string[]>);
          byKey[c.key] = [...(byKey[c.key] ?? []), ...c.values];
        }
        out['Condition'] = cond;
      }
      return out;
    }),
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** 2-space JSON with sorted keys (arrays keep the author's order); raw text when it is not JSON; undefined for no policy. */
export function prettyPolicy(input: PolicyInput): string | undefined {
  const decoded = decodePolicyDocument(input);
  if (!decoded.ok) return typeof input === 'string' ? input : undefined;
  if (decoded.doc === null) return undefined;
  return JSON.stringify(sortKeys(decoded.doc), null, 2);
}
