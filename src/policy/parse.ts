/**
 * Parsing and normalizing IAM policy documents. Every way IAM lets an author say the same thing
 * (string or array, any action case, statement object or array, URL-encoded JSON) collapses to one
 * form, so diffs only ever show real changes. Failures are values: a reader must be able to say
 * "policy could not be parsed" without a try/catch around every call.
 */
import type { Principal } from '../model/change.js';
import type { NormalizedStatement, ParsedPolicy, PolicyInput } from './index.js';
import { renderCondition } from './condition.js';
import { intrinsicText, isIntrinsic } from './intrinsics.js';

class PolicyShapeError extends Error {}

function fail(message: string): never {
  throw new PolicyShapeError(message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text or object → the raw document, or why not. Empty text is "no policy", like null. */
export function decodePolicyDocument(
  input: PolicyInput,
): { ok: true; doc: Record<string, unknown> | null } | { ok: false; reason: string } {
  if (input === null || input === undefined) return { ok: true, doc: null };
  if (typeof input === 'string') {
    let text = input.trim();
    if (text === '') return { ok: true, doc: null };
    // IAM's API returns documents URL-encoded (`%7B%22Version%22…`).
    if (/^%7b/i.test(text)) {
      try {
        text = decodeURIComponent(text);
      } catch {
        return { ok: false, reason: 'policy looks URL-encoded but does not decode' };
      }
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: `policy is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!isRecord(parsed)) return { ok: false, reason: 'policy JSON is not an object' };
    return { ok: true, doc: parsed };
  }
  if (isRecord(input)) return { ok: true, doc: input };
  return { ok: false, reason: `policy is a ${Array.isArray(input) ? 'array' : typeof input}, not a document` };
}

function stringList(value: unknown, what: string, lower: boolean): string[] {
  // A lone intrinsic is one value, not a list (`{"Fn::Join": [...]}` is an object, `Fn::If` may yield a list).
  const items = Array.isArray(value) ? value : [value];
  const out = new Set<string>();
  for (const item of items) {
    const text = intrinsicText(item);
    if (text === null) fail(`${what} must be a string or an array of strings`);
    out.add(lower ? text.toLowerCase() : text);
  }
  return [...out].sort();
}

/** 12-digit account IDs and their root ARN mean the same principal; IAM stores the ARN. */
function canonicalAwsPrincipal(value: string): string {
  return /^\d{12}$/.test(value) ? `arn:aws:iam::${value}:root` : value;
}

function principalList(value: unknown, what: string, not: boolean): Principal[] {
  const out: Principal[] = [];
  const push = (type: string, v: string): void => {
    out.push(not ? { type, value: v, not: true } : { type, value: v });
  };
  if (value === '*') {
    push('*', '*');
  } else if (isRecord(value) && !isIntrinsic(value)) {
    for (const [type, raw] of Object.entries(value)) {
      for (const v of stringList(raw, `${what}.${type}`, false)) {
        // IAM documents `{"AWS": "*"}` as the same principal as `"*"`.
        if (type === 'AWS' && v === '*') push('*', '*');
        else push(type, type === 'AWS' ? canonicalAwsPrincipal(v) : v);
      }
    }
  } else {
    fail(`${what} must be "*" or a map of principal type to principals`);
  }
  return dedupeSorted(out, (p) => `${p.type}\u0000${p.value}`);
}

function dedupeSorted<T>(items: T[], key: (t: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(key(item), item);
  return [...byKey.keys()].sort().map((k) => byKey.get(k) as T);
}

function conditionValue(v: unknown, where: string): string {
  const text = intrinsicText(v);
  if (text !== null) return text;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return fail(`${where} values must be strings, numbers or booleans`);
}

function conditionList(value: unknown): string[] {
  if (value === undefined) return [];
  if (!isRecord(value)) fail('Condition must be a map of operator to keys');
  const out = new Set<string>();
  for (const [operator, keys] of Object.entries(value)) {
    if (!/^[A-Za-z0-9:]+$/.test(operator)) fail(`Condition operator "${operator}" is not an IAM operator`);
    if (!isRecord(keys)) fail(`Condition.${operator} must be a map of key to values`);
    const seen = new Set<string>();
    for (const [key, raw] of Object.entries(keys)) {
      // Keys are case-insensitive: `aws:SourceAccount` twice in different case is ambiguous, not two keys.
      if (seen.has(key.toLowerCase())) fail(`Condition.${operator} names key "${key}" twice (keys are case-insensitive)`);
      seen.add(key.toLowerCase());
      const where = `Condition.${operator}.${key}`;
      const items = Array.isArray(raw) ? raw : [raw];
      if (items.length === 0) fail(`${where} has no values`);
      const values = [...new Set(items.map((v) => conditionValue(v, where)))].sort();
      // Condition keys are case-insensitive in IAM; values are compared as the operator says, so kept.
      out.add(renderCondition(operator, key.toLowerCase(), values));
    }
  }
  return [...out].sort();
}

function getKey(stmt: Record<string, unknown>, name: string): unknown {
  return stmt[name];
}

function normalizeStatement(raw: unknown, index: number): NormalizedStatement {
  if (!isRecord(raw) || isIntrinsic(raw)) fail(`Statement[${index}] is not an object${isIntrinsic(raw) ? ' (a CloudFormation intrinsic: known at deploy time)' : ''}`);
  const effectRaw = getKey(raw, 'Effect');
  if (typeof effectRaw !== 'string') fail(`Statement[${index}] has no Effect`);
  const effectLower = effectRaw.toLowerCase();
  if (effectLower !== 'allow' && effectLower !== 'deny') fail(`Statement[${index}].Effect "${effectRaw}" is neither Allow nor Deny`);
  const out: Omit<NormalizedStatement, 'conditions'> = { effect: effectLower === 'allow' ? 'Allow' : 'Deny' };

  const sid = getKey(raw, 'Sid');
  if (sid !== undefined) {
    if (typeof sid !== 'string') fail(`Statement[${index}].Sid must be a string`);
    if (sid !== '') out.sid = sid;
  }

  const action = getKey(raw, 'Action');
  const notAction = getKey(raw, 'NotAction');
  if (action !== undefined && notAction !== undefined) fail(`Statement[${index}] has both Action and NotAction`);
  if (action === undefined && notAction === undefined) fail(`Statement[${index}] has neither Action nor NotAction`);
  if (action !== undefined) out.actions = stringList(action, `Statement[${index}].Action`, true);
  else out.notActions = stringList(notAction, `Statement[${index}].NotAction`, true);

  const resource = getKey(raw, 'Resource');
  const notResource = getKey(raw, 'NotResource');
  if (resource !== undefined && notResource !== undefined) fail(`Statement[${index}] has both Resource and NotResource`);
  if (resource !== undefined) out.resources = stringList(resource, `Statement[${index}].Resource`, false);
  if (notResource !== undefined) out.notResources = stringList(notResource, `Statement[${index}].NotResource`, false);

  const principal = getKey(raw, 'Principal');
  const notPrincipal = getKey(raw, 'NotPrincipal');
  if (principal !== undefined && notPrincipal !== undefined) fail(`Statement[${index}] has both Principal and NotPrincipal`);
  if (principal !== undefined) out.principals = principalList(principal, `Statement[${index}].Principal`, false);
  if (notPrincipal !== undefined) out.notPrincipals = principalList(notPrincipal, `Statement[${index}].NotPrincipal`, true);

  return { ...out, conditions: conditionList(getKey(raw, 'Condition')) };
}

/** A stable identity for a normalized statement (used to sort statements). */
export function statementKey(s: NormalizedStatement): string {
  return JSON.stringify([
    s.effect,
    s.actions ?? null,
    s.notActions ?? null,
    s.resources ?? null,
    s.notResources ?? null,
    s.principals?.map((p) => [p.type, p.value]) ?? null,
    s.notPrincipals?.map((p) => [p.type, p.value]) ?? null,
    s.conditions,
    s.sid ?? null,
  ]);
}

export function parsePolicy(input: PolicyInput): ParsedPolicy {
  const decoded = decodePolicyDocument(input);
  if (!decoded.ok) return decoded;
  if (decoded.doc === null) return { ok: true, statements: [] };
  const statementRaw = decoded.doc['Statement'];
  if (statementRaw === undefined) return { ok: false, reason: 'policy has no Statement' };
  const list = Array.isArray(statementRaw) ? statementRaw : [statementRaw];
  try {
    const statements = list.map((s, i) => normalizeStatement(s, i));
    const byKey = new Map<string, NormalizedStatement>();
    for (const s of statements) byKey.set(statementKey(s), s);
    return { ok: true, statements: [...byKey.keys()].sort().map((k) => byKey.get(k) as NormalizedStatement) };
  } catch (e) {
    if (e instanceof PolicyShapeError) return { ok: false, reason: e.message };
    return { ok: false, reason: `policy could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}
