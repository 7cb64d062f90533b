/**
 * The same fixture pair read statically and through a plan in Terraform's exact shape (fixtures/hcl/<case>/plan.json)
 * must agree wherever the static reading claims to know: same addresses, effects, roles, principals and permissions.
 */
import { describe, expect, it } from 'vitest';
import type { Effect, InputReading } from '../../src/model/change.js';
import { readPlan } from '../../src/changes/terraform/index.js';
import { fixture, readCase } from './helpers.js';

/** What both readers must agree on, per effect; labels and summaries are each reader's own wording. */
function facts(e: Effect): unknown {
  const base = { kind: e.kind, role: e.role };
  switch (e.kind) {
    case 'trust-changed':
      return { ...base, added: e.principalsAdded, removed: e.principalsRemoved };
    case 'permissions-removed':
    case 'permissions-added':
      return { ...base, permissions: e.delta.permissions, services: e.delta.services };
    case 'replaced':
      return { ...base, newName: e.newName };
    case 'instance-profile-changed':
      return { ...base, instanceProfile: e.instanceProfile };
    case 'dependent-removed':
    case 'dependent-added':
      return { ...base, dependentKind: e.dependent.kind };
    default:
      return base;
  }
}

/** Changes whose every effect the static reading claims to know, as comparable facts. */
function known(reading: InputReading): Map<string, { actions: string[]; roles: string[]; effects: unknown[] }> {
  const out = new Map<string, { actions: string[]; roles: string[]; effects: unknown[] }>();
  for (const c of reading.changes) {
    if (c.effects.some((e) => e.unknowns && e.unknowns.length > 0)) continue;
    out.set(c.address, { actions: c.actions, roles: c.roles, effects: c.effects.map(facts) });
  }
  return out;
}

const cases = ['module-delete', 'count', 'for-each', 'heredoc', 'jsonencode', 'policy-document', 'file-deleted', 'attachments', 'dependents'];

describe('static reading agrees with the plan reader', () => {
  it.each(cases)('%s', async (name) => {
    const statically = await readCase(name);
    const planned = await readPlan({ kind: 'plan', label: name, path: fixture(name, 'plan.json') }, {});
    const s = known(statically);
    const p = known(planned);
    // Every change the static reading claims must be in the plan, identically…
    expect(s.size).toBeGreaterThan(0);
    for (const [address, facts] of s) expect({ address, ...p.get(address) }).toEqual({ address, ...facts });
    // …and the plan must not show a change that the static reading missed.
    const staticAddresses = new Set(statically.changes.map((c) => c.address));
    expect([...p.keys()].filter((a) => !staticAddresses.has(a))).toEqual([]);
  });
});
