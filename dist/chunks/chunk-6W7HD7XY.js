import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/inputs.ts
var readers = {
  plan: async () => (await import("./terraform-TBEAMCN2.js")).readPlan,
  "cdk-diff": async () => (await import("./cdk-S2RI2HTW.js")).readCdkDiff,
  "cdk-out": async () => (await import("./cdk-S2RI2HTW.js")).readCdkOut,
  "change-set": async () => (await import("./cdk-S2RI2HTW.js")).readChangeSet,
  hcl: async () => (await import("./hcl-57ENGW37.js")).readHcl
};
async function readInput(spec, ctx) {
  const load = readers[spec.kind];
  const reader = await load();
  return reader(spec, ctx);
}

export {
  readers,
  readInput
};
