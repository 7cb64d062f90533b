import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import "./chunk-UUTPRXCH.js";

// src/changes/cdk/index.ts
var readCdkDiff = async (spec) => (await import("./read-T3Q4RENO.js")).readCdkDiffFile(spec);
var readCdkOut = async (spec, ctx) => (await import("./cdk-out-PFEMWWYI.js")).readCdkOutDir(spec, ctx);
var readChangeSet = async (spec) => (await import("./change-set-UAB3Q57M.js")).readChangeSetFile(spec);
export {
  readCdkDiff,
  readCdkOut,
  readChangeSet
};
