/** Managed policies the change touches → the roles they are attached to (which become affected roles too). */
import { GetPolicyCommand, IAMClient, paginateListEntitiesForPolicy } from '@aws-sdk/client-iam';
import type { ManagedPolicyFacts } from '../../model/inventory.js';
import { parseArn } from './arn.js';
import { isNoSuchEntity } from './failure.js';
import type { BulkDetails } from './identity.js';
import type { AccountSession } from './session.js';

/** Candidate ARNs for a policy given by ARN or by bare name (customer managed first, then AWS managed). */
export function policyArnCandidates(policy: string, partition: string, account: string): string[] {
  if (policy.startsWith('arn:')) return [policy];
  return [`arn:${partition}:iam::${account}:policy/${policy}`, `arn:${partition}:iam::aws:policy/${policy}`];
}

function nameOf(policy: string): string {
  return policy.split('/').pop() ?? policy;
}

/** Attached roles through ListEntitiesForPolicy (few roles, no bulk pass). Returns role names. */
export async function lookupPolicyDirect(session: AccountSession, policy: string): Promise<ManagedPolicyFacts> {
  const iam = session.client('iam', 'global', IAMClient);
  const limit = session.limit('iam', 'global');
  const facts: ManagedPolicyFacts = { arn: policy, name: nameOf(policy), attachedRoles: [], status: 'unknown', gaps: [] };
  const candidates = policyArnCandidates(policy, session.partition, session.account);
  for (const arn of candidates) {
    // A bare name needs GetPolicy to learn which of the candidate ARNs exists.
    if (candidates.length > 1) {
      const exists = await limit(() =>
        session.attempt({ operation: 'iam:GetPolicy', region: 'global', detail: `policy ${policy}` }, async (abortSignal) => {
          try {
            await iam.send(new GetPolicyCommand({ PolicyArn: arn }), { abortSignal });
            return true;
          } catch (e) {
            if (isNoSuchEntity(e)) return false;
            throw e;
          }
        }),
      );
      if (!exists.ok) {
        facts.gaps.push(exists.gap);
        return facts;
      }
      if (!exists.value) continue;
    }
    facts.arn = arn;
    const listed = await limit(() =>
      session.attempt({ operation: 'iam:ListEntitiesForPolicy', region: 'global', detail: `policy ${nameOf(arn)}` }, async (abortSignal) => {
        const names: string[] = [];
        for await (const page of paginateListEntitiesForPolicy({ client: iam }, { PolicyArn: arn, EntityFilter: 'Role' }, { abortSignal }))
          for (const r of page.PolicyRoles ?? []) if (r.RoleName) names.push(r.RoleName);
        return names;
      }),
    );
    if (!listed.ok) {
      // NoSuchEntity on a given ARN: the policy does not exist yet (created by the change), so nothing is attached.
      if (/NoSuchEntity/.test(listed.gap.reason)) {
        facts.status = 'known';
        return facts;
      }
      facts.gaps.push(listed.gap);
      return facts;
    }
    facts.attachedRoles = listed.value.sort();
    facts.status = 'known';
    return facts;
  }
  // Neither a customer nor an AWS managed policy of that name exists: nothing is attached to it.
  facts.status = 'known';
  return facts;
}

/** Attached roles from the bulk pass (every role of the account with its attached policies). */
export function policyFromBulk(bulk: BulkDetails, policy: string, partition: string, account: string): ManagedPolicyFacts {
  const candidates = policyArnCandidates(policy, partition, account);
  const attached = new Set<string>();
  let arn = candidates[0] ?? policy;
  for (const role of bulk.roles.values()) {
    for (const p of role.AttachedManagedPolicies ?? []) {
      const match = candidates.find((c) => c === p.PolicyArn);
      if (match && role.RoleName) {
        attached.add(role.RoleName);
        arn = match;
      }
    }
  }
  return { arn, name: nameOf(policy), attachedRoles: [...attached].sort(), status: 'known', gaps: [] };
}

/** The account a policy lives in (AWS managed policies: the caller's own account is where roles attach them). */
export function policyAccount(policy: string, homeAccount: string): string {
  const acct = policy.startsWith('arn:') ? parseArn(policy)?.account : undefined;
  return acct && acct !== 'aws' ? acct : homeAccount;
}
