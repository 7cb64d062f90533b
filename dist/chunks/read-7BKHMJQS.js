import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  PHYSICAL_NAME_UNKNOWN,
  ROLE_USERS,
  resolveRoleRef
} from "./chunk-EPYQWY66.js";
import {
  diffTrust
} from "./chunk-XW7A3ETZ.js";
import {
  awsManagedPolicy,
  deltaPermissionCount,
  diffPermissions,
  managedPolicyName
} from "./chunk-A2HSOLLW.js";
import {
  InputError
} from "./chunk-6REE7K7U.js";
import "./chunk-UUTPRXCH.js";

// src/changes/cdk/diff-text/read.ts
import { readFile } from "node:fs/promises";

// src/changes/cdk/diff-text/logical-id.ts
import { createHash } from "node:crypto";
var HIDDEN_ID = "Default";
var HIDDEN_FROM_HUMAN_ID = "Resource";
function removeNonAlphanumeric(s) {
  return s.replace(/[^A-Za-z0-9]/g, "");
}
function removeDupes(path) {
  const out = [];
  for (const c of path) if (out.length === 0 || !out[out.length - 1].endsWith(c)) out.push(c);
  return out;
}
function makeUniqueId(components) {
  const parts = components.filter((c) => c !== HIDDEN_ID);
  if (parts.length === 1) {
    const candidate = removeNonAlphanumeric(parts[0]);
    if (candidate.length <= 255) return candidate;
  }
  const hash = createHash("md5").update(parts.join("/")).digest("hex").slice(0, 8).toUpperCase();
  const human = removeDupes(parts).filter((c) => c !== HIDDEN_FROM_HUMAN_ID).map(removeNonAlphanumeric).join("").slice(0, 240);
  return human + hash;
}
function logicalIdForDisplayedPath(path) {
  if (/^[A-Za-z0-9]+[A-F0-9]{8}$/.test(path) && !path.includes("/")) return path;
  return makeUniqueId([...path.split("/"), HIDDEN_FROM_HUMAN_ID]);
}

