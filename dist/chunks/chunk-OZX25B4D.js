import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/inputs.ts
var readers = {
  plan: async () => (await import("./terraform-VVRJ3ADF.js")).readPlan,
  "cdk-diff": async () => (await import("./cdk-VQCPFJW2.js")).readCdkDiff,
  "cdk-out": async () => (await import("./cdk-VQCPFJW2.js")).readCdkOut,
  "change-set": async () => (await import("./cdk-VQCPFJW2.js")).readChangeSet,
  hcl: async () => (await import("./hcl-TDJSK32X.js")).readHcl
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
