import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  INSTANCE_PROFILE,
  MANAGED_POLICY,
  POLICY_ATTACHMENT,
  POLICY_DOCUMENT,
  ROLE,
  ROLE_POLICIES_EXCLUSIVE,
  ROLE_POLICY,
  ROLE_POLICY_ATTACHMENT,
  ROLE_POLICY_ATTACHMENTS_EXCLUSIVE,
  computeLinks,
  isRelevant
} from "./chunk-2QEMGCER.js";
import {
  awsManagedPolicy,
  diffPermissions,
  diffTrust,
  permissionsOf,
  prettyPolicy
} from "./chunk-WLWYWZGX.js";
import {
  blockAddress,
  configModulePath,
  formatAddress,
  formatModulePath,
  parseAddress,
  parseReference
} from "./chunk-XF5OZGTB.js";
import {
  InputError,
  formatPath
} from "./chunk-B6SCB2SQ.js";
import {
  external_exports
} from "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";

// src/changes/terraform/schema.ts
var changeSchema = external_exports.looseObject({
  actions: external_exports.array(external_exports.string()).min(1),
  before: external_exports.unknown().optional(),
  after: external_exports.unknown().optional(),
  after_unknown: external_exports.unknown().optional(),
  before_sensitive: external_exports.unknown().optional(),
  after_sensitive: external_exports.unknown().optional(),
  importing: external_exports.unknown().optional()
});
var resourceChangeSchema = external_exports.looseObject({
  address: external_exports.string().min(1),
  previous_address: external_exports.string().optional(),
  module_address: external_exports.string().optional(),
  mode: external_exports.enum(["managed", "data"]),
  type: external_exports.string().min(1),
  name: external_exports.string(),
  index: external_exports.union([external_exports.string(), external_exports.number()]).optional(),
  deposed: external_exports.string().optional(),
  action_reason: external_exports.string().optional(),
  change: changeSchema
});
var planTopSchema = external_exports.looseObject({
  format_version: external_exports.string(),
  terraform_version: external_exports.string().optional(),
  errored: external_exports.boolean().optional(),
  complete: external_exports.boolean().optional(),
  applyable: external_exports.boolean().optional(),
  resource_changes: external_exports.array(external_exports.unknown()).optional(),
  resource_drift: external_exports.array(external_exports.unknown()).optional(),
  configuration: external_exports.looseObject({}).optional(),
  prior_state: external_exports.looseObject({}).optional()
});
function validationError(file, error, prefix) {
  const issue = error.issues[0];
  const path = [...prefix, ...issue?.path ?? []];
  const message = (issue?.message ?? "invalid").replace(/^Invalid input:\s*/, "");
  return new InputError(file, `${message} (not the shape of \`terraform show -json\` output)`, formatPath(path));
}
function looksValid(raw) {
  if (typeof raw !== "object" || raw === null) return false;
  const r = raw;
  if (typeof r.address !== "string" || r.address === "" || typeof r.type !== "string" || r.type === "" || typeof r.name !== "string") return false;
  if (r.mode !== "managed" && r.mode !== "data") return false;
  for (const k of ["previous_address", "module_address", "deposed", "action_reason"]) {
    if (r[k] !== void 0 && typeof r[k] !== "string") return false;
  }
  if (r.index !== void 0 && typeof r.index !== "string" && typeof r.index !== "number") return false;
  const c = r.change;
  if (typeof c !== "object" || c === null || Array.isArray(c)) return false;
  const actions = c.actions;
  return Array.isArray(actions) && actions.length > 0 && actions.every((a) => typeof a === "string");
}
function checkResourceChange(file, raw, index) {
  if (looksValid(raw)) return raw;
  const parsed = resourceChangeSchema.safeParse(raw);
  if (!parsed.success) throw validationError(file, parsed.error, ["resource_changes", index]);
  return raw;
}

// src/changes/terraform/digest.ts
var DigestBuilder = class {
  constructor(file) {
    this.file = file;
  }
  file;
  digest = {
    changes: [],
    resourceChangeCount: 0,
    driftCount: 0,
    config: /* @__PURE__ */ new Map(),
    moduleOutputs: /* @__PURE__ */ new Map(),
    moduleInputs: /* @__PURE__ */ new Map(),
    prior: /* @__PURE__ */ new Map()
  };
  top(fields) {
    const d = this.digest;
    if (typeof fields.format_version === "string") d.formatVersion = fields.format_version;
    if (typeof fields.terraform_version === "string") d.terraformVersion = fields.terraform_version;
    if (typeof fields.errored === "boolean") d.errored = fields.errored;
    if (typeof fields.complete === "boolean") d.complete = fields.complete;
    if (typeof fields.applyable === "boolean") d.applyable = fields.applyable;
  }
  resourceChange(raw, index) {
    this.digest.resourceChangeCount++;
    const rc = checkResourceChange(this.file, raw, index);
    if (isRelevant(rc.mode, rc.type)) this.digest.changes.push(rc);
  }
  drift() {
    this.digest.driftCount++;
  }
  configResource(modulePath, raw) {
    if (!isObject(raw)) return;
    const r = raw;
    if (typeof r.address !== "string" || !isRelevant(r.mode ?? "managed", r.type)) return;
    if (isObject(r.expressions)) this.digest.config.set(`${modulePath}|${r.address}`, r.expressions);
  }
  moduleOutput(modulePath, name, raw) {
    if (isObject(raw) && "expression" in raw) this.digest.moduleOutputs.set(`${modulePath}|${name}`, raw.expression);
  }
  moduleInput(modulePath, name, raw) {
    if (isObject(raw)) this.digest.moduleInputs.set(`${modulePath}|${name}`, raw);
  }
  priorResource(raw) {
    if (!isObject(raw)) return;
    const r = raw;
    if (typeof r.address !== "string" || !isRelevant(r.mode, r.type)) return;
    this.digest.prior.set(r.address, r);
  }
};
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function digestParsedPlan(builder, plan) {
  builder.top(plan);
  const rcs = plan.resource_changes;
  if (Array.isArray(rcs)) rcs.forEach((rc, i) => builder.resourceChange(rc, i));
  const drift = plan.resource_drift;
  if (Array.isArray(drift)) for (let i = 0; i < drift.length; i++) builder.drift();
  const configuration = plan.configuration;
  if (isObject(configuration) && isObject(configuration.root_module)) walkConfigModule(builder, "", configuration.root_module);
  const prior = plan.prior_state;
  if (isObject(prior) && isObject(prior.values) && isObject(prior.values.root_module)) {
    walkPriorModule(builder, prior.values.root_module);
  }
  return builder.digest;
}
function walkConfigModule(builder, path, module) {
  if (Array.isArray(module.resources)) for (const r of module.resources) builder.configResource(path, r);
  if (!isObject(module.module_calls)) return;
  for (const [name, call] of Object.entries(module.module_calls)) {
    if (!isObject(call) || !isObject(call.module)) continue;
    const childPath = path ? `${path}.${name}` : name;
    if (isObject(call.expressions)) for (const [v, e] of Object.entries(call.expressions)) builder.moduleInput(childPath, v, e);
    const outputs = call.module.outputs;
    if (isObject(outputs)) for (const [o, v] of Object.entries(outputs)) builder.moduleOutput(childPath, o, v);
    walkConfigModule(builder, childPath, call.module);
  }
}
function walkPriorModule(builder, module) {
  if (Array.isArray(module.resources)) for (const r of module.resources) builder.priorResource(r);
  if (Array.isArray(module.child_modules)) {
    for (const child of module.child_modules) if (isObject(child)) walkPriorModule(builder, child);
  }
}

// src/changes/terraform/values.ts
var Masker = class {
  seen = /* @__PURE__ */ new Set();
  mask(key) {
    this.seen.add(key);
  }
  get count() {
    return this.seen.size;
  }
};
function markedAt(marker, path) {
  let cur = marker;
  if (cur === true) return true;
  for (const part of path) {
    if (cur === null || typeof cur !== "object") return false;
    cur = cur[part];
    if (cur === true) return true;
  }
  return false;
}
function markedWithin(marker, path) {
  let cur = marker;
  for (const part of path) {
    if (cur === true) return true;
    if (cur === null || typeof cur !== "object") return false;
    cur = cur[part];
  }
  return containsTrue(cur);
}
function containsTrue(v) {
  if (v === true) return true;
  if (v === null || typeof v !== "object") return false;
  for (const x of Object.values(v)) if (containsTrue(x)) return true;
  return false;
}
function dig(value, path) {
  let cur = value;
  for (const part of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[part];
  }
  return cur;
}
var Side = class {
  constructor(values, sensitive, unknown, masker, maskKey) {
    this.values = values;
    this.sensitive = sensitive;
    this.unknown = unknown;
    this.masker = masker;
    this.maskKey = maskKey;
  }
  values;
  sensitive;
  unknown;
  masker;
  maskKey;
  /** True when the side exists (the resource exists before / after the change). */
  get exists() {
    return this.values !== null && this.values !== void 0;
  }
  get(...path) {
    if (markedWithin(this.sensitive, path)) {
      this.masker.mask(`${this.maskKey}|${path.join(".")}`);
      return { state: "sensitive" };
    }
    const v = dig(this.values, path);
    if (markedAt(this.unknown, path)) return { state: "unknown" };
    if (v === void 0 || v === null) {
      return markedWithin(this.unknown, path) ? { state: "unknown" } : { state: "absent" };
    }
    return { state: "known", value: v };
  }
  /** The known string, or undefined for absent/unknown/sensitive/non-string. */
  text(...path) {
    const r = this.get(...path);
    return r.state === "known" && typeof r.value === "string" ? r.value : void 0;
  }
};
var SENSITIVE = "(sensitive value)";
var KNOWN_AFTER_APPLY = "known after apply";

