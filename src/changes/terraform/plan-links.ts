/**
 * Which roles stay attached to a managed policy within the plan, and the documents of existing inline
 * policies: looked up by the managed-policy and exclusive-resource handlers, indexed once per plan.
 */
import type { PlanContext, PolicyRead, RoleId, SideName } from './context.js';
import type { ResourceChange } from './schema.js';
import { MANAGED_POLICY, ROLE } from './types.js';

type DocRead = PolicyRead | { state: 'sensitive' };

const attachedIndexes = new WeakMap<PlanContext, Map<string, Map<string, RoleId>>>();
const inlineIndexes = new WeakMap<PlanContext, Map<string, DocRead>>();

/**
 * Roles a managed policy stays attached to within this plan (attachments that are not themselves
 * created or destroyed): they feel a change of the policy document directly.
 */
export function rolesAttachedInPlan(ctx: PlanContext, policyRc: ResourceChange): RoleId[] {
  let index = attachedIndexes.get(ctx);
  if (!index) attachedIndexes.set(ctx, (index = buildAttachedIndex(ctx)));
  const out = new Map<string, RoleId>();
  const keys = [`rc:${policyRc.address}`];
  for (const which of ['before', 'after'] as const) {
    const arn = ctx.side(policyRc, which).text('arn');
    if (arn) keys.push(`arn:${arn}`);
  }
  for (const k of keys) for (const [name, id] of index.get(k) ?? []) out.set(name, id);
  return [...out.values()].sort((x, y) => x.name.localeCompare(y.name));
}

function buildAttachedIndex(ctx: PlanContext): Map<string, Map<string, RoleId>> {
  const index = new Map<string, Map<string, RoleId>>();
  const add = (key: string, role: RoleId | null): void => {
    if (!role) return;
    let m = index.get(key);
    if (!m) index.set(key, (m = new Map()));
    m.set(role.name, role);
  };
  const policyKeys = (rc: ResourceChange, which: SideName, attr: string): string[] => {
    const r = ctx.side(rc, which).get(attr);
    if (r.state === 'known' && typeof r.value === 'string') return [`arn:${r.value}`];
    if (r.state === 'known' && Array.isArray(r.value)) return r.value.filter((x): x is string => typeof x === 'string').map((x) => `arn:${x}`);
    const planned = ctx.resolveResource(rc, attr, MANAGED_POLICY);
    return planned ? [`rc:${planned.address}`] : [];
  };
  for (const rc of ctx.digest.changes) {
    if (rc.mode !== 'managed') continue;
    const acts = rc.change.actions;
    if (acts.includes('create') || acts.includes('delete')) continue;
    const which: SideName = rc.change.after != null ? 'after' : 'before';
    if (rc.type === 'aws_iam_role_policy_attachment') {
      for (const k of policyKeys(rc, which, 'policy_arn')) add(k, ctx.roleFromAttribute(rc, which, 'role'));
    } else if (rc.type === 'aws_iam_policy_attachment') {
      const roles = ctx.side(rc, which).get('roles');
      const names = roles.state === 'known' && Array.isArray(roles.value) ? roles.value.filter((x): x is string => typeof x === 'string') : [];
      for (const k of policyKeys(rc, which, 'policy_arn')) for (const n of names) add(k, ctx.roleFromValue(n, rc.address));
    } else if (rc.type === 'aws_iam_role_policy_attachments_exclusive') {
      for (const k of policyKeys(rc, which, 'policy_arns')) add(k, ctx.roleFromAttribute(rc, which, 'role_name'));
    } else if (rc.type === ROLE) {
      const arns = ctx.side(rc, which).get('managed_policy_arns');
      if (arns.state === 'known' && Array.isArray(arns.value)) {
        for (const arn of arns.value) if (typeof arn === 'string') add(`arn:${arn}`, ctx.roleOf(rc, which));
      }
    }
  }
  return index;
}

/** The document of an existing inline policy of a role, from the role's or the policy's change. */
export function inlinePolicyOfRole(ctx: PlanContext, roleName: string, policyName: string): DocRead | undefined {
  let index = inlineIndexes.get(ctx);
  if (!index) {
    inlineIndexes.set(ctx, (index = new Map()));
    for (const rc of ctx.digest.changes) {
      if (rc.mode !== 'managed' || rc.change.before == null) continue;
      if (rc.type === ROLE) {
        const role = ctx.roleOf(rc, 'before').name;
        const raw = (rc.change.before as Record<string, unknown>).inline_policy;
        if (!Array.isArray(raw)) continue;
        raw.forEach((_, i) => {
          const name = ctx.side(rc, 'before').text('inline_policy', i, 'name');
          if (name) index!.set(`${role}|${name}`, ctx.policy(rc, 'before', ['inline_policy', i, 'policy']));
        });
      } else if (rc.type === 'aws_iam_role_policy') {
        const role = ctx.side(rc, 'before').text('role');
        const name = ctx.side(rc, 'before').text('name');
        if (role && name) index.set(`${role}|${name}`, ctx.policy(rc, 'before', ['policy']));
      }
    }
  }
  return index.get(`${roleName}|${policyName}`);
}
