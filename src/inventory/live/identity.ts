/**
 * Identity and RoleLastUsed of the affected roles: GetRole and friends per role when few roles are
 * affected, one paginated GetAccountAuthorizationDetails pass when many.
 */
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
  paginateListAttachedRolePolicies,
  paginateListInstanceProfilesForRole,
  paginateListRolePolicies,
  type RoleDetail,
  type Role,
} from '@aws-sdk/client-iam';
import type { LookupGap } from '../../model/inventory.js';
import { roleKey } from './arn.js';
import { isNoSuchEntity } from './failure.js';
import { mapLimited } from './limiter.js';
import type { AccountSession } from './session.js';
import { decodePolicy, readTrust } from './trust.js';
import { addGap, IDENTITY_KINDS, type RoleWork } from './work.js';

/**
 * Above this many affected roles in one account, one bulk GetAccountAuthorizationDetails pass replaces
 * the per-role calls (GetRole + ListAttachedRolePolicies + ListRolePolicies + ListInstanceProfilesForRole
 * + one GetRolePolicy per inline policy ≈ 5 calls a role, 4 in parallel). The bulk pass costs one
 * sequential call per page whatever the number of affected roles, with pages of a few hundred roles.
 * Measured on moto (test/integration/crossover.test.ts) and sized for accounts of ~1,000 roles:
 * see docs/readme/40-live-inventory.md.
 */
export const BULK_ROLE_THRESHOLD = 8;

type Shape = Partial<Pick<Role, 'Arn' | 'Path' | 'RoleId' | 'CreateDate' | 'AssumeRolePolicyDocument' | 'RoleLastUsed'>> & {
  PermissionsBoundary?: { PermissionsBoundaryArn?: string | undefined } | undefined;
};

function fillRole(work: RoleWork, role: Shape): void {
  const f = work.facts;
  f.existence = 'found';
  if (role.Arn) f.arn = role.Arn;
  if (role.Path) f.path = role.Path;
  if (role.RoleId) f.roleId = role.RoleId;
  if (role.CreateDate) f.createDate = role.CreateDate.toISOString();
  const trust = decodePolicy(role.AssumeRolePolicyDocument);
  if (trust) f.trustPolicy = trust;
  work.trust = readTrust(trust);
  if (role.PermissionsBoundary?.PermissionsBoundaryArn) f.permissionsBoundary = role.PermissionsBoundary.PermissionsBoundaryArn;
  f.usage.lastUsedStatus = 'known';
  f.usage.lastUsed = role.RoleLastUsed?.LastUsedDate ? role.RoleLastUsed.LastUsedDate.toISOString() : null;
  f.usage.lastUsedRegion = role.RoleLastUsed?.Region ?? null;
}

function markAbsent(work: RoleWork): void {
  work.facts.existence = 'absent';
  // A role that does not exist has no use and nothing running with it: both are known.
  work.facts.usage.lastUsedStatus = 'known';
  work.facts.usage.lastUsed = null;
  work.facts.usage.servicesStatus = 'known';
  work.facts.usage.services = [];
}

function markUnknown(work: RoleWork, gap: LookupGap): void {
  work.facts.existence = 'unknown';
  addGap(work.facts.usage.gaps, gap);
  addGap(work.facts.dependentGaps, { ...gap, kinds: [...IDENTITY_KINDS] });
}

/**
 * Told about each role as soon as its existence and trust policy are known, so that what depends on them
 * (which scans it needs, Access Advisor) starts without waiting for the other roles; told again on the
 * per-role path once its instance profiles and policies are listed too.
 */
export type OnRole = (work: RoleWork) => void;

const ignore: OnRole = () => {};

/** The few-roles path. Attachment lookups that fail go to `sideGaps` (they are not usage or dependents). */
export async function lookupRolesDirect(session: AccountSession, roles: RoleWork[], sideGaps: LookupGap[], onRole: OnRole = ignore): Promise<void> {
  const iam = session.client('iam', 'global', IAMClient);
  const limit = session.limit('iam', 'global');
  await Promise.all(
    roles.map(async (work) => {
      const got = await limit(() =>
        session.attempt({ operation: 'iam:GetRole', region: 'global', detail: `role ${work.name}` }, async (abortSignal) => {
          try {
            return (await iam.send(new GetRoleCommand({ RoleName: work.name }), { abortSignal })).Role ?? null;
          } catch (e) {
            if (isNoSuchEntity(e)) return null;
            throw e;
          }
        }),
      );
      if (!got.ok) {
        markUnknown(work, got.gap);
        return onRole(work);
      }
      if (!got.value) {
        markAbsent(work);
        return onRole(work);
      }
      fillRole(work, got.value);
      onRole(work);
      await Promise.all([
        limit(async () => {
          const r = await session.attempt(
            { operation: 'iam:ListAttachedRolePolicies', region: 'global', detail: `role ${work.name}` },
            async (abortSignal) => {
              const out: { name: string; arn: string }[] = [];
              for await (const page of paginateListAttachedRolePolicies({ client: iam }, { RoleName: work.name }, { abortSignal }))
                for (const p of page.AttachedPolicies ?? []) out.push({ name: p.PolicyName ?? '', arn: p.PolicyArn ?? '' });
              return out;
            },
          );
          if (r.ok) work.facts.attachedPolicies = r.value;
          else addGap(sideGaps, r.gap);
        }),
        (async () => {
          const r = await limit(() =>
            session.attempt({ operation: 'iam:ListRolePolicies', region: 'global', detail: `role ${work.name}` }, async (abortSignal) => {
              const names: string[] = [];
              for await (const page of paginateListRolePolicies({ client: iam }, { RoleName: work.name }, { abortSignal }))
                names.push(...(page.PolicyNames ?? []));
              return names;
            }),
          );
          if (!r.ok) return addGap(sideGaps, r.gap);
          work.facts.inlinePolicies = await mapLimited(r.value, limit, async (name) => {
            const doc = await session.attempt(
              { operation: 'iam:GetRolePolicy', region: 'global', detail: `role ${work.name} policy ${name}` },
              async (abortSignal) =>
                (await iam.send(new GetRolePolicyCommand({ RoleName: work.name, PolicyName: name }), { abortSignal })).PolicyDocument,
            );
            if (!doc.ok) addGap(sideGaps, doc.gap);
            const document = doc.ok ? decodePolicy(doc.value) : undefined;
            return document === undefined ? { name } : { name, document };
          });
        })(),
        limit(async () => {
          const r = await session.attempt(
            { operation: 'iam:ListInstanceProfilesForRole', region: 'global', kinds: ['ec2-instance'], detail: `role ${work.name}` },
            async (abortSignal) => {
              const out: { name: string; arn: string }[] = [];
              for await (const page of paginateListInstanceProfilesForRole({ client: iam }, { RoleName: work.name }, { abortSignal }))
                for (const p of page.InstanceProfiles ?? []) out.push({ name: p.InstanceProfileName ?? '', arn: p.Arn ?? '' });
              return out;
            },
          );
          if (r.ok) work.facts.instanceProfiles = r.value;
          else addGap(work.facts.dependentGaps, r.gap);
        }),
      ]);
      onRole(work);
    }),
  );
}

