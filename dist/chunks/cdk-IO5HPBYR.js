import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import "./chunk-UUTPRXCH.js";

// src/changes/cdk/index.ts
var readCdkDiff = async (spec) => (await import("./read-PKWS3YQG.js")).readCdkDiffFile(spec);
var readCdkOut = async (spec, ctx) => (await import("./cdk-out-X6LKIUTT.js")).readCdkOutDir(spec, ctx);
var readChangeSet = async (spec) => (await import("./change-set-B3NJP6GC.js")).readChangeSetFile(spec);
export {
  readCdkDiff,
  readCdkOut,
  readChangeSet
};
