/**
 * What runs at the same time, pinned by holding answers back at the responder (no timing): scans and Access
 * Advisor start for a role as soon as it is found, while other roles are still being read; the jobs of
 * Access Advisor are generated and polled together, not four at a time with a fixed wait.
 * A held answer is released by the event the test waits for, or after a few seconds so that a wrong order
 * fails the test instead of hanging it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { latch } from '../helpers/latch.js';
import { ADVISOR_CONCURRENCY } from '../../src/inventory/live/access-advisor.js';
import { BULK_ROLE_THRESHOLD, createLiveInventory } from '../../src/inventory/live/index.js';
import { queryXml, xmlTag, type AwsRequest } from '../helpers/aws-responder.js';
import { fakeTime, HOME, roleXml, startFakeAccount, type FakeAccount } from './fake-account.js';

let account: FakeAccount | undefined;
afterEach(async () => {
  await account?.stop();
  account = undefined;
});

/** Holds requests until `n` are in flight at once (or `ms` pass); remembers the most seen together. */
function barrier(n: number, ms = 4000) {
  let inFlight = 0;
  let most = 0;
  const all = latch(ms);
  return {
    get most() {
      return most;
    },
    async hold(): Promise<void> {
      inFlight++;
      most = Math.max(most, inFlight);
      if (inFlight >= n) all.open();
      await all.opened;
      inFlight--;
    },
  };
}

const roleMember = (name: string) => `<member>${roleXml(name).replace(/^<Role>|<\/Role>$/g, '')}</member>`;
const request = (names: string[]) => ({ roles: names.map((name) => ({ name })), managedPolicies: [], removedServices: {} });
const isScan = (req: AwsRequest) => req.service === 'lambda' || req.service === 'eks';

describe('live lookups run as soon as what they need is known', () => {
  it('scans and Access Advisor start for the first role found while another role is still being read (per-role path)', async () => {
    const scanning = latch();
    const advising = latch();
    let heldUntil: [boolean, boolean] | undefined;
    account = await startFakeAccount(async (req) => {
      if (isScan(req)) scanning.open();
      if (req.action === 'GenerateServiceLastAccessedDetails') advising.open();
      if (req.action === 'GetRole' && req.form.get('RoleName') === 'slow') {
        heldUntil = [await scanning.opened, await advising.opened];
        return queryXml('GetRole', roleXml('slow'));
      }
      return undefined;
    });
    const lines: string[] = [];
    const snapshot = await createLiveInventory(account.options({ debug: (l) => lines.push(l) })).collect(request(['fast', 'slow']));
    // GetRole of `slow` was answered only after the scans and Access Advisor had begun for `fast`.
    expect(heldUntil).toEqual([true, true]);
    expect(snapshot.roles.map((r) => [r.name, r.existence, r.usage.servicesStatus])).toEqual([
      ['fast', 'found', 'known'],
      ['slow', 'found', 'known'],
    ]);
    // Still one scan per (region, service), shared by both roles.
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
    expect(snapshot.apiCalls?.['eks:ListClusters']).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/^stage identity \d+ms$/));
    expect(lines).toContainEqual(expect.stringMatching(/^scan lambda us-east-1 111111111111 started \+\d+ms, took \d+ms$/));
  });

  it('the bulk pass hands on each page as it arrives: scans start before the next page is read', async () => {
    const scanning = latch();
    let secondPageHeld: boolean | undefined;
    const names = Array.from({ length: BULK_ROLE_THRESHOLD + 1 }, (_, i) => `r${i}`);
    account = await startFakeAccount(async (req) => {
      if (isScan(req)) scanning.open();
      if (req.action !== 'GetAccountAuthorizationDetails') return undefined;
      if (!req.form.get('Marker'))
        return queryXml(req.action, `<RoleDetailList>${roleMember('r0')}</RoleDetailList>${xmlTag('IsTruncated', true)}${xmlTag('Marker', 'page2')}`);
      secondPageHeld = await scanning.opened;
      return queryXml(req.action, `<RoleDetailList>${names.slice(1).map(roleMember).join('')}</RoleDetailList>${xmlTag('IsTruncated', false)}`);
    });
    const snapshot = await createLiveInventory(account.options()).collect(request(names));
    expect(secondPageHeld).toBe(true);
    expect(snapshot.roles.every((r) => r.existence === 'found' && r.usage.lastUsedStatus === 'known')).toBe(true);
    expect(snapshot.apiCalls?.['iam:GetAccountAuthorizationDetails']).toBe(2);
    expect(snapshot.apiCalls?.['iam:GetRole']).toBeUndefined();
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
  });

  it('with many roles the bulk pass goes out alongside GetCallerIdentity, and its roles are keyed to the account that answers', async () => {
    const bulkAsked = latch();
    let callerHeld: boolean | undefined;
    const names = Array.from({ length: BULK_ROLE_THRESHOLD + 1 }, (_, i) => `r${i}`);
    account = await startFakeAccount(async (req) => {
      if (req.action === 'GetAccountAuthorizationDetails') {
        bulkAsked.open();
        return queryXml(req.action, `<RoleDetailList>${names.map(roleMember).join('')}</RoleDetailList>${xmlTag('IsTruncated', false)}`);
      }
      if (req.action === 'GetCallerIdentity') callerHeld = await bulkAsked.opened;
      return undefined;
    });
    const snapshot = await createLiveInventory(account.options()).collect(request(names));
    expect(callerHeld).toBe(true);
    expect(snapshot.roles.map((r) => [r.arn, r.existence])).toEqual(names.map((n) => [`arn:aws:iam::${HOME}:role/${n}`, 'found']));
    // Still one bulk page and no per-role calls: starting early costs nothing.
    expect(snapshot.apiCalls?.['iam:GetAccountAuthorizationDetails']).toBe(1);
    expect(snapshot.apiCalls?.['iam:GetRole']).toBeUndefined();
  });

  it('a plan naming roles in several accounts does not start the bulk pass before the caller is known', async () => {
    const order: string[] = [];
    account = await startFakeAccount((req) => {
      order.push(req.action ?? '');
      return undefined;
    });
    const names = Array.from({ length: BULK_ROLE_THRESHOLD + 1 }, (_, i) => `r${i}`);
    const roles = names.map((name, i) => ({ name, arn: `arn:aws:iam::${i % 2 ? HOME : '222222222222'}:role/${name}` }));
    await createLiveInventory(account.options()).collect({ roles, managedPolicies: [], removedServices: {} });
    expect(order[0]).toBe('GetCallerIdentity');
  });

  it('with `all` regions, identity and Access Advisor do not wait for the region list (only the scans do)', async () => {
    const advising = latch();
    let regionsHeld: boolean | undefined;
    account = await startFakeAccount(async (req) => {
      if (req.action === 'GenerateServiceLastAccessedDetails') advising.open();
      if (req.action === 'DescribeRegions') regionsHeld = await advising.opened;
      return undefined;
    });
    const snapshot = await createLiveInventory(account.options({ regions: 'all' })).collect(request(['worker']));
    expect(regionsHeld).toBe(true);
    expect(snapshot.regions).toEqual(['ap-south-1', 'us-east-1']);
    expect(account.requests.filter((r) => r.service === 'lambda').map((r) => r.region).sort()).toEqual(['ap-south-1', 'us-east-1']);
    expect(snapshot.roles[0]!.dependentGaps).toEqual([]);
  });

  it('does not start a scan before a role needs it: an absent role scans nothing even while another is being read', async () => {
    account = await startFakeAccount((req) =>
      req.action === 'GetRole' ? { status: 404, headers: { 'content-type': 'text/xml' }, body: `<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>no</Message></Error><RequestId>r</RequestId></ErrorResponse>`, delayMs: req.form.get('RoleName') === 'b' ? 200 : 0 } : undefined,
    );
    const snapshot = await createLiveInventory(account.options()).collect(request(['a', 'b']));
    expect(snapshot.roles.map((r) => r.existence)).toEqual(['absent', 'absent']);
    expect(Object.keys(snapshot.apiCalls ?? {})).toEqual(['iam:GetRole', 'sts:GetCallerIdentity']);
  });
});

