/**
 * `data "aws_iam_policy_document"` blocks, rendered to the JSON the AWS provider would produce, when every
 * part of them is literal. Merging (`source_policy_documents`, `override_policy_documents`) and `dynamic`
 * statements depend on other documents or on data, so they make the document unknown.
 */
import { evaluate, type Scope, type Value } from './evaluate.js';

function bodies(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object') : [];
}

function stringList(v: Value, what: string): string[] | string {
  if (!v.known) return v.why;
  const items = Array.isArray(v.value) ? v.value : [v.value];
  if (!items.every((x) => typeof x === 'string')) return `${what} is not a list of strings`;
  return items as string[];
}

/** One value or a list, as the provider writes it: a single element collapses to a string. */
const collapse = (items: string[]): string | string[] => (items.length === 1 ? (items[0] as string) : items);

export function policyDocumentJson(body: Record<string, unknown>, scope: Scope, depth: number): Value {
  for (const merged of ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']) {
    if (merged in body) return { known: false, why: `policy document merges ${merged}` };
  }
  if (body.dynamic) return { known: false, why: 'policy document has dynamic statements' };
  const statements: Array<Record<string, unknown>> = [];
  for (const s of bodies(body.statement)) {
    if (s.dynamic) return { known: false, why: 'statement has dynamic blocks' };
    const out: Record<string, unknown> = {};
    const field = (name: string): Value => evaluate(s[name], scope, depth + 1);
    if ('sid' in s) {
      const sid = field('sid');
      if (!sid.known) return sid;
      if (sid.value !== '') out.Sid = sid.value;
    }
    const effect = 'effect' in s ? field('effect') : { known: true as const, value: 'Allow' };
    if (!effect.known) return effect;
    out.Effect = effect.value;
    for (const [attr, key] of [
      ['actions', 'Action'],
      ['not_actions', 'NotAction'],
      ['resources', 'Resource'],
      ['not_resources', 'NotResource'],
    ] as const) {
      if (!(attr in s)) continue;
      const list = stringList(field(attr), attr);
      if (typeof list === 'string') return { known: false, why: list };
      out[key] = collapse([...list].sort());
    }
    for (const [attr, key] of [
      ['principals', 'Principal'],
      ['not_principals', 'NotPrincipal'],
    ] as const) {
      const blocks = bodies(s[attr]);
      if (blocks.length === 0) continue;
      const principal: Record<string, string[]> = {};
      for (const p of blocks) {
        const type = evaluate(p.type, scope, depth + 1);
        if (!type.known || typeof type.value !== 'string') return { known: false, why: type.known ? 'principal type' : type.why };
        const ids = stringList(evaluate(p.identifiers, scope, depth + 1), 'identifiers');
        if (typeof ids === 'string') return { known: false, why: ids };
        principal[type.value] = [...(principal[type.value] ?? []), ...ids];
      }
      const star = principal['*'];
      out[key] = star && Object.keys(principal).length === 1 && star.every((x) => x === '*')
        ? '*'
        : Object.fromEntries(Object.entries(principal).map(([t, ids]) => [t, collapse([...new Set(ids)].sort())]));
    }
    const conditions = bodies(s.condition);
    if (conditions.length > 0) {
      const condition: Record<string, Record<string, string | string[]>> = {};
      for (const c of conditions) {
        const test = evaluate(c.test, scope, depth + 1);
        const variable = evaluate(c.variable, scope, depth + 1);
        const values = stringList(evaluate(c.values, scope, depth + 1), 'values');
        if (!test.known) return test;
        if (!variable.known) return variable;
        if (typeof values === 'string') return { known: false, why: values };
        if (typeof test.value !== 'string' || typeof variable.value !== 'string') return { known: false, why: 'condition test/variable' };
        condition[test.value] = { ...(condition[test.value] ?? {}), [variable.value]: collapse(values) };
      }
      out.Condition = condition;
    }
    statements.push(out);
  }
  const doc: Record<string, unknown> = { Version: '2012-10-17' };
  if ('version' in body) {
    const version = evaluate(body.version, scope, depth + 1);
    if (!version.known) return version;
    doc.Version = version.value;
  }
  if ('policy_id' in body) {
    const id = evaluate(body.policy_id, scope, depth + 1);
    if (!id.known) return id;
    doc.Id = id.value;
  }
  doc.Statement = statements;
  return { known: true, value: JSON.stringify(doc) };
}
