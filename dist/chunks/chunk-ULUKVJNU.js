import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  principalNeededBy
} from "./chunk-ZPBOZSP3.js";

// src/inventory/live/scans/scan.ts
function emptyOutput() {
  return { found: /* @__PURE__ */ new Map(), gaps: [] };
}
function record(out, key, dependent2) {
  if (!key) return;
  const list = out.found.get(key) ?? [];
  if (!list.some((d) => d.kind === dependent2.kind && d.id === dependent2.id && d.via === dependent2.via)) list.push(dependent2);
  out.found.set(key, list);
}
function dependent(kind, fields) {
  const d = { kind, id: fields.id, region: fields.region, account: fields.account, via: fields.via, origin: "live" };
  if (fields.name) d.name = fields.name;
  const principal = principalNeededBy[kind];
  if (principal) d.needsPrincipal = principal;
  if (fields.lastActive) d.lastActive = fields.lastActive;
  return d;
}

export {
  emptyOutput,
  record,
  dependent
};
