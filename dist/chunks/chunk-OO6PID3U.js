import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/inputs.ts
var readers = {
  plan: async () => (await import("./terraform-PFHPO3M7.js")).readPlan,
  "cdk-diff": async () => (await import("./cdk-IO5HPBYR.js")).readCdkDiff,
  "cdk-out": async () => (await import("./cdk-IO5HPBYR.js")).readCdkOut,
  "change-set": async () => (await import("./cdk-IO5HPBYR.js")).readChangeSet,
  hcl: async () => (await import("./hcl-2XBXJRIO.js")).readHcl
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
