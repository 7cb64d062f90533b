import { describe, expect, it } from 'vitest';
import { createInventorySource, parseSnapshot } from '../../src/inventory/index.js';
import { InputError } from '../../src/errors.js';
import { NOW, snapshot, facts } from '../helpers/builders.js';

const live = { timeoutMs: 1000, cloudtrail: false };

describe('snapshot file', () => {
  it('fills defaults and keeps the facts', () => {
    const s = parseSnapshot(JSON.stringify({ schemaVersion: 1, collectedAt: NOW.toISOString(), roles: [facts('a')] }), 's.json');
    expect(s).toMatchObject({ source: 'manual', accounts: [], regions: [], managedPolicies: [], gaps: [] });
    expect(s.roles[0]!.name).toBe('a');
  });

  it('names the JSON path of the first schema problem', () => {
    const bad = { ...snapshot([facts('a')]), roles: [{ ...facts('a'), usage: { lastUsedStatus: 'maybe' } }] };
    const e = (() => {
      try {
        parseSnapshot(JSON.stringify(bad), 's.json');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).where).toBe('roles[0].usage.lastUsedStatus');
    expect((e as InputError).message).toMatch(/^s\.json \(roles\[0\]\.usage\.lastUsedStatus\): not a valid inventory snapshot: /);
  });

  it('refuses a wrong schema version and a bad collectedAt', () => {
    expect(() => parseSnapshot('{"schemaVersion":2,"collectedAt":"2026-01-01T00:00:00Z","roles":[]}', 's.json')).toThrow('s.json (schemaVersion)');
    expect(() => parseSnapshot('{"schemaVersion":1,"collectedAt":"yesterday","roles":[]}', 's.json')).toThrow(
      's.json (collectedAt): collectedAt is not an ISO 8601 instant: "yesterday"',
    );
  });

  it('reports a missing file as input error when collected', async () => {
    await expect(createInventorySource('missing.json', live).collect({ roles: [], managedPolicies: [], removedServices: {} })).rejects.toThrow(
      'missing.json: file not found',
    );
  });

  it('validates the demo snapshot', async () => {
    const s = await createInventorySource('fixtures/demo/inventory.json', live).collect({ roles: [], managedPolicies: [], removedServices: {} });
    expect(s.roles.map((r) => r.name)).toEqual(['orders-worker', 'payments-api', 'reports-exporter', 'legacy-batch']);
  });
});

describe('none source', () => {
  it('answers every requested role and policy as unknown, with the reason', async () => {
    const s = await createInventorySource('none', live, () => NOW).collect({ roles: [{ name: 'a' }], managedPolicies: ['p'], removedServices: {} });
    expect(s.roles[0]).toMatchObject({ name: 'a', existence: 'unknown', usage: { lastUsedStatus: 'unknown', servicesStatus: 'unknown' } });
    expect(s.roles[0]!.usage.gaps).toEqual([{ operation: 'inventory', reason: 'no inventory given (--inventory)' }]);
    expect(s.managedPolicies[0]).toMatchObject({ arn: 'p', status: 'unknown' });
    expect(s.collectedAt).toBe(NOW.toISOString());
  });
});
