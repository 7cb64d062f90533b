/** Picks the inventory source from one setting: `none`, `live`, or the path of a snapshot file. */
import type { InventorySource } from '../model/inventory.js';
import { noInventory } from './none.js';
import { snapshotSource } from './snapshot.js';

/** Type-only: the live source's options, without loading the AWS SDK. */
import type { LiveInventoryOptions } from './live/options.js';
export type { LiveInventoryOptions };

export function createInventorySource(
  spec: string,
  live: LiveInventoryOptions,
  clock: () => Date = () => new Date(),
): InventorySource {
  if (spec === 'none') return noInventory(clock);
  if (spec === 'live') return lazyLive(live, clock);
  return snapshotSource(spec);
}

let liveModule: Promise<typeof import('./live/index.js')> | undefined;
const loadLiveModule = () => (liveModule ??= import('./live/index.js'));

/**
 * Starts loading the live source and the SDK clients its first calls need (STS, IAM) without waiting for
 * them. A front door calls it as soon as it knows the run is live, so that the loading overlaps reading the
 * input instead of following it. Never throws: a failed load surfaces when the source is used.
 */
export function preloadLiveInventory(): void {
  loadLiveModule().catch(() => undefined);
}

/**
 * The AWS SDK is loaded only when a run asks for live facts (or a front door preloads it). A change without
 * IAM changes asks about nothing: that is answered here, since loading the SDK is most of what such a run
 * would otherwise cost.
 */
function lazyLive(options: LiveInventoryOptions, clock: () => Date): InventorySource {
  let source: Promise<InventorySource> | undefined;
  const load = () => (source ??= loadLiveModule().then((m) => m.createLiveInventory(options)));
  return {
    kind: 'live',
    collect: async (request) => {
      if (request.roles.length === 0 && request.managedPolicies.length === 0) {
        return { schemaVersion: 1, collectedAt: clock().toISOString(), source: 'live', accounts: [], regions: [], roles: [], managedPolicies: [], gaps: [] };
      }
      return (await load()).collect(request);
    },
  };
}

export { noInventory } from './none.js';
export { readSnapshot, parseSnapshot, snapshotSource } from './snapshot.js';
