/**
 * Static evaluation of the values a reviewer can read off the source: literals, templates, `jsonencode`,
 * `toset`, module variables fed by their call, locals, `each.key` / `count.index`, and references to
 * other blocks of the same module. Anything else (root variables, data sources, functions, module
 * outputs, conditionals) is unknown, with the expression that made it so. Never a guess.
 */
import type { InstanceKey, ModuleStep } from '../terraform/address.js';
import type { ModuleCall, ModuleConfig, ResourceBlock } from './config.js';
import { parseExpressionSync } from './parser.js';

export interface ResourceRef {
  scope: Scope;
  block: ResourceBlock;
  mode: 'managed' | 'data';
  /** The instance: `undefined` when the block has no count/for_each or the key was not written. */
  key?: InstanceKey;
  attribute?: string;
}

/** A resource instance used as a value (`for_each = aws_iam_role.team`, then `each.value.name`). */
export class InstanceObject {
  constructor(readonly ref: ResourceRef) {}
}

export type Value = { known: true; value: unknown } | { known: false; why: string; ref?: ResourceRef };

export interface Scope {
  module: ModuleConfig;
  /** Module path of this instance, with keys. */
  path: ModuleStep[];
  /** The calling module instance; absent for the root module. */
  parent?: { scope: Scope; call: ModuleCall };
  each?: { key: string; value: unknown };
  countIndex?: number;
  /** Computes the attributes the reader can know from a block (a role's name, a policy document's json). */
  resolve: AttributeResolver;
}

export type AttributeResolver = (ref: ResourceRef, depth: number) => Value | undefined;

const known = (value: unknown): Value => ({ known: true, value });
const unknown = (why: string, ref?: ResourceRef): Value => (ref ? { known: false, why, ref } : { known: false, why });

/** IAM policy variables (`${aws:username}`, `${*}`) reach hcl2json's output as text; they are literals, not HCL. */
const iamVariable = /^\$\{([A-Za-z0-9_-]+:[^}]*|\*|\?|\$)\}/;

/** Splits a template into literal text and `${…}` expressions (`%{…}` directives stay whole, as expressions). */
function templateParts(text: string): Array<{ literal: string } | { expr: string; directive?: boolean }> {
  const parts: Array<{ literal: string } | { expr: string; directive?: boolean }> = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === '$' || c === '%') && text[i + 1] === '{') {
      const iam = c === '$' ? iamVariable.exec(text.slice(i)) : null;
      if (iam) {
        literal += iam[0];
        i += iam[0].length;
        continue;
      }
      const end = matchingBrace(text, i + 1);
      if (end < 0) {
        literal += text.slice(i);
        break;
      }
      if (literal) parts.push({ literal });
      literal = '';
      const expr = text.slice(i + 2, end).trim();
      parts.push(c === '%' ? { expr, directive: true } : { expr });
      i = end + 1;
      continue;
    }
    literal += c;
    i++;
  }
  if (literal) parts.push({ literal });
  return parts;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

const MAX_DEPTH = 24;

export function evaluate(raw: unknown, scope: Scope, depth = 0): Value {
  if (depth > MAX_DEPTH) return unknown('expression nests too deeply to follow');
  if (raw === null || typeof raw === 'number' || typeof raw === 'boolean') return known(raw);
  if (Array.isArray(raw)) {
    const out: unknown[] = [];
    for (const item of raw) {
      const v = evaluate(item, scope, depth + 1);
      if (!v.known) return v;
      out.push(v.value);
    }
    return known(out);
  }
  if (typeof raw === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(raw as Record<string, unknown>)) {
      const key = evaluate(k, scope, depth + 1);
      if (!key.known || typeof key.value !== 'string') return unknown(`object key ${k}`);
      const v = evaluate(item, scope, depth + 1);
      if (!v.known) return v;
      out[key.value] = v.value;
    }
    return known(out);
  }
  if (typeof raw !== 'string') return unknown('unsupported value');
  const parts = templateParts(raw);
  const only = parts[0];
  if (parts.length === 1 && only && 'expr' in only && !only.directive) return evaluateExpression(only.expr, scope, depth + 1);
  let text = '';
  for (const part of parts) {
    if ('literal' in part) {
      text += part.literal;
      continue;
    }
    if (part.directive) return unknown(`template directive %{${part.expr}}`);
    const v = evaluateExpression(part.expr, scope, depth + 1);
    if (!v.known) return v;
    if (typeof v.value !== 'string' && typeof v.value !== 'number' && typeof v.value !== 'boolean') {
      return unknown(`\${${part.expr}} is not a string`);
    }
    text += String(v.value);
  }
  return known(text);
}

const traversal = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[(?:"(?:[^"\\]|\\.)*"|\d+|[A-Za-z_][\w.-]*)\])*$/;
const call = /^([a-z_][a-z0-9_]*)\(([\s\S]*)\)$/;

