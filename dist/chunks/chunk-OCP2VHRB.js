import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  jsonErrorPlace
} from "./chunk-MVSDM6YT.js";
import {
  PHYSICAL_NAME_UNKNOWN,
  ROLE_USERS,
  isRecord,
  literal,
  renderIntrinsics,
  resolveManagedPolicyRef,
  resolveRoleRef
} from "./chunk-EPYQWY66.js";
import {
  diffTrust
} from "./chunk-XW7A3ETZ.js";
import {
  awsManagedPolicy,
  deltaPermissionCount,
  diffPermissions,
  permissionsOf
} from "./chunk-A2HSOLLW.js";
import {
  InputError,
  formatPath
} from "./chunk-6REE7K7U.js";
import {
  external_exports
} from "./chunk-2QYDT5QO.js";

// src/changes/cdk/effects.ts
function pretty(doc2) {
  if (doc2 === void 0 || doc2 === null) return void 0;
  return JSON.stringify(renderIntrinsics(doc2), null, 2);
}
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function unknownDelta(policy, reason) {
  return { policy, permissions: [], services: [], unknown: reason };
}
function deriveStack(view) {
  const out = { changes: [], warnings: [], managedPolicies: [], trustBefore: {} };
  const { stack } = view;
  const resourceOf = (id, side) => side === "before" ? view.oldResources[id] ?? view.newResources[id] : view.newResources[id] ?? view.oldResources[id];
  const deltas = withFollowers(view);
  const deltaOf = new Map(deltas.map((d) => [d.logicalId, d]));
  const roleIdOf = (logicalId, side) => {
    const props = resourceOf(logicalId, side)?.Properties;
    const name = literal(props?.RoleName);
    if (name) return { role: name };
    const delta = deltaOf.get(logicalId);
    const fresh = side === "after" && delta && (delta.action === "add" || delta.replacement !== "no");
    const physical = view.physicalIds[logicalId];
    if (physical && !fresh) return { role: physical };
    return { role: `${stack}/${logicalId}`, unknowns: [PHYSICAL_NAME_UNKNOWN] };
  };
  const resolveRole = (value, side, where) => {
    const ref = resolveRoleRef(value);
    if (ref.kind === "logical") return roleIdOf(ref.logicalId, side);
    if (ref.kind === "name") return { role: ref.name };
    out.warnings.push(`${stack}/${where}: role unknown: ${ref.reason}`);
    return null;
  };
  const rolesIn = (value, side, where) => {
    if (value === void 0) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((v, i) => resolveRole(v, side, `${where}[${i}]`) ?? []);
  };
  const wholeRoles = /* @__PURE__ */ new Set();
  for (const d of deltas) {
    if (d.type !== "AWS::IAM::Role") continue;
    if (d.action === "remove") wholeRoles.add(roleIdOf(d.logicalId, "before").role);
    if (d.action === "add") wholeRoles.add(roleIdOf(d.logicalId, "after").role);
  }
  for (const d of deltas) {
    let changed2 = function(prop) {
      if (view.valuesKnown) return !sameJson(d.before?.[prop], d.after?.[prop]);
      return d.changedProperties.includes(prop);
    }, roleEffects2 = function(r) {
      if (r.action === "remove") {
        const id2 = roleIdOf(r.logicalId, "before");
        push({ ...withId(id2), kind: "deleted", summary: `role ${id2.role} deleted (${change.address} removed)` });
        return;
      }
      const after = roleIdOf(r.logicalId, "after");
      if (r.action === "add") {
        push({ ...withId(after), kind: "created", summary: `role ${after.role} created` });
        return;
      }
      const id = roleIdOf(r.logicalId, "before");
      if (r.replacement !== "no") {
        const because = r.replacedBecause.length > 0 ? `${r.replacedBecause.join(", ")} changed` : void 0;
        const maybe = r.replacement === "maybe";
        push({
          ...withId(id),
          kind: "replaced",
          summary: maybe ? `role ${id.role} may be replaced${because ? ` (${because})` : ""}` : `role ${id.role} replaced${after.role !== id.role ? ` by ${after.role}` : ""}${because ? ` (${because})` : ""}`,
          ...after.role !== id.role ? { newName: after.role } : {},
          ...because || maybe ? { because: `${because ?? "replacement"}${maybe ? " (may be replaced: decided at deploy)" : ""}` } : {}
        });
      }
      const b = r.before ?? {};
      const a = r.after ?? {};
      if (changed2("AssumeRolePolicyDocument")) {
        if (!view.valuesKnown) {
          push({ ...withId(id), kind: "trust-changed", summary: `trust policy of ${id.role} changed`, principalsAdded: [], principalsRemoved: [], unknowns: ["trust policy values not in the input"] });
        } else {
          const before = renderIntrinsics(b.AssumeRolePolicyDocument);
          const afterDoc = renderIntrinsics(a.AssumeRolePolicyDocument);
          const t = diffTrust(before, afterDoc);
          if (t.added.length > 0 || t.removed.length > 0) {
            const names = (ps) => ps.map((p) => p.value).join(", ");
            push({
              ...withId(id),
              kind: "trust-changed",
              summary: `trust policy of ${id.role}: ${[t.removed.length ? `-${names(t.removed)}` : "", t.added.length ? `+${names(t.added)}` : ""].filter(Boolean).join(" ")}`,
              principalsAdded: t.added,
              principalsRemoved: t.removed,
              ...optional("before", pretty(b.AssumeRolePolicyDocument)),
              ...optional("after", pretty(a.AssumeRolePolicyDocument))
            });
          }
          const deps = dependentsOf(r.logicalId);
          if (deps.length > 0) {
            notes.push(`template dependents on this role: ${deps.map((d2) => `${d2.kind} ${d2.id} (${d2.prop})`).join(", ")}`);
            change.knownDependents = deps.map(({ prop: _prop, ...dependent }) => ({ role: id.role, dependent }));
          }
        }
      }
      if (changed2("Policies")) {
        if (!view.valuesKnown) {
          permissionEffects(id, unknownDelta("inline policies", "inline policy values not in the input"), null, "inline policies");
        } else {
          const byName = (v) => {
            const m = /* @__PURE__ */ new Map();
            if (Array.isArray(v)) {
              for (const p of v) if (isRecord(p)) m.set(String(renderIntrinsics(p.PolicyName)), p.PolicyDocument);
            }
            return m;
          };
          const bp = byName(b.Policies);
          const ap = byName(a.Policies);
          for (const name of /* @__PURE__ */ new Set([...bp.keys(), ...ap.keys()])) {
            const label = `inline:${name}`;
            const diff = diffPermissions(doc(bp.get(name)), doc(ap.get(name)), label);
            permissionEffects(id, diff.removed, diff.added, `inline policy ${name}`);
          }
        }
      }
      if (changed2("ManagedPolicyArns")) {
        if (!view.valuesKnown) {
          permissionEffects(id, unknownDelta("managed policies", "managed policy ARNs not in the input"), null, "managed policies");
        } else {
          const keyed = (v) => {
            const m = /* @__PURE__ */ new Map();
            if (Array.isArray(v)) for (const x of v) {
              const ref = resolveManagedPolicyRef(x);
              m.set(managedKey2(ref), ref);
            }
            return m;
          };
          const bm = keyed(b.ManagedPolicyArns);
          const am = keyed(a.ManagedPolicyArns);
          for (const [k, ref] of bm) if (!am.has(k)) permissionEffects(id, managedDelta2(ref, "before"), null, `managed policy ${k} detached`);
          for (const [k, ref] of am) if (!bm.has(k)) permissionEffects(id, null, managedDelta2(ref, "after"), `managed policy ${k} attached`);
        }
      }
      if (changed2("PermissionsBoundary")) {
        const show = (v) => {
          if (v === void 0 || v === null) return null;
          const ref = resolveManagedPolicyRef(v);
          return ref.kind === "aws" ? ref.name : managedKey2(ref);
        };
        const bb = view.valuesKnown ? show(b.PermissionsBoundary) : void 0;
        const ab = view.valuesKnown ? show(a.PermissionsBoundary) : void 0;
        push({
          ...withId(id),
          kind: "boundary-changed",
          summary: `permissions boundary of ${id.role}: ${bb ?? "none"} → ${ab ?? "none"}`,
          ...view.valuesKnown ? { before: bb, after: ab } : { unknowns: ["boundary values not in the input"] }
        });
      }
    }, managedKey2 = function(ref) {
      switch (ref.kind) {
        case "aws":
          return ref.name;
        case "logical": {
          const props = resourceOf(ref.logicalId, "after")?.Properties ?? resourceOf(ref.logicalId, "before")?.Properties;
          return literal(props?.ManagedPolicyName) ?? view.physicalIds[ref.logicalId] ?? `${stack}/${ref.logicalId}`;
        }
        case "arn":
          return ref.arn;
        case "unknown":
          return ref.text;
      }
    }, managedDelta2 = function(ref, side) {
      const label = managedKey2(ref);
      if (ref.kind === "aws") return awsManagedPolicy(ref.name) ?? unknownDelta(label, `AWS managed policy ${ref.name} is not in the embedded catalog`);
      if (ref.kind === "logical") {
        const policyDoc = resourceOf(ref.logicalId, side)?.Properties?.PolicyDocument;
        if (policyDoc !== void 0) return permissionsOf(doc(policyDoc), label);
        return unknownDelta(label, "customer managed policy document not in the input");
      }
      if (ref.kind === "arn") return unknownDelta(label, "customer managed policy outside the template: content looked up live");
      out.warnings.push(`${change.address}: ${ref.reason}`);
      return unknownDelta(label, ref.reason);
    }, policyRoles2 = function(p, where, side) {
      if (!p) return [];
      return d.type === "AWS::IAM::RolePolicy" ? rolesIn(p.RoleName, side, `${where}.RoleName`) : rolesIn(p.Roles, side, `${where}.Roles`);
    }, splitRoles2 = function(before, after) {
      const bn = new Set(before.map((r) => r.role));
      const an = new Set(after.map((r) => r.role));
      return {
        kept: after.filter((r) => bn.has(r.role)),
        gone: before.filter((r) => !an.has(r.role)),
        fresh: after.filter((r) => !bn.has(r.role))
      };
    }, inlinePolicyEffects2 = function(p) {
      const name = literal(p.after?.PolicyName) ?? literal(p.before?.PolicyName) ?? p.logicalId;
      const label = `inline:${name}`;
      if (!view.valuesKnown) {
        notes.push("policy values not in the input: attached roles unknown");
        out.warnings.push(`${change.address}: ${p.type} ${p.action} without property values; its roles are unknown`);
        return;
      }
      const { kept, gone, fresh } = splitRoles2(policyRoles2(p.before, p.logicalId, "before"), policyRoles2(p.after, p.logicalId, "after"));
      const bdoc = doc(p.before?.PolicyDocument);
      const adoc = doc(p.after?.PolicyDocument);
      for (const r of kept) {
        const diff = diffPermissions(bdoc, adoc, label);
        permissionEffects(r, diff.removed, diff.added, `policy ${name}`);
      }
      for (const r of gone) permissionEffects(r, permissionsOf(bdoc, label), null, `policy ${name} ${p.action === "remove" ? "deleted" : "detached"}`);
      for (const r of fresh) permissionEffects(r, null, permissionsOf(adoc, label), `policy ${name} attached`);
    }, attachedVia2 = function(logicalId, side) {
      const resources = side === "before" ? view.oldResources : view.newResources;
      const out2 = [];
      for (const [id, res] of Object.entries(resources)) {
        if (res.Type !== "AWS::IAM::Role" || !Array.isArray(res.Properties?.ManagedPolicyArns)) continue;
        const refs = res.Properties.ManagedPolicyArns.map(resolveManagedPolicyRef);
        if (refs.some((r) => r.kind === "logical" && r.logicalId === logicalId)) out2.push(roleIdOf(id, side));
      }
      return out2;
    }, managedPolicyEffects2 = function(p) {
      const label = managedKey2({ kind: "logical", logicalId: p.logicalId });
      const bdoc = doc(p.before?.PolicyDocument);
      const adoc = doc(p.after?.PolicyDocument);
      const entry = { policy: label, address: change.address };
      if (p.action === "remove") entry.deleted = true;
      if (!view.valuesKnown) {
        if (p.action !== "add") entry.removed = unknownDelta(label, "policy values not in the input");
        out.managedPolicies.push(entry);
        return;
      }
      const diff = diffPermissions(bdoc, adoc, label);
      if (diff.removed) entry.removed = diff.removed;
      if (diff.added) entry.added = diff.added;
      if (p.action !== "add") out.managedPolicies.push(entry);
      const uniq = (xs) => [...new Map(xs.map((x) => [x.role, x])).values()];
      const viaAfter = new Set(attachedVia2(p.logicalId, "after").map((r) => r.role));
      const viaBoth = attachedVia2(p.logicalId, "before").filter((r) => viaAfter.has(r.role));
      const before = uniq([...policyRoles2(p.before, p.logicalId, "before"), ...viaBoth]);
      const after = uniq([...policyRoles2(p.after, p.logicalId, "after"), ...viaBoth]);
      const { kept, gone, fresh } = splitRoles2(before, after);
      for (const r of kept) permissionEffects(r, diff.removed, diff.added, `managed policy ${label}`);
      for (const r of gone) permissionEffects(r, permissionsOf(bdoc, label), null, `managed policy ${label} ${p.action === "remove" ? "deleted" : "detached"}`);
      for (const r of fresh) permissionEffects(r, null, permissionsOf(adoc, label), `managed policy ${label} attached`);
    }, instanceProfileEffects2 = function(p) {
      const profile = literal(p.after?.InstanceProfileName) ?? literal(p.before?.InstanceProfileName) ?? view.physicalIds[p.logicalId] ?? `${stack}/${p.logicalId}`;
      if (!view.valuesKnown) {
        out.warnings.push(`${change.address}: instance profile ${p.action} without property values; its role is unknown`);
        return;
      }
      const { gone, fresh } = splitRoles2(rolesIn(p.before?.Roles, "before", `${p.logicalId}.Roles`), rolesIn(p.after?.Roles, "after", `${p.logicalId}.Roles`));
      const verb = p.action === "remove" ? "deleted" : p.action === "add" ? "created" : null;
      for (const r of gone) {
        if (wholeRoles.has(r.role)) continue;
        push({ ...withId(r), kind: "instance-profile-changed", instanceProfile: profile, summary: `instance profile ${profile} ${verb ?? "no longer carries the role"} (${r.role})` });
      }
      for (const r of fresh) {
        if (wholeRoles.has(r.role)) continue;
        push({ ...withId(r), kind: "instance-profile-changed", instanceProfile: profile, summary: `instance profile ${profile} ${verb ?? "now carries the role"} (${r.role})` });
      }
    }, computeEffects2 = function(c) {
      const spec = ROLE_USERS[c.type];
      if (!spec) return;
      const depId = view.physicalIds[c.logicalId] ?? change.address;
      for (const prop of spec.props) {
        if (!view.valuesKnown) {
          if (c.action !== "modify" || c.changedProperties.includes(prop)) {
            out.warnings.push(`${change.address}: ${c.type} ${c.action} without property values; the role in ${prop} is unknown`);
          }
          continue;
        }
        const bv = c.action === "add" ? void 0 : c.before?.[prop];
        const av = c.action === "remove" ? void 0 : c.after?.[prop];
        if (bv === void 0 && av === void 0) continue;
        const br = bv === void 0 ? null : resolveRole(bv, "before", `${c.logicalId}.${prop}`);
        const ar = av === void 0 ? null : resolveRole(av, "after", `${c.logicalId}.${prop}`);
        if (br && ar && br.role === ar.role) continue;
        const dependent = { kind: spec.kind, id: depId, via: `${c.type}.${prop}` };
        if (br) push({ ...withId(br), kind: "dependent-removed", dependent, summary: `${spec.kind} ${depId} ${c.action === "remove" ? "deleted" : "moves off"} ${br.role} (${prop})` });
        if (ar) push({ ...withId(ar), kind: "dependent-added", dependent, summary: `${spec.kind} ${depId} ${c.action === "add" ? "created on" : "moves to"} ${ar.role} (${prop})` });
        if (bv !== void 0 && !br || av !== void 0 && !ar) notes.push(`${prop}: role reference not resolvable`);
      }
    };
    var changed = changed2, roleEffects = roleEffects2, managedKey = managedKey2, managedDelta = managedDelta2, policyRoles = policyRoles2, splitRoles = splitRoles2, inlinePolicyEffects = inlinePolicyEffects2, attachedVia = attachedVia2, managedPolicyEffects = managedPolicyEffects2, instanceProfileEffects = instanceProfileEffects2, computeEffects = computeEffects2;
    const change = {
      source: view.source,
      input: view.input,
      address: `${stack}/${d.logicalId}`,
      resourceType: d.type,
      actions: d.actions,
      roles: [],
      effects: []
    };
    const notes = [];
    const push = (e) => {
      change.effects.push(e);
      if (!change.roles.includes(e.role)) change.roles.push(e.role);
    };
    const withId = (id) => ({ role: id.role, ...id.unknowns ? { unknowns: [...id.unknowns] } : {} });
    const permissionEffects = (id, removed, added, what) => {
      if (wholeRoles.has(id.role)) return;
      if (removed && (deltaPermissionCount(removed) > 0 || removed.unknown)) {
        push({ ...withId(id), kind: "permissions-removed", summary: `${what}: permissions removed from ${id.role}`, delta: removed });
      }
      if (added && (deltaPermissionCount(added) > 0 || added.unknown)) {
        push({ ...withId(id), kind: "permissions-added", summary: `${what}: permissions added to ${id.role}`, delta: added });
      }
    };
    switch (d.type) {
      case "AWS::IAM::Role":
        roleEffects2(d);
        break;
      case "AWS::IAM::Policy":
      case "AWS::IAM::RolePolicy":
        inlinePolicyEffects2(d);
        break;
      case "AWS::IAM::ManagedPolicy":
        managedPolicyEffects2(d);
        break;
      case "AWS::IAM::InstanceProfile":
        instanceProfileEffects2(d);
        break;
      default:
        if (d.type in ROLE_USERS) computeEffects2(d);
    }
    if (notes.length > 0) change.notes = notes;
    if (change.effects.length > 0 || notes.length > 0) out.changes.push(change);
  }
  function dependentsOf(logicalId) {
    const found = [];
    for (const [id, res] of Object.entries(view.newResources)) {
      const spec = ROLE_USERS[res.Type];
      if (!spec) continue;
      for (const prop of spec.props) {
        const ref = resolveRoleRef(res.Properties?.[prop]);
        if (ref.kind === "logical" && ref.logicalId === logicalId) {
          found.push({ kind: spec.kind, id: view.physicalIds[id] ?? `${stack}/${id}`, via: `${res.Type}.${prop} in the template`, prop });
        }
      }
    }
    return found;
  }
  const affected = new Set(out.changes.flatMap((c) => c.effects.map((e) => e.role)));
  for (const [logicalId, res] of Object.entries(view.oldResources)) {
    const doc2 = res.Type === "AWS::IAM::Role" ? res.Properties?.AssumeRolePolicyDocument : void 0;
    if (!isRecord(doc2)) continue;
    const id = roleIdOf(logicalId, "before");
    if (!id.unknowns && affected.has(id.role)) out.trustBefore[id.role] ??= JSON.stringify(renderIntrinsics(doc2));
  }
  return out;
}
function withFollowers(view) {
  const replaced = new Set(view.deltas.filter((d) => d.type === "AWS::IAM::Role" && d.action === "modify" && d.replacement !== "no").map((d) => d.logicalId));
  if (replaced.size === 0) return view.deltas;
  const listed = new Set(view.deltas.map((d) => d.logicalId));
  const extra = [];
  for (const [id, res] of Object.entries(view.newResources)) {
    const spec = ROLE_USERS[res.Type];
    const old = view.oldResources[id];
    if (!spec || listed.has(id) || !old || old.Type !== res.Type) continue;
    const causes = spec.props.flatMap((p) => {
      const ref = resolveRoleRef(res.Properties?.[p]);
      return ref.kind === "logical" && replaced.has(ref.logicalId) ? [`${ref.logicalId}.Arn`] : [];
    });
    if (causes.length === 0) continue;
    extra.push({
      logicalId: id,
      type: res.Type,
      action: "modify",
      replacement: "no",
      replacedBecause: [],
      changedProperties: spec.props,
      before: old.Properties ?? {},
      after: res.Properties ?? {},
      actions: ["[~]", "role replaced"],
      causedBy: causes
    });
  }
  return [...view.deltas, ...extra];
}
function doc(v) {
  const r = renderIntrinsics(v);
  return isRecord(r) ? r : null;
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/changes/cdk/template.ts
import { readFile } from "node:fs/promises";
var templateSchema = external_exports.object({
  Resources: external_exports.record(
    external_exports.string(),
    external_exports.looseObject({
      Type: external_exports.string().min(1),
      Properties: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
    })
  )
});
function asTemplate(value, file) {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("Resources" in value)) {
    throw new InputError(file, 'not a CloudFormation template: no "Resources" object', "top level");
  }
  const parsed = templateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatPath(issue.path) : void 0;
    throw new InputError(file, `not a CloudFormation template: ${issue?.message ?? "invalid"}`, where);
  }
  return value;
}
async function readJsonFile(file, what) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    throw new InputError(file, code === "ENOENT" ? `${what} not found` : `cannot read ${what} (${code ?? "error"})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const m = /position (\d+)/.exec(e instanceof Error ? e.message : "");
    const line = m ? text.slice(0, Number(m[1])).split("\n").length : void 0;
    throw new InputError(file, `${what} is not valid JSON`, line ? `line ${line}` : jsonErrorPlace(text, e));
  }
}
async function readTemplate(file) {
  return asTemplate(await readJsonFile(file, "template"), file);
}

export {
  deriveStack,
  asTemplate,
  readJsonFile,
  readTemplate
};
