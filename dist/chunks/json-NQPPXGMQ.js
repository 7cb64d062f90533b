import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  reportSchema
} from "./chunk-VF3KV3GD.js";
import {
  formatPath
} from "./chunk-6REE7K7U.js";
import "./chunk-R7GYY6S2.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";

// src/render/json.ts
function renderJsonChunks(report) {
  const checked = reportSchema.safeParse(report);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`internal error: report does not match its schema at ${formatPath(issue?.path ?? [])}: ${issue?.message}`);
  }
  return prettyChunks(checked.data);
}
function renderJson(report) {
  return renderJsonChunks(report).join("");
}
function prettyChunks(value) {
  const entries = Object.entries(value).filter(([, v]) => v !== void 0);
  if (entries.length === 0) return ["{}\n"];
  const out = ["{\n"];
  entries.forEach(([key, v], i) => {
    const comma = i < entries.length - 1 ? "," : "";
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      out.push(`${head}[
`);
      v.forEach((el, j) => out.push(`    ${indent(JSON.stringify(el ?? null, null, 2), "    ")}${j < v.length - 1 ? "," : ""}
`));
      out.push(`  ]${comma}
`);
    } else {
      out.push(`${head}${indent(JSON.stringify(v, null, 2), "  ")}${comma}
`);
    }
  });
  out.push("}\n");
  return out;
}
function indent(json, by) {
  return json.replace(/\n/g, `
${by}`);
}
export {
  prettyChunks,
  renderJson,
  renderJsonChunks
};
