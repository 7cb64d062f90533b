import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/policy/embedded.ts
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
function inflateEmbedded(base64) {
  return JSON.parse(gunzipSync(Buffer.from(base64, "base64")).toString("utf8"));
}
function readDataFile(name) {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8"));
}

// src/policy/wildcard.ts
var regexCache = /* @__PURE__ */ new Map();
function hasWildcard(s) {
  return s.includes("*") || s.includes("?");
}
function firstWildcard(s) {
  const star = s.indexOf("*");
  const q = s.indexOf("?");
  return star < 0 ? q : q < 0 ? star : Math.min(star, q);
}
function toRegExp(pattern) {
  let re = regexCache.get(pattern);
  if (!re) {
    const body = pattern.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")).join("");
    re = new RegExp(`^${body}$`, "s");
    if (regexCache.size > 5e3) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}
function wildcardMatch(pattern, value) {
  if (!hasWildcard(pattern)) return pattern === value;
  if (pattern === "*") return true;
  return toRegExp(pattern).test(value);
}
function patternCovers(outer, inner) {
  if (outer === inner || outer === "*") return true;
  if (!hasWildcard(outer)) return false;
  if (!hasWildcard(inner)) return wildcardMatch(outer, inner);
  const first = firstWildcard(outer);
  if (!inner.startsWith(outer.slice(0, first))) return false;
  const last = Math.max(outer.lastIndexOf("*"), outer.lastIndexOf("?"));
  if (!inner.endsWith(outer.slice(last + 1))) return false;
  const o = outer;
  const n = inner;
  let prev = new Array(n.length + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= o.length; i++) {
    const oc = o[i - 1];
    const cur = new Array(n.length + 1).fill(false);
    if (oc === "*") {
      let seen = false;
      for (let j = 0; j <= n.length; j++) {
        seen = seen || prev[j] === true;
        cur[j] = seen;
      }
    } else {
      for (let j = 1; j <= n.length; j++) {
        const nc = n[j - 1];
        const ok = oc === "?" ? nc !== "*" : nc === oc && nc !== "*" && nc !== "?";
        cur[j] = ok && prev[j - 1] === true;
      }
    }
    prev = cur;
  }
  return prev[n.length] === true;
}

// src/policy/catalog.ts
var data;
var catalogFile = () => data ??= readDataFile("catalog.generated.json");
var index;
function catalogIndex() {
  if (!index) {
    const raw = inflateEmbedded(catalogFile().data);
    const built = { services: /* @__PURE__ */ new Map(), list: [], size: 0 };
    for (const [name, joined] of Object.entries(raw)) {
      let count = 0;
      if (joined !== "") {
        for (let at = -1; ; count++) if ((at = joined.indexOf(",", at + 1)) < 0) break;
      }
      const service = { name, start: built.size, end: built.size + (joined === "" ? 0 : count + 1), joined };
      built.size = service.end;
      built.services.set(name, service);
      built.list.push(service);
    }
    index = built;
  }
  return index;
}
function actionsOf(s) {
  if (!s.names || !s.lower) {
    const prefix = `${s.name}:`;
    const lowerPrefix = prefix.toLowerCase();
    s.names = s.joined === "" ? [] : s.joined.split(",").map((a) => prefix + a);
    s.lower = s.joined === "" ? [] : s.joined.toLowerCase().split(",").map((a) => lowerPrefix + a);
  }
  return { names: s.names, lower: s.lower };
}
function serviceAt(i) {
  const { list } = catalogIndex();
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (list[mid].start <= i) lo = mid;
    else hi = mid - 1;
  }
  while (lo < list.length - 1 && list[lo].end <= i) lo++;
  return list[lo];
}
function servicesMatching(pattern) {
  const p = pattern.toLowerCase();
  return [...catalogIndex().services.keys()].filter((s) => wildcardMatch(p, s)).sort();
}
var expansionCache = /* @__PURE__ */ new Map();
function expansion(pattern) {
  const key = pattern.trim().toLowerCase();
  let e = expansionCache.get(key);
  if (!e) {
    e = Int32Array.from(computeExpansion(key));
    if (expansionCache.size > 5e3) expansionCache.clear();
    expansionCache.set(key, e);
  }
  return e;
}
function markPattern(pattern, mask) {
  const key = pattern.trim().toLowerCase();
  if (!hasWildcard(key)) {
    const i = concreteIndex(key);
    if (i !== void 0) mask[i] = 1;
    return;
  }
  for (const i of expansion(key)) mask[i] = 1;
}
function concreteIndex(key) {
  const colon = key.indexOf(":");
  const service = colon < 0 ? void 0 : catalogIndex().services.get(key.slice(0, colon));
  if (!service) return void 0;
  if (!service.byLower) {
    const { lower } = actionsOf(service);
    service.byLower = new Map(lower.map((l, k) => [l, service.start + k]));
  }
  return service.byLower.get(key);
}
function catalogName(i) {
  const s = serviceAt(i);
  return actionsOf(s).names[i - s.start];
}
function catalogSize() {
  return catalogIndex().size;
}
function sortedNames(indices, limit) {
  const sorted = Int32Array.from(indices).sort();
  const n = Math.min(limit, sorted.length);
  const out = new Array(n);
  for (let k = 0; k < n; k++) out[k] = catalogName(sorted[k]);
  return out;
}
function computeExpansion(p) {
  if (p === "") return [];
  const idx = catalogIndex();
  const colon = p.indexOf(":");
  const servicePart = colon < 0 ? p : p.slice(0, colon);
  const services = [];
  if (colon < 0) {
    if (p !== "*") return [];
    services.push(...idx.list);
  } else if (hasWildcard(servicePart)) {
    for (const s of idx.list) if (wildcardMatch(servicePart, s.name)) services.push(s);
  } else {
    const s = idx.services.get(servicePart);
    if (s) services.push(s);
  }
  const out = [];
  const all = p === "*" || p.endsWith(":*");
  for (const s of services) {
    if (all) {
      for (let i = s.start; i < s.end; i++) out.push(i);
      continue;
    }
    const { lower } = actionsOf(s);
    for (let k = 0; k < lower.length; k++) if (wildcardMatch(p, lower[k])) out.push(s.start + k);
  }
  return out;
}

