import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  INSTANCE_PROFILE,
  MANAGED_POLICY,
  POLICY_ATTACHMENT,
  POLICY_DOCUMENT,
  READ_NAMES,
  ROLE,
  ROLE_POLICIES_EXCLUSIVE,
  ROLE_POLICY,
  ROLE_POLICY_ATTACHMENT,
  ROLE_POLICY_ATTACHMENTS_EXCLUSIVE,
  computeLinks,
  isPriorLookup,
  isRelevant
} from "./chunk-C3YFRP4E.js";
import {
  blockAddress,
  configModulePath,
  formatAddress,
  formatModulePath,
  parseAddress,
  parseReference
} from "./chunk-ZLTTTGMN.js";
import {
  TokenParser,
  Tokenizer
} from "./chunk-WCUFF5UL.js";
import {
  diffTrust
} from "./chunk-XW7A3ETZ.js";
import {
  awsManagedPolicy,
  deltaPermissionCount,
  diffPermissions,
  permissionsOf,
  prettyPolicy
} from "./chunk-A2HSOLLW.js";
import {
  InputError,
  formatPath
} from "./chunk-6REE7K7U.js";
import {
  external_exports
} from "./chunk-2QYDT5QO.js";
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
  if (!looksValid(raw)) {
    const parsed = resourceChangeSchema.safeParse(raw);
    if (!parsed.success) throw validationError(file, parsed.error, ["resource_changes", index]);
  }
  const rc = raw;
  if (!addressParses(rc.address, rc.module_address)) {
    const shown = rc.address.length > 80 ? `${rc.address.slice(0, 79)}…` : rc.address;
    throw new InputError(file, `${JSON.stringify(shown)} is not a Terraform resource address`, `resource_changes[${index}].address`);
  }
  return rc;
}
var moduleOnly = /* @__PURE__ */ new Map();
function addressParses(address, moduleAddress) {
  if (typeof moduleAddress === "string" && address.length > moduleAddress.length + 1 && address.charCodeAt(moduleAddress.length) === 46 && address.startsWith(moduleAddress)) {
    let ok = moduleOnly.get(moduleAddress);
    if (ok === void 0) {
      ok = parses(`${moduleAddress}.m.m`) !== null;
      if (moduleOnly.size >= 1e4) moduleOnly.clear();
      moduleOnly.set(moduleAddress, ok);
    }
    if (ok && parses(address.slice(moduleAddress.length + 1))?.modules.length === 0) return true;
  }
  return parses(address) !== null;
}
function parses(address) {
  try {
    return parseAddress(address);
  } catch {
    return null;
  }
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
    if (typeof fields.format_version === "string") {
      const major = Number(fields.format_version.split(".")[0]);
      if (Number.isFinite(major) && major > 1) {
        throw new InputError(this.file, `format version ${fields.format_version} is not one this reader knows (0.x, 1.x): a new major version may change what fields mean, so it is not read as 1.x`, "format_version");
      }
      d.formatVersion = fields.format_version;
    }
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
  /** A resource change of a type the analysis never reads (the scanner did not parse it): counted only. */
  skippedResourceChange() {
    this.digest.resourceChangeCount++;
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
    if (typeof r.address !== "string" || !isPriorLookup(r.mode, r.type)) return;
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
  const n = deltaPermissionCount(delta);
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
  const whole2 = side.get("inline_policy");
  if (whole2.state === "unknown" && which === "after") return "unknown";
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

// src/changes/terraform/trust-hints.ts
var ROLE2 = "aws_iam_role";
function trustHints(digest, changes) {
  const affected = new Set(changes.flatMap((c) => c.effects.map((e) => e.role)));
  const hints = /* @__PURE__ */ new Map();
  const offer = (values, sensitive) => {
    const name = field(values, "name");
    if (typeof name !== "string" || !affected.has(name) || hints.has(name)) return;
    if (sensitive === true || field(sensitive, "name") === true || field(sensitive, "assume_role_policy") === true) return;
    const trust = field(values, "assume_role_policy");
    if (typeof trust === "string" && trust.trim() !== "") hints.set(name, trust);
  };
  for (const rc of digest.changes) if (rc.mode === "managed" && rc.type === ROLE2) offer(rc.change.before, rc.change.before_sensitive);
  for (const r of digest.prior.values()) if (r.type === ROLE2 && (r.mode ?? "managed") === "managed") offer(r.values, r.sensitive_values);
  return Object.fromEntries(hints);
}
function field(value, key) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value[key] : void 0;
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
  const hints = trustHints(digest, analysis.changes);
  if (Object.keys(hints).length > 0) reading.trustBefore = hints;
  return reading;
}

// src/changes/terraform/load.ts
import { closeSync, openSync, readSync as readSync2 } from "node:fs";
import { constants } from "node:buffer";
import { open, readFile, stat } from "node:fs/promises";

// src/changes/terraform/scan.ts
import { readSync } from "node:fs";
function fileSource(fd) {
  let position = 0;
  return {
    read(into, offset, length) {
      const n = readSync(fd, into, offset, length, position);
      position += n;
      return n;
    }
  };
}
var ScanError = class extends Error {
  constructor(message, offset) {
    super(`${message} at byte ${offset}`);
    this.offset = offset;
  }
  offset;
  name = "ScanError";
};
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON = 58;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var SKIP_CLASS = new Uint8Array(256);
SKIP_CLASS[QUOTE] = 1;
SKIP_CLASS[OPEN_OBJECT] = 2;
SKIP_CLASS[OPEN_ARRAY] = 2;
SKIP_CLASS[CLOSE_OBJECT] = 3;
SKIP_CLASS[CLOSE_ARRAY] = 3;
var SCALAR_BYTE = new Uint8Array(256);
for (const c of "0123456789+-.eEtrufalsn") SCALAR_BYTE[c.charCodeAt(0)] = 1;
var SCALAR = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;
function isCommonScalar(buf, from, to) {
  const n = to - from;
  const a = buf[from];
  if (n === 1) return a !== void 0 && a >= 48 && a <= 57;
  if (n === 4) {
    if (a === 116) return buf[from + 1] === 114 && buf[from + 2] === 117 && buf[from + 3] === 101;
    if (a === 110) return buf[from + 1] === 117 && buf[from + 2] === 108 && buf[from + 3] === 108;
    return false;
  }
  return n === 5 && a === 102 && buf[from + 1] === 97 && buf[from + 2] === 108 && buf[from + 3] === 115 && buf[from + 4] === 101;
}
var isSpace = (b) => b === 32 || b === 10 || b === 13 || b === 9;
var DEFAULT_CHUNK = 1024 * 1024;
var JsonScanner = class _JsonScanner {
  /** `source` undefined: `initial` is the whole input (no copy). */
  constructor(source, initial, chunk = DEFAULT_CHUNK) {
    this.source = source;
    this.chunk = chunk;
    this.nextRead = Math.min(4096, chunk);
    if (initial) {
      this.store = initial;
      this.buf = initial;
      this.ended = source === void 0;
    } else {
      this.store = Buffer.allocUnsafe(Math.max(16, chunk));
      this.buf = this.store.subarray(0, 0);
    }
  }
  source;
  chunk;
  /** The window: `buf` views exactly the valid bytes (a read past them gives undefined, never a stale byte); `store` owns the memory. */
  store;
  buf;
  /** Source offset of buf[0]. */
  base = 0;
  /** The next byte to look at, in the window. */
  pos = 0;
  /** Start of a captured value in the window (kept on refill), or -1. */
  mark = -1;
  ended = false;
  nextRead;
  depthStack = new Uint8Array(256);
  static ofBuffer(bytes) {
    return new _JsonScanner(void 0, bytes);
  }
  /** Bytes held for the window (tests check that skipping keeps it at a chunk). */
  get windowBytes() {
    return this.store.length;
  }
  /** Source offset of the next byte. */
  get offset() {
    return this.base + this.pos;
  }
  error(message, offset = this.offset) {
    return new ScanError(message, offset);
  }
  /**
   * Reads more bytes after the window, dropping what is consumed (before `pos`, or before `mark` while a
   * value is captured). Room grows by doubling, so a value larger than a chunk costs O(its size) copying.
   * Returns false at the end of the input. Window indices held across this call must be rebased.
   */
  more() {
    if (this.ended || !this.source) return false;
    const keep = this.mark >= 0 ? this.mark : this.pos;
    const kept = this.buf.length - keep;
    let store = this.store;
    if (store.length - kept < this.chunk) {
      store = Buffer.allocUnsafe(Math.max(store.length * 2, kept + this.chunk));
    }
    if (kept > 0) this.buf.copy(store, 0, keep, this.buf.length);
    this.store = store;
    this.base += keep;
    this.pos -= keep;
    if (this.mark >= 0) this.mark -= keep;
    const n = this.source.read(store, kept, Math.min(store.length - kept, this.nextRead));
    if (this.nextRead < this.chunk) this.nextRead *= 2;
    this.buf = store.subarray(0, kept + n);
    if (n === 0) this.ended = true;
    return n > 0;
  }
  /** The next byte that is not white space, not consumed; -1 at the end of the input. */
  peek() {
    for (; ; ) {
      const buf = this.buf;
      let j = this.pos;
      while (j < buf.length && isSpace(buf[j])) j++;
      this.pos = j;
      if (j < buf.length) return buf[j];
      if (!this.more()) return -1;
    }
  }
  atEnd() {
    return this.peek() === -1;
  }
  expect(byte, what) {
    if (this.peek() !== byte) throw this.error(`expected ${what}`);
    this.pos++;
  }
  /** Consumes `byte` if it is next (after white space). */
  accept(byte) {
    if (this.peek() !== byte) return false;
    this.pos++;
    return true;
  }
  /**
   * Skips the string at pos (buf[pos] is its quote). Returns the source offset of its opening quote.
   * A plain loop: most strings of a plan are short, where a call to Buffer#indexOf per string costs more
   * than the bytes it jumps over (measured on the benchmark plans).
   */
  skipString() {
    const start = this.base + this.pos;
    let buf = this.buf;
    let n = buf.length;
    let j = this.pos + 1;
    for (; ; ) {
      while (j < n) {
        const b = buf[j];
        if (b === QUOTE) {
          this.pos = j + 1;
          return start;
        }
        if (b === BACKSLASH) {
          if (j + 1 === n) break;
          j += 2;
        } else j++;
      }
      this.pos = j;
      if (!this.more()) throw this.error("unterminated string", start);
      buf = this.buf;
      n = buf.length;
      j = this.pos;
    }
  }
  /** Skips a number or literal at pos and checks it. Returns its source offset. */
  skipScalar() {
    const startAbs = this.base + this.pos;
    let j = this.pos;
    for (; ; ) {
      const buf = this.buf;
      while (j < buf.length && SCALAR_BYTE[buf[j]] === 1) j++;
      if (j < buf.length) break;
      const jAbs = this.base + j;
      const got = this.more();
      j = jAbs - this.base;
      if (!got) break;
    }
    const start = startAbs - this.base;
    if (isCommonScalar(this.buf, start, j)) {
      this.pos = j;
      return startAbs;
    }
    const text = this.buf.toString("latin1", start, j);
    if (!SCALAR.test(text)) throw this.error(text ? `not a JSON value: ${JSON.stringify(text.slice(0, 20))}` : "expected a value", startAbs);
    this.pos = j;
    return startAbs;
  }
  /** Skips the value at the next non-space byte, whatever it is. */
  skipValue() {
    const c = this.peek();
    if (c === QUOTE) {
      this.skipString();
      return;
    }
    if (c !== OPEN_OBJECT && c !== OPEN_ARRAY) {
      this.skipScalar();
      return;
    }
    const start = this.offset;
    let stack = this.depthStack;
    let depth = 0;
    let buf = this.buf;
    let n = buf.length;
    let j = this.pos;
    let inString = false;
    for (; ; ) {
      if (inString) {
        while (j < n) {
          const b = buf[j];
          if (b === QUOTE) {
            inString = false;
            j++;
            break;
          }
          if (b === BACKSLASH) {
            if (j + 1 === n) break;
            j += 2;
          } else j++;
        }
      }
      if (!inString) {
        let cls = 0;
        while (j < n && (cls = SKIP_CLASS[buf[j]]) === 0) j++;
        if (j < n) {
          const b = buf[j];
          j++;
          if (cls === 1) {
            inString = true;
          } else if (cls === 2) {
            if (depth === stack.length) stack = this.growDepthStack();
            stack[depth++] = b;
          } else {
            if (depth === 0 || stack[--depth] !== b - 2) throw this.error(`unexpected ${String.fromCharCode(b)}`, this.base + j - 1);
            if (depth === 0) {
              this.pos = j;
              return;
            }
          }
          continue;
        }
      }
      this.pos = j;
      if (!this.more()) throw this.error(`unexpected end of input in the value that starts at byte ${start}`);
      buf = this.buf;
      n = buf.length;
      j = this.pos;
    }
  }
  growDepthStack() {
    const grown = new Uint8Array(this.depthStack.length * 2);
    grown.set(this.depthStack);
    return this.depthStack = grown;
  }
  /**
   * Calls `onMember(key)` for each member of the object that comes next; `onMember` must consume the value
   * (skip it, capture it, or walk into it).
   */
  members(onMember) {
    this.expect(OPEN_OBJECT, "an object");
    if (this.accept(CLOSE_OBJECT)) return;
    for (; ; ) {
      if (this.peek() !== QUOTE) throw this.error("expected a member name");
      const key = this.readString();
      this.expect(COLON, '":"');
      if (this.peek() === -1) throw this.error("unexpected end of input");
      onMember(key);
      if (this.accept(COMMA)) continue;
      this.expect(CLOSE_OBJECT, '"," or "}"');
      return;
    }
  }
  /** Calls `onElement(index)` for each element of the array that comes next; `onElement` must consume it. */
  elements(onElement) {
    this.expect(OPEN_ARRAY, "an array");
    if (this.accept(CLOSE_ARRAY)) return;
    for (let i = 0; ; i++) {
      if (this.peek() === -1) throw this.error("unexpected end of input");
      onElement(i);
      if (this.accept(COMMA)) continue;
      this.expect(CLOSE_ARRAY, '"," or "]"');
      return;
    }
  }
  /** The string that comes next, decoded (only escapes go through JSON.parse). */
  readString() {
    if (this.peek() !== QUOTE) throw this.error("expected a string");
    const outer = this.mark;
    if (outer < 0) this.mark = this.pos;
    try {
      const startAbs = this.skipString();
      return this.decodeString(startAbs - this.base, this.pos);
    } finally {
      if (outer < 0) this.mark = -1;
    }
  }
  /** buf[from] is an opening quote, buf[to - 1] its closing one. */
  decodeString(from, to) {
    if (!this.hasBackslash(from, to)) return this.buf.toString("utf8", from + 1, to - 1);
    return this.parseRange(from, to);
  }
  hasBackslash(from, to) {
    const buf = this.buf;
    if (to - from > 64) return buf.subarray(from, to).indexOf(BACKSLASH) >= 0;
    for (let i = from; i < to; i++) if (buf[i] === BACKSLASH) return true;
    return false;
  }
  parseRange(from, to) {
    let text;
    try {
      text = this.buf.toString("utf8", from, to);
    } catch {
      throw new ValueTooLargeError(this.base + from, to - from);
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      const at = /position (\d+)/.exec(e instanceof Error ? e.message : "");
      const offset = at ? this.base + from + Buffer.byteLength(text.slice(0, Number(at[1]))) : this.base + from;
      throw this.error(`not JSON (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`, offset);
    }
  }
  /**
   * The value that comes next, in a form that keeps its JSON type: scalars parsed, an object as `{}` and an
   * array as `[]` (their contents skipped). Enough to validate the type of a member without building it.
   */
  standIn() {
    const c = this.peek();
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      this.skipValue();
      return c === OPEN_OBJECT ? {} : [];
    }
    return this.value();
  }
  /** The value that comes next, parsed. */
  value() {
    const c = this.peek();
    if (c !== QUOTE && c !== OPEN_OBJECT && c !== OPEN_ARRAY) {
      const at = this.skipScalar();
      return JSON.parse(this.buf.toString("latin1", at - this.base, this.pos));
    }
    const outer = this.mark;
    if (outer < 0) this.mark = this.pos;
    const start = this.base + this.pos;
    this.skipValue();
    try {
      return this.parseRange(start - this.base, this.pos);
    } finally {
      if (outer < 0) this.mark = -1;
    }
  }
  /** The value that comes next, parsed if it is an object, else skipped (undefined). */
  objectValue() {
    if (this.peek() !== OPEN_OBJECT) {
      this.skipValue();
      return void 0;
    }
    return this.value();
  }
  // ---- capturing an object while reading a few of its top-level members ----
  /** `type` and `mode` of the object last passed to `scanObject` (undefined: absent or not a string). */
  type;
  mode;
  /**
   * Reads the object that comes next, keeping its bytes, and notes its top-level `type` and `mode` strings:
   * exact (members of nested objects are not looked at; escaped names are decoded), at the cost of a skip.
   * A value not in `words` reads as OTHER_WORD. Follow with `parseScanned()` or `dropScanned()`.
   */
  scanObject(words) {
    this.type = void 0;
    this.mode = void 0;
    if (this.peek() !== OPEN_OBJECT) throw this.error("expected an object");
    this.mark = this.pos;
    this.pos++;
    if (this.accept(CLOSE_OBJECT)) return;
    for (; ; ) {
      if (this.peek() !== QUOTE) throw this.error("expected a member name");
      const keyAbs = this.skipString();
      const which = this.memberName(keyAbs - this.base, this.pos);
      this.expect(COLON, '":"');
      if (which !== 0 && this.peek() === QUOTE) {
        const from = this.skipString() - this.base;
        const v = this.hasBackslash(from, this.pos) ? this.decodeString(from, this.pos) : words.find(this.buf, from + 1, this.pos - 1);
        if (which === TYPE) this.type = v;
        else this.mode = v;
      } else {
        this.skipValue();
        if (which === TYPE) this.type = void 0;
        else if (which === MODE) this.mode = void 0;
      }
      if (this.accept(COMMA)) continue;
      this.expect(CLOSE_OBJECT, '"," or "}"');
      return;
    }
  }
  /** 1 for `type`, 2 for `mode`, else 0; buf[from] and buf[to - 1] are the name's quotes. */
  memberName(from, to) {
    const buf = this.buf;
    const n = to - from - 2;
    if (n === 4) {
      const a = buf[from + 1];
      if (a === 116 && buf[from + 2] === 121 && buf[from + 3] === 112 && buf[from + 4] === 101) return TYPE;
      if (a === 109 && buf[from + 2] === 111 && buf[from + 3] === 100 && buf[from + 4] === 101) return MODE;
      return 0;
    }
    if (n > 4 && n <= 24 && this.hasBackslash(from, to)) {
      const name = this.decodeString(from, to);
      return name === "type" ? TYPE : name === "mode" ? MODE : 0;
    }
    return 0;
  }
  /** The object read by `scanObject`, parsed. */
  parseScanned() {
    const from = this.mark;
    this.mark = -1;
    return this.parseRange(from, this.pos);
  }
  dropScanned() {
    this.mark = -1;
  }
  // ---- the edges of the document ----
  /** Skips a UTF-8 byte order mark at the very start. */
  skipByteOrderMark() {
    if (this.base !== 0 || this.pos !== 0) return;
    while (this.buf.length < 3 && this.more()) ;
    const b = this.buf;
    if (b[0] === 239 && b[1] === 187 && b[2] === 191) this.pos = 3;
  }
  /**
   * Up to `max` bytes from the next one, as text, without consuming them: to look at what precedes or
   * follows the JSON.
   */
  lookAhead(max) {
    while (this.buf.length - this.pos < max && this.more()) ;
    return this.buf.toString("utf8", this.pos, Math.min(this.buf.length, this.pos + max));
  }
  /**
   * Moves to the first line (within `max` bytes) that starts with `byte` and returns the text before it;
   * undefined, without moving, when there is none.
   */
  toLineStartingWith(byte, max) {
    while (this.buf.length - this.pos < max && this.more()) ;
    const limit = Math.min(this.buf.length, this.pos + max);
    let j = this.pos;
    for (; ; ) {
      const nl = this.buf.indexOf(10, j);
      if (nl < 0 || nl + 1 >= limit) return void 0;
      if (this.buf[nl + 1] === byte) {
        const before = this.buf.toString("utf8", this.pos, nl + 1);
        this.pos = nl + 1;
        return before;
      }
      j = nl + 1;
    }
  }
};
var TYPE = 1;
var MODE = 2;
var OTHER_WORD = "\0other";
var WordTable = class {
  byHash = /* @__PURE__ */ new Map();
  constructor(words) {
    for (const word of words) {
      const bytes = Buffer.from(word, "utf8");
      const h = hashBytes(bytes, 0, bytes.length);
      const list2 = this.byHash.get(h);
      if (list2) list2.push({ word, bytes });
      else this.byHash.set(h, [{ word, bytes }]);
    }
  }
  /** The word buf[from, to) spells; '' when empty, OTHER_WORD when it is not in the table. */
  find(buf, from, to) {
    if (from === to) return "";
    const candidates = this.byHash.get(hashBytes(buf, from, to));
    if (candidates) {
      for (const { word, bytes } of candidates) {
        if (bytes.length !== to - from) continue;
        let i = 0;
        while (i < bytes.length && bytes[i] === buf[from + i]) i++;
        if (i === bytes.length) return word;
      }
    }
    return OTHER_WORD;
  }
};
function hashBytes(buf, from, to) {
  let h = to - from;
  for (let i = from; i < to; i++) h = Math.imul(h, 31) + buf[i] | 0;
  return h;
}
var ValueTooLargeError = class extends Error {
  constructor(offset, bytes) {
    super(`a value of ${Math.round(bytes / 2 ** 20)} MB at byte ${offset} is larger than a JavaScript string can hold`);
    this.offset = offset;
    this.bytes = bytes;
  }
  offset;
  bytes;
  name = "ValueTooLargeError";
};