describe('Access Advisor for many roles', () => {
  const n = ADVISOR_CONCURRENCY;
  const names = Array.from({ length: n }, (_, i) => `role${i}`);

  it(`generates ${n} jobs at once and polls them together, without waiting, when the first job is already complete`, async () => {
    const generates = barrier(n);
    // The first poll (the probe) goes alone; the others then go together.
    const polls = barrier(n - 1);
    let probed = false;
    account = await startFakeAccount(async (req) => {
      if (req.action === 'GenerateServiceLastAccessedDetails') {
        await generates.hold();
        return queryXml(req.action, xmlTag('JobId', `job-${req.form.get('Arn')?.split('/').pop()}`));
      }
      if (req.action === 'GetServiceLastAccessedDetails') {
        if (probed) await polls.hold();
        probed = true;
        return undefined;
      }
      return undefined;
    });
    const time = fakeTime();
    const snapshot = await createLiveInventory(account.options(time)).collect(request(names));
    expect(generates.most).toBe(n);
    expect(polls.most).toBe(n - 1);
    expect(time.sleeps).toEqual([]);
    expect(snapshot.roles.every((r) => r.usage.servicesStatus === 'known')).toBe(true);
    // The minimum: one job and one poll a role.
    expect(snapshot.apiCalls?.['iam:GenerateServiceLastAccessedDetails']).toBe(n);
    expect(snapshot.apiCalls?.['iam:GetServiceLastAccessedDetails']).toBe(n);
    expect(account.calls('GetServiceLastAccessedDetails').map((r) => r.form.get('JobId')).sort()).toEqual(names.map((r) => `job-${r}`).sort());
  });

  it('when the first job is still running, the others wait before their first poll as before: one extra poll in all', async () => {
    let polled = 0;
    account = await startFakeAccount((req) => {
      if (req.action === 'GenerateServiceLastAccessedDetails') return queryXml(req.action, xmlTag('JobId', `job-${req.form.get('Arn')?.split('/').pop()}`));
      if (req.action === 'GetServiceLastAccessedDetails' && polled++ === 0)
        return queryXml(req.action, `${xmlTag('JobStatus', 'IN_PROGRESS')}<ServicesLastAccessed/>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}`);
      return undefined;
    });
    const time = fakeTime();
    const snapshot = await createLiveInventory(account.options(time)).collect(request(['a', 'b', 'c']));
    expect(snapshot.roles.every((r) => r.usage.servicesStatus === 'known' && r.usage.gaps.length === 0)).toBe(true);
    expect(snapshot.apiCalls?.['iam:GetServiceLastAccessedDetails']).toBe(4);
    // The probe's back-off, and each other job's first wait.
    expect(time.sleeps).toEqual([500, 500, 500]);
    expect(account.calls('GenerateServiceLastAccessedDetails').map((r) => r.form.get('Arn'))).toEqual(
      expect.arrayContaining(['a', 'b', 'c'].map((r) => `arn:aws:iam::${HOME}:role/${r}`)),
    );
  });
});
