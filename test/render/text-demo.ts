/** The demo run, replayed from its snapshot with a clock months later (ages come from collectedAt). */
import { runPipeline } from '../../src/pipeline.js';
import { snapshotSource } from '../../src/inventory/snapshot.js';
import type { InventorySource } from '../../src/model/inventory.js';
import { settings } from '../helpers/builders.js';

export const LATER = new Date('2027-03-01T00:00:00Z');

export async function demoReport(inventory: InventorySource = snapshotSource('fixtures/demo/inventory.json'), over: Parameters<typeof settings>[0] = {}) {
  return runPipeline({
    inputs: [{ kind: 'plan', label: 'fixtures/demo/plan.json', path: 'fixtures/demo/plan.json' }],
    inventory,
    settings: settings({ failOn: 'never', ...over }),
    readerContext: {},
    // A clock months after the snapshot: ages must still be measured from its collectedAt.
    clock: () => LATER,
  });
}

