import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  parseArn
} from "./chunk-L2OTJWW4.js";
import {
  dependentKinds
} from "./chunk-ZPBOZSP3.js";

// src/inventory/live/trust.ts
var EMPTY = { parsed: false, open: true, services: [], awsPrincipals: [], federated: [], irsa: [] };
var list = (v) => v === void 0 || v === null ? [] : Array.isArray(v) ? v : [v];
var strings = (v) => list(v).filter((x) => typeof x === "string");
function decodePolicy(doc) {
  if (doc === void 0) return void 0;
  if (doc.trimStart().startsWith("{")) return doc;
  try {
    return decodeURIComponent(doc);
  } catch {
    return doc;
  }
}
function readTrust(document) {
  if (!document) return EMPTY;
  let policy;
  try {
    policy = JSON.parse(document);
  } catch {
    return EMPTY;
  }
  const facts = { parsed: true, open: false, services: [], awsPrincipals: [], federated: [], irsa: [] };
  for (const raw of list(policy.Statement)) {
    if (!raw || typeof raw !== "object") continue;
    const st = raw;
    if (st.Effect !== "Allow") continue;
    if (st.NotPrincipal !== void 0) {
      facts.open = true;
      continue;
    }
    const principal = st.Principal;
    if (principal === "*") {
      facts.open = true;
      continue;
    }
    if (!principal || typeof principal !== "object") continue;
    const p = principal;
    if (strings(p.AWS).includes("*")) facts.open = true;
    facts.services.push(...strings(p.Service));
    facts.awsPrincipals.push(...strings(p.AWS).filter((a) => a.startsWith("arn:")));
    for (const federated of strings(p.Federated)) {
      facts.federated.push(federated);
      const irsa = irsaOf(federated, st.Condition);
      if (irsa) facts.irsa.push(irsa);
    }
  }
  return facts;
}
function irsaOf(federated, condition) {
  const arn = parseArn(federated);
  if (!arn || !arn.resource.startsWith("oidc-provider/")) return null;
  const issuer = arn.resource.slice("oidc-provider/".length);
  if (!/^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\//.test(issuer)) return null;
  const subjects = [];
  let operator = "StringEquals";
  if (condition && typeof condition === "object") {
    for (const [op, block] of Object.entries(condition)) {
      if (!block || typeof block !== "object") continue;
      for (const [key, value] of Object.entries(block)) {
        if (key.toLowerCase() === `${issuer.toLowerCase()}:sub`) {
          subjects.push(...strings(value));
          operator = op;
        }
      }
    }
  }
  return { issuer, subjects, operator };
}
function admitsService(trust, ...prefixes) {
  if (!trust.parsed || trust.open) return true;
  return trust.services.some((s) => prefixes.some((prefix) => s === prefix || s.startsWith(`${prefix}.`)));
}
function serviceAccountOf(subject) {
  const m = /^system:serviceaccount:([^:]+):(.+)$/.exec(subject);
  return m ? [m[1] ?? "", m[2] ?? ""] : null;
}

// src/inventory/live/work.ts
function newRoleWork(key, account, name, arn) {
  const facts = {
    name,
    ...account ? { account } : {},
    existence: "unknown",
    usage: { lastUsedStatus: "unknown", servicesStatus: "unknown", gaps: [] },
    dependents: [],
    dependentGaps: []
  };
  if (arn) facts.arn = arn;
  return { key, account, name, facts, trust: readTrust(void 0) };
}
var ALL_KINDS = dependentKinds;
var IDENTITY_KINDS = ["irsa-service-account", "iam-role", "iam-user", "ec2-instance"];
function addGap(list2, gap) {
  if (!list2.some((g) => g.operation === gap.operation && g.region === gap.region && g.account === gap.account && g.reason === gap.reason))
    list2.push(gap);
}

export {
  decodePolicy,
  readTrust,
  admitsService,
  serviceAccountOf,
  newRoleWork,
  ALL_KINDS,
  IDENTITY_KINDS,
  addGap
};