// src/policy/condition.ts
var escapeValue = (v) => v.replace(/\\/g, "\\\\").replace(/,/g, "\\,");
var escapeKey = (k) => k.replace(/\\/g, "\\\\").replace(/=/g, "\\=");
function renderCondition(operator, key, values) {
  return `${operator} ${escapeKey(key)} = ${values.map(escapeValue).join(",")}`;
}
function splitEscaped(text, sep) {
  const parts = [];
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) {
      cur += text[i + 1];
      i++;
    } else if (c === sep) {
      parts.push(cur);
      cur = "";
    } else {
      cur += c;
    }
  }
  parts.push(cur);
  return parts;
}
function readCondition(text) {
  const space = text.indexOf(" ");
  if (space <= 0) return null;
  const operator = text.slice(0, space);
  const rest = text.slice(space + 1);
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "=" && rest[i - 1] === " " && rest[i + 1] === " ") {
      const keyPart = rest.slice(0, i - 1);
      const key = splitEscaped(keyPart, "\0").join("");
      const values = splitEscaped(rest.slice(i + 2), ",");
      return { operator, key, values };
    }
  }
  return null;
}

// src/policy/intrinsics.ts
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function intrinsicName(v) {
  if (!isRecord(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  const k = keys[0];
  return k === "Ref" || k.startsWith("Fn::") ? k : null;
}
function isIntrinsic(v) {
  return intrinsicName(v) !== null;
}
function intrinsicText(v, depth = 0) {
  if (typeof v === "string") return v;
  const name = intrinsicName(v);
  if (name === null || depth > 20) return null;
  const arg = v[name];
  switch (name) {
    case "Ref":
      return typeof arg === "string" ? `\${${arg}}` : opaque(name, arg);
    case "Fn::GetAtt": {
      if (typeof arg === "string") return `\${${arg}}`;
      if (Array.isArray(arg) && arg.every((x) => typeof x === "string")) return `\${${arg.join(".")}}`;
      return opaque(name, arg);
    }
    case "Fn::Join": {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== "string" || !Array.isArray(arg[1])) return opaque(name, arg);
      const parts = arg[1].map((p) => intrinsicText(p, depth + 1));
      return parts.every((p) => p !== null) ? parts.join(arg[0]) : opaque(name, arg);
    }
    case "Fn::Sub": {
      if (typeof arg === "string") return arg;
      if (Array.isArray(arg) && typeof arg[0] === "string" && isRecord(arg[1])) {
        const vars = arg[1];
        return arg[0].replace(/\$\{([^}!]+)\}/g, (whole, key) => {
          const text = Object.hasOwn(vars, key) ? intrinsicText(vars[key], depth + 1) : null;
          return text ?? whole;
        });
      }
      return opaque(name, arg);
    }
    case "Fn::ImportValue": {
      const inner = intrinsicText(arg, depth + 1);
      return inner !== null ? `\${ImportValue:${inner}}` : opaque(name, arg);
    }
    default:
      return opaque(name, arg);
  }
}
function opaque(name, arg) {
  return `\${${name}:${JSON.stringify(arg)}}`;
}

