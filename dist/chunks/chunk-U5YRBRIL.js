import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/inputs.ts
var readers = {
  plan: async () => (await import("./terraform-CWXD5J7B.js")).readPlan,
  "cdk-diff": async () => (await import("./cdk-XO2HQZZT.js")).readCdkDiff,
  "cdk-out": async () => (await import("./cdk-XO2HQZZT.js")).readCdkOut,
  "change-set": async () => (await import("./cdk-XO2HQZZT.js")).readChangeSet,
  hcl: async () => (await import("./hcl-I5NGPG6A.js")).readHcl
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