// src/changes/cdk/diff-text/parse.ts
var ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g;
function cleanLines(text) {
  return text.replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => {
    const s = l.replace(ANSI, "");
    const cr = s.lastIndexOf("\r");
    return cr >= 0 ? s.slice(cr + 1) : s;
  });
}
var SECTION_HEADERS = /* @__PURE__ */ new Set([
  "IAM Statement Changes",
  "IAM Policy Changes",
  "IAM Identity Center Changes",
  "Security Group Changes",
  "Resources",
  "Parameters",
  "Outputs",
  "Conditions",
  "Mappings",
  "Metadata",
  "Other Changes",
  "Template",
  "Transform",
  "Description",
  "AWSTemplateFormatVersion",
  "Rules",
  "Hooks"
]);
var STACK_LINE = /^Stack (\S+)\s*$/;
var PROGRESS_LINE = /^([A-Za-z][A-Za-z0-9-]*):\s+(?:start|success|fail):/;
var RESOURCE_LINE = /^\[([+\-~←])\] (\S+::\S+) (.+)$/;
var PROPERTY_LINE = /^ [├└]─ \[([+\-~])\] (.+?)(?: \((requires replacement|may cause replacement)\))?$/;
var VALUE_LINE = /^ [ │] {3}[├└]─ \[([+-])\] (.*)$/;
var IMPACTS = ["may be replaced", "replace", "destroy", "orphan", "import"];
var ITEM_START = {
  Resource: /^(?:arn:|\$\{|\*|NOT )/,
  Action: /^(?:[a-zA-Z0-9-]+:[A-Za-z0-9*?]|\*|NOT )/,
  Principal: /^(?:AWS:|Service:|Federated:|CanonicalUser:|\*|NOT )/,
  "Managed Policy ARN": /^(?:arn:|\$\{)/
};
function splitRow(line) {
  const inner = line.trim();
  return inner.slice(1, inner.endsWith("│") ? -1 : void 0).split("│").map((c) => c.trim());
}
function parseCdkDiff(text) {
  const lines = cleanLines(text);
  const stacks = [];
  let recognized = 0;
  let current;
  let pendingName;
  let section;
  let header;
  let row;
  let resource;
  let property;
  let openTable;
  let lastLine = 0;
  const stackFor = (lineNo) => {
    if (!current) {
      current = { stack: pendingName ?? "(unnamed stack)", line: lineNo, statements: [], managedPolicies: [], resources: [] };
      stacks.push(current);
    }
    return current;
  };
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.replace(/\s+$/, "");
    const trimmed = line.trim();
    if (trimmed !== "") lastLine = lineNo;
    const stackMatch = STACK_LINE.exec(trimmed);
    if (stackMatch) {
      recognized++;
      current = { stack: stackMatch[1], line: lineNo, statements: [], managedPolicies: [], resources: [] };
      stacks.push(current);
      section = void 0;
      resource = void 0;
      return;
    }
    const progress = PROGRESS_LINE.exec(trimmed);
    if (progress && !current) pendingName = progress[1];
    if (SECTION_HEADERS.has(trimmed) && !line.startsWith(" ")) {
      recognized++;
      section = trimmed;
      header = void 0;
      row = void 0;
      resource = void 0;
      property = void 0;
      return;
    }
    if (/Number of stacks with differences|There were no differences/.test(trimmed)) {
      recognized++;
      section = void 0;
      return;
    }
    if (section === "IAM Statement Changes" || section === "IAM Policy Changes") {
      if (/^[┌├└]/.test(trimmed)) {
        recognized++;
        if (trimmed.startsWith("┌")) openTable = section;
        if (trimmed.startsWith("└")) {
          row = void 0;
          openTable = void 0;
        }
        return;
      }
      if (!trimmed.startsWith("│")) return;
      const cells = splitRow(trimmed);
      if (!header) {
        header = cells;
        return;
      }
      const sign = cells[0];
      if (sign === "+" || sign === "-") {
        row = { sign, cells: {}, line: lineNo };
        const target = section === "IAM Statement Changes" ? stackFor(lineNo).statements : stackFor(lineNo).managedPolicies;
        target.push(row);
      } else if (!row || sign !== "") {
        return;
      }
      header.forEach((name, col) => {
        if (col === 0 || !row) return;
        const value = cells[col] ?? "";
        if (value === "") return;
        const list = row.cells[name] ??= [];
        const start = ITEM_START[name];
        if (list.length > 0 && start && !start.test(value) && sign === "") list[list.length - 1] += value;
        else list.push(value);
      });
      return;
    }
    if (section === "Resources") {
      const rm = RESOURCE_LINE.exec(line);
      if (rm) {
        recognized++;
        let rest = rm[3].replace(/\s*\(OR move .*\)$/, "").trim();
        let impact;
        for (const candidate of IMPACTS) {
          if (rest.endsWith(` ${candidate}`)) {
            impact = candidate;
            rest = rest.slice(0, -candidate.length - 1).trim();
            break;
          }
        }
        const tokens = rest.split(" ");
        const logicalId = tokens.pop();
        resource = {
          sign: rm[1],
          type: rm[2],
          path: tokens.join(" ") || logicalId,
          logicalId,
          line: lineNo,
          properties: [],
          ...impact ? { impact } : {}
        };
        stackFor(lineNo).resources.push(resource);
        property = void 0;
        return;
      }
      if (!resource) return;
      const pm = PROPERTY_LINE.exec(line);
      if (pm) {
        property = { name: pm[2], sign: pm[1] };
        if (pm[3]) property.impact = pm[3];
        resource.properties.push(property);
        return;
      }
      const vm = VALUE_LINE.exec(line);
      if (vm && property) {
        if (vm[1] === "-" && property.before === void 0) property.before = vm[2];
        if (vm[1] === "+" && property.after === void 0) property.after = vm[2];
      }
    }
  });
  return { stacks, recognized, ...openTable !== void 0 ? { cutTable: { section: openTable, line: lastLine } } : {} };
}

