/** Identity paths: the bulk pass and its fallback, and managed policies named without a path. */
import { afterEach, describe, expect, it } from 'vitest';
import { BULK_ROLE_THRESHOLD, createLiveInventory } from '../../src/inventory/live/index.js';
import { queryError, queryXml, xmlTag } from '../helpers/aws-responder.js';
import { HOME, startFakeAccount, type FakeAccount } from './fake-account.js';

let account: FakeAccount | undefined;
afterEach(async () => {
  await account?.stop();
  account = undefined;
});
const roles = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `r${i}` }));

describe('identity', () => {
  it('falls back to per-role calls when the bulk pass is denied, and says so', async () => {
    account = await startFakeAccount((req) =>
      req.action === 'GetAccountAuthorizationDetails' ? queryError('AccessDenied', 'not authorized to perform: iam:GetAccountAuthorizationDetails', 403) : undefined,
    );
    const snapshot = await createLiveInventory(account.options()).collect({ roles: roles(BULK_ROLE_THRESHOLD + 1), managedPolicies: [], removedServices: {} });
    expect(snapshot.roles.every((r) => r.existence === 'found' && r.usage.lastUsedStatus === 'known')).toBe(true);
    expect(snapshot.apiCalls?.['iam:GetRole']).toBe(BULK_ROLE_THRESHOLD + 1);
    expect(snapshot.gaps.map((g) => g.reason)).toEqual(['iam:GetAccountAuthorizationDetails denied: fell back to per-role calls']);
  });

  it('a managed policy named without a path: customer managed first, then AWS managed; its roles become affected roles', async () => {
    account = await startFakeAccount((req) => {
      if (req.action === 'GetPolicy')
        return req.form.get('PolicyArn') === `arn:aws:iam::${HOME}:policy/ReadOnlyAccess`
          ? queryError('NoSuchEntity', 'Policy does not exist', 404)
          : queryXml('GetPolicy', `<Policy>${xmlTag('PolicyName', 'ReadOnlyAccess')}${xmlTag('Arn', 'arn:aws:iam::aws:policy/ReadOnlyAccess')}</Policy>`);
      if (req.action === 'ListEntitiesForPolicy')
        return queryXml('ListEntitiesForPolicy', `<PolicyRoles><member>${xmlTag('RoleName', 'auditor')}${xmlTag('RoleId', 'AROAX')}</member></PolicyRoles><PolicyUsers/><PolicyGroups/>${xmlTag('IsTruncated', false)}`);
      return undefined;
    });
    const snapshot = await createLiveInventory(account.options()).collect({ roles: [{ name: 'worker' }], managedPolicies: ['ReadOnlyAccess'], removedServices: {} });
    expect(account.calls('ListEntitiesForPolicy')[0]?.form.get('PolicyArn')).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(account.calls('ListEntitiesForPolicy')[0]?.form.get('EntityFilter')).toBe('Role');
    expect(snapshot.managedPolicies).toEqual([{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess', attachedRoles: ['auditor'], status: 'known', gaps: [] }]);
    expect(snapshot.roles.map((r) => [r.name, r.existence])).toEqual([
      ['worker', 'found'],
      ['auditor', 'found'],
    ]);
  });

  it('a denied ListEntitiesForPolicy leaves the policy unknown with the reason', async () => {
    account = await startFakeAccount((req) => (req.action === 'ListEntitiesForPolicy' ? queryError('AccessDenied', 'no', 403) : undefined));
    const snapshot = await createLiveInventory(account.options()).collect({ roles: [], managedPolicies: [`arn:aws:iam::${HOME}:policy/shared`], removedServices: {} });
    expect(snapshot.managedPolicies[0]).toMatchObject({ status: 'unknown', attachedRoles: [], gaps: [{ reason: 'iam:ListEntitiesForPolicy denied (policy shared)' }] });
  });
});
