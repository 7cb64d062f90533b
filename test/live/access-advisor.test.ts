/** Access Advisor over the wire: polling with back-off, ACTION_LEVEL for removed services, FAILED and the deadline. */
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveInventory } from '../../src/inventory/live/index.js';
import type { InventoryRequest } from '../../src/model/inventory.js';
import { queryXml, xmlTag } from '../helpers/aws-responder.js';
import { fakeTime, startFakeAccount, type FakeAccount } from './fake-account.js';

let account: FakeAccount | undefined;
afterEach(async () => {
  await account?.stop();
  account = undefined;
});

const request = (removed: string[] = []): InventoryRequest => ({ roles: [{ name: 'worker' }], managedPolicies: [], removedServices: removed.length ? { worker: removed } : {} });

describe('Access Advisor', () => {
  it('polls at once, then with growing back-off on the same job until COMPLETED, at ACTION_LEVEL when a tracked service loses actions', async () => {
    let polls = 0;
    account = await startFakeAccount((req) => {
      if (req.action !== 'GetServiceLastAccessedDetails') return undefined;
      polls++;
      if (polls < 3) return queryXml(req.action, `${xmlTag('JobStatus', 'IN_PROGRESS')}<ServicesLastAccessed/>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}`);
      // Two pages: the marker loop must read both.
      const page1 = polls === 3;
      const s3 = `<member>${xmlTag('ServiceNamespace', 's3')}${xmlTag('ServiceName', 'Amazon S3')}${xmlTag('LastAuthenticated', '2026-11-01T00:00:00Z')}${xmlTag('LastAuthenticatedRegion', 'eu-west-1')}<TrackedActionsLastAccessed><member>${xmlTag('ActionName', 'GetObject')}${xmlTag('LastAccessedTime', '2026-11-01T00:00:00Z')}${xmlTag('LastAccessedRegion', 'eu-west-1')}</member><member>${xmlTag('ActionName', 'PutObject')}</member></TrackedActionsLastAccessed></member>`;
      const sqs = `<member>${xmlTag('ServiceNamespace', 'sqs')}${xmlTag('ServiceName', 'Amazon SQS')}</member>`;
      return queryXml(
        req.action,
        `${xmlTag('JobStatus', 'COMPLETED')}${xmlTag('JobType', 'ACTION_LEVEL')}<ServicesLastAccessed>${page1 ? s3 : sqs}</ServicesLastAccessed>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}${xmlTag('IsTruncated', page1)}${page1 ? xmlTag('Marker', 'm2') : ''}`,
      );
    });
    const time = fakeTime();
    const snapshot = await createLiveInventory(account.options(time)).collect(request(['s3']));
    const usage = snapshot.roles[0]!.usage;
    expect(account.calls('GenerateServiceLastAccessedDetails')[0]?.form.get('Granularity')).toBe('ACTION_LEVEL');
    expect(account.calls('GenerateServiceLastAccessedDetails')[0]?.form.get('Arn')).toBe('arn:aws:iam::111111111111:role/worker');
    expect(account.calls('GetServiceLastAccessedDetails').map((r) => r.form.get('JobId'))).toEqual(['job-1', 'job-1', 'job-1', 'job-1']);
    expect(account.calls('GetServiceLastAccessedDetails')[3]?.form.get('Marker')).toBe('m2');
    // The account's first job is polled at once (the probe), then with back-off: 0, 0.5 s, 1.5 s.
    expect(time.sleeps).toEqual([500, 1000]);
    expect(usage.servicesStatus).toBe('known');
    expect(usage.gaps).toEqual([]);
    expect(usage.services).toEqual([
      {
        namespace: 's3',
        lastAccessed: '2026-11-01T00:00:00.000Z',
        region: 'eu-west-1',
        actions: [
          { action: 's3:GetObject', lastAccessed: '2026-11-01T00:00:00.000Z', region: 'eu-west-1' },
          { action: 's3:PutObject', lastAccessed: null },
        ],
      },
      { namespace: 'sqs', lastAccessed: null },
    ]);
    expect(usage.lastUsed).toBe('2026-11-20T08:00:00.000Z');
    expect(usage.lastUsedRegion).toBe('eu-west-1');
  });

  it('asks SERVICE_LEVEL when no removed service is tracked per action', async () => {
    account = await startFakeAccount();
    await createLiveInventory(account.options()).collect(request(['sqs']));
    expect(account.calls('GenerateServiceLastAccessedDetails')[0]?.form.get('Granularity')).toBe('SERVICE_LEVEL');
  });

  it('a FAILED job leaves the services unknown with the reason', async () => {
    account = await startFakeAccount((req) =>
      req.action === 'GetServiceLastAccessedDetails'
        ? queryXml(req.action, `${xmlTag('JobStatus', 'FAILED')}<ServicesLastAccessed/>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}<Error>${xmlTag('Code', 'InternalError')}${xmlTag('Message', 'job could not complete')}</Error>`)
        : undefined,
    );
    const snapshot = await createLiveInventory(account.options()).collect(request());
    const usage = snapshot.roles[0]!.usage;
    expect(usage.servicesStatus).toBe('unknown');
    expect(usage.services).toBeUndefined();
    expect(usage.gaps.map((g) => g.reason)).toEqual(['Access Advisor job FAILED: job could not complete (role worker)']);
    // RoleLastUsed is a separate fact and stays known.
    expect(usage.lastUsedStatus).toBe('known');
  });

  it('a job still IN_PROGRESS at the deadline is unknown, not unused', async () => {
    account = await startFakeAccount((req) =>
      req.action === 'GetServiceLastAccessedDetails'
        ? queryXml(req.action, `${xmlTag('JobStatus', 'IN_PROGRESS')}<ServicesLastAccessed/>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}`)
        : undefined,
    );
    const time = fakeTime();
    const snapshot = await createLiveInventory(account.options({ ...time, timeoutMs: 20_000 })).collect(request());
    const usage = snapshot.roles[0]!.usage;
    expect(usage.servicesStatus).toBe('unknown');
    expect(usage.gaps).toEqual([
      { operation: 'iam:GetServiceLastAccessedDetails', region: 'global', account: '111111111111', reason: 'Access Advisor job still IN_PROGRESS when the deadline of 20 s came (role worker)' },
    ]);
    // Back-off doubles up to 8 s and stops before the deadline: 0.5+1+2+4+8 = 15.5 s < 20 s.
    expect(time.sleeps).toEqual([500, 1000, 2000, 4000, 8000]);
  });
});