// src/policy/parse.ts
var PolicyShapeError = class extends Error {
};
function fail(message) {
  throw new PolicyShapeError(message);
}
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function decodePolicyDocument(input) {
  if (input === null || input === void 0) return { ok: true, doc: null };
  if (typeof input === "string") {
    let text = input.trim();
    if (text === "") return { ok: true, doc: null };
    if (/^%7b/i.test(text)) {
      try {
        text = decodeURIComponent(text);
      } catch {
        return { ok: false, reason: "policy looks URL-encoded but does not decode" };
      }
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: `policy is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!isRecord2(parsed)) return { ok: false, reason: "policy JSON is not an object" };
    return { ok: true, doc: parsed };
  }
  if (isRecord2(input)) return { ok: true, doc: input };
  return { ok: false, reason: `policy is a ${Array.isArray(input) ? "array" : typeof input}, not a document` };
}
function stringList(value, what, lower) {
  const items = Array.isArray(value) ? value : [value];
  const out = /* @__PURE__ */ new Set();
  for (const item of items) {
    const text = intrinsicText(item);
    if (text === null) fail(`${what} must be a string or an array of strings`);
    out.add(lower ? text.toLowerCase() : text);
  }
  return [...out].sort();
}
function canonicalAwsPrincipal(value) {
  return /^\d{12}$/.test(value) ? `arn:aws:iam::${value}:root` : value;
}
function principalList(value, what, not) {
  const out = [];
  const push = (type, v) => {
    out.push(not ? { type, value: v, not: true } : { type, value: v });
  };
  if (value === "*") {
    push("*", "*");
  } else if (isRecord2(value) && !isIntrinsic(value)) {
    for (const [type, raw] of Object.entries(value)) {
      for (const v of stringList(raw, `${what}.${type}`, false)) {
        if (type === "AWS" && v === "*") push("*", "*");
        else push(type, type === "AWS" ? canonicalAwsPrincipal(v) : v);
      }
    }
  } else {
    fail(`${what} must be "*" or a map of principal type to principals`);
  }
  return dedupeSorted(out, (p) => `${p.type}\0${p.value}`);
}
function dedupeSorted(items, key) {
  const byKey = /* @__PURE__ */ new Map();
  for (const item of items) byKey.set(key(item), item);
  return [...byKey.keys()].sort().map((k) => byKey.get(k));
}
function conditionValue(v, where) {
  const text = intrinsicText(v);
  if (text !== null) return text;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return fail(`${where} values must be strings, numbers or booleans`);
}
function conditionList(value) {
  if (value === void 0) return [];
  if (!isRecord2(value)) fail("Condition must be a map of operator to keys");
  const out = /* @__PURE__ */ new Set();
  for (const [operator, keys] of Object.entries(value)) {
    if (!/^[A-Za-z0-9:]+$/.test(operator)) fail(`Condition operator "${operator}" is not an IAM operator`);
    if (!isRecord2(keys)) fail(`Condition.${operator} must be a map of key to values`);
    const seen = /* @__PURE__ */ new Set();
    for (const [key, raw] of Object.entries(keys)) {
      if (seen.has(key.toLowerCase())) fail(`Condition.${operator} names key "${key}" twice (keys are case-insensitive)`);
      seen.add(key.toLowerCase());
      const where = `Condition.${operator}.${key}`;
      const items = Array.isArray(raw) ? raw : [raw];
      if (items.length === 0) fail(`${where} has no values`);
      const values = [...new Set(items.map((v) => conditionValue(v, where)))].sort();
      out.add(renderCondition(operator, key.toLowerCase(), values));
    }
  }
  return [...out].sort();
}
function getKey(stmt, name) {
  return stmt[name];
}
function normalizeStatement(raw, index2) {
  if (!isRecord2(raw) || isIntrinsic(raw)) fail(`Statement[${index2}] is not an object${isIntrinsic(raw) ? " (a CloudFormation intrinsic: known at deploy time)" : ""}`);
  const effectRaw = getKey(raw, "Effect");
  if (typeof effectRaw !== "string") fail(`Statement[${index2}] has no Effect`);
  const effectLower = effectRaw.toLowerCase();
  if (effectLower !== "allow" && effectLower !== "deny") fail(`Statement[${index2}].Effect "${effectRaw}" is neither Allow nor Deny`);
  const out = { effect: effectLower === "allow" ? "Allow" : "Deny" };
  const sid = getKey(raw, "Sid");
  if (sid !== void 0) {
    if (typeof sid !== "string") fail(`Statement[${index2}].Sid must be a string`);
    if (sid !== "") out.sid = sid;
  }
  const action = getKey(raw, "Action");
  const notAction = getKey(raw, "NotAction");
  if (action !== void 0 && notAction !== void 0) fail(`Statement[${index2}] has both Action and NotAction`);
  if (action === void 0 && notAction === void 0) fail(`Statement[${index2}] has neither Action nor NotAction`);
  if (action !== void 0) out.actions = stringList(action, `Statement[${index2}].Action`, true);
  else out.notActions = stringList(notAction, `Statement[${index2}].NotAction`, true);
  const resource = getKey(raw, "Resource");
  const notResource = getKey(raw, "NotResource");
  if (resource !== void 0 && notResource !== void 0) fail(`Statement[${index2}] has both Resource and NotResource`);
  if (resource !== void 0) out.resources = stringList(resource, `Statement[${index2}].Resource`, false);
  if (notResource !== void 0) out.notResources = stringList(notResource, `Statement[${index2}].NotResource`, false);
  const principal = getKey(raw, "Principal");
  const notPrincipal = getKey(raw, "NotPrincipal");
  if (principal !== void 0 && notPrincipal !== void 0) fail(`Statement[${index2}] has both Principal and NotPrincipal`);
  if (principal !== void 0) out.principals = principalList(principal, `Statement[${index2}].Principal`, false);
  if (notPrincipal !== void 0) out.notPrincipals = principalList(notPrincipal, `Statement[${index2}].NotPrincipal`, true);
  return { ...out, conditions: conditionList(getKey(raw, "Condition")) };
}
function statementKey(s) {
  return JSON.stringify([
    s.effect,
    s.actions ?? null,
    s.notActions ?? null,
    s.resources ?? null,
    s.notResources ?? null,
    s.principals?.map((p) => [p.type, p.value]) ?? null,
    s.notPrincipals?.map((p) => [p.type, p.value]) ?? null,
    s.conditions,
    s.sid ?? null
  ]);
}
function parsePolicy(input) {
  const decoded = decodePolicyDocument(input);
  if (!decoded.ok) return decoded;
  if (decoded.doc === null) return { ok: true, statements: [] };
  const statementRaw = decoded.doc["Statement"];
  if (statementRaw === void 0) return { ok: false, reason: "policy has no Statement" };
  const list = Array.isArray(statementRaw) ? statementRaw : [statementRaw];
  try {
    const statements = list.map((s, i) => normalizeStatement(s, i));
    const byKey = /* @__PURE__ */ new Map();
    for (const s of statements) byKey.set(statementKey(s), s);
    return { ok: true, statements: [...byKey.keys()].sort().map((k) => byKey.get(k)) };
  } catch (e) {
    if (e instanceof PolicyShapeError) return { ok: false, reason: e.message };
    return { ok: false, reason: `policy could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

// src/policy/document.ts
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object" && value !== null) {
    const out = /* @__PURE__ */ Object.create(null);
    for (const k of Object.keys(value).sort()) out[k] = sortKeys(value[k]);
    return out;
  }
  return value;
}
function prettyPolicy(input) {
  const decoded = decodePolicyDocument(input);
  if (!decoded.ok) return typeof input === "string" ? input : void 0;
  if (decoded.doc === null) return void 0;
  return JSON.stringify(sortKeys(decoded.doc), null, 2);
}

// src/policy/diff.ts
var EXPANDED_ACTIONS_CAP = 200;
var NOT_RESOURCE_PREFIX = "NotResource:";
function tupleKey(t) {
  return `${t.effect}\0${t.notAction ? 1 : 0}${t.notResource ? 1 : 0}\0${t.action}\0${t.resource}\0${t.conditionsKey}`;
}
var LIST_SEP = "\0";
var shownList = (joined) => joined.split(LIST_SEP).join(",");
function statementTuples(s) {
  const notAction = s.notActions !== void 0;
  const actions = s.notActions ? s.notActions.length > 0 ? [s.notActions.join(LIST_SEP)] : [] : s.actions ?? [];
  const notResource = s.notResources !== void 0;
  const resources = s.notResources ? [s.notResources.join(LIST_SEP)] : s.resources ?? [""];
  const conditionsKey = JSON.stringify(s.conditions);
  const out = [];
  for (const action of actions) {
    for (const resource of resources) {
      out.push({ effect: s.effect, action, notAction, resource, notResource, conditions: s.conditions, conditionsKey });
    }
  }
  return out;
}
function exclusionCovers(outer, inner) {
  if (outer === inner) return true;
  const innerSet = new Set(inner.split(LIST_SEP));
  return outer.split(LIST_SEP).every((x) => innerSet.has(x));
}
function tupleSet(statements) {
  const out = /* @__PURE__ */ new Map();
  for (const s of statements) for (const t of statementTuples(s)) out.set(tupleKey(t), t);
  return out;
}
var WIDER_WITH_MORE_VALUES = /^(ForAnyValue:|ForAllValues:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress|NumericEquals|DateEquals|BinaryEquals|Bool)(IfExists)?$/;
var parsedConditions = /* @__PURE__ */ new Map();
function parsedCondition(text) {
  let c = parsedConditions.get(text);
  if (c === void 0) {
    c = readCondition(text);
    if (parsedConditions.size > 1e4) parsedConditions.clear();
    parsedConditions.set(text, c);
  }
  return c;
}
function conditionImplied(outer, inner) {
  if (outer === inner) return true;
  const o = parsedCondition(outer);
  const i = parsedCondition(inner);
  if (!o || !i || o.operator !== i.operator || o.key !== i.key || !WIDER_WITH_MORE_VALUES.test(o.operator)) return false;
  return i.values.every((v) => o.values.includes(v));
}
function conditionsSubset(outer, inner) {
  return outer.every((c) => inner.some((x) => conditionImplied(c, x)));
}
function sameScopeBroader(outer, inner) {
  if (outer.effect !== inner.effect || outer.notAction !== inner.notAction || outer.notResource !== inner.notResource) {
    return false;
  }
  if (!conditionsSubset(outer.conditions, inner.conditions)) return false;
  if (outer.notResource) return exclusionCovers(outer.resource, inner.resource);
  return outer.resource === "" ? inner.resource === "" : patternCovers(outer.resource, inner.resource);
}
function serviceOf(action, notAction) {
  if (notAction) return ["*"];
  const colon = action.indexOf(":");
  if (colon < 0) return [action === "*" ? "*" : action];
  const service = action.slice(0, colon);
  if (service === "*" || !hasWildcard(service)) return [service];
  const known = servicesMatching(service);
  return known.length > 0 ? known : [service];
}
function servicesOf(tuples) {
  return [...new Set(tuples.flatMap((t) => serviceOf(t.action, t.notAction)))].sort();
}
var permissionKey = (t) => `${t.effect}\0${t.notAction ? 1 : 0}\0${t.action}\0${t.conditionsKey}`;
function permissionCount(tuples) {
  const keys = /* @__PURE__ */ new Set();
  for (const t of tuples) keys.add(permissionKey(t));
  return keys.size;
}
function toPermissions(tuples) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of tuples) {
    const key = permissionKey(t);
    let g = groups.get(key);
    if (!g) {
      const p = { effect: t.effect, action: t.notAction ? shownList(t.action) : t.action };
      if (t.notAction) p.notAction = true;
      if (t.conditions.length > 0) p.conditions = [...t.conditions];
      g = { p, resources: /* @__PURE__ */ new Set() };
      groups.set(key, g);
    }
    if (t.resource !== "") g.resources.add(t.notResource ? `${NOT_RESOURCE_PREFIX}${shownList(t.resource)}` : t.resource);
  }
  return [...groups.keys()].sort().map((k) => {
    const g = groups.get(k);
    if (g.resources.size > 0) g.p.resources = [...g.resources].sort();
    return g.p;
  });
}
function lostConcreteActions(lost, kept) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of lost) {
    if (t.notAction || !hasWildcard(t.action)) continue;
    const key = `${t.effect}\0${t.notResource ? 1 : 0}\0${t.resource}\0${t.conditionsKey}`;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  if (groups.size === 0) return [];
  const size = catalogSize();
  const isLost = new Uint8Array(size);
  const lostIndices = [];
  for (const group of groups.values()) {
    const rep = group[0];
    const granted = new Uint8Array(size);
    const seen = /* @__PURE__ */ new Set();
    for (const k of kept) {
      if (k.notAction || seen.has(k.action) || !sameScopeBroader(k, rep)) continue;
      seen.add(k.action);
      markPattern(k.action, granted);
    }
    for (const t of group) {
      for (const i of expansion(t.action)) {
        if (isLost[i] === 1 || granted[i] === 1) continue;
        isLost[i] = 1;
        lostIndices.push(i);
      }
    }
  }
  const count = lostIndices.length;
  if (count === 0) return [];
  const names = sortedNames(lostIndices, EXPANDED_ACTIONS_CAP);
  return count <= EXPANDED_ACTIONS_CAP ? names : [...names, `+${count - EXPANDED_ACTIONS_CAP} more`];
}
function buildDelta(label, tuples, others, text) {
  const permissions = toPermissions(tuples);
  const services = servicesOf(tuples);
  const delta = { policy: label, permissions, services };
  const expanded = lostConcreteActions(tuples, others);
  if (expanded.length > 0) delta.expandedActions = expanded;
  if (text.before !== void 0) delta.before = text.before;
  if (text.after !== void 0) delta.after = text.after;
  return delta;
}
function uncovered(from, to) {
  const scopes = /* @__PURE__ */ new Map();
  const scopeOf = (t) => `${t.effect}|${t.notAction}|${t.notResource}`;
  for (const t of to.values()) {
    let scope = scopes.get(scopeOf(t));
    if (!scope) scopes.set(scopeOf(t), scope = { byAction: /* @__PURE__ */ new Map(), broad: [] });
    const list = scope.byAction.get(t.action);
    if (list) list.push(t);
    else {
      scope.byAction.set(t.action, [t]);
      if (t.notAction || hasWildcard(t.action)) scope.broad.push(t.action);
    }
  }
  const coveringActions = /* @__PURE__ */ new Map();
  const out = [];
  for (const [key, t] of from) {
    if (to.has(key)) continue;
    const scopeKey = scopeOf(t);
    const scope = scopes.get(scopeKey);
    if (!scope) {
      out.push(t);
      continue;
    }
    const cacheKey = `${scopeKey}|${t.action}`;
    let actions = coveringActions.get(cacheKey);
    if (!actions) {
      const tAction = t.action;
      actions = scope.broad.filter((a) => a !== tAction && (t.notAction ? exclusionCovers(a, tAction) : patternCovers(a, tAction)));
      if (scope.byAction.has(tAction)) actions.push(tAction);
      coveringActions.set(cacheKey, actions);
    }
    const covered = actions.some((a) => (scope.byAction.get(a) ?? []).some((o) => sameScopeBroader(o, t)));
    if (!covered) out.push(t);
  }
  return out;
}
function diffPermissions(before, after, policyLabel) {
  const text = {};
  const beforeText = prettyPolicy(before);
  const afterText = prettyPolicy(after);
  if (beforeText !== void 0) text.before = beforeText;
  if (afterText !== void 0) text.after = afterText;
  const b = parsePolicy(before);
  const a = parsePolicy(after);
  if (!b.ok || !a.ok) {
    const why = [!b.ok ? `before: ${b.reason}` : "", !a.ok ? `after: ${a.reason}` : ""].filter(Boolean).join("; ");
    const unknown = () => ({
      policy: policyLabel,
      permissions: [],
      services: [],
      unknown: `policy could not be parsed (${why})`,
      ...text
    });
    return { removed: unknown(), added: unknown() };
  }
  const bt = tupleSet(b.statements);
  const at = tupleSet(a.statements);
  const removedTuples = uncovered(bt, at);
  const addedTuples = uncovered(at, bt);
  return {
    removed: removedTuples.length > 0 ? buildDelta(policyLabel, removedTuples, [...at.values()], text) : null,
    added: addedTuples.length > 0 ? buildDelta(policyLabel, addedTuples, [...bt.values()], text) : null
  };
}
function wholePolicyOf(policy) {
  const parsed = parsePolicy(policy);
  if (!parsed.ok) return null;
  const tuples = [...tupleSet(parsed.statements).values()];
  let expanded = null;
  let permissions;
  return {
    get permissions() {
      return permissions ??= toPermissions(tuples);
    },
    permissionCount: permissionCount(tuples),
    services: servicesOf(tuples),
    expandedActions() {
      if (expanded === null) {
        const names = lostConcreteActions(tuples, []);
        expanded = names.length > 0 ? names : void 0;
      }
      return expanded;
    }
  };
}
function permissionsOf(policy, policyLabel) {
  const parsed = parsePolicy(policy);
  const text = prettyPolicy(policy);
  if (!parsed.ok) {
    const delta = {
      policy: policyLabel,
      permissions: [],
      services: [],
      unknown: `policy could not be parsed (${parsed.reason})`
    };
    if (text !== void 0) delta.after = text;
    return delta;
  }
  return buildDelta(policyLabel, [...tupleSet(parsed.statements).values()], [], text === void 0 ? {} : { after: text });
}

