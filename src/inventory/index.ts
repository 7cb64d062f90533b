/** Picks the inventory source from one setting: `none`, `live`, or the path of a snapshot file. */
import type { InventorySource } from '../model/inventory.js';
import { noInventory } from './none.js';
import { snapshotSource } from './snapshot.js';

export interface LiveInventoryOptions {
  regions?: string[] | 'all';
  assumeRoleArnTemplate?: string;
  timeoutMs: number;
  cloudtrail: boolean;
  maxAttempts?: number;
  onProgress?: (line: string) => void;
  debug?: (line: string) => void;
}

export function createInventorySource(
  spec: string,
  live: LiveInventoryOptions,
  clock: () => Date = () => new Date(),
): InventorySource {
  if (spec === 'none') return noInventory(clock);
  if (spec === 'live') return lazyLive(live);
  return snapshotSource(spec);
}

/** The AWS SDK is loaded only when a run asks for live facts. */
function lazyLive(options: LiveInventoryOptions): InventorySource {
  let source: Promise<InventorySource> | undefined;
  const load = () => (source ??= import('./live/index.js').then((m) => m.createLiveInventory(options)));
  return {
    kind: 'live',
    collect: async (request) => (await load()).collect(request),
  };
}

export { noInventory } from './none.js';
export { readSnapshot, parseSnapshot, snapshotSource } from './snapshot.js';
