import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  displayName
} from "./chunk-PLKUDJAV.js";
import "./chunk-A2HSOLLW.js";
import "./chunk-UUTPRXCH.js";

// src/render/text.ts
function renderText(report) {
  const out = [];
  const { meta, decision } = report;
  const inputs = meta.inputs.map((i) => i.file).join(", ");
  out.push(`${meta.tool.name} ${meta.tool.version}: ${count(report.roles.length, "role")} affected by ${count(report.changes.length, "change")} in ${inputs || "no input"}`);
  out.push(inventoryLine(report));
  out.push(`Verdict: ${decision.block ? "BLOCK" : "pass"}, highest risk ${decision.risk} (fail-on ${decision.failOn})`);
  for (const n of meta.notices) out.push(`Note: ${n}`);
  for (const i of meta.inputs) for (const w of i.warnings) out.push(`Warning (${i.label}): ${w}`);
  if (report.roles.length === 0) {
    out.push("", "No IAM role is affected by these changes.");
  } else {
    out.push("", ...table(report.roles));
    const byAddress = new Map(report.changes.map((c) => [c.address, c]));
    for (const role of report.roles) out.push("", ...roleSection(role, byAddress));
  }
  out.push("", `Decision: ${decision.block ? "BLOCK" : "no block"}`);
  for (const r of decision.reasons) out.push(`  - ${r}`);
  if (decision.waivedBy.length > 0) out.push(`  waived by: ${decision.waivedBy.join(", ")}`);
  return `${out.map(printable).join("\n")}
`;
}
function printable(line) {
  return line.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "?");
}
function inventoryLine(report) {
  const inv = report.meta.inventory;
  if (inv.kind === "none") return "Inventory: none (usage and dependents unknown; pass --inventory live or a snapshot)";
  const parts = [`Inventory: ${inv.kind}${inv.file ? ` ${inv.file}` : ""}`];
  if (inv.collectedAt) parts.push(`collected ${inv.collectedAt}`);
  if (inv.regions.length > 0) parts.push(`regions ${inv.regions.join(", ")}`);
  if (inv.gaps.length > 0) parts.push(`${count(inv.gaps.length, "failed lookup")}`);
  return parts.join(", ");
}
function table(roles) {
  const rows = [
    ["RISK", "ROLE", "EFFECTS", "USAGE", "DEPENDENTS"],
    ...roles.map((r) => [
      r.risk.toUpperCase() + (r.waived ? " (waived)" : ""),
      r.newName ? `${r.name} -> ${r.newName}` : r.name,
      [...new Set(r.effects.map((e) => e.kind))].join(", "),
      r.usage.status,
      r.dependentsStatus === "unknown" && r.dependents.length === 0 ? "?" : `${r.dependents.length}${r.dependentsStatus === "known" ? "" : "+?"}`
    ])
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => `  ${row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ")}`);
}
function roleSection(role, byAddress) {
  const out = [];
  const name = role.newName ? `${role.name} -> ${role.newName}` : role.name;
  out.push(`${role.risk.toUpperCase()}  ${name}${role.arn ? `  (${role.arn})` : ""}`);
  if (role.waived) out.push(`  waived by ${role.waived}`);
  out.push("  why:");
  for (const r of role.reasons) out.push(`    - ${r}`);
  out.push("  changes:");
  for (const address of role.changes) {
    const c = byAddress.get(address);
    const where = c?.location ? ` at ${c.location.file}:${c.location.line}${c.location.side === "base" ? " (base side: removed in this PR)" : ""}` : "";
    out.push(`    - ${address}${c ? ` [${c.actions.join(", ")}]` : ""}${where}`);
  }
  for (const e of role.effects) out.push(`    ${e.kind}: ${e.summary}`);
  out.push(`  usage: ${role.usage.status} (window ${role.usage.windowDays} days): ${role.usage.evidence}`);
  const deps = role.dependents;
  const status = role.dependentsStatus === "known" ? "" : ` (${role.dependentsStatus === "partial" ? "partial" : "unknown"})`;
  out.push(`  dependents: ${deps.length}${status}`);
  for (const d of deps) {
    out.push(`    - ${d.kind} ${displayName(d)} in ${d.region}, via ${d.via}${d.origin === "plan" ? " (from the plan)" : ""}${d.leavesInChange ? " (moves off this role in this change)" : ""}`);
  }
  for (const g of role.dependentGaps) out.push(`    ? ${g.operation}${g.region ? ` in ${g.region}` : ""}: ${g.reason}`);
  return out;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  renderText
};