type Step = { name: string } | { index: string };

function steps(expr: string): Step[] {
  const out: Step[] = [];
  const re = /\.?([A-Za-z_][\w-]*)|\[([^\]]*)\]/g;
  for (const m of expr.matchAll(re)) out.push(m[1] !== undefined ? { name: m[1] } : { index: m[2] as string });
  return out;
}

function evaluateExpression(expr: string, scope: Scope, depth: number): Value {
  if (traversal.test(expr)) return evaluateTraversal(expr, scope, depth);
  const fn = call.exec(expr);
  if (fn && ['jsonencode', 'toset', 'tolist', 'tomap', 'tostring'].includes(fn[1] as string)) {
    const arg = parseExpressionSync((fn[2] as string).trim());
    if (!arg.ok) return unknown(`${fn[1]}(…) argument is not a single expression`);
    const v = evaluate(arg.value, scope, depth + 1);
    if (!v.known) return v;
    if (fn[1] === 'jsonencode') return holdsInstance(v.value) ? unknown('jsonencode of a resource') : known(JSON.stringify(v.value));
    if (fn[1] === 'toset' && Array.isArray(v.value)) return known([...new Set(v.value)]);
    return v;
  }
  // A literal object, tuple or parenthesized literal: let HCL fold it, and keep what it cannot.
  if (/^[[{(]/.test(expr)) {
    const folded = parseExpressionSync(expr);
    if (folded.ok && !(typeof folded.value === 'string' && folded.value.startsWith('${'))) return evaluate(folded.value, scope, depth + 1);
  }
  return unknown(`expression ${abbreviate(expr)} is only known when Terraform runs`);
}

export function holdsInstance(v: unknown): boolean {
  if (v instanceof InstanceObject) return true;
  if (v !== null && typeof v === 'object') return Object.values(v).some(holdsInstance);
  return false;
}

function abbreviate(expr: string): string {
  const flat = expr.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

function indexValue(index: string, scope: Scope, depth: number): Value {
  if (/^\d+$/.test(index)) return known(Number(index));
  if (index.startsWith('"')) {
    try {
      return known(JSON.parse(index));
    } catch {
      return unknown(`index ${index}`);
    }
  }
  return evaluateExpression(index, scope, depth + 1);
}

function evaluateTraversal(expr: string, scope: Scope, depth: number): Value {
  const path = steps(expr);
  const head = path[0];
  if (!head || !('name' in head)) return unknown(expr);
  const second = path[1];
  const secondName = second && 'name' in second ? second.name : undefined;
  const rest = path.slice(2);
  switch (head.name) {
    case 'var': {
      if (!secondName) return unknown(expr);
      return descend(variable(secondName, scope, depth), rest, scope, depth, expr);
    }
    case 'local': {
      if (!secondName) return unknown(expr);
      if (!scope.module.locals.has(secondName)) return unknown(`local.${secondName} is not defined`);
      const base = moduleScope(scope);
      return descend(evaluate(scope.module.locals.get(secondName), base, depth + 1), rest, scope, depth, expr);
    }
    case 'each':
      if (!scope.each) return unknown(`${expr} outside for_each`);
      if (secondName === 'key') return known(scope.each.key);
      if (secondName === 'value') return descend(known(scope.each.value), rest, scope, depth, expr);
      return unknown(expr);
    case 'count':
      return secondName === 'index' && scope.countIndex !== undefined ? known(scope.countIndex) : unknown(expr);
    case 'path':
    case 'terraform':
    case 'self':
    case 'module':
      return unknown(`${expr} is only known when Terraform runs`);
    default:
      return resourceReference(path, scope, depth, expr);
  }
}

function descend(v: Value, rest: Step[], scope: Scope, depth: number, expr: string): Value {
  let cur = v;
  for (const step of rest) {
    if (!cur.known) return cur;
    const key = 'name' in step ? known(step.name) : indexValue(step.index, scope, depth);
    if (!key.known) return key;
    const container = cur.value;
    if (container instanceof InstanceObject && 'name' in step) {
      const attr = container.ref.scope.resolve({ ...container.ref, attribute: step.name }, depth + 1);
      cur = attr ?? unknown(`${expr} is only known when Terraform runs`, { ...container.ref, attribute: step.name });
      continue;
    }
    if (Array.isArray(container) && typeof key.value === 'number') cur = known(container[key.value]);
    else if (container && typeof container === 'object' && typeof key.value === 'string') {
      const record = container as Record<string, unknown>;
      if (!(key.value in record)) return unknown(`${expr}: no "${key.value}"`);
      cur = known(record[key.value]);
    } else return unknown(expr);
  }
  return cur;
}

/** A module variable: the calling block's argument, else the declared default. Root variables come from outside. */
function variable(name: string, scope: Scope, depth: number): Value {
  if (!scope.parent) return unknown(`var.${name} is set outside the code (tfvars, -var, environment)`);
  const { call, scope: callerScope } = scope.parent;
  if (name in call.body) return evaluate(call.body[name], callerScope, depth + 1);
  const declared = scope.module.variables.get(name);
  if (declared?.hasDefault) return evaluate(declared.default, moduleScope(scope), depth + 1);
  return unknown(`var.${name} has no value in module ${call.name}`);
}

function resourceReference(path: Step[], scope: Scope, depth: number, expr: string): Value {
  let i = 0;
  let mode: 'managed' | 'data' = 'managed';
  const first = path[0];
  if (first && 'name' in first && first.name === 'data') {
    mode = 'data';
    i = 1;
  }
  const type = path[i];
  const name = path[i + 1];
  if (!type || !name || !('name' in type) || !('name' in name)) return unknown(expr);
  const blocks = mode === 'data' ? scope.module.data : scope.module.resources;
  const block = blocks.get(`${type.name}.${name.name}`);
  if (!block) return unknown(`${expr}: no such block in module ${scope.module.dir}`);
  i += 2;
  const ref: ResourceRef = { scope, block, mode };
  const next = path[i];
  if (next && 'index' in next) {
    const key = indexValue(next.index, scope, depth);
    if (!key.known || (typeof key.value !== 'string' && typeof key.value !== 'number')) return unknown(`${expr}: instance key unknown`);
    ref.key = key.value;
    i++;
  }
  const attr = path[i];
  if (attr && 'name' in attr) ref.attribute = attr.name;
  return resolveReference(ref, path.slice(i + 1), depth, expr);
}

function resolveReference(ref: ResourceRef, rest: Step[], depth: number, expr: string): Value {
  if (ref.attribute === undefined) {
    if (ref.key !== undefined) return known(new InstanceObject(ref));
    const instances = instancesOf(ref.block.body, moduleScope(ref.scope), depth + 1);
    if (!instances.known) return unknown(`${expr}: ${instances.why}`, ref);
    const only = instances.keys[0];
    if (instances.keys.length === 1 && only?.key === undefined) return known(new InstanceObject(ref));
    const byKey: Record<string, InstanceObject> = {};
    for (const { key } of instances.keys) if (key !== undefined) byKey[String(key)] = new InstanceObject({ ...ref, key });
    return known(byKey);
  }
  const resolved = ref.scope.resolve(ref, depth + 1);
  if (resolved && resolved.known && rest.length === 0) return resolved;
  if (resolved && !resolved.known) return { ...resolved, ref };
  return unknown(`${expr} is only known when Terraform runs`, ref);
}

/** The module instance's scope, without the `each` / `count` of any block inside it. */
export function moduleScope(scope: Scope): Scope {
  const { each: _each, countIndex: _count, ...rest } = scope;
  return rest;
}

/** Scope of one instance of a block. */
export function instanceScope(scope: Scope, key: InstanceKey | undefined, eachValue?: unknown): Scope {
  const base = moduleScope(scope);
  if (key === undefined) return base;
  return typeof key === 'number' ? { ...base, countIndex: key } : { ...base, each: { key, value: eachValue } };
}

export type Instances = { known: true; keys: Array<{ key?: InstanceKey; eachValue?: unknown }> } | { known: false; why: string };

/** The instances `count` / `for_each` create, when they are literal enough to know. */
export function instancesOf(body: Record<string, unknown>, scope: Scope, depth = 0): Instances {
  if (depth > MAX_DEPTH) return { known: false, why: 'instances nest too deeply to follow' };
  if ('count' in body) {
    const v = evaluate(body.count, scope, depth + 1);
    if (!v.known || typeof v.value !== 'number') return { known: false, why: v.known ? 'count is not a number' : `count: ${v.why}` };
    return { known: true, keys: Array.from({ length: v.value }, (_, i) => ({ key: i })) };
  }
  if ('for_each' in body) {
    const v = evaluate(body.for_each, scope, depth + 1);
    if (!v.known) return { known: false, why: `for_each: ${v.why}` };
    if (Array.isArray(v.value)) {
      if (!v.value.every((x) => typeof x === 'string')) return { known: false, why: 'for_each over a set of non-strings' };
      return { known: true, keys: [...new Set(v.value as string[])].sort().map((k) => ({ key: k, eachValue: k })) };
    }
    if (v.value && typeof v.value === 'object') {
      return { known: true, keys: Object.entries(v.value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, val]) => ({ key: k, eachValue: val })) };
    }
    return { known: false, why: 'for_each is not a map or set' };
  }
  return { known: true, keys: [{}] };
}
