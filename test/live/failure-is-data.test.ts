/** Failures over the wire become gaps with one-line reasons: throttling, AccessDenied, slow answers, the deadline, no credentials. */
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveInventory } from '../../src/inventory/live/index.js';
import { awsJsonError, queryError, restJson, restJsonError } from '../helpers/aws-responder.js';
import { HOME, startFakeAccount, type FakeAccount } from './fake-account.js';

let account: FakeAccount | undefined;
afterEach(async () => {
  await account?.stop();
  account = undefined;
});
const request = { roles: [{ name: 'worker' }], managedPolicies: [], removedServices: {} };

describe('failure is data', () => {
  it('throttling beyond the attempts (HTTP 400 Throttling, 429) becomes a gap; the call is counted once, attempted maxAttempts times', async () => {
    account = await startFakeAccount((req) => {
      if (req.action === 'GenerateServiceLastAccessedDetails') return queryError('Throttling', 'Rate exceeded', 400);
      if (req.service === 'lambda') return restJsonError('TooManyRequestsException', 'Rate exceeded', 429);
      return undefined;
    });
    const snapshot = await createLiveInventory(account.options({ maxAttempts: 2 })).collect(request);
    const role = snapshot.roles[0]!;
    expect(role.usage.servicesStatus).toBe('unknown');
    expect(role.usage.gaps.map((g) => g.reason)).toEqual(['iam:GenerateServiceLastAccessedDetails throttled beyond 2 attempts (role worker)']);
    expect(role.dependentGaps).toEqual([
      { operation: 'lambda:ListFunctions', region: 'us-east-1', account: HOME, reason: 'lambda:ListFunctions throttled beyond 2 attempts in us-east-1', kinds: ['lambda-function'] },
    ]);
    expect(account.calls('GenerateServiceLastAccessedDetails')).toHaveLength(2);
    expect(account.requests.filter((r) => r.service === 'lambda')).toHaveLength(2);
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
  });

  it('AccessDenied on GetRole leaves the role unknown (not absent), and scans still run for it', async () => {
    account = await startFakeAccount((req) =>
      req.action === 'GetRole' ? queryError('AccessDenied', 'User: arn:aws:iam::111111111111:user/ci is not authorized to perform: iam:GetRole', 403) : undefined,
    );
    const snapshot = await createLiveInventory(account.options()).collect(request);
    const role = snapshot.roles[0]!;
    expect(role.existence).toBe('unknown');
    expect(role.usage.lastUsedStatus).toBe('unknown');
    expect(role.usage.gaps).toEqual([{ operation: 'iam:GetRole', region: 'global', account: HOME, reason: 'iam:GetRole denied (role worker)' }]);
    expect(role.dependentGaps[0]).toMatchObject({ operation: 'iam:GetRole', kinds: ['irsa-service-account', 'iam-role', 'iam-user', 'ec2-instance'] });
    // Trust unknown: every regional service is scanned (the fake account fails ECS & co with a 500 → more gaps).
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
    expect(role.dependentGaps.some((g) => g.operation === 'ecs:ListTaskDefinitions')).toBe(true);
  });

  it('NoSuchEntity: the role is absent; nothing runs with it and nothing is scanned', async () => {
    account = await startFakeAccount((req) => (req.action === 'GetRole' ? queryError('NoSuchEntity', 'The role with name worker cannot be found.', 404) : undefined));
    const snapshot = await createLiveInventory(account.options()).collect(request);
    const role = snapshot.roles[0]!;
    expect(role.existence).toBe('absent');
    expect(role.dependents).toEqual([]);
    expect(role.dependentGaps).toEqual([]);
    expect(Object.keys(snapshot.apiCalls ?? {})).toEqual(['iam:GetRole', 'sts:GetCallerIdentity']);
  });

  it('a slow answer past the deadline becomes a deadline gap and collect() returns on time', async () => {
    account = await startFakeAccount((req) => (req.service === 'eks' ? { ...restJson({ clusters: [] }), delayMs: 5_000 } : undefined));
    const started = Date.now();
    const snapshot = await createLiveInventory(account.options({ timeoutMs: 1_000 })).collect(request);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(snapshot.roles[0]!.dependentGaps.map((g) => g.reason)).toEqual(['eks:ListClusters did not finish in us-east-1: deadline of 1 s passed']);
  });

  it('prints a progress line for a scan running over 2 s', async () => {
    account = await startFakeAccount((req) => (req.service === 'eks' ? { ...restJson({ clusters: [] }), delayMs: 2_300 } : undefined));
    const lines: string[] = [];
    const snapshot = await createLiveInventory(account.options({ onProgress: (l) => lines.push(l) })).collect(request);
    expect(snapshot.roles[0]!.dependentGaps).toEqual([]);
    expect(lines).toContain('eks us-east-1: 0 clusters so far (2 s)');
  });

  it('without credentials every fact is unknown with the reason, and nothing else is called', async () => {
    account = await startFakeAccount((req) =>
      req.action === 'GetCallerIdentity' ? queryError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403) : undefined,
    );
    const snapshot = await createLiveInventory(account.options()).collect({ ...request, managedPolicies: ['shared'] });
    const reason = 'sts:GetCallerIdentity rejected the credentials in us-east-1 (InvalidClientTokenId; region not enabled, or no valid credentials)';
    expect(snapshot.gaps.map((g) => g.reason)).toEqual([reason]);
    expect(snapshot.roles[0]).toMatchObject({ name: 'worker', existence: 'unknown', usage: { lastUsedStatus: 'unknown', servicesStatus: 'unknown' } });
    expect(snapshot.roles[0]!.dependentGaps[0]?.kinds).toHaveLength(16);
    expect(snapshot.managedPolicies[0]).toMatchObject({ status: 'unknown', gaps: [{ reason }] });
    expect(account.requests).toHaveLength(1);
  });

  it('an empty request makes no call at all', async () => {
    account = await startFakeAccount();
    const snapshot = await createLiveInventory(account.options()).collect({ roles: [], managedPolicies: [], removedServices: {} });
    expect(snapshot.roles).toEqual([]);
    expect(account.requests).toHaveLength(0);
  });

  it('JSON 1.1 AccessDeniedException (CloudTrail) becomes a usage gap; assumers stay unset', async () => {
    account = await startFakeAccount((req) => (req.action === 'LookupEvents' ? awsJsonError('AccessDeniedException', 'no') : undefined));
    const snapshot = await createLiveInventory(account.options({ cloudtrail: true })).collect(request);
    expect(snapshot.roles[0]!.usage.gaps.map((g) => g.reason)).toEqual(['cloudtrail:LookupEvents denied in us-east-1 (role worker)']);
    expect(snapshot.roles[0]!.usage.assumedBy).toBeUndefined();
  });
});