// src/changes/terraform/walk.ts
var NAMES = new WordTable(READ_NAMES);
var MAX_MODULE_DEPTH = 100;
var PLANNED_DEPTH = 12;
function walkPlan(s, builder) {
  const top = { keys: /* @__PURE__ */ new Set(), fields: {}, plannedResources: 0 };
  const set = (key, value) => {
    if (key !== "__proto__") top.fields[key] = value;
  };
  s.members((key) => {
    top.keys.add(key);
    const next = s.peek();
    if (key === "resource_changes" && next === OPEN_ARRAY) {
      set(key, []);
      resourceChanges(s, builder, top);
    } else if (key === "resource_drift" && next === OPEN_ARRAY) {
      set(key, []);
      s.elements(() => {
        s.skipValue();
        builder.drift();
      });
    } else if (key === "configuration" && next === OPEN_OBJECT) {
      set(key, {});
      s.members((k) => k === "root_module" && s.peek() === OPEN_OBJECT ? configModule(s, builder, "", 0) : s.skipValue());
    } else if (key === "prior_state" && next === OPEN_OBJECT) {
      set(key, {});
      priorState(s, builder);
    } else if (key === "planned_values" && next === OPEN_OBJECT) {
      set(key, {});
      let n = 0;
      s.members((k) => k === "root_module" && s.peek() === OPEN_OBJECT ? n += plannedModule(s, 0) : s.skipValue());
      top.plannedResources = n;
    } else {
      set(key, s.standIn());
    }
  });
  return top;
}
function resourceChanges(s, builder, top) {
  s.elements((index) => {
    if (top.invalidChange) {
      s.skipValue();
      builder.skippedResourceChange();
      return;
    }
    try {
      if (s.peek() !== OPEN_OBJECT) {
        builder.resourceChange(s.standIn(), index);
        return;
      }
      s.scanObject(NAMES);
      const { mode, type } = s;
      if (type && (mode === "managed" || mode === "data") && !isRelevant(mode, type)) {
        s.dropScanned();
        builder.skippedResourceChange();
        return;
      }
      builder.resourceChange(s.parseScanned(), index);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      top.invalidChange = e;
    }
  });
}
function keptResources(s, keep, take) {
  s.elements(() => {
    if (s.peek() !== OPEN_OBJECT) return s.skipValue();
    s.scanObject(NAMES);
    if (keep(s.mode, s.type)) take(s.parseScanned());
    else s.dropScanned();
  });
}
function configModule(s, builder, path, depth) {
  s.members((key) => {
    const next = s.peek();
    if (key === "resources" && next === OPEN_ARRAY) {
      keptResources(s, (mode, type) => isRelevant(mode ?? "managed", type), (raw) => builder.configResource(path, raw));
    } else if (key === "outputs" && depth > 0 && next === OPEN_OBJECT) {
      s.members((name) => {
        const output = s.objectValue();
        if (output) builder.moduleOutput(path, name, output);
      });
    } else if (key === "module_calls" && next === OPEN_OBJECT && depth < MAX_MODULE_DEPTH) {
      s.members((name) => moduleCall(s, builder, path ? `${path}.${name}` : name, depth));
    } else {
      s.skipValue();
    }
  });
}
function moduleCall(s, builder, path, depth) {
  if (s.peek() !== OPEN_OBJECT) return s.skipValue();
  let inputs = [];
  let hasModule = false;
  const commit = () => {
    for (const [name, expression] of inputs) builder.moduleInput(path, name, expression);
    inputs = [];
  };
  s.members((key) => {
    const next = s.peek();
    if (key === "expressions") {
      inputs = [];
      if (next !== OPEN_OBJECT) return s.skipValue();
      s.members((name) => {
        const expression = s.objectValue();
        if (expression) inputs.push([name, expression]);
      });
      if (hasModule) commit();
    } else if (key === "module" && next === OPEN_OBJECT) {
      hasModule = true;
      commit();
      configModule(s, builder, path, depth + 1);
    } else {
      s.skipValue();
    }
  });
}
function priorState(s, builder) {
  s.members((key) => {
    if (key !== "values" || s.peek() !== OPEN_OBJECT) return s.skipValue();
    s.members((k) => k === "root_module" && s.peek() === OPEN_OBJECT ? priorModule(s, builder, 0) : s.skipValue());
  });
}
function priorModule(s, builder, depth) {
  s.members((key) => {
    const next = s.peek();
    if (key === "resources" && next === OPEN_ARRAY) {
      keptResources(s, isPriorLookup, (raw) => builder.priorResource(raw));
    } else if (key === "child_modules" && next === OPEN_ARRAY && depth < MAX_MODULE_DEPTH) {
      s.elements(() => s.peek() === OPEN_OBJECT ? priorModule(s, builder, depth + 1) : s.skipValue());
    } else {
      s.skipValue();
    }
  });
}
function plannedModule(s, depth) {
  if (depth > PLANNED_DEPTH) {
    s.skipValue();
    return 0;
  }
  let n = 0;
  s.members((key) => {
    const next = s.peek();
    if (key === "resources" && next === OPEN_ARRAY) {
      s.elements(() => {
        s.skipValue();
        n++;
      });
    } else if (key === "child_modules" && next === OPEN_ARRAY) {
      s.elements(() => s.peek() === OPEN_OBJECT ? n += plannedModule(s, depth + 1) : s.skipValue());
    } else {
      s.skipValue();
    }
  });
  return n;
}