// src/changes/cdk/diff-text/read.ts
var STATEMENTS_LABEL = "cdk diff IAM Statement Changes";
async function readCdkDiffFile(spec) {
  let text;
  try {
    text = await readFile(spec.path, "utf8");
  } catch (e) {
    const code = e.code;
    throw new InputError(spec.path, code === "ENOENT" ? "cdk diff output not found" : `cannot read cdk diff output (${code ?? "error"})`);
  }
  return readCdkDiffText(text, spec.path, spec.label);
}
function readCdkDiffText(text, file, label) {
  const lines = cleanLines(text);
  const firstLine = lines.findIndex((l) => l.trim() !== "") + 1 || 1;
  const first = lines[firstLine - 1]?.trim() ?? "";
  if (first.startsWith("{") || first.startsWith("[")) {
    throw new InputError(file, "this is JSON, not `cdk diff` text: pass a cdk.out with --cdk-out, a change set with --change-set, or a plan with --plan", `line ${firstLine}`);
  }
  if (text.trim() === "") {
    throw new InputError(file, "empty: `cdk diff` writes its diff to stderr, capture it with `cdk diff 2>&1 | tee FILE`", "line 1");
  }
  const parsed = parseCdkDiff(text);
  if (parsed.recognized === 0) {
    throw new InputError(file, 'not `cdk diff` output: no "Stack <name>" line, IAM table or Resources section', `line ${firstLine}`);
  }
  if (parsed.cutTable) {
    throw new InputError(
      file,
      `the ${parsed.cutTable.section} table is cut off (no closing └ line): capture the whole output with \`cdk diff 2>&1 | tee FILE\``,
      `line ${parsed.cutTable.line}`
    );
  }
  const reading = { input: label, source: "cdk", file, changes: [], sensitiveMasked: 0, warnings: [], managedPolicies: [] };
  reading.meta = { stacks: String(parsed.stacks.length), form: "cdk diff text" };
  for (const stack of parsed.stacks) readStack(stack, reading, file);
  return reading;
}
function readStack(s, reading, file) {
  const pathToLogical = /* @__PURE__ */ new Map();
  const byLogical = new Map(s.resources.map((r) => [r.logicalId, r]));
  for (const r of s.resources) pathToLogical.set(r.path, r.logicalId);
  const derivedIds = /* @__PURE__ */ new Set();
  const logicalOf = (pathOrId) => {
    const known = pathToLogical.get(pathOrId) ?? (byLogical.has(pathOrId) ? pathOrId : void 0);
    if (known) return known;
    derivedIds.add(pathOrId);
    return logicalIdForDisplayedPath(pathOrId);
  };
  const roles = /* @__PURE__ */ new Map();
  const entry = (logicalId, resourceType = "AWS::IAM::Role", actions = []) => {
    let e = roles.get(logicalId);
    if (!e) {
      const res = byLogical.get(logicalId);
      const roleName = res?.type === "AWS::IAM::Role" ? res.properties.find((p) => p.name === "RoleName")?.before : void 0;
      const name = roleName && !roleName.includes("${") ? roleName : void 0;
      const change = {
        source: "cdk",
        input: reading.input,
        address: `${s.stack}/${logicalId}`,
        resourceType: res?.type ?? resourceType,
        actions: res ? [`[${res.sign}]`, ...res.impact ? [res.impact] : []] : actions,
        roles: [],
        effects: []
      };
      e = { role: name ?? `${s.stack}/${logicalId}`, logicalId, change, ...name ? {} : { unknowns: [PHYSICAL_NAME_UNKNOWN] } };
      roles.set(logicalId, e);
    }
    for (const a of actions) if (!e.change.actions.includes(a)) e.change.actions.push(a);
    return e;
  };
  const push = (e, effect) => {
    e.change.effects.push(effect);
    if (!e.change.roles.includes(effect.role)) e.change.roles.push(effect.role);
  };
  const base = (e) => ({ role: e.role, ...e.unknowns ? { unknowns: [...e.unknowns] } : {} });
  const whole = /* @__PURE__ */ new Set();
  for (const r of s.resources) {
    if (r.type !== "AWS::IAM::Role") continue;
    if (r.sign === "-") {
      const e = entry(r.logicalId);
      whole.add(r.logicalId);
      push(e, { ...base(e), kind: "deleted", summary: `role ${e.role} deleted (${e.change.address} destroyed)` });
    } else if (r.sign === "+") {
      const e = entry(r.logicalId);
      whole.add(r.logicalId);
      push(e, { ...base(e), kind: "created", summary: `role ${e.role} created` });
    } else if (r.sign === "~") {
      const e = entry(r.logicalId);
      if (r.impact === "replace" || r.impact === "may be replaced") {
        const causes = r.properties.filter((p) => p.impact).map((p) => p.name);
        const newName = r.properties.find((p) => p.name === "RoleName")?.after;
        const maybe = r.impact === "may be replaced";
        const because = causes.length > 0 ? `${causes.join(", ")} changed` : void 0;
        push(e, {
          ...base(e),
          kind: "replaced",
          summary: maybe ? `role ${e.role} may be replaced${because ? ` (${because})` : ""}` : `role ${e.role} replaced${newName ? ` by ${newName}` : ""}${because ? ` (${because})` : ""}`,
          ...newName && !newName.includes("${") ? { newName } : {},
          ...because || maybe ? { because: `${because ?? "replacement"}${maybe ? " (may be replaced: decided at deploy)" : ""}` } : {}
        });
      }
      const boundary = r.properties.find((p) => p.name === "PermissionsBoundary");
      if (boundary) {
        const before = boundary.sign === "+" ? null : boundary.before ?? void 0;
        const after = boundary.sign === "-" ? null : boundary.after ?? void 0;
        push(e, {
          ...base(e),
          kind: "boundary-changed",
          summary: `permissions boundary of ${e.role} changed`,
          ...before !== void 0 ? { before } : {},
          ...after !== void 0 ? { after } : {},
          ...before === void 0 || after === void 0 ? { unknowns: [...e.unknowns ?? [], "boundary value not shown in cdk diff text"] } : {}
        });
      }
    }
  }
  const trust = /* @__PURE__ */ new Map();
  const perms = /* @__PURE__ */ new Map();
  const sideOf = (m, id) => {
    let v = m.get(id);
    if (!v) m.set(id, v = { before: [], after: [] });
    return v;
  };
  for (const row of s.statements) {
    const resources = row.cells.Resource ?? [];
    const actions = row.cells.Action ?? [];
    const principals = row.cells.Principal ?? [];
    const effect = (row.cells.Effect ?? ["Allow"])[0] === "Deny" ? "Deny" : "Allow";
    const condition = parseCondition(row, file, reading);
    const actionField = actionsOf(actions);
    const roleArn = resources.length === 1 ? /^\$\{(.+)\.Arn\}$/.exec(resources[0]) : null;
    const isTrust = roleArn && actions.length > 0 && actions.every((a) => /^sts:/i.test(a.replace(/^NOT /, "")));
    if (isTrust) {
      const id = logicalOf(roleArn[1]);
      const stmt = { Effect: effect, ...actionField, Principal: principalOf(principals), ...condition ? { Condition: condition } : {} };
      sideOf(trust, id)[row.sign === "-" ? "before" : "after"].push(stmt);
      continue;
    }
    for (const p of principals) {
      const m = /^AWS:\$\{([^}.]+)\}$/.exec(p);
      if (!m) continue;
      const id = logicalOf(m[1]);
      const res = byLogical.get(id);
      if (res && res.type !== "AWS::IAM::Role") continue;
      const stmt = { Effect: effect, ...actionField, ...resourceField(resources), ...condition ? { Condition: condition } : {} };
      sideOf(perms, id)[row.sign === "-" ? "before" : "after"].push(stmt);
    }
  }
  for (const [id, sides] of trust) {
    if (whole.has(id)) continue;
    const e = entry(id, "AWS::IAM::Role", ["IAM Statement Changes"]);
    const before = sides.before.length ? { Version: "2012-10-17", Statement: sides.before } : null;
    const after = sides.after.length ? { Version: "2012-10-17", Statement: sides.after } : null;
    const t = diffTrust(before, after);
    if (t.added.length === 0 && t.removed.length === 0) continue;
    const names = (ps) => ps.map((p) => p.value).join(", ");
    push(e, {
      ...base(e),
      kind: "trust-changed",
      summary: `trust policy of ${e.role}: ${[t.removed.length ? `-${names(t.removed)}` : "", t.added.length ? `+${names(t.added)}` : ""].filter(Boolean).join(" ")}`,
      principalsAdded: t.added,
      principalsRemoved: t.removed,
      ...before ? { before: JSON.stringify(before, null, 2) } : {},
      ...after ? { after: JSON.stringify(after, null, 2) } : {}
    });
  }
  const policySources = s.resources.flatMap((r) => {
    if (r.type === "AWS::IAM::ManagedPolicy") return [`${s.stack}/${r.logicalId}`];
    if (r.type === "AWS::IAM::Policy" || r.type === "AWS::IAM::RolePolicy") return [`inline:${r.path}`];
    if (r.type === "AWS::IAM::Role" && r.properties.some((p) => p.name === "Policies")) return [`inline policies of ${s.stack}/${r.logicalId}`];
    return [];
  });
  const statementsLabel = policySources.length === 1 ? policySources[0] : STATEMENTS_LABEL;
  for (const r of s.resources.filter((x) => x.type === "AWS::IAM::ManagedPolicy" && x.sign !== "+")) {
    reading.managedPolicies?.push({ policy: `${s.stack}/${r.logicalId}`, address: `${s.stack}/${r.logicalId}`, ...r.sign === "-" ? { deleted: true } : {} });
  }
  for (const [id, sides] of perms) {
    if (whole.has(id)) continue;
    const e = entry(id, "AWS::IAM::Role", ["IAM Statement Changes"]);
    const before = sides.before.length ? { Version: "2012-10-17", Statement: sides.before } : null;
    const after = sides.after.length ? { Version: "2012-10-17", Statement: sides.after } : null;
    const d = diffPermissions(before, after, statementsLabel);
    permissionEffects(e, d.removed, d.added, "IAM statements");
  }
  for (const row of s.managedPolicies) {
    const target = (row.cells.Resource ?? [])[0] ?? "";
    const arn = (row.cells["Managed Policy ARN"] ?? []).join("");
    const m = /^\$\{([^}.]+)\}$/.exec(target);
    if (!m) continue;
    const id = logicalOf(m[1]);
    const res = byLogical.get(id);
    if (whole.has(id) || res && res.type !== "AWS::IAM::Role") continue;
    const e = entry(id, "AWS::IAM::Role", ["IAM Policy Changes"]);
    const delta = managedDelta(arn, s.stack, logicalOf);
    if (row.sign === "-") permissionEffects(e, delta, null, `managed policy ${delta.policy} detached`);
    else permissionEffects(e, null, delta, `managed policy ${delta.policy} attached`);
  }
  function permissionEffects(e, removed, added, what) {
    if (removed && (deltaPermissionCount(removed) > 0 || removed.unknown)) {
      push(e, { ...base(e), kind: "permissions-removed", summary: `${what}: permissions removed from ${e.role}`, delta: removed });
    }
    if (added && (deltaPermissionCount(added) > 0 || added.unknown)) {
      push(e, { ...base(e), kind: "permissions-added", summary: `${what}: permissions added to ${e.role}`, delta: added });
    }
  }
  for (const r of s.resources.filter((x) => x.type === "AWS::IAM::InstanceProfile")) {
    reading.warnings.push(`${s.stack}/${r.logicalId}: instance profile ${r.sign === "-" ? "destroyed" : r.sign === "+" ? "added" : "changed"}; cdk diff text does not show its role (use --cdk-out or --change-set)`);
  }
  for (const r of s.resources) {
    const spec = ROLE_USERS[r.type];
    if (!spec) continue;
    const address = `${s.stack}/${r.logicalId}`;
    if (r.sign === "+" || r.sign === "-") {
      reading.warnings.push(`${address}: ${r.type} ${r.sign === "-" ? "destroyed" : "added"}; cdk diff text does not show its role (use --cdk-out or --change-set to see which role it ${r.sign === "-" ? "leaves" : "uses"})`);
      continue;
    }
    for (const p of r.properties.filter((x) => spec.props.includes(x.name))) {
      const before = p.before !== void 0 ? resolveRoleRef(p.before) : void 0;
      const after = p.after !== void 0 ? resolveRoleRef(p.after) : void 0;
      const dependent = { kind: spec.kind, id: address, via: `${r.type}.${p.name}` };
      const change = { source: "cdk", input: reading.input, address, resourceType: r.type, actions: ["[~]"], roles: [], effects: [] };
      for (const [ref, kind] of [[before, "dependent-removed"], [after, "dependent-added"]]) {
        if (!ref) continue;
        if (ref.kind !== "name") {
          reading.warnings.push(`${address}.${p.name}: role reference not resolvable from cdk diff text`);
          continue;
        }
        change.effects.push({ role: ref.name, kind, dependent, summary: `${spec.kind} ${address} ${kind === "dependent-removed" ? "moves off" : "moves to"} ${ref.name} (${p.name})` });
        if (!change.roles.includes(ref.name)) change.roles.push(ref.name);
      }
      if (before === void 0 && after === void 0) reading.warnings.push(`${address}.${p.name}: role reference changed; cdk diff text does not show the values`);
      if (change.effects.length > 0) reading.changes.push(change);
    }
    if (r.sign === "~" && r.impact === "replace") {
      reading.warnings.push(`${address}: ${r.type} replaced; cdk diff text does not show its role`);
    }
  }
  for (const e of roles.values()) {
    if (e.change.effects.length === 0) continue;
    if (derivedIds.size > 0 && !byLogical.has(e.logicalId)) {
      e.change.notes = [...e.change.notes ?? [], "logical ID derived from the construct path shown by cdk diff"];
    }
    reading.changes.push(e.change);
  }
}
function actionsOf(items) {
  if (items.length > 0 && items.every((a) => a.startsWith("NOT "))) return { NotAction: items.map((a) => a.slice(4)) };
  return { Action: items.length > 0 ? items : ["*"] };
}
function resourceField(items) {
  if (items.length > 0 && items.every((a) => a.startsWith("NOT "))) return { NotResource: items.map((a) => a.slice(4)) };
  return { Resource: items.length > 0 ? items : ["*"] };
}
function principalOf(items) {
  if (items.includes("*")) return "*";
  const out = {};
  for (const item of items) {
    const i = item.indexOf(":");
    if (i <= 0) continue;
    (out[item.slice(0, i)] ??= []).push(item.slice(i + 1));
  }
  return out;
}
function parseCondition(row, file, reading) {
  const lines = row.cells.Condition;
  if (!lines || lines.length === 0) return void 0;
  const text = lines.join("");
  for (const candidate of [`{${text}}`, text]) {
    try {
      const v = JSON.parse(candidate);
      if (typeof v === "object" && v !== null && !Array.isArray(v)) return v;
    } catch {
    }
  }
  reading.warnings.push(`${file} (line ${row.line}): statement condition not readable from the table; compared without it`);
  return void 0;
}
function managedDelta(arn, stack, logicalOf) {
  const ref = /^\$\{([^}.]+)\}$/.exec(arn);
  if (ref) {
    const label = `${stack}/${logicalOf(ref[1])}`;
    return { policy: label, permissions: [], services: [], unknown: "customer managed policy of the stack: its document is not in cdk diff text" };
  }
  const name = managedPolicyName(arn.replace("${AWS::Partition}", "aws"));
  if (name && /:iam::aws:policy\//.test(arn)) {
    return awsManagedPolicy(name) ?? { policy: name, permissions: [], services: [], unknown: `AWS managed policy ${name} is not in the embedded catalog` };
  }
  return { policy: arn, permissions: [], services: [], unknown: "customer managed policy: content looked up live" };
}
export {
  readCdkDiffFile,
  readCdkDiffText
};