// src/changes/terraform/context.ts
var ROLE_ARN = /^arn:aws[a-z-]*:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/;
var QUOTED_REFERENCE = /^(data\.)?aws_iam_role\.[A-Za-z0-9_-]+\.(arn|name|id)$/;
var PlanContext = class {
  constructor(digest) {
    this.digest = digest;
    for (const rc of digest.changes) {
      const a = this.address(rc);
      const canonical = a ? formatAddress(a) : rc.address;
      this.canonical.set(rc, canonical);
      if (rc.deposed) continue;
      this.byAddress.set(canonical, rc);
      if (!a) continue;
      const key = this.blockKey(a.modules, a);
      const list2 = this.byBlock.get(key);
      if (list2) list2.push(rc);
      else this.byBlock.set(key, [rc]);
    }
    for (const [address, r] of digest.prior) {
      let key = address;
      try {
        key = formatAddress(parseAddress(address));
      } catch {
      }
      this.prior.set(key, r);
    }
  }
  digest;
  masker = new Masker();
  warnings = [];
  addresses = /* @__PURE__ */ new Map();
  byAddress = /* @__PURE__ */ new Map();
  byBlock = /* @__PURE__ */ new Map();
  sides = /* @__PURE__ */ new Map();
  warned = /* @__PURE__ */ new Set();
  moduleCache = /* @__PURE__ */ new Map();
  canonical = /* @__PURE__ */ new Map();
  prior = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  /** Policy documents repeat across for_each instances: compute each (document, label) once. */
  memoize(key, compute) {
    if (this.memo.has(key)) return this.memo.get(key);
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
  warnOnce(text) {
    if (this.warned.has(text)) return;
    this.warned.add(text);
    this.warnings.push(text);
  }
  address(rc) {
    let a = this.addresses.get(rc);
    if (a === void 0) {
      a = this.parseChangeAddress(rc);
      if (!a) this.warnOnce(`address ${rc.address} could not be parsed; its references are not resolved`);
      this.addresses.set(rc, a);
    }
    return a;
  }
  /** Built from the change's own fields; only the module path is parsed (once per module instance). */
  parseChangeAddress(rc) {
    let modules;
    if (rc.module_address !== void 0) {
      const cached = this.moduleCache.get(rc.module_address);
      if (cached !== void 0) modules = cached;
      else {
        try {
          modules = parseAddress(`${rc.module_address}.m.m`).modules;
        } catch {
          modules = null;
        }
        this.moduleCache.set(rc.module_address, modules);
      }
    } else if (rc.address.startsWith("module.")) {
      try {
        return parseAddress(rc.address);
      } catch {
        return null;
      }
    } else modules = [];
    if (!modules) return null;
    const a = { modules, mode: rc.mode, type: rc.type, name: rc.name };
    if (rc.index !== void 0) a.key = rc.index;
    return a;
  }
  blockKey(modules, a) {
    return `${formatModulePath(modules)}|${blockAddress(a)}`;
  }
  side(rc, which) {
    let s = this.sides.get(rc);
    if (!s) {
      const c = rc.change;
      s = {
        before: new Side(c.before, c.before_sensitive, void 0, this.masker, `${rc.address}${rc.deposed ?? ""}|before`),
        after: new Side(c.after, c.after_sensitive, c.after_unknown, this.masker, `${rc.address}${rc.deposed ?? ""}|after`)
      };
      this.sides.set(rc, s);
    }
    return s[which];
  }
  /** prior_state values of an instance, as a Side (sensitivity honoured). */
  priorSide(address) {
    const r = this.prior.get(address);
    if (!r) return void 0;
    return new Side(r.values, r.sensitive_values, void 0, this.masker, `${address}|prior`);
  }
  expressions(rc) {
    const a = this.address(rc);
    if (!a) return void 0;
    return this.digest.config.get(`${configModulePath(a.modules)}|${blockAddress(a)}`);
  }
  /** Name and ARN of the role a role change describes, on one side. */
  roleOf(rc, which) {
    const side = this.side(rc, which);
    const other = this.side(rc, which === "after" ? "before" : "after");
    const replace = isReplace(rc.change.actions);
    const unknowns = [];
    const nameRead = side.get("name");
    const arnRead = side.get("arn");
    let name = knownText(nameRead);
    let arn = knownText(arnRead);
    if (name === void 0 && nameRead.state !== "sensitive" && which === "after" && !replace) {
      name = knownText(other.get("name"));
    }
    if (arn === void 0 && arnRead.state !== "sensitive" && !replace) arn = knownText(other.get("arn"));
    const priorAllowed = !isCreate(rc.change.actions) && (which === "before" || !replace);
    if (priorAllowed && (name === void 0 || arn === void 0)) {
      const prior = this.priorSide(this.canonical.get(rc) ?? rc.address);
      if (prior) {
        if (name === void 0 && nameRead.state !== "sensitive") name = knownText(prior.get("name"));
        if (arn === void 0 && arnRead.state !== "sensitive") arn = knownText(prior.get("arn"));
      }
    }
    if (name === void 0) {
      if (nameRead.state === "sensitive") {
        name = SENSITIVE;
        unknowns.push("role name marked sensitive in the plan");
      } else {
        name = rc.address;
        unknowns.push(`role name ${KNOWN_AFTER_APPLY} (${rc.address})`);
      }
    }
    const id = { name, unknowns };
    if (arn !== void 0) id.arn = arn;
    return id;
  }
  known(side, attr) {
    const r = side.get(attr);
    return r.state === "known" && typeof r.value === "string" && r.value !== "" ? r.value : void 0;
  }
  /**
   * The role an attribute names (`role`, `role_arn`, …) on one side. Unknown values are resolved
   * through configuration references and prior_state; null when the attribute is not set.
   */
  roleFromAttribute(rc, which, attr) {
    const path = Array.isArray(attr) ? attr : [attr];
    const r = this.side(rc, which).get(...path);
    if (r.state === "absent") return null;
    if (r.state === "sensitive") return { name: SENSITIVE, unknowns: ["role marked sensitive in the plan"] };
    if (r.state === "known") return typeof r.value === "string" && r.value !== "" ? this.roleFromValue(r.value, rc.address) : null;
    const resolved = typeof path[0] === "string" && path.length === 1 ? this.resolveRoleExpression(rc, path[0]) : null;
    if (resolved) return resolved;
    return { name: `${rc.address}.${path.join(".")}`, unknowns: [`role ${KNOWN_AFTER_APPLY} (${rc.address}.${path.join(".")})`] };
  }
  roleFromValue(value, where) {
    const m = ROLE_ARN.exec(value);
    if (m) return { name: m[1], arn: value, unknowns: [] };
    if (QUOTED_REFERENCE.test(value)) {
      this.warnOnce(`${where}: the role is the literal string "${value}", which looks like a quoted reference; read as a role name`);
    }
    return { name: value, unknowns: [] };
  }
  resolveRoleExpression(rc, attr) {
    const a = this.address(rc);
    const expr = this.expressions(rc)?.[attr];
    if (!a || !isObject(expr)) return null;
    return this.roleFromExpression(a.modules, expr, a.key, 0);
  }
  roleFromExpression(scope, expr, ownKey, depth) {
    if (typeof expr.constant_value === "string") return this.roleFromValue(expr.constant_value, formatModulePath(scope) || "root module");
    const refs = Array.isArray(expr.references) ? expr.references.filter((x) => typeof x === "string") : [];
    for (const text of refs) {
      const ref = parseReference(text);
      if (ref.kind === "resource" && ref.type === ROLE) {
        const rc = this.pickInstance(scope, ref, ownKey);
        if (rc === "ambiguous") return null;
        if (rc) return this.roleOf(rc, "after");
        const prior = this.priorSide(this.instanceAddress(scope, ref, ref.key));
        const name = prior && this.known(prior, "name");
        if (prior && name) {
          const arn = this.known(prior, "arn");
          return arn ? { name, arn, unknowns: [] } : { name, unknowns: [] };
        }
      } else if (ref.kind === "variable" && scope.length > 0 && depth < 16) {
        const input = this.digest.moduleInputs.get(`${configModulePath(scope)}|${ref.name}`);
        const self = scope[scope.length - 1];
        if (isObject(input)) {
          const id = this.roleFromExpression(scope.slice(0, -1), input, self.key, depth + 1);
          if (id) return id;
        }
      } else if (ref.kind === "module-output" && depth < 16) {
        const childScope = [...scope, ref.key === void 0 ? { name: ref.module } : { name: ref.module, key: ref.key }];
        const out = this.digest.moduleOutputs.get(`${configModulePath(childScope)}|${ref.output}`);
        if (isObject(out)) {
          const id = this.roleFromExpression(childScope, out, void 0, depth + 1);
          if (id) return id;
        }
      }
    }
    return null;
  }
  instanceAddress(scope, ref, key) {
    const a = { modules: [...scope], mode: ref.mode, type: ref.type, name: ref.name };
    if (key !== void 0) a.key = key;
    return formatAddress(a);
  }
  /** The instance a reference means: by its key, the only one, or the one with the referrer's own key. */
  pickInstance(scope, ref, ownKey) {
    const candidates = this.byBlock.get(this.blockKey(scope, ref));
    if (!candidates || candidates.length === 0) return void 0;
    if (ref.key !== void 0) return this.byAddress.get(this.instanceAddress(scope, ref, ref.key));
    if (candidates.length === 1) return candidates[0];
    if (ownKey !== void 0) {
      const same = this.byAddress.get(this.instanceAddress(scope, ref, ownKey));
      if (same) return same;
    }
    return "ambiguous";
  }
  /** A policy document attribute, resolving unknown values through policy-document data sources. */
  policy(rc, which, path) {
    const r = this.side(rc, which).get(...path);
    if (r.state === "sensitive") return r;
    if (r.state === "absent") return r;
    if (r.state === "known") {
      if (typeof r.value === "string" && r.value.trim() === "") return { state: "absent" };
      return typeof r.value === "string" || isObject(r.value) ? { state: "known", doc: r.value } : { state: "absent" };
    }
    const a = this.address(rc);
    let expr = this.expressions(rc);
    for (const p of path) expr = isObject(expr) || Array.isArray(expr) ? expr[p] : void 0;
    if (a && isObject(expr)) {
      const doc = this.documentFromExpression(a.modules, expr, a.key);
      if (doc) return doc;
    }
    return { state: "unknown", why: `policy ${KNOWN_AFTER_APPLY}` };
  }
  documentFromExpression(scope, expr, ownKey) {
    const refs = Array.isArray(expr.references) ? expr.references.filter((x) => typeof x === "string") : [];
    for (const text of refs) {
      const ref = parseReference(text);
      if (ref.kind !== "resource") continue;
      const isDoc = ref.mode === "data" && ref.type === POLICY_DOCUMENT;
      const isPolicy = ref.mode === "managed" && ref.type === MANAGED_POLICY;
      if (!isDoc && !isPolicy) continue;
      const attr = isDoc ? "json" : "policy";
      const rc = this.pickInstance(scope, ref, ownKey);
      if (rc === "ambiguous") return null;
      if (rc) {
        const side = this.side(rc, rc.change.after === null ? "before" : "after");
        const v = side.get(attr);
        if (v.state === "known" && typeof v.value === "string") return { state: "known", doc: v.value };
        if (v.state === "sensitive") return { state: "unknown", why: "policy marked sensitive in the plan" };
        return { state: "unknown", why: `policy ${KNOWN_AFTER_APPLY} (${rc.address}.${attr})` };
      }
      const prior = this.priorSide(this.instanceAddress(scope, ref, ref.key ?? ownKey));
      const doc = prior?.text(attr);
      if (doc) return { state: "known", doc };
    }
    return null;
  }
  /** All changes of a resource block in a module instance (for `aws_iam_policy.p` → its instances). */
  resolveResource(rc, attr, type) {
    const a = this.address(rc);
    const expr = this.expressions(rc)?.[attr];
    if (!a || !isObject(expr) || !Array.isArray(expr.references)) return void 0;
    for (const text of expr.references) {
      if (typeof text !== "string") continue;
      const ref = parseReference(text);
      if (ref.kind === "resource" && ref.mode === "managed" && ref.type === type) {
        const found = this.pickInstance(a.modules, ref, a.key);
        return found === "ambiguous" ? void 0 : found;
      }
    }
    return void 0;
  }
  /** Roles named by an unknown list attribute (`roles = [aws_iam_role.a.name, …]`), through configuration. */
  rolesFromListExpression(rc, attr) {
    const a = this.address(rc);
    const expr = this.expressions(rc)?.[attr];
    if (!a || !isObject(expr) || !Array.isArray(expr.references)) return null;
    const out = /* @__PURE__ */ new Map();
    for (const text of expr.references) {
      if (typeof text !== "string") continue;
      const ref = parseReference(text);
      if (ref.kind !== "resource" || ref.type !== ROLE) continue;
      const id = this.roleFromExpression(a.modules, { references: [text] }, a.key, 0);
      if (id) out.set(id.name, id);
    }
    return out.size ? [...out.values()] : null;
  }
  policiesByArn;
  /** A managed policy of the plan by ARN (either side). */
  managedPolicyByArn(arn) {
    if (!this.policiesByArn) {
      this.policiesByArn = /* @__PURE__ */ new Map();
      for (const rc of this.digest.changes) {
        if (rc.mode !== "managed" || rc.type !== MANAGED_POLICY) continue;
        for (const which of ["before", "after"]) {
          const a = this.side(rc, which).text("arn");
          if (a) this.policiesByArn.set(a, rc);
        }
      }
    }
    return this.policiesByArn.get(arn);
  }
};
function knownText(r) {
  return r.state === "known" && typeof r.value === "string" && r.value !== "" ? r.value : void 0;
}
function isCreate(actions) {
  return actions.includes("create") && !actions.includes("delete");
}
function isDelete(actions) {
  return actions.includes("delete") && !actions.includes("create");
}
function isReplace(actions) {
  return actions.includes("delete") && actions.includes("create");
}
function isUpdate(actions) {
  return actions.includes("update") && !actions.includes("delete") && !actions.includes("create");
}

// src/changes/terraform/effects.ts
function base(role, summary, extraUnknowns = []) {
  const out = { role: role.name, summary };
  if (role.arn) out.roleArn = role.arn;
  const unknowns = [.../* @__PURE__ */ new Set([...role.unknowns, ...extraUnknowns])];
  if (unknowns.length) out.unknowns = unknowns;
  return out;
}
function deleted(role, note = "") {
  return { ...base(role, `role ${role.name} deleted${note}`), kind: "deleted" };
}
function created(role) {
  return { ...base(role, `role ${role.name} created`), kind: "created" };
}
function replaced(role, next, because) {
  const renamed = next.name !== role.name && next.unknowns.length === 0;
  const summary = `role ${role.name} replaced${renamed ? ` by ${next.name}` : ""}${because ? ` (${because})` : ""}: new unique ID, sessions and trust policies naming it break`;
  const e = { ...base(role, summary, next.unknowns), kind: "replaced" };
  if (next.unknowns.length === 0) e.newName = next.name;
  if (because) e.because = because;
  return e;
}
function principalText(p) {
  return `${p.not ? "not " : ""}${p.type} ${p.value}${p.conditions?.length ? ` if ${p.conditions.join(" and ")}` : ""}`;
}
function list(items, max = 3) {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function trustChanged(role, added, removed, before, after, unknowns = []) {
  const parts = [];
  if (removed.length) parts.push(`removes ${list(removed.map(principalText))}`);
  if (added.length) parts.push(`adds ${list(added.map(principalText))}`);
  if (unknowns.length) parts.push(unknowns.join("; "));
  if (!parts.length) parts.push("statements or conditions change, same principals");
  const e = {
    ...base(role, `trust policy of ${role.name} changes: ${parts.join("; ")}`, unknowns),
    kind: "trust-changed",
    principalsAdded: added,
    principalsRemoved: removed
  };
  if (before !== void 0) e.before = before;
  if (after !== void 0) e.after = after;
  return e;
}
function deltaText(delta) {
  if (delta.unknown) return `${delta.policy} (${delta.unknown})`;
  const n = delta.permissions.length;
  const services = delta.services.length ? ` on ${list(delta.services, 5)}` : "";
  return `${n} permission${n === 1 ? "" : "s"} of ${delta.policy}${services}`;
}
function permissionsRemoved(role, delta, how = "") {
  const unknowns = delta.unknown ? [delta.unknown] : [];
  return { ...base(role, `${role.name} loses ${deltaText(delta)}${how}`, unknowns), kind: "permissions-removed", delta };
}
function permissionsAdded(role, delta, how = "") {
  const unknowns = delta.unknown ? [delta.unknown] : [];
  return { ...base(role, `${role.name} gains ${deltaText(delta)}${how}`, unknowns), kind: "permissions-added", delta };
}
function boundaryChanged(role, before, after, unknowns = []) {
  const show = (v) => v ?? "none";
  return {
    ...base(role, `permissions boundary of ${role.name}: ${show(before)} → ${after === null && unknowns.length ? "known after apply" : show(after)}`, unknowns),
    kind: "boundary-changed",
    before,
    after
  };
}
function instanceProfileChanged(role, profile, what) {
  return {
    ...base(role, `instance profile ${profile} ${what}: EC2 instances using it lose role ${role.name}`),
    kind: "instance-profile-changed",
    instanceProfile: profile
  };
}
function instanceProfileGained(role, profile) {
  return {
    ...base(role, `instance profile ${profile} now carries role ${role.name}`),
    kind: "instance-profile-changed",
    instanceProfile: profile
  };
}
function dependentRemoved(role, kind, id, via, what) {
  return {
    ...base(role, `${kind} ${id} ${what}: stops using role ${role.name}`),
    kind: "dependent-removed",
    dependent: { kind, id, via }
  };
}
function dependentAdded(role, kind, id, via) {
  return {
    ...base(role, `${kind} ${id} will use role ${role.name}`),
    kind: "dependent-added",
    dependent: { kind, id, via }
  };
}

// src/changes/terraform/policies.ts
function unknownDelta(label, why) {
  return { policy: label, permissions: [], services: [], unknown: why };
}
function whyUnknown(r) {
  if (r.state === "sensitive") return "policy marked sensitive in the plan";
  if (r.state === "unknown") return r.why;
  return void 0;
}
var docKey = (doc) => typeof doc === "string" ? doc : JSON.stringify(doc);
function wholeDelta(ctx, read, label) {
  const why = whyUnknown(read);
  if (why) return unknownDelta(label, why);
  if (read.state !== "known") return permissionsOf(null, label);
  const doc = read.doc;
  return ctx.memoize(`whole\0${label}\0${docKey(doc)}`, () => permissionsOf(doc, label));
}
function diffDocs(ctx, before, after, label) {
  const wb = whyUnknown(before);
  const wa = whyUnknown(after);
  if (wb || wa) {
    const why = wb ?? wa ?? KNOWN_AFTER_APPLY;
    return {
      removed: before.state === "absent" ? null : unknownDelta(label, why),
      added: after.state === "absent" ? null : unknownDelta(label, why)
    };
  }
  const b = before.state === "known" ? before.doc : null;
  const a = after.state === "known" ? after.doc : null;
  return ctx.memoize(`diff\0${label}\0${b === null ? "" : docKey(b)}\0${a === null ? "" : docKey(a)}`, () => diffPermissions(b, a, label));
}
function managedPolicyDelta(ctx, rc, which, attr) {
  const path = Array.isArray(attr) ? attr : [attr];
  const r = ctx.side(rc, which).get(...path);
  if (r.state === "sensitive") return unknownDelta("(sensitive policy ARN)", "policy ARN marked sensitive in the plan");
  if (r.state === "known" && typeof r.value === "string") return managedPolicyByArn(ctx, r.value, which);
  if (r.state === "unknown" && path.length === 1) {
    const planned = ctx.resolveResource(rc, path[0], MANAGED_POLICY);
    if (planned) return plannedPolicyDelta(ctx, planned, which);
  }
  return unknownDelta(`${rc.address}.${path.join(".")}`, `policy ARN ${KNOWN_AFTER_APPLY}`);
}
function managedPolicyByArn(ctx, arn, which) {
  const planned = ctx.managedPolicyByArn(arn);
  if (planned) return plannedPolicyDelta(ctx, planned, which, arn);
  const aws = ctx.memoize(`aws\0${arn}`, () => awsManagedPolicy(arn));
  if (aws) return aws;
  return unknownDelta(arn, "customer managed policy whose document is not in the plan");
}
function plannedPolicyDelta(ctx, policyRc, which, arn) {
  const side = which === "before" && policyRc.change.before != null ? "before" : policyRc.change.after != null ? "after" : "before";
  const label = ctx.side(policyRc, side).text("name") ?? arn ?? policyRc.address;
  return wholeDelta(ctx, ctx.policy(policyRc, side, ["policy"]), label);
}

// src/changes/terraform/plan-links.ts
var attachedIndexes = /* @__PURE__ */ new WeakMap();
var inlineIndexes = /* @__PURE__ */ new WeakMap();
function rolesAttachedInPlan(ctx, policyRc) {
  let index = attachedIndexes.get(ctx);
  if (!index) attachedIndexes.set(ctx, index = buildAttachedIndex(ctx));
  const out = /* @__PURE__ */ new Map();
  const keys = [`rc:${policyRc.address}`];
  for (const which of ["before", "after"]) {
    const arn = ctx.side(policyRc, which).text("arn");
    if (arn) keys.push(`arn:${arn}`);
  }
  for (const k of keys) for (const [name, id] of index.get(k) ?? []) out.set(name, id);
  return [...out.values()].sort((x, y) => x.name.localeCompare(y.name));
}
function buildAttachedIndex(ctx) {
  const index = /* @__PURE__ */ new Map();
  const add = (key, role) => {
    if (!role) return;
    let m = index.get(key);
    if (!m) index.set(key, m = /* @__PURE__ */ new Map());
    m.set(role.name, role);
  };
  const policyKeys = (rc, which, attr) => {
    const r = ctx.side(rc, which).get(attr);
    if (r.state === "known" && typeof r.value === "string") return [`arn:${r.value}`];
    if (r.state === "known" && Array.isArray(r.value)) return r.value.filter((x) => typeof x === "string").map((x) => `arn:${x}`);
    const planned = ctx.resolveResource(rc, attr, MANAGED_POLICY);
    return planned ? [`rc:${planned.address}`] : [];
  };
  for (const rc of ctx.digest.changes) {
    if (rc.mode !== "managed") continue;
    const acts = rc.change.actions;
    if (acts.includes("create") || acts.includes("delete")) continue;
    const which = rc.change.after != null ? "after" : "before";
    if (rc.type === "aws_iam_role_policy_attachment") {
      for (const k of policyKeys(rc, which, "policy_arn")) add(k, ctx.roleFromAttribute(rc, which, "role"));
    } else if (rc.type === "aws_iam_policy_attachment") {
      const roles = ctx.side(rc, which).get("roles");
      const names = roles.state === "known" && Array.isArray(roles.value) ? roles.value.filter((x) => typeof x === "string") : [];
      for (const k of policyKeys(rc, which, "policy_arn")) for (const n of names) add(k, ctx.roleFromValue(n, rc.address));
    } else if (rc.type === "aws_iam_role_policy_attachments_exclusive") {
      for (const k of policyKeys(rc, which, "policy_arns")) add(k, ctx.roleFromAttribute(rc, which, "role_name"));
    } else if (rc.type === ROLE) {
      const arns = ctx.side(rc, which).get("managed_policy_arns");
      if (arns.state === "known" && Array.isArray(arns.value)) {
        for (const arn of arns.value) if (typeof arn === "string") add(`arn:${arn}`, ctx.roleOf(rc, which));
      }
    }
  }
  return index;
}
function inlinePolicyOfRole(ctx, roleName, policyName) {
  let index = inlineIndexes.get(ctx);
  if (!index) {
    inlineIndexes.set(ctx, index = /* @__PURE__ */ new Map());
    for (const rc of ctx.digest.changes) {
      if (rc.mode !== "managed" || rc.change.before == null) continue;
      if (rc.type === ROLE) {
        const role = ctx.roleOf(rc, "before").name;
        const raw = rc.change.before.inline_policy;
        if (!Array.isArray(raw)) continue;
        raw.forEach((_, i) => {
          const name = ctx.side(rc, "before").text("inline_policy", i, "name");
          if (name) index.set(`${role}|${name}`, ctx.policy(rc, "before", ["inline_policy", i, "policy"]));
        });
      } else if (rc.type === "aws_iam_role_policy") {
        const role = ctx.side(rc, "before").text("role");
        const name = ctx.side(rc, "before").text("name");
        if (role && name) index.set(`${role}|${name}`, ctx.policy(rc, "before", ["policy"]));
      }
    }
  }
  return index.get(`${roleName}|${policyName}`);
}

// src/changes/terraform/handlers.ts
var handlers = {
  [ROLE]: roleHandler,
  [ROLE_POLICY]: rolePolicyHandler,
  [ROLE_POLICY_ATTACHMENT]: attachmentHandler,
  [POLICY_ATTACHMENT]: policyAttachmentHandler,
  [ROLE_POLICIES_EXCLUSIVE]: policiesExclusiveHandler,
  [ROLE_POLICY_ATTACHMENTS_EXCLUSIVE]: attachmentsExclusiveHandler,
  [MANAGED_POLICY]: managedPolicyHandler,
  [INSTANCE_PROFILE]: instanceProfileHandler
};
function handlerFor(type) {
  return handlers[type] ?? (computeLinks[type] ? computeHandler : void 0);
}
var none = () => ({ effects: [], notes: [] });
function sameRaw(rc, path) {
  const dig2 = (v) => {
    let cur = v;
    for (const p of path) {
      if (cur === null || typeof cur !== "object") return void 0;
      cur = cur[p];
    }
    return cur;
  };
  if (isUnknownAfter(rc, path)) return false;
  return JSON.stringify(dig2(rc.change.before) ?? null) === JSON.stringify(dig2(rc.change.after) ?? null);
}
function isUnknownAfter(rc, path) {
  let cur = rc.change.after_unknown;
  if (cur === true) return true;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return false;
    cur = cur[p];
    if (cur === true) return true;
  }
  return false;
}
function becauseOf(rc) {
  switch (rc.action_reason) {
    case "replace_because_tainted":
      return "tainted";
    case "replace_by_request":
      return "replacement requested (-replace)";
    case "replace_by_triggers":
      return "replace_triggered_by";
    default:
      break;
  }
  if (rc.change.before == null) return void 0;
  const blank = (v) => v === "" || v === void 0 ? null : v;
  const forced = [];
  for (const attr of ["name", "name_prefix", "path"]) {
    if (isUnknownAfter(rc, [attr])) {
      if (attr === "name") forced.push(`name changed (new name ${KNOWN_AFTER_APPLY})`);
      continue;
    }
    const before = blank(rc.change.before[attr]);
    const after = blank(rc.change.after?.[attr]);
    if (JSON.stringify(before) !== JSON.stringify(after)) forced.push(`${attr} changed`);
  }
  if (forced.length) return forced.join(", ");
  return rc.action_reason ? rc.action_reason.replace(/_/g, " ") : void 0;
}
function roleHandler(rc, ctx) {
  const acts = rc.change.actions;
  if (isCreate(acts)) return { effects: [created(ctx.roleOf(rc, "after"))], notes: [] };
  if (isDelete(acts)) {
    const deposed = rc.deposed ? ` (deposed object ${rc.deposed} left by an earlier create_before_destroy)` : "";
    return { effects: [deleted(ctx.roleOf(rc, "before"), deposed)], notes: [] };
  }
  const role = ctx.roleOf(rc, "before");
  if (isReplace(acts)) {
    const next = ctx.roleOf(rc, "after");
    return { effects: [replaced(role, next, becauseOf(rc)), ...roleAttributeEffects(rc, ctx, role)], notes: [] };
  }
  if (isUpdate(acts)) return { effects: roleAttributeEffects(rc, ctx, role), notes: [] };
  return none();
}
function roleAttributeEffects(rc, ctx, role) {
  return [...trustEffects(rc, ctx, role), ...inlineEffects(rc, ctx, role), ...managedArnEffects(rc, ctx, role), ...boundaryEffects(rc, ctx, role)];
}
function trustEffects(rc, ctx, role) {
  if (sameRaw(rc, ["assume_role_policy"])) return [];
  const b = ctx.policy(rc, "before", ["assume_role_policy"]);
  const a = ctx.policy(rc, "after", ["assume_role_policy"]);
  if (b.state === "sensitive" || a.state === "sensitive") {
    return [trustChanged(role, [], [], void 0, void 0, ["trust policy marked sensitive in the plan"])];
  }
  if (a.state === "unknown") {
    return [trustChanged(role, [], [], b.state === "known" ? prettyPolicy(b.doc) : void 0, void 0, [`trust policy ${KNOWN_AFTER_APPLY}`])];
  }
  const bd = b.state === "known" ? b.doc : null;
  const ad = a.state === "known" ? a.doc : null;
  const diff = diffTrust(bd, ad);
  if (!diff.added.length && !diff.removed.length && !diff.unknown) return [];
  return [trustChanged(role, diff.added, diff.removed, prettyPolicy(bd), prettyPolicy(ad), diff.unknown ? [diff.unknown] : [])];
}
function inlineBlocks(rc, ctx, which) {
  const out = /* @__PURE__ */ new Map();
  const side = ctx.side(rc, which);
  if (!side.exists) return out;
  const whole = side.get("inline_policy");
  if (whole.state === "unknown" && which === "after") return "unknown";
  const raw = side.values.inline_policy;
  if (!Array.isArray(raw)) return out;
  raw.forEach((_, i) => {
    const n = side.get("inline_policy", i, "name");
    const name = n.state === "known" && typeof n.value === "string" ? n.value : n.state === "sensitive" ? `${SENSITIVE} #${i}` : `#${i}`;
    const doc = ctx.policy(rc, which, ["inline_policy", i, "policy"]);
    if (name === "" && doc.state === "absent") return;
    out.set(name, doc);
  });
  return out;
}
function inlineEffects(rc, ctx, role) {
  if (sameRaw(rc, ["inline_policy"])) return [];
  const before = inlineBlocks(rc, ctx, "before");
  const after = inlineBlocks(rc, ctx, "after");
  if (before === "unknown") return [];
  if (after === "unknown") {
    if (!configures(rc, ctx, "inline_policy")) return [];
    return [permissionsRemoved(role, { policy: "inline_policy", permissions: [], services: [], unknown: `inline policies ${KNOWN_AFTER_APPLY}` })];
  }
  const effects = [];
  const names = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  for (const name of names) {
    const diff = diffDocs(ctx, before.get(name) ?? { state: "absent" }, after.get(name) ?? { state: "absent" }, `inline:${name}`);
    if (diff.removed) effects.push(permissionsRemoved(role, diff.removed, after.has(name) ? "" : " (inline policy removed)"));
    if (diff.added) effects.push(permissionsAdded(role, diff.added, before.has(name) ? "" : " (inline policy added)"));
  }
  return effects;
}
function configures(rc, ctx, attr) {
  const expressions = ctx.expressions(rc);
  return expressions !== void 0 && attr in expressions;
}
function stringSet(rc, ctx, which, attr) {
  const r = ctx.side(rc, which).get(attr);
  if (r.state === "unknown") return "unknown";
  if (r.state === "sensitive") return "sensitive";
  if (r.state !== "known" || !Array.isArray(r.value)) return /* @__PURE__ */ new Set();
  return new Set(r.value.filter((x) => typeof x === "string"));
}
function managedArnEffects(rc, ctx, role) {
  if (sameRaw(rc, ["managed_policy_arns"])) return [];
  const before = stringSet(rc, ctx, "before", "managed_policy_arns");
  const after = stringSet(rc, ctx, "after", "managed_policy_arns");
  if (before === "unknown" || before === "sensitive") return [];
  if (after === "unknown" && !configures(rc, ctx, "managed_policy_arns")) return [];
  if (after === "unknown" || after === "sensitive") {
    const why = after === "unknown" ? `managed_policy_arns ${KNOWN_AFTER_APPLY}` : "managed_policy_arns marked sensitive in the plan";
    return [permissionsRemoved(role, { policy: "managed_policy_arns", permissions: [], services: [], unknown: why })];
  }
  const effects = [];
  for (const arn of [...before].sort()) if (!after.has(arn)) effects.push(permissionsRemoved(role, managedPolicyByArn(ctx, arn, "before"), " (detached: managed_policy_arns)"));
  for (const arn of [...after].sort()) if (!before.has(arn)) effects.push(permissionsAdded(role, managedPolicyByArn(ctx, arn, "after"), " (attached: managed_policy_arns)"));
  return effects;
}
function boundaryEffects(rc, ctx, role) {
  if (sameRaw(rc, ["permissions_boundary"])) return [];
  const read = (which) => {
    const r = ctx.side(rc, which).get("permissions_boundary");
    if (r.state === "known" && typeof r.value === "string" && r.value !== "") return { v: r.value };
    if (r.state === "unknown") return { v: null, unknown: `permissions boundary ${KNOWN_AFTER_APPLY}` };
    if (r.state === "sensitive") return { v: SENSITIVE, unknown: "permissions boundary marked sensitive in the plan" };
    return { v: null };
  };
  const b = read("before");
  const a = read("after");
  if (b.v === SENSITIVE || a.v === SENSITIVE) return [boundaryChanged(role, b.v, a.v, [b.unknown ?? a.unknown ?? ""])];
  if (!a.unknown && b.v === a.v) return [];
  return [boundaryChanged(role, b.v, a.v, a.unknown ? [a.unknown] : [])];
}
function movingPolicyEffects(ctx, rc, beforeRole, afterRole, before, after, label) {
  const acts = rc.change.actions;
  const effects = [];
  const sameRole = beforeRole && afterRole && beforeRole.name === afterRole.name && label("before") === label("after");
  if (sameRole && (isUpdate(acts) || isReplace(acts))) {
    const diff = diffDocs(ctx, before, after, label("after"));
    if (diff.removed) effects.push(permissionsRemoved(beforeRole, diff.removed));
    if (diff.added) effects.push(permissionsAdded(afterRole, diff.added));
    return effects;
  }
  for (const act of acts) {
    if (act === "delete" && beforeRole && before.state !== "absent") effects.push(permissionsRemoved(beforeRole, wholeDelta(ctx, before, label("before")), " (policy deleted)"));
    if (act === "create" && afterRole && after.state !== "absent") effects.push(permissionsAdded(afterRole, wholeDelta(ctx, after, label("after")), " (policy created)"));
    if (act === "update") {
      if (beforeRole && before.state !== "absent") effects.push(permissionsRemoved(beforeRole, wholeDelta(ctx, before, label("before")), " (policy moves to another role)"));
      if (afterRole && after.state !== "absent") effects.push(permissionsAdded(afterRole, wholeDelta(ctx, after, label("after")), " (policy moves from another role)"));
    }
  }
  return effects;
}
function sideRole(rc, ctx, which, attr) {
  return ctx.side(rc, which).exists ? ctx.roleFromAttribute(rc, which, attr) : null;
}
function rolePolicyHandler(rc, ctx) {
  if (!isChange(rc)) return none();
  const label = (which) => {
    const n = ctx.side(rc, which).get("name");
    if (n.state === "known" && typeof n.value === "string") return `inline:${n.value}`;
    if (n.state === "sensitive") return `inline:${SENSITIVE}`;
    return `inline:(name ${KNOWN_AFTER_APPLY})`;
  };
  const beforeRole = sideRole(rc, ctx, "before", "role");
  const afterRole = sideRole(rc, ctx, "after", "role");
  const before = ctx.side(rc, "before").exists ? ctx.policy(rc, "before", ["policy"]) : { state: "absent" };
  const after = ctx.side(rc, "after").exists ? ctx.policy(rc, "after", ["policy"]) : { state: "absent" };
  if (isUpdate(rc.change.actions) && sameRaw(rc, ["policy"]) && beforeRole?.name === afterRole?.name) return none();
  return { effects: movingPolicyEffects(ctx, rc, beforeRole, afterRole, before, after, label), notes: [] };
}
function isChange(rc) {
  const acts = rc.change.actions;
  return acts.includes("create") || acts.includes("delete") || acts.includes("update");
}
function attachmentHandler(rc, ctx) {
  if (!isChange(rc)) return none();
  const effects = [];
  for (const act of rc.change.actions) {
    if (act === "delete") {
      const role = sideRole(rc, ctx, "before", "role");
      if (role) effects.push(permissionsRemoved(role, managedPolicyDelta(ctx, rc, "before", "policy_arn"), " (policy detached)"));
    } else if (act === "create") {
      const role = sideRole(rc, ctx, "after", "role");
      if (role) effects.push(permissionsAdded(role, managedPolicyDelta(ctx, rc, "after", "policy_arn"), " (policy attached)"));
    }
  }
  return { effects, notes: [] };
}
function roleList(rc, ctx, which, attr) {
  const side = ctx.side(rc, which);
  if (!side.exists) return [];
  const r = side.get(attr);
  if (r.state === "unknown") return ctx.rolesFromListExpression(rc, attr) ?? "unknown";
  if (r.state === "sensitive") return [{ name: SENSITIVE, unknowns: ["roles marked sensitive in the plan"] }];
  if (r.state !== "known" || !Array.isArray(r.value)) return [];
  return r.value.filter((x) => typeof x === "string").map((n) => ctx.roleFromValue(n, rc.address));
}
function policyAttachmentHandler(rc, ctx) {
  if (!isChange(rc)) return none();
  const before = roleList(rc, ctx, "before", "roles");
  const after = roleList(rc, ctx, "after", "roles");
  const effects = [];
  const samePolicy = sameRaw(rc, ["policy_arn"]);
  if (before === "unknown") return none();
  if (after === "unknown") {
    for (const role of before) effects.push(permissionsRemoved(role, { ...managedPolicyDelta(ctx, rc, "before", "policy_arn"), unknown: `roles ${KNOWN_AFTER_APPLY}` }, " (exclusive attachment: roles list changes)"));
    return { effects, notes: [] };
  }
  const replaced2 = isReplace(rc.change.actions) || isDelete(rc.change.actions) || isCreate(rc.change.actions) || !samePolicy;
  const afterNames = new Set(after.map((r) => r.name));
  const beforeNames = new Set(before.map((r) => r.name));
  for (const role of before) {
    if (replaced2 || !afterNames.has(role.name)) effects.push(permissionsRemoved(role, managedPolicyDelta(ctx, rc, "before", "policy_arn"), " (dropped from aws_iam_policy_attachment roles)"));
  }
  for (const role of after) {
    if (replaced2 || !beforeNames.has(role.name)) effects.push(permissionsAdded(role, managedPolicyDelta(ctx, rc, "after", "policy_arn"), " (added to aws_iam_policy_attachment roles)"));
  }
  const notes = isCreate(rc.change.actions) || !samePolicy ? ["aws_iam_policy_attachment is exclusive: on apply it detaches the policy from every role, user and group not listed"] : [];
  return { effects, notes };
}
function policiesExclusiveHandler(rc, ctx) {
  if (!isChange(rc) || isDelete(rc.change.actions)) return none();
  const role = sideRole(rc, ctx, "after", "role_name") ?? sideRole(rc, ctx, "before", "role_name");
  if (!role) return none();
  const before = stringSet(rc, ctx, "before", "policy_names");
  const after = stringSet(rc, ctx, "after", "policy_names");
  const notes = ["on apply, every inline policy of the role not in policy_names is deleted, including ones created outside Terraform (not visible in the plan)"];
  if (after === "unknown" || after === "sensitive") {
    return { effects: [permissionsRemoved(role, { policy: "policy_names", permissions: [], services: [], unknown: `policy_names ${KNOWN_AFTER_APPLY}` })], notes };
  }
  if (before === "unknown" || before === "sensitive") return { effects: [], notes };
  const effects = [];
  for (const name of [...before].sort()) {
    if (after.has(name)) continue;
    const doc = inlinePolicyOfRole(ctx, role.name, name);
    effects.push(permissionsRemoved(role, doc ? wholeDelta(ctx, doc, `inline:${name}`) : { policy: `inline:${name}`, permissions: [], services: [], unknown: "inline policy document not in the plan" }, " (dropped from policy_names: deleted on apply)"));
  }
  return { effects, notes };
}
function attachmentsExclusiveHandler(rc, ctx) {
  if (!isChange(rc) || isDelete(rc.change.actions)) return none();
  const role = sideRole(rc, ctx, "after", "role_name") ?? sideRole(rc, ctx, "before", "role_name");
  if (!role) return none();
  const before = stringSet(rc, ctx, "before", "policy_arns");
  const after = stringSet(rc, ctx, "after", "policy_arns");
  const notes = ["on apply, every managed policy attached to the role but not in policy_arns is detached, including attachments made outside Terraform (not visible in the plan)"];
  if (after === "unknown" || after === "sensitive") {
    return { effects: [permissionsRemoved(role, { policy: "policy_arns", permissions: [], services: [], unknown: `policy_arns ${KNOWN_AFTER_APPLY}` })], notes };
  }
  if (before === "unknown" || before === "sensitive") return { effects: [], notes };
  const effects = [];
  for (const arn of [...before].sort()) if (!after.has(arn)) effects.push(permissionsRemoved(role, managedPolicyByArn(ctx, arn, "before"), " (dropped from policy_arns: detached on apply)"));
  for (const arn of [...after].sort()) if (!before.has(arn)) effects.push(permissionsAdded(role, managedPolicyByArn(ctx, arn, "after"), " (added to policy_arns)"));
  return { effects, notes };
}
function managedPolicyHandler(rc, ctx) {
  const acts = rc.change.actions;
  if (!isChange(rc) || isCreate(acts)) return none();
  const b = ctx.side(rc, "before");
  const label = b.text("arn") ?? b.text("name") ?? rc.address;
  const before = ctx.policy(rc, "before", ["policy"]);
  if (isDelete(acts)) {
    const removed = wholeDelta(ctx, before, label);
    return {
      effects: rolesAttachedInPlan(ctx, rc).map((role) => permissionsRemoved(role, removed, " (managed policy deleted)")),
      notes: ["managed policy deleted: detached from every role it is attached to (looked up live)"],
      managedPolicy: { policy: label, address: rc.address, removed, deleted: true }
    };
  }
  if (isUpdate(acts) && sameRaw(rc, ["policy"])) return none();
  const after = ctx.policy(rc, "after", ["policy"]);
  const diff = diffDocs(ctx, before, after, label);
  const entry = { policy: label, address: rc.address };
  if (diff.removed) entry.removed = diff.removed;
  if (diff.added) entry.added = diff.added;
  const notes = ["managed policy document changes: every role it is attached to is affected (attachments outside this plan are looked up live)"];
  if (isReplace(acts)) {
    entry.deleted = true;
    notes.push("managed policy replaced: the old policy object is deleted");
  }
  const effects = [];
  for (const role of rolesAttachedInPlan(ctx, rc)) {
    if (diff.removed) effects.push(permissionsRemoved(role, diff.removed, " (attached managed policy changes)"));
    if (diff.added) effects.push(permissionsAdded(role, diff.added, " (attached managed policy changes)"));
  }
  return { effects, notes, managedPolicy: entry };
}
function instanceProfileHandler(rc, ctx) {
  const acts = rc.change.actions;
  if (!isChange(rc) || isCreate(acts)) return none();
  const profile = (which) => {
    const r = ctx.side(rc, which).get("name");
    if (r.state === "known" && typeof r.value === "string") return r.value;
    if (r.state === "sensitive") return SENSITIVE;
    return `${rc.address} (name ${KNOWN_AFTER_APPLY})`;
  };
  const beforeRole = sideRole(rc, ctx, "before", "role");
  const afterRole = sideRole(rc, ctx, "after", "role");
  const effects = [];
  if (isDelete(acts)) {
    if (beforeRole) effects.push(instanceProfileChanged(beforeRole, profile("before"), "deleted"));
  } else if (isReplace(acts)) {
    if (beforeRole) effects.push(instanceProfileChanged(beforeRole, profile("before"), "replaced (instances must be re-associated)"));
    if (afterRole && afterRole.name !== beforeRole?.name) effects.push(instanceProfileGained(afterRole, profile("after")));
  } else if (isUpdate(acts) && beforeRole?.name !== afterRole?.name) {
    if (beforeRole) effects.push(instanceProfileChanged(beforeRole, profile("before"), `no longer carries ${beforeRole.name}`));
    if (afterRole) effects.push(instanceProfileGained(afterRole, profile("after")));
  }
  return { effects, notes: [] };
}
function dependentId(rc, ctx, which) {
  const s = ctx.side(rc, which);
  const t = (a) => s.text(a);
  switch (rc.type) {
    case "aws_lambda_function":
      return t("arn") ?? t("function_name") ?? rc.address;
    case "aws_eks_node_group":
      return t("cluster_name") && t("node_group_name") ? `${t("cluster_name")}/${t("node_group_name")}` : t("arn") ?? rc.address;
    case "aws_eks_fargate_profile":
      return t("cluster_name") && t("fargate_profile_name") ? `${t("cluster_name")}/${t("fargate_profile_name")}` : t("arn") ?? rc.address;
    case "aws_eks_pod_identity_association":
      return t("cluster_name") && t("namespace") && t("service_account") ? `${t("cluster_name")}/${t("namespace")}/${t("service_account")}` : t("association_arn") ?? rc.address;
    case "aws_ecs_task_definition":
      return t("arn_without_revision") ?? t("family") ?? rc.address;
    default:
      return t("arn") ?? t("name") ?? rc.address;
  }
}
function computeHandler(rc, ctx) {
  if (!isChange(rc)) return none();
  const acts = rc.change.actions;
  const effects = [];
  for (const link of computeLinks[rc.type] ?? []) {
    const beforeRole = sideRole(rc, ctx, "before", link.attribute);
    const afterRole = sideRole(rc, ctx, "after", link.attribute);
    if (isDelete(acts)) {
      if (beforeRole) effects.push(dependentRemoved(beforeRole, link.kind, dependentId(rc, ctx, "before"), link.via, "destroyed"));
    } else if (isCreate(acts)) {
      if (afterRole) effects.push(dependentAdded(afterRole, link.kind, dependentId(rc, ctx, "after"), link.via));
    } else if (beforeRole?.name !== afterRole?.name || (afterRole?.unknowns.length ?? 0) > 0) {
      if (beforeRole) effects.push(dependentRemoved(beforeRole, link.kind, dependentId(rc, ctx, "before"), link.via, afterRole ? "switches role" : "drops its role"));
      if (afterRole) effects.push(dependentAdded(afterRole, link.kind, dependentId(rc, ctx, "before"), link.via));
    }
  }
  return { effects, notes: [] };
}

// src/changes/terraform/known-dependents.ts
var KeptDependents = class {
  byRole = /* @__PURE__ */ new Map();
  /** Records the roles a compute resource keeps. Deletions, creations and role switches are effects already. */
  collect(rc, ctx) {
    const links = computeLinks[rc.type];
    if (!links || rc.deposed) return;
    const acts = rc.change.actions;
    if (isDelete(acts) || isCreate(acts)) return;
    const how = isReplace(acts) ? "replaced, same role" : isUpdate(acts) ? "updated, same role" : acts.includes("forget") ? "removed from Terraform state, stays in AWS" : "unchanged";
    const which = ctx.side(rc, "after").exists ? "after" : "before";
    for (const link of links) {
      const role = keptRole(rc, ctx, link.attribute);
      if (!role) continue;
      const entry = {
        role: role.name,
        dependent: { kind: link.kind, id: dependentId(rc, ctx, which), via: `${rc.type}.${link.attribute} in the plan (${how})` }
      };
      const list2 = this.byRole.get(role.name);
      if (list2) list2.push(entry);
      else this.byRole.set(role.name, [entry]);
    }
  }
  /**
   * Adds each role's kept dependents to one change with effects on that role: its `aws_iam_role`
   * change when there is one, else the first in plan order. Roles without a change get nothing.
   */
  attach(changes) {
    if (this.byRole.size === 0) return;
    const target = /* @__PURE__ */ new Map();
    for (const c of changes) {
      for (const e of c.effects) {
        if (!this.byRole.has(e.role)) continue;
        const cur = target.get(e.role);
        if (!cur || cur.resourceType !== ROLE && c.resourceType === ROLE) target.set(e.role, c);
      }
    }
    for (const [role, deps] of this.byRole) {
      const c = target.get(role);
      if (c) (c.knownDependents ??= []).push(...deps);
    }
  }
};
function keptRole(rc, ctx, attr) {
  const read = (which) => ctx.side(rc, which).exists ? ctx.roleFromAttribute(rc, which, attr) : null;
  const before = read("before");
  const after = read("after");
  const usable = (r) => r !== null && r.unknowns.length === 0 && r.name !== SENSITIVE;
  const changes = isUpdate(rc.change.actions) || isReplace(rc.change.actions);
  if (changes) return usable(before) && usable(after) && before.name === after.name ? after : null;
  const role = after ?? before;
  return usable(role) ? role : null;
}

// src/changes/terraform/analyse.ts
var KNOWN_ACTIONS = /* @__PURE__ */ new Set(["no-op", "create", "read", "update", "delete", "forget"]);
function analysePlan(digest, label) {
  const ctx = new PlanContext(digest);
  const changes = [];
  const managedPolicies = [];
  const kept = new KeptDependents();
  if (digest.errored) {
    ctx.warnings.push("the plan errored (`errored: true`): Terraform stopped planning, so the changes listed may be incomplete");
  }
  if (digest.complete === false) {
    ctx.warnings.push("the plan is incomplete (`complete: false`: some changes are deferred to a later plan)");
  }
  for (const rc of digest.changes) {
    if (rc.mode !== "managed") continue;
    for (const a of rc.change.actions) {
      if (!KNOWN_ACTIONS.has(a)) ctx.warnOnce(`${rc.address}: unknown action "${a}" (newer Terraform?); read as written`);
    }
    const handler = handlerFor(rc.type);
    if (!handler) continue;
    const out = handler(rc, ctx);
    kept.collect(rc, ctx);
    const notes = [...notesOf(rc), ...out.notes];
    if (out.managedPolicy) managedPolicies.push(out.managedPolicy);
    const keep = out.effects.length > 0 || out.managedPolicy !== void 0 || rc.previous_address !== void 0 || rc.change.actions.includes("forget");
    if (!keep) continue;
    const change = {
      source: "terraform",
      input: label,
      address: rc.address,
      resourceType: rc.type,
      actions: [...rc.change.actions],
      roles: [...new Set(out.effects.map((e) => e.role))],
      effects: out.effects
    };
    if (notes.length) change.notes = notes;
    changes.push(change);
  }
  kept.attach(changes);
  noteRecreatedRoles(changes);
  const major = Number(digest.formatVersion?.split(".")[0]);
  if (Number.isFinite(major) && major > 1) {
    ctx.warnings.push(`plan format_version ${digest.formatVersion} is newer than this reader knows (0.1 – 1.x); read as 1.x`);
  }
  return { changes, managedPolicies, sensitiveMasked: ctx.masker.count, warnings: ctx.warnings };
}
function noteRecreatedRoles(changes) {
  const deleted2 = /* @__PURE__ */ new Map();
  const created2 = /* @__PURE__ */ new Map();
  for (const c of changes) {
    for (const e of c.effects) {
      if (e.kind === "deleted") deleted2.set(e.role, c);
      if (e.kind === "created") created2.set(e.role, c);
    }
  }
  for (const [name, del] of deleted2) {
    const add = created2.get(name);
    if (!add || add.address === del.address) continue;
    const note = `role ${name} is destroyed at ${del.address} and created again at ${add.address}: a new role with a new unique ID (a \`moved\` block would keep it)`;
    for (const c of [del, add]) (c.notes ??= []).push(note);
  }
}
function notesOf(rc) {
  const notes = [];
  if (rc.previous_address !== void 0 && rc.previous_address !== rc.address) {
    notes.push(`moved from ${rc.previous_address} (not a deletion)`);
  }
  if (rc.action_reason) notes.push(`action_reason: ${rc.action_reason}`);
  if (rc.deposed) notes.push(`deposed object ${rc.deposed}`);
  if (rc.change.actions.includes("forget")) notes.push("removed from Terraform state without being destroyed (forget)");
  const importing = rc.change.importing;
  if (importing && typeof importing === "object") {
    const id = importing.id;
    notes.push(`importing existing object${typeof id === "string" ? ` ${id}` : ""}`);
  }
  return notes;
}
function toReading(analysis, file, label, digest, extra) {
  const meta = { ...extra.meta };
  if (digest.formatVersion) meta.formatVersion = digest.formatVersion;
  if (digest.terraformVersion) meta.terraformVersion = digest.terraformVersion;
  meta.resourceChanges = String(digest.resourceChangeCount);
  if (digest.driftCount) meta.resourceDrift = String(digest.driftCount);
  const reading = {
    input: label,
    source: "terraform",
    file,
    changes: analysis.changes,
    sensitiveMasked: analysis.sensitiveMasked,
    warnings: [...extra.warnings, ...analysis.warnings],
    meta
  };
  if (analysis.managedPolicies.length) reading.managedPolicies = analysis.managedPolicies;
  return reading;
}

// src/changes/terraform/load.ts
import { open, readFile, stat } from "node:fs/promises";
import { createReadStream } from "node:fs";

// node_modules/@streamparser/json/dist/mjs/utils/bufferedString.js
var NonBufferedString = class {
  constructor() {
    this.decoder = new TextDecoder("utf-8", { fatal: true });
    this.pending = [];
    this.string = "";
    this.byteLength = 0;
  }
  appendChar(char) {
    this.pending.push(String.fromCharCode(char));
    this.byteLength += 1;
  }
  appendBuf(buf, start = 0, end = buf.length) {
    this.pending.push(this.decoder.decode(buf.subarray(start, end)));
    this.byteLength += end - start;
  }
  appendCharCode(code) {
    this.pending.push(String.fromCharCode(code));
  }
  reset() {
    this.pending = [];
    this.string = "";
    this.byteLength = 0;
  }
  // Folds only the pieces appended since the last call into `string`, so
  // repeated calls (one per chunk when emitting partial tokens) stay linear
  // overall instead of re-joining the whole accumulated string every time.
  toString() {
    if (this.pending.length > 0) {
      this.string += this.pending.join("");
      this.pending = [];
    }
    return this.string;
  }
};
var BufferedString = class {
  /**
   * @param bufferSize The size, in bytes, of the buffer to accumulate into.
   */
  constructor(bufferSize) {
    this.decoder = new TextDecoder("utf-8", { fatal: true });
    this.bufferOffset = 0;
    this.string = "";
    this.byteLength = 0;
    this.buffer = new Uint8Array(bufferSize);
  }
  appendChar(char) {
    if (this.bufferOffset >= this.buffer.length)
      this.flushStringBuffer();
    this.buffer[this.bufferOffset++] = char;
    this.byteLength += 1;
  }
  appendBuf(buf, start = 0, end = buf.length) {
    const size = end - start;
    if (this.bufferOffset + size > this.buffer.length)
      this.flushStringBuffer();
    if (size > this.buffer.length) {
      this.string += this.decoder.decode(buf.subarray(start, end));
      this.byteLength += size;
      return;
    }
    this.buffer.set(buf.subarray(start, end), this.bufferOffset);
    this.bufferOffset += size;
    this.byteLength += size;
  }
  appendCharCode(code) {
    this.flushStringBuffer();
    this.string += String.fromCharCode(code);
  }
  flushStringBuffer() {
    this.string += this.decoder.decode(this.buffer.subarray(0, this.bufferOffset));
    this.bufferOffset = 0;
  }
  reset() {
    this.string = "";
    this.bufferOffset = 0;
    this.byteLength = 0;
  }
  toString() {
    this.flushStringBuffer();
    return this.string;
  }
};

// node_modules/@streamparser/json/dist/mjs/utils/types/tokenType.js
var TokenType;
(function(TokenType2) {
  TokenType2[TokenType2["LEFT_BRACE"] = 0] = "LEFT_BRACE";
  TokenType2[TokenType2["RIGHT_BRACE"] = 1] = "RIGHT_BRACE";
  TokenType2[TokenType2["LEFT_BRACKET"] = 2] = "LEFT_BRACKET";
  TokenType2[TokenType2["RIGHT_BRACKET"] = 3] = "RIGHT_BRACKET";
  TokenType2[TokenType2["COLON"] = 4] = "COLON";
  TokenType2[TokenType2["COMMA"] = 5] = "COMMA";
  TokenType2[TokenType2["TRUE"] = 6] = "TRUE";
  TokenType2[TokenType2["FALSE"] = 7] = "FALSE";
  TokenType2[TokenType2["NULL"] = 8] = "NULL";
  TokenType2[TokenType2["STRING"] = 9] = "STRING";
  TokenType2[TokenType2["NUMBER"] = 10] = "NUMBER";
  TokenType2[TokenType2["SEPARATOR"] = 11] = "SEPARATOR";
})(TokenType || (TokenType = {}));
var tokenType_default = TokenType;

// node_modules/@streamparser/json/dist/mjs/utils/utf-8.js
var charset;
(function(charset2) {
  charset2[charset2["BACKSPACE"] = 8] = "BACKSPACE";
  charset2[charset2["FORM_FEED"] = 12] = "FORM_FEED";
  charset2[charset2["NEWLINE"] = 10] = "NEWLINE";
  charset2[charset2["CARRIAGE_RETURN"] = 13] = "CARRIAGE_RETURN";
  charset2[charset2["TAB"] = 9] = "TAB";
  charset2[charset2["SPACE"] = 32] = "SPACE";
  charset2[charset2["EXCLAMATION_MARK"] = 33] = "EXCLAMATION_MARK";
  charset2[charset2["QUOTATION_MARK"] = 34] = "QUOTATION_MARK";
  charset2[charset2["NUMBER_SIGN"] = 35] = "NUMBER_SIGN";
  charset2[charset2["DOLLAR_SIGN"] = 36] = "DOLLAR_SIGN";
  charset2[charset2["PERCENT_SIGN"] = 37] = "PERCENT_SIGN";
  charset2[charset2["AMPERSAND"] = 38] = "AMPERSAND";
  charset2[charset2["APOSTROPHE"] = 39] = "APOSTROPHE";
  charset2[charset2["LEFT_PARENTHESIS"] = 40] = "LEFT_PARENTHESIS";
  charset2[charset2["RIGHT_PARENTHESIS"] = 41] = "RIGHT_PARENTHESIS";
  charset2[charset2["ASTERISK"] = 42] = "ASTERISK";
  charset2[charset2["PLUS_SIGN"] = 43] = "PLUS_SIGN";
  charset2[charset2["COMMA"] = 44] = "COMMA";
  charset2[charset2["HYPHEN_MINUS"] = 45] = "HYPHEN_MINUS";
  charset2[charset2["FULL_STOP"] = 46] = "FULL_STOP";
  charset2[charset2["SOLIDUS"] = 47] = "SOLIDUS";
  charset2[charset2["DIGIT_ZERO"] = 48] = "DIGIT_ZERO";
  charset2[charset2["DIGIT_ONE"] = 49] = "DIGIT_ONE";
  charset2[charset2["DIGIT_TWO"] = 50] = "DIGIT_TWO";
  charset2[charset2["DIGIT_THREE"] = 51] = "DIGIT_THREE";
  charset2[charset2["DIGIT_FOUR"] = 52] = "DIGIT_FOUR";
  charset2[charset2["DIGIT_FIVE"] = 53] = "DIGIT_FIVE";
  charset2[charset2["DIGIT_SIX"] = 54] = "DIGIT_SIX";
  charset2[charset2["DIGIT_SEVEN"] = 55] = "DIGIT_SEVEN";
  charset2[charset2["DIGIT_EIGHT"] = 56] = "DIGIT_EIGHT";
  charset2[charset2["DIGIT_NINE"] = 57] = "DIGIT_NINE";
  charset2[charset2["COLON"] = 58] = "COLON";
  charset2[charset2["SEMICOLON"] = 59] = "SEMICOLON";
  charset2[charset2["LESS_THAN_SIGN"] = 60] = "LESS_THAN_SIGN";
  charset2[charset2["EQUALS_SIGN"] = 61] = "EQUALS_SIGN";
  charset2[charset2["GREATER_THAN_SIGN"] = 62] = "GREATER_THAN_SIGN";
  charset2[charset2["QUESTION_MARK"] = 63] = "QUESTION_MARK";
  charset2[charset2["COMMERCIAL_AT"] = 64] = "COMMERCIAL_AT";
  charset2[charset2["LATIN_CAPITAL_LETTER_A"] = 65] = "LATIN_CAPITAL_LETTER_A";
  charset2[charset2["LATIN_CAPITAL_LETTER_B"] = 66] = "LATIN_CAPITAL_LETTER_B";
  charset2[charset2["LATIN_CAPITAL_LETTER_C"] = 67] = "LATIN_CAPITAL_LETTER_C";
  charset2[charset2["LATIN_CAPITAL_LETTER_D"] = 68] = "LATIN_CAPITAL_LETTER_D";
  charset2[charset2["LATIN_CAPITAL_LETTER_E"] = 69] = "LATIN_CAPITAL_LETTER_E";
  charset2[charset2["LATIN_CAPITAL_LETTER_F"] = 70] = "LATIN_CAPITAL_LETTER_F";
  charset2[charset2["LATIN_CAPITAL_LETTER_G"] = 71] = "LATIN_CAPITAL_LETTER_G";
  charset2[charset2["LATIN_CAPITAL_LETTER_H"] = 72] = "LATIN_CAPITAL_LETTER_H";
  charset2[charset2["LATIN_CAPITAL_LETTER_I"] = 73] = "LATIN_CAPITAL_LETTER_I";
  charset2[charset2["LATIN_CAPITAL_LETTER_J"] = 74] = "LATIN_CAPITAL_LETTER_J";
  charset2[charset2["LATIN_CAPITAL_LETTER_K"] = 75] = "LATIN_CAPITAL_LETTER_K";
  charset2[charset2["LATIN_CAPITAL_LETTER_L"] = 76] = "LATIN_CAPITAL_LETTER_L";
  charset2[charset2["LATIN_CAPITAL_LETTER_M"] = 77] = "LATIN_CAPITAL_LETTER_M";
  charset2[charset2["LATIN_CAPITAL_LETTER_N"] = 78] = "LATIN_CAPITAL_LETTER_N";
  charset2[charset2["LATIN_CAPITAL_LETTER_O"] = 79] = "LATIN_CAPITAL_LETTER_O";
  charset2[charset2["LATIN_CAPITAL_LETTER_P"] = 80] = "LATIN_CAPITAL_LETTER_P";
  charset2[charset2["LATIN_CAPITAL_LETTER_Q"] = 81] = "LATIN_CAPITAL_LETTER_Q";
  charset2[charset2["LATIN_CAPITAL_LETTER_R"] = 82] = "LATIN_CAPITAL_LETTER_R";
  charset2[charset2["LATIN_CAPITAL_LETTER_S"] = 83] = "LATIN_CAPITAL_LETTER_S";
  charset2[charset2["LATIN_CAPITAL_LETTER_T"] = 84] = "LATIN_CAPITAL_LETTER_T";
  charset2[charset2["LATIN_CAPITAL_LETTER_U"] = 85] = "LATIN_CAPITAL_LETTER_U";
  charset2[charset2["LATIN_CAPITAL_LETTER_V"] = 86] = "LATIN_CAPITAL_LETTER_V";
  charset2[charset2["LATIN_CAPITAL_LETTER_W"] = 87] = "LATIN_CAPITAL_LETTER_W";
  charset2[charset2["LATIN_CAPITAL_LETTER_X"] = 88] = "LATIN_CAPITAL_LETTER_X";
  charset2[charset2["LATIN_CAPITAL_LETTER_Y"] = 89] = "LATIN_CAPITAL_LETTER_Y";
  charset2[charset2["LATIN_CAPITAL_LETTER_Z"] = 90] = "LATIN_CAPITAL_LETTER_Z";
  charset2[charset2["LEFT_SQUARE_BRACKET"] = 91] = "LEFT_SQUARE_BRACKET";
  charset2[charset2["REVERSE_SOLIDUS"] = 92] = "REVERSE_SOLIDUS";
  charset2[charset2["RIGHT_SQUARE_BRACKET"] = 93] = "RIGHT_SQUARE_BRACKET";
  charset2[charset2["CIRCUMFLEX_ACCENT"] = 94] = "CIRCUMFLEX_ACCENT";
  charset2[charset2["LOW_LINE"] = 95] = "LOW_LINE";
  charset2[charset2["GRAVE_ACCENT"] = 96] = "GRAVE_ACCENT";
  charset2[charset2["LATIN_SMALL_LETTER_A"] = 97] = "LATIN_SMALL_LETTER_A";
  charset2[charset2["LATIN_SMALL_LETTER_B"] = 98] = "LATIN_SMALL_LETTER_B";
  charset2[charset2["LATIN_SMALL_LETTER_C"] = 99] = "LATIN_SMALL_LETTER_C";
  charset2[charset2["LATIN_SMALL_LETTER_D"] = 100] = "LATIN_SMALL_LETTER_D";
  charset2[charset2["LATIN_SMALL_LETTER_E"] = 101] = "LATIN_SMALL_LETTER_E";
  charset2[charset2["LATIN_SMALL_LETTER_F"] = 102] = "LATIN_SMALL_LETTER_F";
  charset2[charset2["LATIN_SMALL_LETTER_G"] = 103] = "LATIN_SMALL_LETTER_G";
  charset2[charset2["LATIN_SMALL_LETTER_H"] = 104] = "LATIN_SMALL_LETTER_H";
  charset2[charset2["LATIN_SMALL_LETTER_I"] = 105] = "LATIN_SMALL_LETTER_I";
  charset2[charset2["LATIN_SMALL_LETTER_J"] = 106] = "LATIN_SMALL_LETTER_J";
  charset2[charset2["LATIN_SMALL_LETTER_K"] = 107] = "LATIN_SMALL_LETTER_K";
  charset2[charset2["LATIN_SMALL_LETTER_L"] = 108] = "LATIN_SMALL_LETTER_L";
  charset2[charset2["LATIN_SMALL_LETTER_M"] = 109] = "LATIN_SMALL_LETTER_M";
  charset2[charset2["LATIN_SMALL_LETTER_N"] = 110] = "LATIN_SMALL_LETTER_N";
  charset2[charset2["LATIN_SMALL_LETTER_O"] = 111] = "LATIN_SMALL_LETTER_O";
  charset2[charset2["LATIN_SMALL_LETTER_P"] = 112] = "LATIN_SMALL_LETTER_P";
  charset2[charset2["LATIN_SMALL_LETTER_Q"] = 113] = "LATIN_SMALL_LETTER_Q";
  charset2[charset2["LATIN_SMALL_LETTER_R"] = 114] = "LATIN_SMALL_LETTER_R";
  charset2[charset2["LATIN_SMALL_LETTER_S"] = 115] = "LATIN_SMALL_LETTER_S";
  charset2[charset2["LATIN_SMALL_LETTER_T"] = 116] = "LATIN_SMALL_LETTER_T";
  charset2[charset2["LATIN_SMALL_LETTER_U"] = 117] = "LATIN_SMALL_LETTER_U";
  charset2[charset2["LATIN_SMALL_LETTER_V"] = 118] = "LATIN_SMALL_LETTER_V";
  charset2[charset2["LATIN_SMALL_LETTER_W"] = 119] = "LATIN_SMALL_LETTER_W";
  charset2[charset2["LATIN_SMALL_LETTER_X"] = 120] = "LATIN_SMALL_LETTER_X";
  charset2[charset2["LATIN_SMALL_LETTER_Y"] = 121] = "LATIN_SMALL_LETTER_Y";
  charset2[charset2["LATIN_SMALL_LETTER_Z"] = 122] = "LATIN_SMALL_LETTER_Z";
  charset2[charset2["LEFT_CURLY_BRACKET"] = 123] = "LEFT_CURLY_BRACKET";
  charset2[charset2["VERTICAL_LINE"] = 124] = "VERTICAL_LINE";
  charset2[charset2["RIGHT_CURLY_BRACKET"] = 125] = "RIGHT_CURLY_BRACKET";
  charset2[charset2["TILDE"] = 126] = "TILDE";
})(charset || (charset = {}));
var escapedSequences = {
  [
    34
    /* charset.QUOTATION_MARK */
  ]: 34,
  [
    92
    /* charset.REVERSE_SOLIDUS */
  ]: 92,
  [
    47
    /* charset.SOLIDUS */
  ]: 47,
  [
    98
    /* charset.LATIN_SMALL_LETTER_B */
  ]: 8,
  [
    102
    /* charset.LATIN_SMALL_LETTER_F */
  ]: 12,
  [
    110
    /* charset.LATIN_SMALL_LETTER_N */
  ]: 10,
  [
    114
    /* charset.LATIN_SMALL_LETTER_R */
  ]: 13,
  [
    116
    /* charset.LATIN_SMALL_LETTER_T */
  ]: 9
};

// node_modules/@streamparser/json/dist/mjs/tokenizer.js
var TokenizerStates;
(function(TokenizerStates2) {
  TokenizerStates2[TokenizerStates2["START"] = 0] = "START";
  TokenizerStates2[TokenizerStates2["ENDED"] = 1] = "ENDED";
  TokenizerStates2[TokenizerStates2["ERROR"] = 2] = "ERROR";
  TokenizerStates2[TokenizerStates2["TRUE1"] = 3] = "TRUE1";
  TokenizerStates2[TokenizerStates2["TRUE2"] = 4] = "TRUE2";
  TokenizerStates2[TokenizerStates2["TRUE3"] = 5] = "TRUE3";
  TokenizerStates2[TokenizerStates2["FALSE1"] = 6] = "FALSE1";
  TokenizerStates2[TokenizerStates2["FALSE2"] = 7] = "FALSE2";
  TokenizerStates2[TokenizerStates2["FALSE3"] = 8] = "FALSE3";
  TokenizerStates2[TokenizerStates2["FALSE4"] = 9] = "FALSE4";
  TokenizerStates2[TokenizerStates2["NULL1"] = 10] = "NULL1";
  TokenizerStates2[TokenizerStates2["NULL2"] = 11] = "NULL2";
  TokenizerStates2[TokenizerStates2["NULL3"] = 12] = "NULL3";
  TokenizerStates2[TokenizerStates2["STRING_DEFAULT"] = 13] = "STRING_DEFAULT";
  TokenizerStates2[TokenizerStates2["STRING_AFTER_BACKSLASH"] = 14] = "STRING_AFTER_BACKSLASH";
  TokenizerStates2[TokenizerStates2["STRING_UNICODE_DIGIT_1"] = 15] = "STRING_UNICODE_DIGIT_1";
  TokenizerStates2[TokenizerStates2["STRING_UNICODE_DIGIT_2"] = 16] = "STRING_UNICODE_DIGIT_2";
  TokenizerStates2[TokenizerStates2["STRING_UNICODE_DIGIT_3"] = 17] = "STRING_UNICODE_DIGIT_3";
  TokenizerStates2[TokenizerStates2["STRING_UNICODE_DIGIT_4"] = 18] = "STRING_UNICODE_DIGIT_4";
  TokenizerStates2[TokenizerStates2["STRING_INCOMPLETE_CHAR"] = 19] = "STRING_INCOMPLETE_CHAR";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_INITIAL_MINUS"] = 20] = "NUMBER_AFTER_INITIAL_MINUS";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_INITIAL_ZERO"] = 21] = "NUMBER_AFTER_INITIAL_ZERO";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_INITIAL_NON_ZERO"] = 22] = "NUMBER_AFTER_INITIAL_NON_ZERO";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_FULL_STOP"] = 23] = "NUMBER_AFTER_FULL_STOP";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_DECIMAL"] = 24] = "NUMBER_AFTER_DECIMAL";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_E"] = 25] = "NUMBER_AFTER_E";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_E_AND_SIGN"] = 26] = "NUMBER_AFTER_E_AND_SIGN";
  TokenizerStates2[TokenizerStates2["NUMBER_AFTER_E_AND_DIGIT"] = 27] = "NUMBER_AFTER_E_AND_DIGIT";
  TokenizerStates2[TokenizerStates2["SEPARATOR"] = 28] = "SEPARATOR";
  TokenizerStates2[TokenizerStates2["BOM_OR_START"] = 29] = "BOM_OR_START";
  TokenizerStates2[TokenizerStates2["BOM"] = 30] = "BOM";
})(TokenizerStates || (TokenizerStates = {}));
function TokenizerStateToString(tokenizerState) {
  return [
    "START",
    "ENDED",
    "ERROR",
    "TRUE1",
    "TRUE2",
    "TRUE3",
    "FALSE1",
    "FALSE2",
    "FALSE3",
    "FALSE4",
    "NULL1",
    "NULL2",
    "NULL3",
    "STRING_DEFAULT",
    "STRING_AFTER_BACKSLASH",
    "STRING_UNICODE_DIGIT_1",
    "STRING_UNICODE_DIGIT_2",
    "STRING_UNICODE_DIGIT_3",
    "STRING_UNICODE_DIGIT_4",
    "STRING_INCOMPLETE_CHAR",
    "NUMBER_AFTER_INITIAL_MINUS",
    "NUMBER_AFTER_INITIAL_ZERO",
    "NUMBER_AFTER_INITIAL_NON_ZERO",
    "NUMBER_AFTER_FULL_STOP",
    "NUMBER_AFTER_DECIMAL",
    "NUMBER_AFTER_E",
    "NUMBER_AFTER_E_AND_SIGN",
    "NUMBER_AFTER_E_AND_DIGIT",
    "SEPARATOR",
    "BOM_OR_START",
    "BOM"
  ][tokenizerState];
}
var defaultOpts = {
  stringBufferSize: 0,
  numberBufferSize: 0,
  separator: void 0,
  emitPartialTokens: false
};
var TokenizerError = class _TokenizerError extends Error {
  /**
   * @param message What went wrong.
   */
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _TokenizerError.prototype);
  }
};
function validateBufferSize(name, size) {
  if (size === void 0)
    return;
  if (!Number.isInteger(size) || size < 0) {
    throw new TokenizerError(`Invalid "${name}": ${size}. Expected a non-negative integer.`);
  }
}
function utf8SequenceLength(leadByte) {
  if (leadByte >= 194 && leadByte <= 223)
    return 2;
  if (leadByte <= 239)
    return 3;
  return 4;
}
function multiByteRunEnd(buffer, start) {
  let j = start;
  while (j < buffer.length && buffer[j] >= 128) {
    const seqLength = utf8SequenceLength(buffer[j]);
    if (j + seqLength > buffer.length)
      break;
    j += seqLength;
  }
  return j;
}
var Tokenizer = class {
  /**
   * @param opts How to tokenize. See {@linkcode TokenizerOptions}.
   */
  constructor(opts) {
    this.state = 29;
    this.bomIndex = 0;
    this.separatorIndex = 0;
    this.escapedCharsByteLength = 0;
    this.bytes_remaining = 0;
    this.bytes_in_sequence = 0;
    this.char_split_buffer = new Uint8Array(4);
    this.encoder = new TextEncoder();
    this.offset = -1;
    this.streamByteLength = 0;
    opts = Object.assign(Object.assign({}, defaultOpts), opts);
    validateBufferSize("stringBufferSize", opts.stringBufferSize);
    validateBufferSize("numberBufferSize", opts.numberBufferSize);
    this.emitPartialTokens = opts.emitPartialTokens === true;
    this.bufferedString = opts.stringBufferSize && opts.stringBufferSize > 4 ? new BufferedString(opts.stringBufferSize) : new NonBufferedString();
    this.bufferedNumber = opts.numberBufferSize && opts.numberBufferSize > 0 ? new BufferedString(opts.numberBufferSize) : new NonBufferedString();
    this.separator = opts.separator;
    this.separatorBytes = opts.separator ? this.encoder.encode(opts.separator) : void 0;
  }
  /** Whether the tokenizer is ended, and thus no longer accepting data. */
  get isEnded() {
    return this.state === 1;
  }
  // Appends the code unit decoded from one \uXXXX escape, matching
  // JSON.parse's handling of surrogates: a valid high/low surrogate pair
  // combines into one character; an unpaired high or low surrogate is kept
  // as a raw UTF-16 code unit rather than replaced or dropped (JS strings
  // are free to contain lone surrogates; only encoding them as UTF-8 bytes
  // is lossy, which is why appendCharCode -- not the encoder -- is used for
  // them).
  appendUnicodeCodeUnit(intVal) {
    if (this.highSurrogate !== void 0) {
      if (intVal >= 56320 && intVal <= 57343) {
        const unicodeString2 = String.fromCharCode(this.highSurrogate, intVal);
        const unicodeBuffer2 = this.encoder.encode(unicodeString2);
        this.bufferedString.appendBuf(unicodeBuffer2);
        this.escapedCharsByteLength += 6 - unicodeBuffer2.byteLength;
        this.highSurrogate = void 0;
        return;
      }
      this.flushPendingHighSurrogate();
    }
    if (intVal >= 55296 && intVal <= 56319) {
      this.highSurrogate = intVal;
      this.escapedCharsByteLength += 6;
      return;
    }
    if (intVal >= 56320 && intVal <= 57343) {
      this.bufferedString.appendCharCode(intVal);
      this.escapedCharsByteLength += 6;
      return;
    }
    const unicodeString = String.fromCharCode(intVal);
    const unicodeBuffer = this.encoder.encode(unicodeString);
    this.bufferedString.appendBuf(unicodeBuffer);
    this.escapedCharsByteLength += 6 - unicodeBuffer.byteLength;
  }
  flushPendingHighSurrogate() {
    if (this.highSurrogate !== void 0) {
      this.bufferedString.appendCharCode(this.highSurrogate);
      this.highSurrogate = void 0;
    }
  }
  // Stash the leading bytes of a multi-byte character split across the chunk
  // boundary; STRING_INCOMPLETE_CHAR completes it from the next chunk.
  startIncompleteChar(buffer, start) {
    this.bytes_in_sequence = utf8SequenceLength(buffer[start]);
    this.bytes_remaining = start + this.bytes_in_sequence - buffer.length;
    this.char_split_buffer.set(buffer.subarray(start));
    this.state = 19;
  }
  /**
   * Pushes the next chunk of the JSON stream into the tokenizer.
   *
   * Tokenizing happens synchronously, so every token in `input` is emitted
   * through {@linkcode Tokenizer.onToken} before this returns. A chunk may end
   * anywhere, including in the middle of a multi-byte character; the rest of it
   * is picked up from the next chunk.
   *
   * @param input The chunk to tokenize: a string, a `TypedArray`, or any
   * iterable of utf-8 byte values.
   * @throws {TokenizerError} If the data is not valid JSON and no
   * {@linkcode Tokenizer.onError} callback has been set.
   */
  write(input) {
    try {
      let buffer;
      if (input instanceof Uint8Array) {
        buffer = input;
      } else if (typeof input === "string") {
        if (this.pendingStringSurrogate !== void 0) {
          input = this.pendingStringSurrogate + input;
          this.pendingStringSurrogate = void 0;
        }
        const lastCharCode = input.charCodeAt(input.length - 1);
        if (lastCharCode >= 55296 && lastCharCode <= 56319) {
          this.pendingStringSurrogate = input[input.length - 1];
          input = input.slice(0, -1);
        }
        buffer = this.encoder.encode(input);
      } else if (ArrayBuffer.isView(input)) {
        buffer = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      } else if (input !== null && typeof input === "object" && typeof input[Symbol.iterator] === "function") {
        buffer = Uint8Array.from(input);
      } else {
        throw new TypeError("Unexpected type. The `write` function only accepts Iterables (e.g. Arrays, Sets, Generators), TypedArrays and Strings.");
      }
      for (let i = 0; i < buffer.length; i += 1) {
        const n = buffer[i];
        switch (this.state) {
          // @ts-expect-error fall through case
          case 29:
            if (n === 239) {
              this.bom = [239, 187, 191];
              this.bomIndex += 1;
              this.state = 30;
              continue;
            }
            if (input instanceof Uint16Array) {
              if (n === 254) {
                this.bom = [254, 255];
                this.bomIndex += 1;
                this.state = 30;
                continue;
              }
              if (n === 255) {
                this.bom = [255, 254];
                this.bomIndex += 1;
                this.state = 30;
                continue;
              }
            }
            if (input instanceof Uint32Array) {
              if (n === 0) {
                this.bom = [0, 0, 254, 255];
                this.bomIndex += 1;
                this.state = 30;
                continue;
              }
              if (n === 255) {
                this.bom = [255, 254, 0, 0];
                this.bomIndex += 1;
                this.state = 30;
                continue;
              }
            }
          case 0:
            this.offset += 1;
            if (this.separatorBytes && n === this.separatorBytes[0]) {
              if (this.separatorBytes.length === 1) {
                this.state = 0;
                this.onToken({
                  token: tokenType_default.SEPARATOR,
                  value: this.separator,
                  offset: this.offset + this.separatorBytes.length - 1
                });
                continue;
              }
              this.state = 28;
              continue;
            }
            if (n === 32 || n === 10 || n === 13 || n === 9) {
              continue;
            }
            if (n === 123) {
              this.onToken({
                token: tokenType_default.LEFT_BRACE,
                value: "{",
                offset: this.offset
              });
              continue;
            }
            if (n === 125) {
              this.onToken({
                token: tokenType_default.RIGHT_BRACE,
                value: "}",
                offset: this.offset
              });
              continue;
            }
            if (n === 91) {
              this.onToken({
                token: tokenType_default.LEFT_BRACKET,
                value: "[",
                offset: this.offset
              });
              continue;
            }
            if (n === 93) {
              this.onToken({
                token: tokenType_default.RIGHT_BRACKET,
                value: "]",
                offset: this.offset
              });
              continue;
            }
            if (n === 58) {
              this.onToken({
                token: tokenType_default.COLON,
                value: ":",
                offset: this.offset
              });
              continue;
            }
            if (n === 44) {
              this.onToken({
                token: tokenType_default.COMMA,
                value: ",",
                offset: this.offset
              });
              continue;
            }
            if (n === 116) {
              this.state = 3;
              continue;
            }
            if (n === 102) {
              this.state = 6;
              continue;
            }
            if (n === 110) {
              this.state = 10;
              continue;
            }
            if (n === 34) {
              this.bufferedString.reset();
              this.escapedCharsByteLength = 0;
              this.state = 13;
              continue;
            }
            if (n >= 49 && n <= 57) {
              this.bufferedNumber.reset();
              this.bufferedNumber.appendChar(n);
              this.state = 22;
              continue;
            }
            if (n === 48) {
              this.bufferedNumber.reset();
              this.bufferedNumber.appendChar(n);
              this.state = 21;
              continue;
            }
            if (n === 45) {
              this.bufferedNumber.reset();
              this.bufferedNumber.appendChar(n);
              this.state = 20;
              continue;
            }
            break;
          // STRING
          case 13:
            if (n === 34) {
              this.flushPendingHighSurrogate();
              const string = this.bufferedString.toString();
              this.state = 0;
              this.onToken({
                token: tokenType_default.STRING,
                value: string,
                offset: this.offset
              });
              this.offset += this.escapedCharsByteLength + this.bufferedString.byteLength + 1;
              continue;
            }
            if (n === 92) {
              this.state = 14;
              continue;
            }
            if (n >= 128) {
              this.flushPendingHighSurrogate();
              const runEnd = multiByteRunEnd(buffer, i);
              if (runEnd > i) {
                this.bufferedString.appendBuf(buffer, i, runEnd);
                i = runEnd - 1;
              }
              if (runEnd < buffer.length && buffer[runEnd] >= 128) {
                this.startIncompleteChar(buffer, runEnd);
                i = buffer.length - 1;
              }
              continue;
            }
            if (n >= 32) {
              this.flushPendingHighSurrogate();
              let j = i;
              while (j < buffer.length) {
                const b = buffer[j];
                if (b < 32 || b >= 128 || b === 34 || b === 92)
                  break;
                j += 1;
              }
              if (j - i >= 16) {
                this.bufferedString.appendBuf(buffer, i, j);
              } else {
                for (let k = i; k < j; k += 1)
                  this.bufferedString.appendChar(buffer[k]);
              }
              i = j - 1;
              continue;
            }
            break;
          case 19: {
            const available = Math.min(this.bytes_remaining, buffer.length - i);
            this.char_split_buffer.set(buffer.subarray(i, i + available), this.bytes_in_sequence - this.bytes_remaining);
            this.bytes_remaining -= available;
            if (this.bytes_remaining > 0) {
              i = buffer.length - 1;
              continue;
            }
            this.bufferedString.appendBuf(this.char_split_buffer, 0, this.bytes_in_sequence);
            i += available - 1;
            this.state = 13;
            continue;
          }
          case 14: {
            const controlChar = escapedSequences[n];
            if (controlChar) {
              this.flushPendingHighSurrogate();
              this.bufferedString.appendChar(controlChar);
              this.escapedCharsByteLength += 1;
              this.state = 13;
              continue;
            }
            if (n === 117) {
              this.unicode = "";
              this.state = 15;
              continue;
            }
            break;
          }
          case 15:
          case 16:
          case 17:
            if (n >= 48 && n <= 57 || n >= 65 && n <= 70 || n >= 97 && n <= 102) {
              this.unicode += String.fromCharCode(n);
              this.state += 1;
              continue;
            }
            break;
          case 18:
            if (n >= 48 && n <= 57 || n >= 65 && n <= 70 || n >= 97 && n <= 102) {
              const intVal = parseInt(this.unicode + String.fromCharCode(n), 16);
              this.appendUnicodeCodeUnit(intVal);
              this.state = 13;
              continue;
            }
            break;
          // Number
          case 20:
            if (n === 48) {
              this.bufferedNumber.appendChar(n);
              this.state = 21;
              continue;
            }
            if (n >= 49 && n <= 57) {
              this.bufferedNumber.appendChar(n);
              this.state = 22;
              continue;
            }
            break;
          case 21:
            if (n === 46) {
              this.bufferedNumber.appendChar(n);
              this.state = 23;
              continue;
            }
            if (n === 101 || n === 69) {
              this.bufferedNumber.appendChar(n);
              this.state = 25;
              continue;
            }
            i -= 1;
            this.state = 0;
            this.emitNumber();
            continue;
          case 22:
            if (n >= 48 && n <= 57) {
              this.bufferedNumber.appendChar(n);
              continue;
            }
            if (n === 46) {
              this.bufferedNumber.appendChar(n);
              this.state = 23;
              continue;
            }
            if (n === 101 || n === 69) {
              this.bufferedNumber.appendChar(n);
              this.state = 25;
              continue;
            }
            i -= 1;
            this.state = 0;
            this.emitNumber();
            continue;
          case 23:
            if (n >= 48 && n <= 57) {
              this.bufferedNumber.appendChar(n);
              this.state = 24;
              continue;
            }
            break;
          case 24:
            if (n >= 48 && n <= 57) {
              this.bufferedNumber.appendChar(n);
              continue;
            }
            if (n === 101 || n === 69) {
              this.bufferedNumber.appendChar(n);
              this.state = 25;
              continue;
            }
            i -= 1;
            this.state = 0;
            this.emitNumber();
            continue;
          // @ts-expect-error fall through case
          case 25:
            if (n === 43 || n === 45) {
              this.bufferedNumber.appendChar(n);
              this.state = 26;
              continue;
            }
          case 26:
            if (n >= 48 && n <= 57) {
              this.bufferedNumber.appendChar(n);
              this.state = 27;
              continue;
            }
            break;
          case 27:
            if (n >= 48 && n <= 57) {
              this.bufferedNumber.appendChar(n);
              continue;
            }
            i -= 1;
            this.state = 0;
            this.emitNumber();
            continue;
          // TRUE
          case 3:
            if (n === 114) {
              this.state = 4;
              continue;
            }
            break;
          case 4:
            if (n === 117) {
              this.state = 5;
              continue;
            }
            break;
          case 5:
            if (n === 101) {
              this.state = 0;
              this.onToken({
                token: tokenType_default.TRUE,
                value: true,
                offset: this.offset
              });
              this.offset += 3;
              continue;
            }
            break;
          // FALSE
          case 6:
            if (n === 97) {
              this.state = 7;
              continue;
            }
            break;
          case 7:
            if (n === 108) {
              this.state = 8;
              continue;
            }
            break;
          case 8:
            if (n === 115) {
              this.state = 9;
              continue;
            }
            break;
          case 9:
            if (n === 101) {
              this.state = 0;
              this.onToken({
                token: tokenType_default.FALSE,
                value: false,
                offset: this.offset
              });
              this.offset += 4;
              continue;
            }
            break;
          // NULL
          case 10:
            if (n === 117) {
              this.state = 11;
              continue;
            }
            break;
          case 11:
            if (n === 108) {
              this.state = 12;
              continue;
            }
            break;
          case 12:
            if (n === 108) {
              this.state = 0;
              this.onToken({
                token: tokenType_default.NULL,
                value: null,
                offset: this.offset
              });
              this.offset += 3;
              continue;
            }
            break;
          case 28:
            this.separatorIndex += 1;
            if (!this.separatorBytes || n !== this.separatorBytes[this.separatorIndex]) {
              break;
            }
            if (this.separatorIndex === this.separatorBytes.length - 1) {
              this.state = 0;
              this.onToken({
                token: tokenType_default.SEPARATOR,
                value: this.separator,
                offset: this.offset + this.separatorIndex
              });
              this.separatorIndex = 0;
            }
            continue;
          // BOM support
          case 30:
            if (n === this.bom[this.bomIndex]) {
              if (this.bomIndex === this.bom.length - 1) {
                this.state = 0;
                this.bom = void 0;
                this.bomIndex = 0;
                continue;
              }
              this.bomIndex += 1;
              continue;
            }
            break;
          case 1:
            if (n === 32 || n === 10 || n === 13 || n === 9) {
              continue;
            }
        }
        throw new TokenizerError(`Unexpected "${String.fromCharCode(n)}" at chunk position "${i}" (absolute position "${this.streamByteLength + i}") in state ${TokenizerStateToString(this.state)}`);
      }
      this.streamByteLength += buffer.length;
      if (this.emitPartialTokens) {
        switch (this.state) {
          case 3:
          case 4:
          case 5:
            this.onToken({
              token: tokenType_default.TRUE,
              value: true,
              offset: this.offset,
              partial: true
            });
            break;
          case 6:
          case 7:
          case 8:
          case 9:
            this.onToken({
              token: tokenType_default.FALSE,
              value: false,
              offset: this.offset,
              partial: true
            });
            break;
          case 10:
          case 11:
          case 12:
            this.onToken({
              token: tokenType_default.NULL,
              value: null,
              offset: this.offset,
              partial: true
            });
            break;
          case 13: {
            const string = this.bufferedString.toString();
            this.onToken({
              token: tokenType_default.STRING,
              value: string,
              offset: this.offset,
              partial: true
            });
            break;
          }
          case 21:
          case 22:
          case 24:
          case 27:
            try {
              this.onToken({
                token: tokenType_default.NUMBER,
                value: this.parseNumber(this.bufferedNumber.toString()),
                offset: this.offset,
                partial: true
              });
            } catch (_a) {
            }
        }
      }
    } catch (err) {
      this.error(err);
    }
  }
  emitNumber() {
    this.onToken({
      token: tokenType_default.NUMBER,
      value: this.parseNumber(this.bufferedNumber.toString()),
      offset: this.offset
    });
    this.offset += this.bufferedNumber.byteLength - 1;
  }
  /**
   * Turns the characters of a JSON number into a JavaScript value.
   *
   * Equivalent to `Number(numberStr)`. Override it to handle numbers that a
   * JavaScript number can't represent, for example by keeping them as strings.
   *
   * @param numberStr The number, as it appeared in the JSON stream.
   * @returns The parsed number.
   */
  parseNumber(numberStr) {
    return Number(numberStr);
  }
  /**
   * Puts the tokenizer in an error state and reports `err` through
   * {@linkcode Tokenizer.onError}. The tokenizer can't be used afterwards.
   *
   * @param err What went wrong.
   */
  error(err) {
    if (this.state !== 1) {
      this.state = 2;
    }
    this.onError(err);
  }
  /**
   * Signals that the stream is over, flushing any number that was still being
   * tokenized and then ending the tokenizer, which can't be used afterwards.
   *
   * @throws {TokenizerError} If the stream ended in the middle of a token and no
   * {@linkcode Tokenizer.onError} callback has been set.
   */
  end() {
    switch (this.state) {
      case 21:
      case 22:
      case 24:
      case 27:
        this.state = 1;
        this.emitNumber();
        this.onEnd();
        break;
      case 29:
      case 0:
      case 2:
        this.state = 1;
        this.onEnd();
        break;
      default:
        this.error(new TokenizerError(`Tokenizer ended in the middle of a token (state: ${TokenizerStateToString(this.state)}). Either not all the data was received or the data was invalid.`));
    }
  }
  /**
   * Called with every token found in the stream. Override it to consume them;
   * by default it throws.
   *
   * @param parsedToken The token and where it was found.
   */
  // biome-ignore lint/correctness/noUnusedFunctionParameters: override point; the parameter is part of the public signature
  onToken(parsedToken) {
    throw new TokenizerError(`Can't emit tokens before the "onToken" callback has been set up.`);
  }
  /**
   * Called when the data can't be tokenized. Override it to handle errors
   * asynchronously; by default it throws, so the error surfaces out of the
   * {@linkcode Tokenizer.write} or {@linkcode Tokenizer.end} call that caused it.
   *
   * @param err What went wrong.
   */
  onError(err) {
    throw err;
  }
  /** Called once the tokenizer has ended. Override it to react to that; by default it does nothing. */
  onEnd() {
  }
};

