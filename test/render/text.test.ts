import { describe, expect, it } from 'vitest';
import { noInventory } from '../../src/inventory/none.js';
import { renderText } from '../../src/render/text.js';
import { demoReport, LATER } from './text-demo.js';

describe('text report of the demo', () => {
  it('matches the reviewed snapshot', async () => {
    await expect(renderText(await demoReport())).toMatchFileSnapshot('__snapshots__/demo.txt');
  });

  it('names the broken Lambda functions and the pod, with reasons', async () => {
    const text = renderText(await demoReport());
    expect(text).toContain(
      'deleting `orders-worker` breaks 2 Lambda functions in eu-west-1 (orders-ingest, orders-retry) and 1 EKS pod via IRSA in eu-west-1 (prod-eu/orders/worker); it was last used 2 hours ago',
    );
    expect(text).toContain('replacing `payments-api` with `payments-api-v2`');
    expect(text).toContain('`reports-exporter` loses s3:putobject (from `inline:s3-access`), which it used within the last 90 days');
  });

  it('is the same on every run', async () => {
    expect(renderText(await demoReport())).toBe(renderText(await demoReport()));
  });

  it('says that facts are unknown without an inventory', async () => {
    const text = renderText(await demoReport(noInventory(() => LATER)));
    expect(text).toContain('Inventory: none (usage and dependents unknown; pass --inventory live or a snapshot)');
    expect(text).toContain('usage: unknown (window 90 days): usage unknown: no inventory given (--inventory)');
    expect(text).not.toMatch(/usage: unused/);
  });

  it('shows waivers', async () => {
    const text = renderText(await demoReport(undefined, { failOn: 'high', ignoreRoles: ['*'] }));
    expect(text).toContain('HIGH (waived)');
    expect(text).toContain('waived by: ignore-roles *');
  });
});

describe('text report safety', () => {
  it('neutralises control characters from untrusted names', async () => {
    const { analyze } = await import('../../src/analysis/analyze.js');
    const { change, deleted, reading, settings, NOW } = await import('../helpers/builders.js');
    const report = analyze([reading([change([deleted('evil\u001b[2Jrole')])])], null, settings(), NOW);
    const text = renderText(report);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil?[2Jrole');
  });
});
