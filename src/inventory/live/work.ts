/** The mutable per-role record a run fills in, and the facts it turns into. */
import { dependentKinds, type DependentKind } from '../../model/dependent.js';
import type { LookupGap, RoleFacts } from '../../model/inventory.js';
import { readTrust, type TrustFacts } from './trust.js';

export interface RoleWork {
  key: string;
  account: string;
  name: string;
  facts: RoleFacts;
  trust: TrustFacts;
}

export function newRoleWork(key: string, account: string, name: string, arn?: string): RoleWork {
  const facts: RoleFacts = {
    name,
    ...(account ? { account } : {}),
    existence: 'unknown',
    usage: { lastUsedStatus: 'unknown', servicesStatus: 'unknown', gaps: [] },
    dependents: [],
    dependentGaps: [],
  };
  if (arn) facts.arn = arn;
  return { key, account, name, facts, trust: readTrust(undefined) };
}

/** Every dependent kind the live source looks for: all the model knows. */
export const ALL_KINDS: readonly DependentKind[] = dependentKinds;

/** Kinds learned from the role's own record (trust policy, instance profiles). */
export const IDENTITY_KINDS: readonly DependentKind[] = ['irsa-service-account', 'iam-role', 'iam-user', 'ec2-instance'];

export function addGap(list: LookupGap[], gap: LookupGap): void {
  if (!list.some((g) => g.operation === gap.operation && g.region === gap.region && g.account === gap.account && g.reason === gap.reason))
    list.push(gap);
}