// src/changes/terraform/load.ts
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
  if (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255) {
    const mark = head[0] === 255 ? "FF FE" : "FE FF";
    throw new InputError(file, `is UTF-16 text (byte order mark ${mark}), expected UTF-8: in PowerShell write it with \`terraform show -json plan.out | Out-File -Encoding utf8 plan.json\``, "byte 0");
  }
  return readPlanFile(file, size);
}
var MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;
async function readPlanFile(file, size) {
  let failure;
  try {
    const fd = openFile(file);
    try {
      return scanPlan(file, new JsonScanner(fileSource(fd), void 0, Math.min(DEFAULT_CHUNK, size + 16)));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (!(e instanceof ScanError)) throw asInputError(file, e);
    failure = e;
  }
  if (size <= MAX_TEXT_BYTES) return whole(parseText(file, await readFile(file, "utf8")));
  throw notJsonAt(file, failure.offset);
}
function openFile(file) {
  try {
    return openSync(file, "r");
  } catch (e) {
    throw new InputError(file, `cannot be read (${e.code ?? String(e)})`);
  }
}
function readPlanText(file, text) {
  try {
    return scanPlan(file, JsonScanner.ofBuffer(Buffer.from(text, "utf8")));
  } catch (e) {
    if (!(e instanceof ScanError)) throw asInputError(file, e);
    return whole(parseText(file, text));
  }
}
function asInputError(file, e) {
  if (e instanceof ValueTooLargeError) {
    return new InputError(file, `holds a single value of ${Math.round(e.bytes / 2 ** 20)} MB, more than a JavaScript string can hold: not a plan this reader can take`, `byte ${e.offset}`);
  }
  return e;
}
function whole(loaded) {
  loaded.meta.parse = "whole";
  return loaded;
}
var WRAPPER_WARNING = "the file holds hashicorp/setup-terraform wrapper output around the JSON; the plan JSON was extracted (set `terraform_wrapper: false` to get plain JSON)";
function scanPlan(file, s) {
  let wrapped = false;
  s.skipByteOrderMark();
  const first = s.peek();
  if (first === -1) throw s.error("no JSON");
  if (first !== OPEN_OBJECT) {
    const before = s.toLineStartingWith(OPEN_OBJECT, 1 << 20);
    if (before === void 0 || !WRAPPER_LINE.test(before)) throw s.error("the top level is not an object");
    wrapped = true;
  }
  const builder = new DigestBuilder(file);
  const top = walkPlan(s, builder);
  if (!s.atEnd()) {
    if (!WRAPPER_LINE.test(s.lookAhead(64 * 1024))) throw s.error("text after the JSON");
    wrapped = true;
  }
  checkScannedTop(file, top);
  builder.top(top.fields);
  if (top.invalidChange) throw top.invalidChange;
  return { digest: builder.digest, warnings: wrapped ? [WRAPPER_WARNING] : [], meta: { parse: "scan" } };
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
      const loaded = readPlanText(file, result.stdout);
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
      warnings.push(WRAPPER_WARNING);
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
  const top = planTopSchema.safeParse(parsed, { jitless: true });
  if (!top.success) throw validationError(file, top.error, []);
  if (parsed.resource_changes === void 0 && plannedResources(parsed.planned_values, 0) > 0) {
    throw new InputError(file, `missing, but planned_values lists resources: the plan JSON is incomplete (${SHOW_HINT})`, "resource_changes");
  }
  return parsed;
}
function checkScannedTop(file, top) {
  const kind = classify(top.fields, top.keys);
  if (kind !== "plan") throw new InputError(file, describeNonPlan(kind));
  const checked = planTopSchema.safeParse(top.fields, { jitless: true });
  if (!checked.success) throw validationError(file, checked.error, []);
  if (!top.keys.has("resource_changes") && top.plannedResources > 0) {
    throw new InputError(file, `missing, but planned_values lists resources: the plan JSON is incomplete (${SHOW_HINT})`, "resource_changes");
  }
}
function plannedResources(values, depth) {
  if (!isObject(values) || depth > MAX_MODULE_DEPTH2) return 0;
  const module = depth === 0 ? values.root_module : values;
  if (!isObject(module)) return 0;
  const own = Array.isArray(module.resources) ? module.resources.length : 0;
  const children = Array.isArray(module.child_modules) ? module.child_modules : [];
  return own + children.reduce((n, child) => n + plannedResources(child, depth + 1), 0);
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
var MAX_MODULE_DEPTH2 = 12;
function notJsonAt(file, offset) {
  const fd = openFile(file);
  try {
    const buf = Buffer.allocUnsafe(DEFAULT_CHUNK);
    let line = 1;
    let column = 1;
    let first = "";
    let start = 0;
    for (let at = 0; at < offset; ) {
      const n = readSync2(fd, buf, 0, Math.min(buf.length, offset - at), at);
      if (n === 0) break;
      let from = 0;
      if (at === 0) {
        if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) from = start = 3;
        first = buf.toString("utf8", start, Math.min(n, 4096));
      }
      for (let nl = buf.indexOf(10, from); nl >= 0 && nl < n; nl = buf.indexOf(10, nl + 1)) {
        line++;
        column = 1;
        from = nl + 1;
      }
      column += utf16Length(buf, from, n);
      at += n;
    }
    const firstLine = first.trimStart().slice(0, 40).split("\n")[0] ?? "";
    return new InputError(file, `is not JSON (starts with ${JSON.stringify(firstLine)}): expected \`terraform show -json\` output`, `line ${line} column ${column}`);
  } finally {
    closeSync(fd);
  }
}
function utf16Length(buf, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i];
    if (b < 128 || b >= 192) n += b >= 240 ? 2 : 1;
  }
  return n;
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
  readPlan
};
