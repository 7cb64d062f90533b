/**
 * An added Deny takes permissions away. The policy module reports it in `added` with effect Deny; the
 * analysis must weigh it like a removal: high when the role used the denied service in the window.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotSource } from '../../src/inventory/snapshot.js';
import type { Report } from '../../src/model/report.js';
import { runPipeline } from '../../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'ibr-deny-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACCOUNT = '123456789012';
const allow = { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 's3:GetObject'], Resource: '*' };
const doc = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

function planFile(name: string, before: string, after: string, type = 'aws_iam_role_policy'): string {
  const path = join(dir, `${name}.json`);
  const values = (policy: string) => (type === 'aws_iam_role_policy' ? { id: 'worker:app', name: 'app', role: 'worker', policy } : { name: 'worker', assume_role_policy: doc(), inline_policy: [{ name: 'app', policy }] });
  writeFileSync(
    path,
    JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.8',
      resource_changes: [
        {
          address: `${type}.app`,
          mode: 'managed',
          type,
          name: 'app',
          change: { actions: ['update'], before: values(before), after: values(after), after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
        },
      ],
    }),
  );
  return path;
}

function snapshotWith(sqsLastUsed: string | null): string {
  const path = join(dir, `inv-${sqsLastUsed ?? 'never'}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      schemaVersion: 1,
      collectedAt: '2026-11-28T12:00:00Z',
      roles: [
        {
          name: 'worker',
          arn: `arn:aws:iam::${ACCOUNT}:role/worker`,
          account: ACCOUNT,
          existence: 'found',
          usage: {
            lastUsedStatus: 'known',
            lastUsed: '2026-11-28T10:00:00Z',
            lastUsedRegion: 'eu-west-1',
            servicesStatus: 'known',
            services: [
              { namespace: 'sqs', lastAccessed: sqsLastUsed },
              { namespace: 's3', lastAccessed: '2026-11-28T10:00:00Z' },
            ],
            gaps: [],
          },
          dependents: [],
          dependentGaps: [],
        },
      ],
    }),
  );
  return path;
}

async function analyse(plan: string, inventory: string): Promise<Report> {
  return runPipeline({
    inputs: [{ kind: 'plan', label: 'plan', path: plan }],
    inventory: snapshotSource(inventory),
    settings: { windowDays: 90, failOn: 'high', ignoreRoles: [], maskAccountIds: false },
    readerContext: {},
    clock: () => new Date('2026-11-28T12:00:00Z'),
  });
}

const denySqs = { Effect: 'Deny', Action: 'sqs:*', Resource: '*' };

describe('an added Deny statement', () => {
  it('the control: removing the same SQS actions from the Allow is high for a role that used SQS yesterday', async () => {
    const report = await analyse(planFile('narrow', doc(allow), doc({ ...allow, Action: ['s3:GetObject'] })), snapshotWith('2026-11-27T10:00:00Z'));
    expect(report.roles[0]!.risk).toBe('high');
    expect(report.decision.block).toBe(true);
  });

  it('denying sqs:* to a role that used SQS yesterday is high and blocks', async () => {
    const report = await analyse(planFile('deny', doc(allow), doc(allow, denySqs)), snapshotWith('2026-11-27T10:00:00Z'));
    const role = report.roles[0]!;
    expect(role.risk).toBe('high');
    expect(role.reasons.join('\n')).toMatch(/sqs/);
    expect(report.decision.block).toBe(true);
  });

  it('the same Deny in an inline_policy block of aws_iam_role is high too', async () => {
    const report = await analyse(planFile('deny-inline', doc(allow), doc(allow, denySqs), 'aws_iam_role'), snapshotWith('2026-11-27T10:00:00Z'));
    expect(report.roles[0]!.risk).toBe('high');
  });

  it('denying a service the role never used is not high', async () => {
    const report = await analyse(planFile('deny-unused', doc(allow), doc(allow, denySqs)), snapshotWith(null));
    expect(report.roles[0]!.risk).not.toBe('high');
    expect(report.decision.block).toBe(false);
  });

  it('removing a Deny gives permissions back: not high', async () => {
    const report = await analyse(planFile('undeny', doc(allow, denySqs), doc(allow)), snapshotWith('2026-11-27T10:00:00Z'));
    expect(report.roles[0]!.risk).not.toBe('high');
  });
});
