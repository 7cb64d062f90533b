import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/analysis/request.ts
function requestFor(readings) {
  const roles = /* @__PURE__ */ new Map();
  const removedServices = /* @__PURE__ */ new Map();
  const managedPolicies = /* @__PURE__ */ new Set();
  const newNames = new Set(
    readings.flatMap((r) => r.changes.flatMap((c) => c.effects.flatMap((e) => e.kind === "replaced" && e.newName && e.newName !== e.role ? [e.newName] : [])))
  );
  for (const reading of readings) {
    for (const change of reading.changes) {
      for (const effect of change.effects) {
        if (effect.kind === "created" || newNames.has(effect.role)) continue;
        const known = roles.get(effect.role);
        if (!known) roles.set(effect.role, effect.roleArn ? { name: effect.role, arn: effect.roleArn } : { name: effect.role });
        else if (!known.arn && effect.roleArn) known.arn = effect.roleArn;
        if (effect.kind === "permissions-removed") {
          const set = removedServices.get(effect.role) ?? /* @__PURE__ */ new Set();
          for (const s of effect.delta.services) set.add(s);
          removedServices.set(effect.role, set);
        }
      }
    }
    for (const mp of reading.managedPolicies ?? []) managedPolicies.add(mp.policy);
  }
  return {
    roles: [...roles.values()].sort((a, b) => cmp(a.name, b.name)),
    managedPolicies: [...managedPolicies].sort(cmp),
    removedServices: Object.fromEntries(
      [...removedServices.entries()].sort(([a], [b]) => cmp(a, b)).map(([role, s]) => [role, [...s].sort(cmp)])
    )
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  requestFor,
  cmp
};