// node_modules/@streamparser/json/dist/mjs/tokenparser.js
var TokenParserState;
(function(TokenParserState2) {
  TokenParserState2[TokenParserState2["VALUE"] = 0] = "VALUE";
  TokenParserState2[TokenParserState2["KEY"] = 1] = "KEY";
  TokenParserState2[TokenParserState2["COLON"] = 2] = "COLON";
  TokenParserState2[TokenParserState2["COMMA"] = 3] = "COMMA";
  TokenParserState2[TokenParserState2["ENDED"] = 4] = "ENDED";
  TokenParserState2[TokenParserState2["ERROR"] = 5] = "ERROR";
  TokenParserState2[TokenParserState2["SEPARATOR"] = 6] = "SEPARATOR";
})(TokenParserState || (TokenParserState = {}));
function TokenParserStateToString(state) {
  return ["VALUE", "KEY", "COLON", "COMMA", "ENDED", "ERROR", "SEPARATOR"][state];
}
function setProperty(obj, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
    return;
  }
  obj[key] = value;
}
var defaultOpts2 = {
  paths: void 0,
  keepStack: true,
  separator: void 0,
  emitPartialValues: false
};
var TokenParserError = class _TokenParserError extends Error {
  /**
   * @param message What went wrong.
   */
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _TokenParserError.prototype);
  }
};
var TokenParser = class {
  /**
   * @param opts What to emit and how. See {@linkcode TokenParserOptions}.
   * @throws {TokenParserError} If any of the configured `paths` is not a valid selector.
   */
  constructor(opts) {
    this.state = 0;
    this.mode = void 0;
    this.key = void 0;
    this.value = void 0;
    this.stack = [];
    this.memberCount = 0;
    opts = Object.assign(Object.assign({}, defaultOpts2), opts);
    if (opts.paths) {
      const root = { children: /* @__PURE__ */ new Map(), terminal: false };
      let matchEverything = false;
      for (const path of opts.paths) {
        if (path === void 0 || path === "$*") {
          matchEverything = true;
          continue;
        }
        if (!path.startsWith("$"))
          throw new TokenParserError(`Invalid selector "${path}". Should start with "$".`);
        const segments = path.split(".").slice(1);
        if (segments.includes(""))
          throw new TokenParserError(`Invalid selector "${path}". ".." syntax not supported.`);
        let node = root;
        for (const segment of segments) {
          let child = node.children.get(segment);
          if (!child) {
            child = { children: /* @__PURE__ */ new Map(), terminal: false };
            node.children.set(segment, child);
          }
          node = child;
        }
        node.terminal = true;
      }
      if (!matchEverything)
        this.selectorTrie = root;
    }
    this.keepStack = opts.keepStack || false;
    this.separator = opts.separator;
    if (!opts.emitPartialValues) {
      this.emitPartial = () => {
      };
    }
  }
  shouldEmit() {
    if (!this.selectorTrie)
      return true;
    return this.matchesSelector(this.selectorTrie, 0);
  }
  // Depth-first walk of the selector trie down the current value's key path:
  //   [stack[1].key, ..., stack[n-1].key, this.key]   (n = stack.length)
  // A value matches iff some branch reaches a terminal node at the exact depth.
  // Recursion (rather than an explicit frontier) keeps the common single-path
  // walk allocation-free and short-circuits on the first match, like the old
  // rescan did, while collapsing its O(number of selectors) cost to O(depth).
  matchesSelector(node, level) {
    const keyCount = this.stack.length;
    if (level === keyCount)
      return node.terminal;
    const key = level < keyCount - 1 ? this.stack[level + 1].key : this.key;
    const wildcard = node.children.get("*");
    if (wildcard && this.matchesSelector(wildcard, level + 1))
      return true;
    const hasLiteralChild = node.children.size > (wildcard ? 1 : 0);
    if (hasLiteralChild) {
      const segment = key === null || key === void 0 ? void 0 : key.toString();
      if (segment !== void 0) {
        const child = node.children.get(segment);
        if (child && this.matchesSelector(child, level + 1))
          return true;
      }
    }
    return false;
  }
  push() {
    this.stack.push({
      key: this.key,
      value: this.value,
      mode: this.mode,
      emit: this.shouldEmit(),
      memberCount: this.memberCount
    });
  }
  pop() {
    const value = this.value;
    let emit;
    ({
      key: this.key,
      value: this.value,
      mode: this.mode,
      emit,
      memberCount: this.memberCount
    } = this.stack.pop());
    this.state = this.mode !== void 0 ? 3 : 0;
    this.emit(value, emit);
  }
  emit(value, emit) {
    if (!this.keepStack && this.value && this.stack.every((item) => !item.emit)) {
      if (Array.isArray(this.value)) {
        this.value.length -= 1;
      } else {
        delete this.value[this.key];
      }
    }
    if (emit) {
      this.onValue({
        value,
        key: this.key,
        parent: this.value,
        stack: this.stack
      });
    }
    if (this.stack.length === 0) {
      if (this.separator) {
        this.state = 6;
      } else if (this.separator === void 0) {
        this.end();
      }
    }
  }
  emitPartial(value) {
    if (!this.shouldEmit())
      return;
    if (this.state === 1) {
      this.onValue({
        value: void 0,
        key: value,
        parent: this.value,
        stack: this.stack,
        partial: true
      });
      return;
    }
    this.onValue({
      value,
      key: this.key,
      parent: this.value,
      stack: this.stack,
      partial: true
    });
  }
  /** Whether the token parser is ended, and thus no longer accepting tokens. */
  get isEnded() {
    return this.state === 4;
  }
  /**
   * Pushes the next token into the parser.
   *
   * Parsing happens synchronously, so every value that the token completes is
   * emitted through {@linkcode TokenParser.onValue} before this returns.
   *
   * @param parsedTokenInfo The token to process, as emitted by a tokenizer.
   * @throws {TokenParserError} If the token can't appear at this point of the
   * JSON document and no {@linkcode TokenParser.onError} callback has been set.
   */
  write({ token, value, partial }) {
    try {
      if (partial) {
        if (this.state !== 0 && this.state !== 1) {
          throw new TokenParserError(`Unexpected partial ${tokenType_default[token]} (${JSON.stringify(value)}) in state ${TokenParserStateToString(this.state)}`);
        }
        this.emitPartial(value);
        return;
      }
      if (this.state === 0) {
        if (token === tokenType_default.STRING || token === tokenType_default.NUMBER || token === tokenType_default.TRUE || token === tokenType_default.FALSE || token === tokenType_default.NULL) {
          if (this.mode === 0) {
            setProperty(this.value, this.key, value);
            this.state = 3;
            this.memberCount++;
          } else if (this.mode === 1) {
            this.value.push(value);
            this.state = 3;
            this.memberCount++;
          }
          this.emit(value, this.shouldEmit());
          return;
        }
        if (token === tokenType_default.LEFT_BRACE) {
          this.memberCount++;
          this.push();
          if (this.mode === 0) {
            const val = {};
            setProperty(this.value, this.key, val);
            this.value = val;
          } else if (this.mode === 1) {
            const val = {};
            this.value.push(val);
            this.value = val;
          } else {
            this.value = {};
          }
          this.mode = 0;
          this.state = 1;
          this.key = void 0;
          this.memberCount = 0;
          this.emitPartial();
          return;
        }
        if (token === tokenType_default.LEFT_BRACKET) {
          this.memberCount++;
          this.push();
          if (this.mode === 0) {
            const val = [];
            setProperty(this.value, this.key, val);
            this.value = val;
          } else if (this.mode === 1) {
            const val = [];
            this.value.push(val);
            this.value = val;
          } else {
            this.value = [];
          }
          this.mode = 1;
          this.state = 0;
          this.key = 0;
          this.memberCount = 0;
          this.emitPartial();
          return;
        }
        if (this.mode === 1 && token === tokenType_default.RIGHT_BRACKET && this.memberCount === 0) {
          this.pop();
          return;
        }
      }
      if (this.state === 1) {
        if (token === tokenType_default.STRING) {
          this.key = value;
          this.state = 2;
          this.emitPartial();
          return;
        }
        if (token === tokenType_default.RIGHT_BRACE && this.memberCount === 0) {
          this.pop();
          return;
        }
      }
      if (this.state === 2) {
        if (token === tokenType_default.COLON) {
          this.state = 0;
          return;
        }
      }
      if (this.state === 3) {
        if (token === tokenType_default.COMMA) {
          if (this.mode === 1) {
            this.state = 0;
            this.key += 1;
            return;
          }
          if (this.mode === 0) {
            this.state = 1;
            return;
          }
        }
        if (token === tokenType_default.RIGHT_BRACE && this.mode === 0 || token === tokenType_default.RIGHT_BRACKET && this.mode === 1) {
          this.pop();
          return;
        }
      }
      if (this.state === 6) {
        if (token === tokenType_default.SEPARATOR && value === this.separator) {
          this.state = 0;
          return;
        }
      }
      if (token === tokenType_default.SEPARATOR && this.state !== 6 && Array.from(value).map((n) => n.charCodeAt(0)).every(
        (n) => n === 32 || n === 10 || n === 13 || n === 9
        /* charset.TAB */
      )) {
        return;
      }
      throw new TokenParserError(`Unexpected ${tokenType_default[token]} (${JSON.stringify(value)}) in state ${TokenParserStateToString(this.state)}`);
    } catch (err) {
      this.error(err);
    }
  }
  /**
   * Puts the token parser in an error state and reports `err` through
   * {@linkcode TokenParser.onError}. The parser can't be used afterwards.
   *
   * @param err What went wrong.
   */
  error(err) {
    if (this.state !== 4) {
      this.state = 5;
    }
    this.onError(err);
  }
  /**
   * Signals that there are no more tokens, ending the token parser, which can't
   * be used afterwards.
   *
   * @throws {Error} If the JSON document was left half-parsed and no
   * {@linkcode TokenParser.onError} callback has been set.
   */
  end() {
    if (this.state !== 0 && this.state !== 6 || this.stack.length > 0) {
      this.error(new Error(`Parser ended in mid-parsing (state: ${TokenParserStateToString(this.state)}). Either not all the data was received or the data was invalid.`));
    } else {
      this.state = 4;
      this.onEnd();
    }
  }
  /**
   * Called with every value that matches the configured `paths`. Override it to
   * consume them; by default it throws.
   *
   * @param parsedElementInfo The value and where it was found. Its `parent` and
   * `stack` are live references into the parser's in-progress structures, so use
   * `cloneParsedElementInfo` to snapshot them if they need to outlive the call.
   */
  // biome-ignore lint/correctness/noUnusedFunctionParameters: override point; the parameter is part of the public signature
  onValue(parsedElementInfo) {
    throw new TokenParserError(`Can't emit data before the "onValue" callback has been set up.`);
  }
  /**
   * Called when the tokens don't add up to valid JSON. Override it to handle
   * errors asynchronously; by default it throws, so the error surfaces out of the
   * {@linkcode TokenParser.write} or {@linkcode TokenParser.end} call that caused it.
   *
   * @param err What went wrong.
   */
  onError(err) {
    throw err;
  }
  /** Called once the token parser has ended. Override it to react to that; by default it does nothing. */
  onEnd() {
  }
};

