/**
 * `--inventory live` starts loading the live source (and with it the AWS SDK) before the plan is read, so
 * the two overlap; other runs never load it. Pinned by order, not time: the mocked reader holds the plan
 * reading until the live module starts loading (or a timeout says it did not).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InputReading } from '../../src/model/change.js';

const events: string[] = [];
let liveLoading = { open: () => {}, opened: Promise.resolve(false) };
function arm(ms: number) {
  events.length = 0;
  let open!: () => void;
  const opened = new Promise<boolean>((resolve) => {
    open = () => resolve(true);
    setTimeout(() => resolve(false), ms).unref();
  });
  liveLoading = { open, opened };
}

/** Registered afresh for each test (after resetModules), so each test sees its own first load. */
function mockModules() {
  vi.doMock('../../src/inventory/live/index.js', () => {
    events.push('live module: loading');
    liveLoading.open();
    return {
      createLiveInventory: () => ({
        kind: 'live',
        collect: () => Promise.reject(new Error('no AWS in this test')),
      }),
      fetchDeployedTemplate: () => Promise.resolve(null),
    };
  });
  vi.doMock('../../src/inputs.js', () => ({
    readInput: async (): Promise<InputReading> => {
      events.push('plan: reading');
      const overlapped = await liveLoading.opened;
      events.push(overlapped ? 'plan: read' : 'plan: read (live module not loading)');
      return { input: 'plan', source: 'terraform', file: 'plan.json', changes: [], sensitiveMasked: 0, warnings: [] };
    },
  }));
}

const dir = mkdtempSync(join(tmpdir(), 'ibr-preload-'));
const plan = join(dir, 'plan.json');
writeFileSync(plan, '{}');
const io = { stdout: () => {}, stderr: () => {}, clock: () => new Date('2026-11-28T12:00:00Z') };

beforeEach(() => {
  vi.resetModules();
  mockModules();
});

describe('loading the live inventory', () => {
  it('--inventory none never loads it', async () => {
    arm(300);
    const { main } = await import('../../src/cli/main.js');
    expect(await main(['analyze', '--plan', plan, '--inventory', 'none', '--format', 'json', '--fail-on', 'never'], io)).toBe(0);
    expect(events).toEqual(['plan: reading', 'plan: read (live module not loading)']);
  });

  it('--inventory live starts loading it before the plan has been read', async () => {
    arm(5000);
    const { main } = await import('../../src/cli/main.js');
    expect(await main(['analyze', '--plan', plan, '--inventory', 'live', '--format', 'json', '--fail-on', 'never'], io)).toBe(0);
    expect(events.indexOf('live module: loading')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('live module: loading')).toBeLessThan(events.indexOf('plan: read'));
    expect(events).not.toContain('plan: read (live module not loading)');
  });

  it('so does the inventory command', async () => {
    arm(5000);
    const { main } = await import('../../src/cli/main.js');
    // The empty request is answered without calling collect(); the snapshot goes to the file.
    expect(await main(['inventory', '--plan', plan, '--out', join(dir, 'snap.json')], io)).toBe(0);
    expect(events.indexOf('live module: loading')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('live module: loading')).toBeLessThan(events.indexOf('plan: read'));
  });
});
