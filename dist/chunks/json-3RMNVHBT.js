import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  reportSchema
} from "./chunk-PMGYBQIB.js";
import "./chunk-2PBRTQKV.js";
import {
  formatPath
} from "./chunk-DLITROHR.js";
import "./chunk-P2GZQA55.js";
import "./chunk-BDJBW7XC.js";
import "./chunk-UUTPRXCH.js";

// ../../work/main/src/render/json.ts
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
