import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  reportSchema
} from "./chunk-L7YVJR7M.js";
import {
  formatPath
} from "./chunk-B6SCB2SQ.js";
import "./chunk-R7GYY6S2.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";

// src/render/json.ts
function renderJson(report) {
  const checked = reportSchema.safeParse(report);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`internal error: report does not match its schema at ${formatPath(issue?.path ?? [])}: ${issue?.message}`);
  }
  return `${JSON.stringify(checked.data, null, 2)}
`;
}
export {
  renderJson
};
