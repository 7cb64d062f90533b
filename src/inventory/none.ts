/** The source for runs without an inventory: every fact is unknown, and says why. Unknown is never unused. */
import type { InventoryRequest, InventorySnapshot, InventorySource, LookupGap } from '../model/inventory.js';
import { INVENTORY_SCHEMA_VERSION } from '../model/inventory.js';
import { dependentKinds } from '../model/dependent.js';
import { NO_INVENTORY_REASON } from '../analysis/usage.js';

export function noInventory(clock: () => Date = () => new Date()): InventorySource {
  return { kind: 'none', collect: async (request) => unknownFacts(request, clock()) };
}

export function unknownFacts(request: InventoryRequest, now: Date): InventorySnapshot {
  const gap: LookupGap = { operation: 'inventory', reason: NO_INVENTORY_REASON };
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    collectedAt: now.toISOString(),
    source: 'manual',
    accounts: [],
    regions: [],
    roles: request.roles.map((r) => ({
      name: r.name,
      ...(r.arn ? { arn: r.arn } : {}),
      existence: 'unknown',
      usage: { lastUsedStatus: 'unknown', servicesStatus: 'unknown', gaps: [gap] },
      dependents: [],
      dependentGaps: [{ ...gap, kinds: [...dependentKinds] }],
    })),
    managedPolicies: request.managedPolicies.map((p) => ({ arn: p, name: p, attachedRoles: [], status: 'unknown', gaps: [gap] })),
    gaps: [gap],
  };
}
