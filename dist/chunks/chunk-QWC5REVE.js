import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// ../../work/main/src/inputs.ts
var readers = {
  plan: async () => (await import("./terraform-4E3AQIJG.js")).readPlan,
  "cdk-diff": async () => (await import("./cdk-QLNKWXLK.js")).readCdkDiff,
  "cdk-out": async () => (await import("./cdk-QLNKWXLK.js")).readCdkOut,
  "change-set": async () => (await import("./cdk-QLNKWXLK.js")).readChangeSet,
  hcl: async () => (await import("./hcl-B47PJCEM.js")).readHcl
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