// node_modules/@streamparser/json/dist/mjs/utils/types/stackElement.js
var TokenParserMode;
(function(TokenParserMode2) {
  TokenParserMode2[TokenParserMode2["OBJECT"] = 0] = "OBJECT";
  TokenParserMode2[TokenParserMode2["ARRAY"] = 1] = "ARRAY";
})(TokenParserMode || (TokenParserMode = {}));

// src/changes/terraform/load.ts
var streaming = { thresholdBytes: 256 * 1024 * 1024 };
var SHOW_HINT = "run `terraform show -json plan.out > plan.json` and pass plan.json";
async function loadPlan(file, ctx) {
  let size;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new InputError(file, `is a directory, expected a plan JSON file (${SHOW_HINT})`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = e.code;
    if (code === "ENOENT") throw new InputError(file, "file not found");
    throw new InputError(file, `cannot be read (${code ?? String(e)})`);
  }
  if (size === 0) throw new InputError(file, `is empty: expected the output of \`terraform show -json\` (${SHOW_HINT})`);
  const head = await readHead(file, 8);
  if (head[0] === 80 && head[1] === 75) return loadBinaryPlan(file, ctx);
  if (size > streaming.thresholdBytes) {
    return streamPlan(file);
  }
  return parseText(file, await readFile(file, "utf8"));
}
async function readHead(file, n) {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function loadBinaryPlan(file, ctx) {
  const binaryProblem = `is a binary plan: ${SHOW_HINT}`;
  if (!ctx.exec) throw new InputError(file, binaryProblem);
  const failures = [];
  let ran = false;
  for (const program of ["terraform", "tofu"]) {
    let result;
    try {
      result = await ctx.exec(program, ["show", "-json", file]);
    } catch {
      failures.push(`${program} not runnable`);
      continue;
    }
    ran = true;
    if (result.code === 0 && result.stdout.trim()) {
      const loaded = parseText(file, result.stdout);
      loaded.meta.converted = `${program} show -json`;
      loaded.warnings.push(`binary plan converted with \`${program} show -json\``);
      return loaded;
    }
    failures.push(`\`${program} show -json\` exited ${result.code}`);
  }
  if (!ran) throw new InputError(file, binaryProblem);
  throw new InputError(
    file,
    `is a binary plan and ${failures.join(", ")}: run \`terraform show -json plan.out > plan.json\` in the initialized working directory and pass plan.json`
  );
}
var WRAPPER_LINE = /^(\[command\]|::debug::|::set-output |::group::|::endgroup::)/m;
function parseText(file, rawText) {
  const warnings = [];
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  if (!text.trim()) throw new InputError(file, `is empty: expected the output of \`terraform show -json\` (${SHOW_HINT})`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    if (WRAPPER_LINE.test(text)) {
      parsed = extractFromWrapper(file, text);
      warnings.push(
        "the file holds hashicorp/setup-terraform wrapper output around the JSON; the plan JSON was extracted (set `terraform_wrapper: false` to get plain JSON)"
      );
    } else {
      throw notJson(file, text, e);
    }
  }
  const plan = checkTop(file, parsed);
  const builder = new DigestBuilder(file);
  const digest = digestParsedPlan(builder, plan);
  return { digest, warnings, meta: {} };
}
function extractFromWrapper(file, text) {
  for (const line of text.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line);
    } catch {
    }
  }
  throw new InputError(
    file,
    "is hashicorp/setup-terraform wrapper output without a complete plan JSON line: set `terraform_wrapper: false` on setup-terraform and run `terraform show -json plan.out > plan.json`"
  );
}
function notJson(file, text, e) {
  const msg = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(msg);
  let before;
  if (pos) before = text.slice(0, Number(pos[1]));
  else {
    const at = jsonErrorOffset(text);
    if (at !== void 0) before = Buffer.from(text, "utf8").subarray(0, at).toString("utf8");
  }
  let where;
  if (before !== void 0) {
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    where = `line ${line} column ${column}`;
  }
  const firstLine = text.trimStart().slice(0, 40).split("\n")[0] ?? "";
  return new InputError(file, `is not JSON (starts with ${JSON.stringify(firstLine)}): expected \`terraform show -json\` output`, where);
}
function jsonErrorOffset(text) {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser();
  tokenizer.onToken = (info) => parser.write(info);
  parser.onError = (err) => tokenizer.error(err);
  let offset;
  tokenizer.onError = (err) => {
    const m = /position "?(\d+)/.exec(err.message);
    if (m && offset === void 0) offset = Number(m[1]);
  };
  parser.onValue = () => void 0;
  try {
    tokenizer.write(text);
    tokenizer.end();
  } catch {
  }
  return offset;
}
function checkTop(file, parsed) {
  if (!isObject(parsed)) {
    throw new InputError(file, `is JSON but not a Terraform plan (top level is ${Array.isArray(parsed) ? "an array" : typeof parsed}, expected an object)`);
  }
  const kind = classify(parsed);
  if (kind !== "plan") throw new InputError(file, describeNonPlan(kind));
  const top = planTopSchema.safeParse(parsed);
  if (!top.success) throw validationError(file, top.error, []);
  return parsed;
}
function classify(obj, keys) {
  const has = (k) => keys ? keys.has(k) : Object.prototype.hasOwnProperty.call(obj, k);
  const planMarker = has("resource_changes") || has("planned_values") || has("prior_state") || has("resource_drift");
  if (planMarker) return "plan";
  if (!has("format_version") && typeof obj.version === "number" && (has("lineage") || has("serial"))) return "raw-state";
  if (has("format_version") && has("values")) return "shown-state";
  return "other";
}
function describeNonPlan(kind) {
  switch (kind) {
    case "raw-state":
      return "is a Terraform state file (terraform.tfstate), not a plan: run `terraform plan -out=plan.out && terraform show -json plan.out > plan.json`";
    case "shown-state":
      return "is the JSON of a Terraform state (`terraform show -json` without a plan file), not a plan: run `terraform plan -out=plan.out && terraform show -json plan.out > plan.json`";
    default:
      return `is JSON but not a Terraform plan (no \`format_version\` with \`planned_values\`/\`resource_changes\`): ${SHOW_HINT}`;
  }
}
var MAX_MODULE_DEPTH = 12;
var TOKEN = { LEFT_BRACE: 0, RIGHT_BRACE: 1, LEFT_BRACKET: 2, RIGHT_BRACKET: 3, COLON: 4, STRING: 9 };
function streamPaths() {
  const paths = [
    "$.format_version",
    "$.terraform_version",
    "$.errored",
    "$.complete",
    "$.applyable",
    "$.version",
    "$.lineage",
    "$.resource_changes.*",
    "$.resource_drift.*"
  ];
  let config = "$.configuration.root_module";
  let prior = "$.prior_state.values.root_module";
  for (let depth = 0; depth <= MAX_MODULE_DEPTH; depth++) {
    paths.push(`${config}.resources.*`);
    if (depth > 0) paths.push(`${config}.outputs.*`);
    paths.push(`${config}.module_calls.*.expressions.*`);
    paths.push(`${prior}.resources.*`);
    config += ".module_calls.*.module";
    prior += ".child_modules.*";
  }
  return paths;
}
async function streamPlan(file) {
  const builder = new DigestBuilder(file);
  const warnings = [];
  const top = {};
  let rcIndex = 0;
  let failure;
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: streamPaths(), keepStack: false });
  const topKeys = /* @__PURE__ */ new Set();
  let depth = 0;
  let lastString;
  tokenizer.onToken = (info) => {
    const t = info.token;
    if (t === TOKEN.LEFT_BRACE || t === TOKEN.LEFT_BRACKET) depth++;
    else if (t === TOKEN.RIGHT_BRACE || t === TOKEN.RIGHT_BRACKET) depth--;
    else if (depth === 1) {
      if (t === TOKEN.STRING) lastString = info.value;
      else if (t === TOKEN.COLON && lastString !== void 0) topKeys.add(lastString);
    }
    parser.write(info);
  };
  tokenizer.onEnd = () => {
    if (!parser.isEnded) parser.end();
  };
  parser.onError = (e) => tokenizer.error(e);
  parser.onValue = ({ value, key, stack }) => {
    if (failure) return;
    try {
      const keys = stack.map((s) => s.key);
      if (keys.length === 1) {
        if (typeof key === "string") top[key] = value;
        return;
      }
      const head = String(keys[1]);
      const last = keys[keys.length - 1];
      if (head === "resource_changes") builder.resourceChange(value, rcIndex++);
      else if (head === "resource_drift") builder.drift();
      else if (head === "configuration") {
        if (last === "resources") builder.configResource(moduleCallPath(keys), value);
        else if (last === "outputs" && typeof key === "string") builder.moduleOutput(moduleCallPath(keys), key, value);
        else if (last === "expressions" && typeof key === "string") builder.moduleInput(moduleCallPath(keys), key, value);
      } else if (head === "prior_state") builder.priorResource(value);
    } catch (e) {
      failure = e;
    }
  };
  let prefixSkipped = false;
  let ended = false;
  parser.onEnd = () => {
    ended = true;
    if (!tokenizer.isEnded) tokenizer.end();
  };
  tokenizer.onError = (e) => {
    if (!ended) failure ??= e;
  };
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    if (failure || ended) break;
    let data = chunk;
    if (!prefixSkipped) {
      const at = data.indexOf(123);
      if (at < 0) continue;
      if (at > 0) {
        const prefix = data.subarray(0, at).toString("utf8");
        if (prefix.trim() && !WRAPPER_LINE.test(prefix)) {
          failure = new InputError(file, `is not JSON (starts with ${JSON.stringify(prefix.trim().slice(0, 40))}): expected \`terraform show -json\` output`);
          break;
        }
        if (prefix.trim()) warnings.push("the file holds hashicorp/setup-terraform wrapper output around the JSON; the plan JSON was extracted (set `terraform_wrapper: false` to get plain JSON)");
      }
      data = data.subarray(at);
      prefixSkipped = true;
    }
    tokenizer.write(data);
  }
  stream.destroy();
  if (!failure && !ended) {
    try {
      tokenizer.end();
    } catch (e) {
      failure ??= e;
    }
  }
  if (failure) {
    if (failure instanceof InputError) throw failure;
    throw new InputError(file, `is not valid JSON (${failure instanceof Error ? failure.message.split("\n")[0] : String(failure)}): expected \`terraform show -json\` output`);
  }
  const kind = classify(top, topKeys);
  if (kind !== "plan") throw new InputError(file, describeNonPlan(kind));
  const checked = planTopSchema.pick({ format_version: true, terraform_version: true, errored: true, complete: true, applyable: true }).safeParse(top);
  if (!checked.success) throw validationError(file, checked.error, []);
  builder.top(top);
  return { digest: builder.digest, warnings, meta: {} };
}
function moduleCallPath(keys) {
  const names = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] === "module_calls" && typeof keys[i + 1] === "string") names.push(keys[i + 1]);
  return names.join(".");
}

// src/changes/terraform/index.ts
var readPlan = async (spec, ctx) => {
  const loaded = await loadPlan(spec.path, ctx);
  const analysis = analysePlan(loaded.digest, spec.label);
  return toReading(analysis, spec.path, spec.label, loaded.digest, loaded);
};
export {
  formatAddress,
  parseAddress,
  parseReference,
  readPlan,
  streaming
};