export interface BulkDetails {
  /** roleKey → detail, for every role of the account. */
  roles: Map<string, RoleDetail>;
}

/** One paginated pass over every role of the account; `onPage` sees each page's roles as it arrives. */
export async function fetchBulkDetails(
  session: AccountSession,
  onPage?: (roles: ReadonlyMap<string, RoleDetail>) => void,
): Promise<{ ok: true; value: BulkDetails } | { ok: false; gap: LookupGap }> {
  const iam = session.client('iam', 'global', IAMClient);
  const task = session.run.progress.start(`iam account ${session.account || 'of the caller'} authorization details`, 'roles');
  try {
    return await session.attempt({ operation: 'iam:GetAccountAuthorizationDetails', region: 'global' }, async (abortSignal) => {
      const roles = new Map<string, RoleDetail>();
      for await (const page of paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 1000 }, { Filter: ['Role'] }, { abortSignal })) {
        const pageRoles = new Map<string, RoleDetail>();
        for (const r of page.RoleDetailList ?? []) if (r.RoleName) pageRoles.set(roleKey(session.account, r.RoleName), r);
        for (const [k, r] of pageRoles) roles.set(k, r);
        task.add(page.RoleDetailList?.length ?? 0);
        onPage?.(pageRoles);
      }
      return { roles };
    });
  } finally {
    task.done();
  }
}

/**
 * The bulk pass sends no account ID, so with many roles it can start alongside GetCallerIdentity instead of after
 * it (one round trip less before the first scan). Its pages are kept until the account is known, then handed on
 * re-keyed to that account. Credentials are the same, so the account it reads is the home account.
 */
export interface EarlyBulk {
  /** Replays the pages read so far under `account`'s keys, then follows the rest; resolves like fetchBulkDetails. */
  follow(account: string, onPage: (roles: ReadonlyMap<string, RoleDetail>) => void): ReturnType<typeof fetchBulkDetails>;
}

export function startEarlyBulk(probe: AccountSession): EarlyBulk {
  const pages: ReadonlyMap<string, RoleDetail>[] = [];
  let listener: ((roles: ReadonlyMap<string, RoleDetail>) => void) | undefined;
  const done = fetchBulkDetails(probe, (page) => {
    pages.push(page);
    listener?.(page);
  });
  done.catch(() => undefined);
  const rekey = (account: string, roles: ReadonlyMap<string, RoleDetail>) => new Map([...roles.values()].map((r) => [roleKey(account, r.RoleName ?? ''), r] as const));
  return {
    async follow(account, onPage) {
      for (const page of pages) onPage(rekey(account, page));
      listener = (page) => onPage(rekey(account, page));
      const b = await done;
      return b.ok ? { ok: true, value: { roles: rekey(account, b.value.roles) } } : b;
    },
  };
}

/** The many-roles path: fills each role from the bulk pass. */
export function applyBulkDetails(bulk: BulkDetails | LookupGap, roles: RoleWork[], onRole: OnRole = ignore): void {
  for (const work of roles) {
    if (!('roles' in bulk)) markUnknown(work, bulk);
    else {
      const detail = bulk.roles.get(work.key);
      if (detail) applyBulkRole(work, detail);
      else markAbsent(work);
    }
    onRole(work);
  }
}

/** Fills one role from its entry of the bulk pass. */
export function applyBulkRole(work: RoleWork, detail: RoleDetail): void {
  fillRole(work, detail);
  work.facts.attachedPolicies = (detail.AttachedManagedPolicies ?? []).map((p) => ({ name: p.PolicyName ?? '', arn: p.PolicyArn ?? '' }));
  work.facts.inlinePolicies = (detail.RolePolicyList ?? []).map((p) => {
    const document = decodePolicy(p.PolicyDocument);
    return document === undefined ? { name: p.PolicyName ?? '' } : { name: p.PolicyName ?? '', document };
  });
  work.facts.instanceProfiles = (detail.InstanceProfileList ?? []).map((p) => ({ name: p.InstanceProfileName ?? '', arn: p.Arn ?? '' }));
}
