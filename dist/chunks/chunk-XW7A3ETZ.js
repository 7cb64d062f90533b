import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  parsePolicy,
  wildcardMatch
} from "./chunk-A2HSOLLW.js";

// src/policy/trust.ts
var TRUST_ACTIONS = [
  "sts:assumerole",
  "sts:assumerolewithwebidentity",
  "sts:assumerolewithsaml",
  "sts:tagsession",
  "sts:setsourceidentity"
];
function grantsAssume(s) {
  if (s.effect !== "Allow") return false;
  if (s.actions) return s.actions.some((a) => TRUST_ACTIONS.some((t) => wildcardMatch(a, t)));
  if (s.notActions) return TRUST_ACTIONS.some((t) => !s.notActions?.some((a) => wildcardMatch(a, t)));
  return false;
}
function principalKey(p) {
  return JSON.stringify([p.type, p.value, p.not === true, p.conditions ?? []]);
}
function principalsOfStatements(statements) {
  const byKey = /* @__PURE__ */ new Map();
  for (const s of statements) {
    if (!grantsAssume(s)) continue;
    for (const p of [...s.principals ?? [], ...s.notPrincipals ?? []]) {
      const out = { ...p };
      if (s.conditions.length > 0) out.conditions = [...s.conditions];
      byKey.set(principalKey(out), out);
    }
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k));
}
function diffTrust(before, after) {
  const pb = parsePolicy(before);
  const pa = parsePolicy(after);
  if (!pb.ok || !pa.ok) {
    const why = [!pb.ok ? `before: ${pb.reason}` : "", !pa.ok ? `after: ${pa.reason}` : ""].filter(Boolean).join("; ");
    return { added: [], removed: [], unknown: `trust policy could not be parsed (${why})` };
  }
  const b = new Map(principalsOfStatements(pb.statements).map((p) => [principalKey(p), p]));
  const a = new Map(principalsOfStatements(pa.statements).map((p) => [principalKey(p), p]));
  return {
    removed: [...b].filter(([k]) => !a.has(k)).map(([, p]) => p),
    added: [...a].filter(([k]) => !b.has(k)).map(([, p]) => p)
  };
}

export {
  diffTrust
};
