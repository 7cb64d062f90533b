/**
 * CDK inputs carry the deployed trust policy of each affected role whose name is known (`trustBefore`): the
 * deployed template next to cdk.out, or a change set's before values. The live inventory starts scans on it
 * (test/live/hints.test.ts); here, that the readers hand it on, and only for the roles they can name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestFor } from '../../src/analysis/request.js';
import { readCdkOut, readChangeSet } from '../../src/changes/cdk/index.js';
import { kindsHinted } from '../../src/inventory/live/needs.js';

const G = resolve('fixtures/cdk/generated');
const principalsOf = (trust: string | undefined) =>
  (JSON.parse(trust ?? '{"Statement":[]}') as { Statement: { Principal?: { Service?: string } }[] }).Statement.map((s) => s.Principal?.Service);

describe('CDK trust hints', () => {
  it('cdk.out with deployed templates: the deployed trust of each affected role with a name, none for roles named only by logical ID', async () => {
    const reading = await readCdkOut({ kind: 'cdk-out', label: 'cdk.out', dir: `${G}/cdk.out`, deployedDir: `${G}/deployed` }, {});
    const affected = new Set(reading.changes.flatMap((c) => c.roles));
    expect(affected.has('orders-api')).toBe(true);
    expect(principalsOf(reading.trustBefore?.['orders-api'])).toEqual(['lambda.amazonaws.com']);
    // Without a deployed stack's physical IDs, a generated role name is unknown: nothing to key a hint by.
    expect(affected.has('RolesStack/ReportRole0E87C5E2')).toBe(true);
    expect(Object.keys(reading.trustBefore ?? {}).filter((r) => r.includes('/'))).toEqual([]);
    // A role the change creates has no deployed trust policy.
    expect(affected.has('orders-api-v2')).toBe(true);
    expect(reading.trustBefore?.['orders-api-v2']).toBeUndefined();
    for (const role of Object.keys(reading.trustBefore ?? {})) expect(affected.has(role), role).toBe(true);
  });

  it('a change set names generated roles by their physical IDs, so they get hints too; the request carries them', async () => {
    const reading = await readChangeSet({ kind: 'change-set', label: 'RolesStack', path: `${G}/change-set/RolesStack.json` }, {});
    const task = Object.keys(reading.trustBefore ?? {}).find((r) => r.startsWith('RolesStack-TaskRole'));
    expect(task).toBeDefined();
    expect(principalsOf(reading.trustBefore?.[task!])).toEqual(['ecs-tasks.amazonaws.com']);
    expect([...kindsHinted(reading.trustBefore?.[task!])]).toContain('ecs-task-definition');
    const request = requestFor([reading]);
    expect(request.roles.find((r) => r.name === task)?.trust).toBe(reading.trustBefore?.[task!]);
  });

  it('a change set without property values gives no hints', async () => {
    const cs = JSON.parse(readFileSync(`${G}/change-set/RolesStack.json`, 'utf8')) as { Changes: { ResourceChange?: Record<string, unknown> }[] };
    for (const c of cs.Changes) {
      delete c.ResourceChange?.BeforeContext;
      delete c.ResourceChange?.AfterContext;
    }
    const file = resolve(mkdtempSync(resolve(tmpdir(), 'cs-')), 'RolesStack.json');
    writeFileSync(file, JSON.stringify(cs));
    const reading = await readChangeSet({ kind: 'change-set', label: 'RolesStack', path: file }, {});
    expect(reading.trustBefore).toBeUndefined();
  });
});
