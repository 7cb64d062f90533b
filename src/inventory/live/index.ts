/**
 * The live AWS inventory source (loaded lazily by src/inventory/index.ts): read-only lookups of the
 * affected roles' usage and dependents. Failures become gaps in the facts; collect() never throws for them.
 */
import type { InventoryRequest, InventorySnapshot, InventorySource } from '../../model/inventory.js';
import { collectLive } from './collect.js';
import type { LiveInventoryOptions } from './options.js';

export type { LiveInventoryOptions, ServiceId } from './options.js';
export { defaultRegion } from './options.js';
export { BULK_ROLE_THRESHOLD } from './identity.js';
export { fetchDeployedTemplate, type DeployedTemplate } from './deployed-template.js';

export function createLiveInventory(options: LiveInventoryOptions): InventorySource {
  return {
    kind: 'live',
    collect: (request: InventoryRequest): Promise<InventorySnapshot> => collectLive(options, request),
  };
}
