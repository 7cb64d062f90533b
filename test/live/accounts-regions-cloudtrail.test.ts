/** Cross-account reads through the role template, `all` regions, and the opt-in CloudTrail assumers. */
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveInventory } from '../../src/inventory/live/index.js';
import { awsJson, queryXml, xmlTag } from '../helpers/aws-responder.js';
import { fakeTime, HOME, roleXml, startFakeAccount, type FakeAccount } from './fake-account.js';

let account: FakeAccount | undefined;
afterEach(async () => {
  await account?.stop();
  account = undefined;
});

describe('accounts and regions', () => {
  it('reads a role of another account through the template, with the partition from GetCallerIdentity', async () => {
    account = await startFakeAccount((req) => {
      if (req.action === 'AssumeRole')
        return queryXml(
          'AssumeRole',
          `<Credentials>${xmlTag('AccessKeyId', 'AKIDOTHER')}${xmlTag('SecretAccessKey', 's')}${xmlTag('SessionToken', 't')}${xmlTag('Expiration', '2030-01-01T00:00:00Z')}</Credentials><AssumedRoleUser>${xmlTag('Arn', 'arn:aws-cn:sts::222222222222:assumed-role/read/iam-blast-radius')}${xmlTag('AssumedRoleId', 'AROA:x')}</AssumedRoleUser>`,
        );
      if (req.action === 'GetRole') return queryXml('GetRole', roleXml(req.form.get('RoleName') ?? '?', '222222222222', undefined, 'aws-cn'));
      return undefined;
    }, `arn:aws-cn:iam::${HOME}:user/ci`);
    const snapshot = await createLiveInventory(account.options({ assumeRoleArnTemplate: 'arn:{partition}:iam::{account}:role/iam-blast-radius-read', regions: ['cn-north-1'] })).collect({
      roles: [{ name: 'remote', arn: 'arn:aws-cn:iam::222222222222:role/remote' }],
      managedPolicies: [],
      removedServices: {},
    });
    expect(account.calls('AssumeRole')[0]?.form.get('RoleArn')).toBe('arn:aws-cn:iam::222222222222:role/iam-blast-radius-read');
    const getRole = account.calls('GetRole')[0];
    expect(String(getRole?.headers.authorization)).toContain('Credential=AKIDOTHER/');
    expect(getRole?.region).toBe('cn-north-1');
    expect(snapshot.accounts).toEqual([HOME, '222222222222']);
    expect(snapshot.roles[0]).toMatchObject({ existence: 'found', account: '222222222222', arn: 'arn:aws-cn:iam::222222222222:role/remote' });
    expect(snapshot.roles[0]!.dependentGaps).toEqual([]);
  });

  it('without a template, a role of another account is unknown with what to do', async () => {
    account = await startFakeAccount();
    const snapshot = await createLiveInventory(account.options()).collect({
      roles: [{ name: 'remote', arn: 'arn:aws:iam::222222222222:role/remote' }],
      managedPolicies: [],
      removedServices: {},
    });
    expect(snapshot.roles[0]!.existence).toBe('unknown');
    expect(snapshot.roles[0]!.usage.gaps.map((g) => g.reason)).toEqual([
      `account 222222222222 is not the caller's (${HOME}): set --assume-role-arn-template to read it`,
    ]);
    expect(account.calls('GetRole')).toHaveLength(0);
  });

  it('`all` regions come from ec2:DescribeRegions and each is scanned once', async () => {
    account = await startFakeAccount();
    const snapshot = await createLiveInventory(account.options({ regions: 'all' })).collect({ roles: [{ name: 'worker' }], managedPolicies: [], removedServices: {} });
    expect(snapshot.regions).toEqual(['ap-south-1', 'us-east-1']);
    expect(account.requests.filter((r) => r.service === 'lambda').map((r) => r.region).sort()).toEqual(['ap-south-1', 'us-east-1']);
    expect(snapshot.apiCalls?.['ec2:DescribeRegions']).toBe(1);
  });
});

describe('CloudTrail assumers (opt-in)', () => {
  it('reads AssumeRole* events naming the role, at most 2 calls per second per region, keeping only who and when', async () => {
    const event = (name: string, time: string, identity: Record<string, unknown>) => ({
      EventName: name,
      EventTime: Date.parse(time) / 1000,
      CloudTrailEvent: JSON.stringify({ eventName: name, awsRegion: 'us-east-1', userIdentity: identity, sourceIPAddress: '203.0.113.9', requestParameters: { roleArn: 'x' } }),
    });
    let page = 0;
    const time = fakeTime();
    const at: number[] = [];
    account = await startFakeAccount((req) => {
      if (req.action !== 'LookupEvents') return undefined;
      page++;
      at.push(time.clock().getTime());
      if (page === 1)
        return awsJson({
          Events: [
            event('AssumeRole', '2026-11-27T10:00:00Z', { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' }),
            event('AssumeRoleWithWebIdentity', '2026-11-26T10:00:00Z', { type: 'WebIdentityUser', identityProvider: 'token.actions.githubusercontent.com', userName: 'repo:acme/app:ref:refs/heads/main' }),
            event('GetRole', '2026-11-26T09:00:00Z', { type: 'IAMUser', arn: 'arn:aws:iam::111111111111:user/bob' }),
          ],
          NextToken: 'p2',
        });
      return awsJson({ Events: [event('AssumeRole', '2026-10-01T10:00:00Z', { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' })] });
    });
    const snapshot = await createLiveInventory(account.options({ cloudtrail: true, ...time })).collect({ roles: [{ name: 'worker' }], managedPolicies: [], removedServices: {} });
    const calls = account.calls('LookupEvents');
    expect(calls).toHaveLength(2);
    expect(calls[0]?.json).toMatchObject({ LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'arn:aws:iam::111111111111:role/worker' }] });
    expect(calls[1]?.json).toMatchObject({ NextToken: 'p2' });
    // The second call of the region waited for the gate: at least 500 ms (on the injected clock) after the first.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(500);
    expect(snapshot.roles[0]!.usage.assumedBy).toEqual([
      { principal: 'lambda.amazonaws.com', lastSeen: '2026-11-27T10:00:00.000Z', event: 'AssumeRole', region: 'us-east-1' },
      { principal: 'token.actions.githubusercontent.com: repo:acme/app:ref:refs/heads/main', lastSeen: '2026-11-26T10:00:00.000Z', event: 'AssumeRoleWithWebIdentity', region: 'us-east-1' },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('203.0.113.9');
    expect(snapshot.roles[0]!.usage.gaps).toEqual([]);
  });
});
