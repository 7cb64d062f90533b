import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/inputs.ts
var readers = {
  plan: async () => (await import("./terraform-GGTPXODZ.js")).readPlan,
  "cdk-diff": async () => (await import("./cdk-XAGMU2R3.js")).readCdkDiff,
  "cdk-out": async () => (await import("./cdk-XAGMU2R3.js")).readCdkOut,
  "change-set": async () => (await import("./cdk-XAGMU2R3.js")).readChangeSet,
  hcl: async () => (await import("./hcl-LRWYZZJK.js")).readHcl
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
