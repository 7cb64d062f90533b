/** Which facts a run needs: the roles the changes touch and the managed policies whose attachments matter. */
import type { InputReading } from '../model/change.js';
import type { InventoryRequest } from '../model/inventory.js';
import { deltaPermissions } from '../policy/delta.js';
import { deniedServices } from './rules.js';

export function requestFor(readings: readonly InputReading[]): InventoryRequest {
  const roles = new Map<string, { name: string; arn?: string; trust?: string }>();
  const removedServices = new Map<string, Set<string>>();
  const managedPolicies = new Set<string>();

  // The new name of a replaced role does not exist yet: nothing to look up (analysis folds it into the old name).
  const newNames = new Set(
    readings.flatMap((r) => r.changes.flatMap((c) => c.effects.flatMap((e) => (e.kind === 'replaced' && e.newName && e.newName !== e.role ? [e.newName] : [])))),
  );
  for (const reading of readings) {
    for (const change of reading.changes) {
      for (const effect of change.effects) {
        // A created role does not exist yet: there is nothing to look up.
        if (effect.kind === 'created' || newNames.has(effect.role)) continue;
        const known = roles.get(effect.role);
        if (!known) roles.set(effect.role, effect.roleArn ? { name: effect.role, arn: effect.roleArn } : { name: effect.role });
        else if (!known.arn && effect.roleArn) known.arn = effect.roleArn;
        // An added Deny removes too: Access Advisor is asked about the services it names.
        const denies = effect.kind === 'permissions-added' ? deltaPermissions(effect.delta).filter((p) => p.effect === 'Deny') : [];
        if (effect.kind === 'permissions-removed' || denies.length > 0) {
          const set = removedServices.get(effect.role) ?? new Set<string>();
          for (const s of effect.kind === 'permissions-removed' ? effect.delta.services : deniedServices(denies)) set.add(s);
          removedServices.set(effect.role, set);
        }
      }
    }
    for (const mp of reading.managedPolicies ?? []) managedPolicies.add(mp.policy);
  }
  for (const reading of readings)
    for (const [name, trust] of Object.entries(reading.trustBefore ?? {})) {
      const role = roles.get(name);
      if (role && role.trust === undefined) role.trust = trust;
    }

  return {
    roles: [...roles.values()].sort((a, b) => cmp(a.name, b.name)),
    managedPolicies: [...managedPolicies].sort(cmp),
    removedServices: Object.fromEntries(
      [...removedServices.entries()].sort(([a], [b]) => cmp(a, b)).map(([role, s]) => [role, [...s].sort(cmp)]),
    ),
  };
}

/** Code-unit order: the same on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
