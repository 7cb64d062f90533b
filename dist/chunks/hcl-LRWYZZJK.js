import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  loadCheckout,
  locateChanges,
  nodeSourceFiles,
  parseExpressionSync
} from "./chunk-74FSUTZG.js";
import {
  MANAGED_POLICY,
  POLICY_DOCUMENT,
  ROLE,
  computeLinks
} from "./chunk-C3YFRP4E.js";
import {
  formatAddress
} from "./chunk-ZLTTTGMN.js";
import {
  diffTrust
} from "./chunk-XW7A3ETZ.js";
import {
  awsManagedPolicy,
  diffPermissions,
  permissionsOf,
  prettyPolicy
} from "./chunk-A2HSOLLW.js";
import {
  InputError
} from "./chunk-6REE7K7U.js";
import "./chunk-UUTPRXCH.js";

// src/changes/hcl/evaluate.ts
var InstanceObject = class {
  constructor(ref) {
    this.ref = ref;
  }
  ref;
};
var known = (value) => ({ known: true, value });
var unknown = (why, ref) => ref ? { known: false, why, ref } : { known: false, why };
var iamVariable = /^\$\{([A-Za-z0-9_-]+:[^}]*|\*|\?|\$)\}/;
function templateParts(text) {
  const parts = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === "$" || c === "%") && text[i + 1] === "{") {
      const iam = c === "$" ? iamVariable.exec(text.slice(i)) : null;
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
      literal = "";
      const expr = text.slice(i + 2, end).trim();
      parts.push(c === "%" ? { expr, directive: true } : { expr });
      i = end + 1;
      continue;
    }
    literal += c;
    i++;
  }
  if (literal) parts.push({ literal });
  return parts;
}
function matchingBrace(text, open) {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}
var MAX_DEPTH = 24;
function evaluate(raw, scope, depth = 0) {
  if (depth > MAX_DEPTH) return unknown("expression nests too deeply to follow");
  if (raw === null || typeof raw === "number" || typeof raw === "boolean") return known(raw);
  if (Array.isArray(raw)) {
    const out = [];
    for (const item of raw) {
      const v = evaluate(item, scope, depth + 1);
      if (!v.known) return v;
      out.push(v.value);
    }
    return known(out);
  }
  if (typeof raw === "object") {
    const out = {};
    for (const [k, item] of Object.entries(raw)) {
      const key = evaluate(k, scope, depth + 1);
      if (!key.known || typeof key.value !== "string") return unknown(`object key ${k}`);
      const v = evaluate(item, scope, depth + 1);
      if (!v.known) return v;
      out[key.value] = v.value;
    }
    return known(out);
  }
  if (typeof raw !== "string") return unknown("unsupported value");
  const parts = templateParts(raw);
  const only = parts[0];
  if (parts.length === 1 && only && "expr" in only && !only.directive) return evaluateExpression(only.expr, scope, depth + 1);
  let text = "";
  for (const part of parts) {
    if ("literal" in part) {
      text += part.literal;
      continue;
    }
    if (part.directive) return unknown(`template directive %{${part.expr}}`);
    const v = evaluateExpression(part.expr, scope, depth + 1);
    if (!v.known) return v;
    if (typeof v.value !== "string" && typeof v.value !== "number" && typeof v.value !== "boolean") {
      return unknown(`\${${part.expr}} is not a string`);
    }
    text += String(v.value);
  }
  return known(text);
}
var traversal = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[(?:"(?:[^"\\]|\\.)*"|\d+|[A-Za-z_][\w.-]*)\])*$/;
var call = /^([a-z_][a-z0-9_]*)\(([\s\S]*)\)$/;
function steps(expr) {
  const out = [];
  const re = /\.?([A-Za-z_][\w-]*)|\[([^\]]*)\]/g;
  for (const m of expr.matchAll(re)) out.push(m[1] !== void 0 ? { name: m[1] } : { index: m[2] });
  return out;
}
function evaluateExpression(expr, scope, depth) {
  if (traversal.test(expr)) return evaluateTraversal(expr, scope, depth);
  const fn = call.exec(expr);
  if (fn && ["jsonencode", "toset", "tolist", "tomap", "tostring"].includes(fn[1])) {
    const arg = parseExpressionSync(fn[2].trim());
    if (!arg.ok) return unknown(`${fn[1]}(…) argument is not a single expression`);
    const v = evaluate(arg.value, scope, depth + 1);
    if (!v.known) return v;
    if (fn[1] === "jsonencode") return holdsInstance(v.value) ? unknown("jsonencode of a resource") : known(JSON.stringify(v.value));
    if (fn[1] === "toset" && Array.isArray(v.value)) return known([...new Set(v.value)]);
    return v;
  }
  if (/^[[{(]/.test(expr)) {
    const folded = parseExpressionSync(expr);
    if (folded.ok && !(typeof folded.value === "string" && folded.value.startsWith("${"))) return evaluate(folded.value, scope, depth + 1);
  }
  return unknown(`expression ${abbreviate(expr)} is only known when Terraform runs`);
}
function holdsInstance(v) {
  if (v instanceof InstanceObject) return true;
  if (v !== null && typeof v === "object") return Object.values(v).some(holdsInstance);
  return false;
}
function abbreviate(expr) {
  const flat = expr.replace(/\s+/g, " ");
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
function indexValue(index, scope, depth) {
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
function evaluateTraversal(expr, scope, depth) {
  const path = steps(expr);
  const head = path[0];
  if (!head || !("name" in head)) return unknown(expr);
  const second = path[1];
  const secondName = second && "name" in second ? second.name : void 0;
  const rest = path.slice(2);
  switch (head.name) {
    case "var": {
      if (!secondName) return unknown(expr);
      return descend(variable(secondName, scope, depth), rest, scope, depth, expr);
    }
    case "local": {
      if (!secondName) return unknown(expr);
      if (!scope.module.locals.has(secondName)) return unknown(`local.${secondName} is not defined`);
      const base = moduleScope(scope);
      return descend(evaluate(scope.module.locals.get(secondName), base, depth + 1), rest, scope, depth, expr);
    }
    case "each":
      if (!scope.each) return unknown(`${expr} outside for_each`);
      if (secondName === "key") return known(scope.each.key);
      if (secondName === "value") return descend(known(scope.each.value), rest, scope, depth, expr);
      return unknown(expr);
    case "count":
      return secondName === "index" && scope.countIndex !== void 0 ? known(scope.countIndex) : unknown(expr);
    case "path":
    case "terraform":
    case "self":
    case "module":
      return unknown(`${expr} is only known when Terraform runs`);
    default:
      return resourceReference(path, scope, depth, expr);
  }
}
function descend(v, rest, scope, depth, expr) {
  let cur = v;
  for (const step of rest) {
    if (!cur.known) return cur;
    const key = "name" in step ? known(step.name) : indexValue(step.index, scope, depth);
    if (!key.known) return key;
    const container = cur.value;
    if (container instanceof InstanceObject && "name" in step) {
      const attr = container.ref.scope.resolve({ ...container.ref, attribute: step.name }, depth + 1);
      cur = attr ?? unknown(`${expr} is only known when Terraform runs`, { ...container.ref, attribute: step.name });
      continue;
    }
    if (Array.isArray(container) && typeof key.value === "number") cur = known(container[key.value]);
    else if (container && typeof container === "object" && typeof key.value === "string") {
      const record = container;
      if (!(key.value in record)) return unknown(`${expr}: no "${key.value}"`);
      cur = known(record[key.value]);
    } else return unknown(expr);
  }
  return cur;
}
function variable(name, scope, depth) {
  if (!scope.parent) return unknown(`var.${name} is set outside the code (tfvars, -var, environment)`);
  const { call: call2, scope: callerScope } = scope.parent;
  if (name in call2.body) return evaluate(call2.body[name], callerScope, depth + 1);
  const declared = scope.module.variables.get(name);
  if (declared?.hasDefault) return evaluate(declared.default, moduleScope(scope), depth + 1);
  return unknown(`var.${name} has no value in module ${call2.name}`);
}
function resourceReference(path, scope, depth, expr) {
  let i = 0;
  let mode = "managed";
  const first = path[0];
  if (first && "name" in first && first.name === "data") {
    mode = "data";
    i = 1;
  }
  const type = path[i];
  const name = path[i + 1];
  if (!type || !name || !("name" in type) || !("name" in name)) return unknown(expr);
  const blocks = mode === "data" ? scope.module.data : scope.module.resources;
  const block = blocks.get(`${type.name}.${name.name}`);
  if (!block) return unknown(`${expr}: no such block in module ${scope.module.dir}`);
  i += 2;
  const ref = { scope, block, mode };
  const next = path[i];
  if (next && "index" in next) {
    const key = indexValue(next.index, scope, depth);
    if (!key.known || typeof key.value !== "string" && typeof key.value !== "number") return unknown(`${expr}: instance key unknown`);
    ref.key = key.value;
    i++;
  }
  const attr = path[i];
  if (attr && "name" in attr) ref.attribute = attr.name;
  return resolveReference(ref, path.slice(i + 1), depth, expr);
}
function resolveReference(ref, rest, depth, expr) {
  if (ref.attribute === void 0) {
    if (ref.key !== void 0) return known(new InstanceObject(ref));
    const instances = instancesOf(ref.block.body, moduleScope(ref.scope), depth + 1);
    if (!instances.known) return unknown(`${expr}: ${instances.why}`, ref);
    const only = instances.keys[0];
    if (instances.keys.length === 1 && only?.key === void 0) return known(new InstanceObject(ref));
    const byKey = {};
    for (const { key } of instances.keys) if (key !== void 0) byKey[String(key)] = new InstanceObject({ ...ref, key });
    return known(byKey);
  }
  const resolved = ref.scope.resolve(ref, depth + 1);
  if (resolved && resolved.known && rest.length === 0) return resolved;
  if (resolved && !resolved.known) return { ...resolved, ref };
  return unknown(`${expr} is only known when Terraform runs`, ref);
}
function moduleScope(scope) {
  const { each: _each, countIndex: _count, ...rest } = scope;
  return rest;
}
function instanceScope(scope, key, eachValue) {
  const base = moduleScope(scope);
  if (key === void 0) return base;
  return typeof key === "number" ? { ...base, countIndex: key } : { ...base, each: { key, value: eachValue } };
}
function instancesOf(body, scope, depth = 0) {
  if (depth > MAX_DEPTH) return { known: false, why: "instances nest too deeply to follow" };
  if ("count" in body) {
    const v = evaluate(body.count, scope, depth + 1);
    if (!v.known || typeof v.value !== "number") return { known: false, why: v.known ? "count is not a number" : `count: ${v.why}` };
    return { known: true, keys: Array.from({ length: v.value }, (_, i) => ({ key: i })) };
  }
  if ("for_each" in body) {
    const v = evaluate(body.for_each, scope, depth + 1);
    if (!v.known) return { known: false, why: `for_each: ${v.why}` };
    if (Array.isArray(v.value)) {
      if (!v.value.every((x) => typeof x === "string")) return { known: false, why: "for_each over a set of non-strings" };
      return { known: true, keys: [...new Set(v.value)].sort().map((k) => ({ key: k, eachValue: k })) };
    }
    if (v.value && typeof v.value === "object") {
      return { known: true, keys: Object.entries(v.value).sort(([a], [b]) => a < b ? -1 : 1).map(([k, val]) => ({ key: k, eachValue: val })) };
    }
    return { known: false, why: "for_each is not a map or set" };
  }
  return { known: true, keys: [{}] };
}

// src/changes/hcl/policy-document.ts
function bodies(v) {
  return Array.isArray(v) ? v.filter((x) => x !== null && typeof x === "object") : [];
}
function stringList(v, what) {
  if (!v.known) return v.why;
  const items = Array.isArray(v.value) ? v.value : [v.value];
  if (!items.every((x) => typeof x === "string")) return `${what} is not a list of strings`;
  return items;
}
var collapse = (items) => items.length === 1 ? items[0] : items;
function policyDocumentJson(body, scope, depth) {
  for (const merged of ["source_policy_documents", "override_policy_documents", "source_json", "override_json"]) {
    if (merged in body) return { known: false, why: `policy document merges ${merged}` };
  }
  if (body.dynamic) return { known: false, why: "policy document has dynamic statements" };
  const statements = [];
  for (const s of bodies(body.statement)) {
    if (s.dynamic) return { known: false, why: "statement has dynamic blocks" };
    const out = {};
    const field = (name) => evaluate(s[name], scope, depth + 1);
    if ("sid" in s) {
      const sid = field("sid");
      if (!sid.known) return sid;
      if (sid.value !== "") out.Sid = sid.value;
    }
    const effect = "effect" in s ? field("effect") : { known: true, value: "Allow" };
    if (!effect.known) return effect;
    out.Effect = effect.value;
    for (const [attr, key] of [
      ["actions", "Action"],
      ["not_actions", "NotAction"],
      ["resources", "Resource"],
      ["not_resources", "NotResource"]
    ]) {
      if (!(attr in s)) continue;
      const list = stringList(field(attr), attr);
      if (typeof list === "string") return { known: false, why: list };
      out[key] = collapse([...list].sort());
    }
    for (const [attr, key] of [
      ["principals", "Principal"],
      ["not_principals", "NotPrincipal"]
    ]) {
      const blocks = bodies(s[attr]);
      if (blocks.length === 0) continue;
      const principal = {};
      for (const p of blocks) {
        const type = evaluate(p.type, scope, depth + 1);
        if (!type.known || typeof type.value !== "string") return { known: false, why: type.known ? "principal type" : type.why };
        const ids = stringList(evaluate(p.identifiers, scope, depth + 1), "identifiers");
        if (typeof ids === "string") return { known: false, why: ids };
        principal[type.value] = [...principal[type.value] ?? [], ...ids];
      }
      const star = principal["*"];
      out[key] = star && Object.keys(principal).length === 1 && star.every((x) => x === "*") ? "*" : Object.fromEntries(Object.entries(principal).map(([t, ids]) => [t, collapse([...new Set(ids)].sort())]));
    }
    const conditions = bodies(s.condition);
    if (conditions.length > 0) {
      const condition = {};
      for (const c of conditions) {
        const test = evaluate(c.test, scope, depth + 1);
        const variable2 = evaluate(c.variable, scope, depth + 1);
        const values = stringList(evaluate(c.values, scope, depth + 1), "values");
        if (!test.known) return test;
        if (!variable2.known) return variable2;
        if (typeof values === "string") return { known: false, why: values };
        if (typeof test.value !== "string" || typeof variable2.value !== "string") return { known: false, why: "condition test/variable" };
        condition[test.value] = { ...condition[test.value] ?? {}, [variable2.value]: collapse(values) };
      }
      out.Condition = condition;
    }
    statements.push(out);
  }
  const doc = { Version: "2012-10-17" };
  if ("version" in body) {
    const version = evaluate(body.version, scope, depth + 1);
    if (!version.known) return version;
    doc.Version = version.value;
  }
  if ("policy_id" in body) {
    const id = evaluate(body.policy_id, scope, depth + 1);
    if (!id.known) return id;
    doc.Id = id.value;
  }
  doc.Statement = statements;
  return { known: true, value: JSON.stringify(doc) };
}

// src/changes/hcl/world.ts
var iamTypes = /* @__PURE__ */ new Set([
  ROLE,
  "aws_iam_role_policy",
  "aws_iam_role_policy_attachment",
  "aws_iam_policy_attachment",
  "aws_iam_role_policies_exclusive",
  "aws_iam_role_policy_attachments_exclusive",
  MANAGED_POLICY,
  "aws_iam_instance_profile",
  ...Object.keys(computeLinks)
]);
var staticBlocks = (s) => {
  if (s.name === "resource") return iamTypes.has(s.labels[0] ?? "");
  if (s.name === "data") return s.labels[0] === POLICY_DOCUMENT;
  return ["module", "variable", "locals", "moved", "removed"].includes(s.name);
};
var namedTypes = /* @__PURE__ */ new Set([ROLE, MANAGED_POLICY, "aws_iam_role_policy", "aws_iam_instance_profile"]);
function resolveAttribute(ref, depth) {
  const { block } = ref;
  const instances = instancesOf(block.body, ref.scope);
  let scope = instanceScope(ref.scope, void 0);
  if (instances.known) {
    const match = ref.key === void 0 ? instances.keys.length === 1 ? instances.keys[0] : void 0 : instances.keys.find((k) => k.key === ref.key);
    if (!match) return { known: false, why: `${block.type}.${block.name}: instance ${ref.key ?? "(none)"} not declared` };
    scope = instanceScope(ref.scope, match.key, match.eachValue);
  } else {
    return { known: false, why: `${block.type}.${block.name}: ${instances.why}` };
  }
  if (ref.mode === "data" && block.type === POLICY_DOCUMENT && (ref.attribute === "json" || ref.attribute === "minified_json")) {
    return policyDocumentJson(block.body, scope, depth);
  }
  if (ref.mode === "managed" && namedTypes.has(block.type) && ref.attribute === "name") return nameOf(block.body, scope, depth);
  if (ref.mode === "managed" && block.type === ROLE && ref.attribute === "id") return nameOf(block.body, scope, depth);
  if (ref.mode === "managed" && block.type === MANAGED_POLICY && ref.attribute === "policy") return evaluate(block.body.policy, scope, depth);
  return void 0;
}
function nameOf(body, scope, depth = 0) {
  if ("name" in body) return evaluate(body.name, scope, depth);
  if ("name_prefix" in body) return { known: false, why: "name generated by AWS from name_prefix" };
  return { known: false, why: "name generated by Terraform (no name given)" };
}
function addressOf(path, block, key) {
  const a = { modules: path, mode: "managed", type: block.type, name: block.name };
  return formatAddress(key === void 0 ? a : { ...a, key });
}
function buildWorld(checkout) {
  const world = {
    instances: /* @__PURE__ */ new Map(),
    unreadModules: [],
    root: { module: checkout.root, path: [], resolve: resolveAttribute }
  };
  const visit = (scope, inherited, depth) => {
    const module = scope.module;
    for (const block of module.resources.values()) {
      if (!iamTypes.has(block.type)) continue;
      const instances = instancesOf(block.body, scope);
      if (!instances.known) {
        const address = addressOf(scope.path, block);
        world.instances.set(address, { address, type: block.type, block, scope, unknown: joinWhy(inherited, instances.why) });
        continue;
      }
      for (const { key, eachValue } of instances.keys) {
        const address = addressOf(scope.path, block, key);
        const inst = { address, type: block.type, block, scope: instanceScope(scope, key, eachValue) };
        if (inherited) inst.unknown = inherited;
        world.instances.set(address, inst);
      }
    }
    if (depth > 16) return;
    for (const call2 of module.calls.values()) {
      if (!call2.target) {
        if (call2.source !== void 0 && !world.unreadModules.some((m) => m.file === call2.file && m.line === call2.line)) {
          world.unreadModules.push({ name: call2.name, source: call2.source, file: call2.file, line: call2.line });
        }
        continue;
      }
      const instances = instancesOf(call2.body, scope);
      const keys = instances.known ? instances.keys : [{}];
      const why = instances.known ? inherited : joinWhy(inherited, `module.${call2.name} ${instances.why}`);
      for (const { key, eachValue } of keys) {
        const step = key === void 0 ? { name: call2.name } : { name: call2.name, key };
        const child = {
          module: call2.target,
          path: [...scope.path, step],
          parent: { scope: instanceScope(scope, key, eachValue), call: call2 },
          resolve: resolveAttribute
        };
        visit(child, why, depth + 1);
      }
    }
  };
  visit(world.root, void 0, 0);
  return world;
}
function joinWhy(a, b) {
  return a ? `${a}; ${b}` : b;
}

// src/changes/hcl/diff.ts
var roleArn = /^arn:aws[\w-]*:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/;
function roleOf(raw, inst) {
  const v = evaluate(raw, inst.scope);
  if (v.known) {
    if (typeof v.value !== "string") return { why: "role is not a string" };
    return { name: roleArn.exec(v.value)?.[1] ?? v.value };
  }
  const ref = v.ref;
  if (ref && ref.mode === "managed" && ref.block.type === ROLE) {
    const name = ref.scope.resolve({ ...ref, attribute: "name" }, 0);
    if (name?.known && typeof name.value === "string") return { name: name.value };
    return { why: name && !name.known ? name.why : v.why };
  }
  return { why: v.why };
}
var display = (r, inst) => r.name ?? `${inst.address} (role unknown)`;
function unknownsOf(...whys) {
  const list = [...new Set(whys.filter((w) => !!w))];
  return list.length > 0 ? list : void 0;
}
function policyValue(raw, inst) {
  if (raw === void 0) return { known: true, value: null };
  const v = evaluate(raw, inst.scope);
  if (v.known && typeof v.value !== "string" && v.value !== null) return { known: false, why: "policy is not a JSON string" };
  return v;
}
function managedDelta(raw, inst) {
  const v = evaluate(raw, inst.scope);
  if (v.known && typeof v.value === "string") {
    const label2 = v.value;
    return {
      label: label2,
      delta: awsManagedPolicy(label2) ?? { policy: label2, permissions: [], services: [], unknown: "customer managed policy: its content is not in this code" }
    };
  }
  const ref = !v.known ? v.ref : void 0;
  if (ref && ref.mode === "managed" && ref.block.type === MANAGED_POLICY) {
    const name = ref.scope.resolve({ ...ref, attribute: "name" }, 0);
    const label2 = name?.known && typeof name.value === "string" ? name.value : `${ref.block.type}.${ref.block.name}`;
    const doc = ref.scope.resolve({ ...ref, attribute: "policy" }, 0);
    if (doc?.known && typeof doc.value === "string") return { label: label2, delta: permissionsOf(doc.value, label2) };
    return { label: label2, delta: { policy: label2, permissions: [], services: [], unknown: doc && !doc.known ? doc.why : "policy content unknown" } };
  }
  const label = typeof raw === "string" ? raw.replace(/^\$\{(.*)\}$/s, "$1") : "managed policy";
  return { label, delta: { policy: label, permissions: [], services: [], unknown: v.known ? "policy ARN is not a string" : v.why } };
}
var sameText = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function fingerprint(raw, inst) {
  const v = evaluate(raw, inst.scope);
  if (v.known) return holdsInstance(v.value) ? JSON.stringify(["instance", raw]) : JSON.stringify(["known", v.value]);
  return JSON.stringify(["unknown", raw, v.ref ? v.ref.block.body : null]);
}
var same = (b, h, attr) => fingerprint(b.block.body[attr], b) === fingerprint(h.block.body[attr], h);
var sameAll = (b, h) => [.../* @__PURE__ */ new Set([...Object.keys(b.block.body), ...Object.keys(h.block.body)])].every((attr) => same(b, h, attr));
function permissionEffects(role, before, after, label, unknowns) {
  if (!before.known || !after.known) {
    const why = [!before.known ? before.why : "", !after.known ? after.why : ""].filter(Boolean);
    return [
      {
        kind: "permissions-removed",
        role,
        summary: `policy ${label} changed in a way a static reading cannot evaluate`,
        unknowns: [...unknowns ?? [], ...why],
        delta: { policy: label, permissions: [], services: [], unknown: why.join("; ") }
      }
    ];
  }
  const diff = diffPermissions(before.value, after.value, label);
  const effects = [];
  const extra = unknowns ? { unknowns } : {};
  if (diff.removed) effects.push({ kind: "permissions-removed", role, summary: `${role} loses permissions of ${label}`, delta: diff.removed, ...extra });
  if (diff.added) effects.push({ kind: "permissions-added", role, summary: `${role} gains permissions of ${label}`, delta: diff.added, ...extra });
  return effects;
}
function wholePolicy(kind, role, inst, label, delta) {
  const r = display(role, inst);
  const unknowns = unknownsOf(role.why, inst.unknown);
  return {
    kind,
    role: r,
    summary: kind === "permissions-removed" ? `${r} loses ${label}` : `${r} gains ${label}`,
    delta,
    ...unknowns ? { unknowns } : {}
  };
}
function change(inst, actions, effects) {
  const roles = [...new Set(effects.map((e) => e.role).filter((r) => !r.endsWith("(role unknown)")))];
  const c = {
    source: "hcl",
    input: "",
    address: inst.address,
    resourceType: inst.type,
    actions,
    roles,
    effects,
    location: { file: inst.block.file, line: inst.block.line, side: actions.length === 1 && actions[0] === "delete" ? "base" : "head" }
  };
  return c;
}
function diffRole(base, head) {
  const inst = head ?? base;
  if (base && !head) {
    const name = nameOf(base.block.body, base.scope);
    const role2 = name.known ? String(name.value) : `${base.address} (role unknown)`;
    const unknowns = unknownsOf(name.known ? void 0 : name.why, base.unknown);
    return change(base, ["delete"], [{ kind: "deleted", role: role2, summary: `role ${role2} is deleted`, ...unknowns ? { unknowns } : {} }]);
  }
  if (head && !base) {
    const name = nameOf(head.block.body, head.scope);
    const role2 = name.known ? String(name.value) : `${head.address} (role unknown)`;
    const unknowns = unknownsOf(name.known ? void 0 : name.why, head.unknown);
    return change(head, ["create"], [{ kind: "created", role: role2, summary: `role ${role2} is created`, ...unknowns ? { unknowns } : {} }]);
  }
  if (!base || !head) return null;
  const b = base.block.body;
  const h = head.block.body;
  const oldName = nameOf(b, base.scope);
  const newName = nameOf(h, head.scope);
  const role = oldName.known ? String(oldName.value) : `${base.address} (role unknown)`;
  const effects = [];
  const scopeUnknown = unknownsOf(base.unknown, head.unknown, oldName.known ? void 0 : `role name: ${oldName.why}`);
  const extra = scopeUnknown ? { unknowns: scopeUnknown } : {};
  const forcing = [];
  const forcingUnknown = [];
  for (const attr of ["name", "name_prefix", "path"]) {
    if (same(base, head, attr)) continue;
    const vb = b[attr] === void 0 ? { known: true, value: null } : evaluate(b[attr], base.scope);
    const vh = h[attr] === void 0 ? { known: true, value: null } : evaluate(h[attr], head.scope);
    if (vb.known && vh.known) {
      const norm = (x) => attr === "path" && (x === void 0 || x === null) ? "/" : x;
      if (sameText(norm(vb.value), norm(vh.value))) continue;
      forcing.push(attr);
    } else forcingUnknown.push(`${attr}: ${!vb.known ? vb.why : vh.why}`);
  }
  if (forcing.length > 0 || forcingUnknown.length > 0) {
    const unknowns = unknownsOf(...forcingUnknown, ...scopeUnknown ?? []);
    const renamed = newName.known && String(newName.value) !== role ? String(newName.value) : void 0;
    effects.push({
      kind: "replaced",
      role,
      summary: forcing.length > 0 ? `role ${role} is replaced (${forcing.join(", ")} changed)` : `role ${role} may be replaced (${forcingUnknown.map((f) => f.split(":")[0]).join(", ")} changed)`,
      because: forcing.length > 0 ? `${forcing.join(", ")} changed` : "name expression changed",
      ...renamed ? { newName: renamed } : {},
      ...unknowns ? { unknowns } : {}
    });
  }
  if (!same(base, head, "assume_role_policy")) {
    const before = policyValue(b.assume_role_policy, base);
    const after = policyValue(h.assume_role_policy, head);
    if (before.known && after.known) {
      const t = diffTrust(before.value, after.value);
      if (t.added.length > 0 || t.removed.length > 0 || t.unknown) {
        const unknowns = unknownsOf(t.unknown, ...scopeUnknown ?? []);
        const bt = prettyPolicy(before.value);
        const at = prettyPolicy(after.value);
        effects.push({
          kind: "trust-changed",
          role,
          summary: `trust policy of ${role} changes`,
          principalsAdded: t.added,
          principalsRemoved: t.removed,
          ...bt !== void 0 ? { before: bt } : {},
          ...at !== void 0 ? { after: at } : {},
          ...unknowns ? { unknowns } : {}
        });
      }
    } else {
      effects.push({
        kind: "trust-changed",
        role,
        summary: `trust policy of ${role} changes in a way a static reading cannot evaluate`,
        principalsAdded: [],
        principalsRemoved: [],
        unknowns: unknownsOf(!before.known ? before.why : void 0, !after.known ? after.why : void 0, ...scopeUnknown ?? []) ?? []
      });
    }
  }
  const inline = (body) => {
    const m = /* @__PURE__ */ new Map();
    const blocks = Array.isArray(body.inline_policy) ? body.inline_policy : [];
    for (const p of blocks) if (typeof p.name === "string") m.set(p.name, p.policy);
    return m;
  };
  const ib = inline(b);
  const ih = inline(h);
  for (const name of [.../* @__PURE__ */ new Set([...ib.keys(), ...ih.keys()])].sort()) {
    if (ib.has(name) && ih.has(name) && fingerprint(ib.get(name), base) === fingerprint(ih.get(name), head)) continue;
    const before = ib.has(name) ? policyValue(ib.get(name), base) : { known: true, value: null };
    const after = ih.has(name) ? policyValue(ih.get(name), head) : { known: true, value: null };
    effects.push(...permissionEffects(role, before, after, `inline:${name}`, scopeUnknown));
  }
  if (!same(base, head, "managed_policy_arns")) {
    const vb = evaluate(b.managed_policy_arns ?? [], base.scope);
    const vh = evaluate(h.managed_policy_arns ?? [], head.scope);
    if (vb.known && vh.known && Array.isArray(vb.value) && Array.isArray(vh.value)) {
      const sb = new Set(vb.value.map(String));
      const sh = new Set(vh.value.map(String));
      for (const arn of [...sb].filter((a) => !sh.has(a)).sort()) {
        effects.push({ kind: "permissions-removed", role, summary: `${role} loses ${arn}`, delta: managedDelta(arn, base).delta, ...extra });
      }
      for (const arn of [...sh].filter((a) => !sb.has(a)).sort()) {
        effects.push({ kind: "permissions-added", role, summary: `${role} gains ${arn}`, delta: managedDelta(arn, head).delta, ...extra });
      }
    } else {
      const why = !vb.known ? vb.why : !vh.known ? vh.why : "managed_policy_arns is not a list";
      effects.push({
        kind: "permissions-removed",
        role,
        summary: `managed policies of ${role} change in a way a static reading cannot evaluate`,
        unknowns: [why],
        delta: { policy: "managed_policy_arns", permissions: [], services: [], unknown: why }
      });
    }
  }
  if (!same(base, head, "permissions_boundary")) {
    const vb = evaluate(b.permissions_boundary ?? null, base.scope);
    const vh = evaluate(h.permissions_boundary ?? null, head.scope);
    const unknowns = unknownsOf(!vb.known ? vb.why : void 0, !vh.known ? vh.why : void 0, ...scopeUnknown ?? []);
    effects.push({
      kind: "boundary-changed",
      role,
      summary: `permissions boundary of ${role} changes`,
      before: vb.known ? vb.value : null,
      after: vh.known ? vh.value : null,
      ...unknowns ? { unknowns } : {}
    });
  }
  if (effects.length === 0) return null;
  const replaced = effects.some((e) => e.kind === "replaced" && !e.unknowns);
  return change(inst, replaced ? ["delete", "create"] : ["update"], effects);
}
function diffRolePolicy(base, head) {
  const inst = head ?? base;
  const label = (i) => {
    const n = evaluate(i.block.body.name, i.scope);
    return `inline:${n.known ? String(n.value) : i.block.name}`;
  };
  const doc = (i) => i ? policyValue(i.block.body.policy, i) : { known: true, value: null };
  const rb = base ? roleOf(base.block.body.role, base) : void 0;
  const rh = head ? roleOf(head.block.body.role, head) : void 0;
  if (base && head && sameAll(base, head)) return null;
  const sameRole = rb && rh && (rb.name !== void 0 ? rb.name === rh.name : sameText(base?.block.body.role, head?.block.body.role));
  if (base && head && sameRole) {
    const role = display(rb, base);
    const effects2 = permissionEffects(role, doc(base), doc(head), label(head), unknownsOf(rb.why, base.unknown, head.unknown));
    return effects2.length > 0 ? change(inst, ["update"], effects2) : null;
  }
  const effects = [];
  if (base && rb) effects.push(...permissionEffects(display(rb, base), doc(base), { known: true, value: null }, label(base), unknownsOf(rb.why, base.unknown)));
  if (head && rh) effects.push(...permissionEffects(display(rh, head), { known: true, value: null }, doc(head), label(head), unknownsOf(rh.why, head.unknown)));
  const actions = base && head ? ["delete", "create"] : base ? ["delete"] : ["create"];
  return effects.length > 0 ? change(inst, actions, effects) : null;
}
function diffAttachment(base, head) {
  const inst = head ?? base;
  if (base && head && same(base, head, "role") && same(base, head, "policy_arn")) return null;
  const effects = [];
  if (base) {
    const m = managedDelta(base.block.body.policy_arn, base);
    effects.push(wholePolicy("permissions-removed", roleOf(base.block.body.role, base), base, m.label, m.delta));
  }
  if (head) {
    const m = managedDelta(head.block.body.policy_arn, head);
    effects.push(wholePolicy("permissions-added", roleOf(head.block.body.role, head), head, m.label, m.delta));
  }
  const actions = base && head ? ["delete", "create"] : base ? ["delete"] : ["create"];
  return change(inst, actions, effects);
}
function roleList(raw, inst) {
  if (raw === void 0) return { names: [] };
  const items = Array.isArray(raw) ? raw : null;
  if (!items) {
    const v = evaluate(raw, inst.scope);
    if (!v.known || !Array.isArray(v.value)) return { why: v.known ? "not a list" : v.why };
    return roleList(v.value, inst);
  }
  const names = [];
  for (const item of items) {
    const r = roleOf(item, inst);
    if (r.name === void 0) return { why: r.why ?? "role unknown" };
    names.push(r.name);
  }
  return { names };
}
function diffPolicyAttachment(base, head) {
  const inst = head ?? base;
  if (base && head && same(base, head, "roles") && same(base, head, "policy_arn")) return null;
  const rb = base ? roleList(base.block.body.roles, base) : { names: [] };
  const rh = head ? roleList(head.block.body.roles, head) : { names: [] };
  const arnSame = !!base && !!head && same(base, head, "policy_arn");
  if ("why" in rb || "why" in rh) {
    const why = "why" in rb ? rb.why : rh.why;
    const m = managedDelta((head ?? base)?.block.body.policy_arn, inst);
    return change(inst, ["update"], [
      {
        kind: "permissions-removed",
        role: `${inst.address} (role unknown)`,
        summary: `roles of ${inst.address} change in a way a static reading cannot evaluate`,
        unknowns: [why],
        delta: { ...m.delta, unknown: why }
      }
    ]);
  }
  const effects = [];
  const removed = rb.names.filter((n) => !arnSame || !rh.names.includes(n));
  const added = rh.names.filter((n) => !arnSame || !rb.names.includes(n));
  if (base) {
    const m = managedDelta(base.block.body.policy_arn, base);
    for (const n of removed) effects.push(wholePolicy("permissions-removed", { name: n }, base, m.label, m.delta));
  }
  if (head) {
    const m = managedDelta(head.block.body.policy_arn, head);
    for (const n of added) effects.push(wholePolicy("permissions-added", { name: n }, head, m.label, m.delta));
  }
  const actions = base && head ? arnSame ? ["update"] : ["delete", "create"] : base ? ["delete"] : ["create"];
  return effects.length > 0 ? change(inst, actions, effects) : null;
}
function diffExclusive(base, head, world) {
  if (!base || !head || sameAll(base, head)) return null;
  const policies = base.type === "aws_iam_role_policies_exclusive";
  const attr = policies ? "policy_names" : "policy_arns";
  const role = roleOf(base.block.body.role_name, base);
  const vb = evaluate(base.block.body[attr], base.scope);
  const vh = evaluate(head.block.body[attr], head.scope);
  if (!vb.known || !vh.known || !Array.isArray(vb.value) || !Array.isArray(vh.value)) {
    const why = !vb.known ? vb.why : !vh.known ? vh.why : `${attr} is not a list`;
    return change(head, ["update"], [
      { kind: "permissions-removed", role: display(role, base), summary: `${attr} of ${display(role, base)} change in a way a static reading cannot evaluate`, unknowns: [why], delta: { policy: attr, permissions: [], services: [], unknown: why } }
    ]);
  }
  const after = new Set(vh.value.map(String));
  const before = new Set(vb.value.map(String));
  const dropped = [...before].filter((n) => !after.has(n)).sort();
  const gained = policies ? [] : [...after].filter((n) => !before.has(n)).sort();
  const effects = dropped.map((name) => {
    if (!policies) return wholePolicy("permissions-removed", role, base, name, managedDelta(name, base).delta);
    const inlineDoc = findInlinePolicy(world.base, role.name, name);
    const delta = inlineDoc?.known && typeof inlineDoc.value === "string" ? permissionsOf(inlineDoc.value, `inline:${name}`) : { policy: `inline:${name}`, permissions: [], services: [], unknown: inlineDoc && !inlineDoc.known ? inlineDoc.why : "inline policy content is not in this code" };
    return wholePolicy("permissions-removed", role, base, `inline:${name}`, delta);
  });
  const headRole = roleOf(head.block.body.role_name, head);
  for (const arn of gained) effects.push(wholePolicy("permissions-added", headRole, head, arn, managedDelta(arn, head).delta));
  return effects.length > 0 ? change(head, ["update"], effects) : null;
}
function findInlinePolicy(world, role, name) {
  if (!role) return void 0;
  for (const inst of world.instances.values()) {
    if (inst.type !== "aws_iam_role_policy") continue;
    const n = evaluate(inst.block.body.name, inst.scope);
    if (!n.known || n.value !== name || roleOf(inst.block.body.role, inst).name !== role) continue;
    return policyValue(inst.block.body.policy, inst);
  }
  return void 0;
}
function diffInstanceProfile(base, head) {
  const inst = head ?? base;
  if (base && head && same(base, head, "role") && same(base, head, "name")) return null;
  if (!base) return null;
  const role = roleOf(base.block.body.role, base);
  const name = nameOf(base.block.body, base.scope);
  const profile = name.known ? String(name.value) : base.address;
  const unknowns = unknownsOf(role.why, name.known ? void 0 : name.why, base.unknown);
  return change(inst, head ? ["delete", "create"] : ["delete"], [
    {
      kind: "instance-profile-changed",
      role: display(role, base),
      instanceProfile: profile,
      summary: head ? `instance profile ${profile} changes role or is replaced` : `instance profile ${profile} is deleted`,
      ...unknowns ? { unknowns } : {}
    }
  ]);
}
function diffCompute(base, head) {
  const inst = head ?? base;
  const links = computeLinks[inst.type] ?? [];
  const effects = [];
  for (const link of links) {
    const rawB = base?.block.body[link.attribute];
    const rawH = head?.block.body[link.attribute];
    if (base && head && same(base, head, link.attribute)) continue;
    const rb = base && rawB !== void 0 ? roleOf(rawB, base) : void 0;
    const rh = head && rawH !== void 0 ? roleOf(rawH, head) : void 0;
    if (rb && rh && rb.name !== void 0 && rb.name === rh.name) continue;
    const dependent = (i) => ({ kind: link.kind, id: i.address, via: link.via });
    if (rb && base) {
      const unknowns = unknownsOf(rb.why, base.unknown);
      effects.push({ kind: "dependent-removed", role: display(rb, base), summary: `${base.address} stops using ${display(rb, base)}`, dependent: dependent(base), ...unknowns ? { unknowns } : {} });
    }
    if (rh && head) {
      const unknowns = unknownsOf(rh.why, head.unknown);
      effects.push({ kind: "dependent-added", role: display(rh, head), summary: `${head.address} starts using ${display(rh, head)}`, dependent: dependent(head), ...unknowns ? { unknowns } : {} });
    }
  }
  if (effects.length === 0) return null;
  return change(inst, base && head ? ["update"] : base ? ["delete"] : ["create"], effects);
}
function attachedRoles(world, policy) {
  const roles = /* @__PURE__ */ new Set();
  const refersToPolicy = (raw, inst) => {
    const v = evaluate(raw, inst.scope);
    return !v.known && v.ref?.block === policy.block;
  };
  for (const inst of world.instances.values()) {
    const body = inst.block.body;
    if (inst.type === "aws_iam_role_policy_attachment" && refersToPolicy(body.policy_arn, inst)) {
      const r = roleOf(body.role, inst);
      if (r.name) roles.add(r.name);
    } else if (inst.type === "aws_iam_policy_attachment" && refersToPolicy(body.policy_arn, inst)) {
      const list = roleList(body.roles, inst);
      if ("names" in list) for (const n of list.names) roles.add(n);
    }
  }
  return [...roles].sort();
}
function diffManagedPolicy(base, head, world, managed) {
  if (!base) return null;
  if (head && same(base, head, "policy")) return null;
  const name = nameOf(base.block.body, base.scope);
  const label = name.known ? String(name.value) : base.address;
  const before = policyValue(base.block.body.policy, base);
  const after = head ? policyValue(head.block.body.policy, head) : { known: true, value: null };
  const entry = { policy: label, address: base.address };
  const effects = [];
  if (!head) {
    entry.deleted = true;
    if (before.known) entry.removed = permissionsOf(before.value, label);
  } else if (before.known && after.known) {
    const d = diffPermissions(before.value, after.value, label);
    if (d.removed) entry.removed = d.removed;
    if (d.added) entry.added = d.added;
  } else {
    const why = !before.known ? before.why : after.why;
    entry.removed = { policy: label, permissions: [], services: [], unknown: why };
  }
  managed.push(entry);
  for (const role of attachedRoles(head ? world.head : world.base, head ?? base)) {
    if (entry.removed) effects.push({ kind: "permissions-removed", role, summary: `${role} loses permissions of ${label}`, delta: entry.removed, ...entry.removed.unknown ? { unknowns: [entry.removed.unknown] } : {} });
    if (entry.added) effects.push({ kind: "permissions-added", role, summary: `${role} gains permissions of ${label}`, delta: entry.added });
  }
  if (effects.length === 0) return null;
  return change(head ?? base, head ? ["update"] : ["delete"], effects);
}
function diffWorlds(base, head, moved, unread = { base: /* @__PURE__ */ new Set(), head: /* @__PURE__ */ new Set() }) {
  const managedPolicies = [];
  const skipped = [];
  const baseByHeadAddress = /* @__PURE__ */ new Map();
  for (const inst of base.instances.values()) baseByHeadAddress.set(moved.get(inst.address) ?? inst.address, inst);
  const addresses = [.../* @__PURE__ */ new Set([...baseByHeadAddress.keys(), ...head.instances.keys()])].sort();
  const changes = [];
  for (const address of addresses) {
    const b = baseByHeadAddress.get(address);
    const h = head.instances.get(address);
    const type = (h ?? b)?.type;
    if (b && h && b.type !== h.type) continue;
    if (b && !h && unread.head.has(b.block.file)) {
      skipped.push(`${address} (${b.block.file} did not parse in head)`);
      continue;
    }
    if (h && !b && unread.base.has(h.block.file)) {
      skipped.push(`${address} (${h.block.file} did not parse in base)`);
      continue;
    }
    let c = null;
    switch (type) {
      case ROLE:
        c = diffRole(b, h);
        break;
      case "aws_iam_role_policy":
        c = diffRolePolicy(b, h);
        break;
      case "aws_iam_role_policy_attachment":
        c = diffAttachment(b, h);
        break;
      case "aws_iam_policy_attachment":
        c = diffPolicyAttachment(b, h);
        break;
      case "aws_iam_role_policies_exclusive":
      case "aws_iam_role_policy_attachments_exclusive":
        c = diffExclusive(b, h, { base, head });
        break;
      case MANAGED_POLICY:
        c = diffManagedPolicy(b, h, { base, head }, managedPolicies);
        break;
      case "aws_iam_instance_profile":
        c = diffInstanceProfile(b, h);
        break;
      default:
        if (type && computeLinks[type]) c = diffCompute(b, h);
    }
    if (!c) continue;
    if (b && h && b.address !== h.address) c.notes = [...c.notes ?? [], `moved from ${b.address}`];
    if (!h && b) c.location = { file: b.block.file, line: b.block.line, side: "base" };
    changes.push(c);
  }
  return { changes, managedPolicies, skipped };
}

// src/changes/hcl/index.ts
var STATIC_BANNER = "Static reading of Terraform source (no plan): values Terraform computes at plan time (variables set outside the code, data sources, functions, module outputs) are reported as unknown; a plan is more exact.";
var within = (address, prefix) => address === prefix || address.startsWith(`${prefix}.`) || address.startsWith(`${prefix}[`);
function eachModule(head, visit) {
  const seen = /* @__PURE__ */ new Set();
  const walk = (module, prefix) => {
    if (seen.has(module)) return;
    seen.add(module);
    visit(module, prefix);
    for (const call2 of module.calls.values()) if (call2.target) walk(call2.target, `${prefix}module.${call2.name}.`);
  };
  walk(head.root, "");
}
function movedAddresses(head, base) {
  const rules = [];
  eachModule(head, (module, prefix) => {
    for (const m of module.moved) rules.push({ from: prefix + m.from, to: prefix + m.to });
  });
  const out = /* @__PURE__ */ new Map();
  for (const address of base.instances.keys()) {
    const rule = rules.find((r) => within(address, r.from));
    if (rule) out.set(address, rule.to + address.slice(rule.from.length));
  }
  return out;
}
function forgottenAddresses(head) {
  const out = [];
  eachModule(head, (module, prefix) => {
    for (const r of module.removed) if (r.destroy !== true) out.push({ from: prefix + r.from, destroy: r.destroy });
  });
  return out;
}
async function readHclDirs(spec, fs = nodeSourceFiles) {
  if (await fs.listTf(spec.headDir) === null) throw new InputError(spec.headDir, "the head directory (--hcl-head) is not a readable directory");
  const baseMissing = await fs.listTf(spec.baseDir) === null;
  const [base, head] = [await loadCheckout(spec.baseDir, fs, staticBlocks), await loadCheckout(spec.headDir, fs, staticBlocks)];
  const warnings = [STATIC_BANNER];
  if (baseMissing) warnings.push(`Static reading: the base directory ${spec.baseDir} does not exist; everything in head counts as created`);
  for (const [side, checkout] of [
    ["base", base],
    ["head", head]
  ]) {
    for (const p of checkout.problems) warnings.push(`${side}: ${p.file}:${p.line}: ${p.message}; this file was not read`);
  }
  const baseWorld = buildWorld(base);
  const headWorld = buildWorld(head);
  const headCalls = new Set(headWorld.unreadModules.map((m) => m.name));
  for (const m of [...headWorld.unreadModules, ...baseWorld.unreadModules.filter((m2) => !headCalls.has(m2.name))]) {
    warnings.push(`Static reading: module "${m.name}" (${m.source}, ${m.file}:${m.line}) is not a local path; its IAM resources are not read`);
  }
  const unread = { base: new Set(base.problems.map((p) => p.file)), head: new Set(head.problems.map((p) => p.file)) };
  const diff = diffWorlds(baseWorld, headWorld, movedAddresses(head, baseWorld), unread);
  const { managedPolicies, skipped } = diff;
  if (skipped.length > 0) warnings.push(`Static reading: not compared because a file did not parse: ${skipped.join(", ")}`);
  const forgotten = forgottenAddresses(head);
  const changes = diff.changes.flatMap((c) => {
    const rule = c.actions.length === 1 && c.actions[0] === "delete" ? forgotten.find((r) => within(c.address, r.from)) : void 0;
    if (!rule) return [c];
    if (rule.destroy === false) {
      warnings.push(`Static reading: ${c.address} leaves the code through a removed block with destroy = false; it stays in AWS, not reported as deleted`);
      return [];
    }
    for (const e of c.effects) e.unknowns = [...e.unknowns ?? [], "a removed block decides whether it is destroyed (lifecycle destroy is not literal)"];
    return [c];
  });
  for (const c of changes) {
    c.input = spec.label;
    if (c.location?.side === "base") {
      const gone = !head.files.has(c.location.file);
      c.notes = [...c.notes ?? [], gone ? `removed in this PR with the whole file ${c.location.file}` : "removed in this PR"];
    }
  }
  const unreadFiles = [...base.problems, ...head.problems].map((p) => p.file);
  const reading = {
    input: spec.label,
    source: "hcl",
    file: spec.headDir,
    changes,
    sensitiveMasked: 0,
    warnings,
    meta: {
      mode: "static",
      reading: "Static reading of Terraform source: less exact than a plan",
      baseDir: spec.baseDir,
      headDir: spec.headDir,
      filesRead: String(base.files.size + head.files.size),
      ...unreadFiles.length > 0 ? { filesNotRead: [...new Set(unreadFiles)].join(", ") } : {}
    }
  };
  if (managedPolicies.length > 0) reading.managedPolicies = managedPolicies;
  return reading;
}
var readHcl = (spec) => readHclDirs(spec);
export {
  STATIC_BANNER,
  locateChanges,
  readHcl,
  readHclDirs
};
