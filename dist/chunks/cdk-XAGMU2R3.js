import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import "./chunk-UUTPRXCH.js";

// src/changes/cdk/index.ts
var readCdkDiff = async (spec) => (await import("./read-7BKHMJQS.js")).readCdkDiffFile(spec);
var readCdkOut = async (spec, ctx) => (await import("./cdk-out-RSGPYCH7.js")).readCdkOutDir(spec, ctx);
var readChangeSet = async (spec) => (await import("./change-set-U3ZBNPEC.js")).readChangeSetFile(spec);
export {
  readCdkDiff,
  readCdkOut,
  readChangeSet
};