// src/policy/managed.ts
var file;
var managedFile = () => file ??= readDataFile("managed-policies.generated.json");
function managedPolicySource() {
  return managedFile().source;
}
var byLowerName;
var chunks = /* @__PURE__ */ new Map();
function lookup() {
  if (!byLowerName) {
    byLowerName = /* @__PURE__ */ new Map();
    for (const row of inflateEmbedded(managedFile().index)) byLowerName.set(row[0].toLowerCase(), row);
  }
  return byLowerName;
}
function documentOf(row) {
  let chunk = chunks.get(row[4]);
  if (!chunk) {
    const data2 = managedFile().chunks[row[4]];
    if (data2 === void 0) return void 0;
    chunk = inflateEmbedded(data2);
    chunks.set(row[4], chunk);
  }
  return chunk[row[0]];
}
function awsManagedPolicyEntry(arnOrName) {
  const name = managedPolicyName(arnOrName);
  if (!name) return null;
  const row = lookup().get(name.toLowerCase());
  const document = row ? documentOf(row) : void 0;
  return row && document ? { name: row[0], path: row[1], version: row[2], updated: row[3], document } : null;
}
function managedPolicyName(arnOrName) {
  const s = arnOrName.trim();
  if (s.startsWith("arn:")) {
    const m = /^arn:(?:\$\{AWS::Partition\}|[^:]+):iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(s);
    return m ? m[1] ?? null : null;
  }
  if (s.includes("/")) return s.slice(s.lastIndexOf("/") + 1) || null;
  return s || null;
}
function awsManagedPolicy(arnOrName) {
  const name = managedPolicyName(arnOrName);
  const row = name ? lookup().get(name.toLowerCase()) : void 0;
  if (!row) return null;
  const [policyName, path, version, updated, , permissionCount2, services] = row;
  const ref = { name: policyName, path, version, updated };
  return { policy: arnOrName, awsManaged: ref, permissionCount: permissionCount2, services: services === "" ? [] : services.split(",") };
}
var contents = /* @__PURE__ */ new Map();
function contentOf(name, entry) {
  let c = contents.get(name);
  if (c === void 0) {
    c = wholePolicyOf(entry.document);
    contents.set(name, c);
  }
  return c;
}
function awsManagedPolicyContent(ref) {
  const entry = awsManagedPolicyEntry(ref.name);
  const content = entry && entry.name === ref.name && entry.version === ref.version ? contentOf(entry.name, entry) : null;
  if (!content) {
    throw new Error(`AWS managed policy ${ref.name} ${ref.version} is not embedded in this build (${managedPolicySource})`);
  }
  return content;
}

// src/policy/delta.ts
function deltaPermissions(delta) {
  if (delta.permissions) return delta.permissions;
  if (delta.awsManaged) return awsManagedPolicyContent(delta.awsManaged).permissions;
  return [];
}
function deltaPermissionCount(delta) {
  return delta.permissions?.length ?? delta.permissionCount ?? 0;
}
function deltaExpandedActions(delta) {
  if (!delta.permissions && delta.awsManaged) return awsManagedPolicyContent(delta.awsManaged).expandedActions();
  return delta.expandedActions;
}

export {
  wildcardMatch,
  parsePolicy,
  prettyPolicy,
  diffPermissions,
  permissionsOf,
  managedPolicyName,
  awsManagedPolicy,
  deltaPermissions,
  deltaPermissionCount,
  deltaExpandedActions
};
