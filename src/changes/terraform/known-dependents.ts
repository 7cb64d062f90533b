/**
 * Compute resources the plan leaves on their role (no-op, an update or replacement that keeps the
 * role, forget): dependents known from the plan itself, carried on the role's change as
 * `knownDependents` so that the analysis counts them without any inventory.
 */
import type { IamChange } from '../../model/change.js';
import { isCreate, isDelete, isReplace, isUpdate, type PlanContext, type RoleId, type SideName } from './context.js';
import { dependentId } from './handlers.js';
import type { ResourceChange } from './schema.js';
import { ROLE, computeLinks } from './types.js';
import { SENSITIVE } from './values.js';

type KnownDependent = NonNullable<IamChange['knownDependents']>[number];

/** Gathered in the one pass over the plan; attached once every change is known. */
export class KeptDependents {
  private readonly byRole = new Map<string, KnownDependent[]>();

  /** Records the roles a compute resource keeps. Deletions, creations and role switches are effects already. */
  collect(rc: ResourceChange, ctx: PlanContext): void {
    const links = computeLinks[rc.type];
    if (!links || rc.deposed) return;
    const acts = rc.change.actions;
    if (isDelete(acts) || isCreate(acts)) return;
    const how = isReplace(acts)
      ? 'replaced, same role'
      : isUpdate(acts)
        ? 'updated, same role'
        : acts.includes('forget')
          ? 'removed from Terraform state, stays in AWS'
          : 'unchanged';
    const which: SideName = ctx.side(rc, 'after').exists ? 'after' : 'before';
    for (const link of links) {
      const role = keptRole(rc, ctx, link.attribute);
      if (!role) continue;
      const entry: KnownDependent = {
        role: role.name,
        dependent: { kind: link.kind, id: dependentId(rc, ctx, which), via: `${rc.type}.${link.attribute} in the plan (${how})` },
      };
      const list = this.byRole.get(role.name);
      if (list) list.push(entry);
      else this.byRole.set(role.name, [entry]);
    }
  }

  /**
   * Adds each role's kept dependents to one change with effects on that role: its `aws_iam_role`
   * change when there is one, else the first in plan order. Roles without a change get nothing.
   */
  attach(changes: readonly IamChange[]): void {
    if (this.byRole.size === 0) return;
    const target = new Map<string, IamChange>();
    for (const c of changes) {
      for (const e of c.effects) {
        if (!this.byRole.has(e.role)) continue;
        const cur = target.get(e.role);
        if (!cur || (cur.resourceType !== ROLE && c.resourceType === ROLE)) target.set(e.role, c);
      }
    }
    for (const [role, deps] of this.byRole) {
      const c = target.get(role);
      if (c) (c.knownDependents ??= []).push(...deps);
    }
  }
}

/** The role a resource names on both sides (or on the only side it has), when known and the same. */
function keptRole(rc: ResourceChange, ctx: PlanContext, attr: string): RoleId | null {
  const read = (which: SideName): RoleId | null => (ctx.side(rc, which).exists ? ctx.roleFromAttribute(rc, which, attr) : null);
  const before = read('before');
  const after = read('after');
  const usable = (r: RoleId | null): r is RoleId => r !== null && r.unknowns.length === 0 && r.name !== SENSITIVE;
  const changes = isUpdate(rc.change.actions) || isReplace(rc.change.actions);
  if (changes) return usable(before) && usable(after) && before.name === after.name ? after : null;
  const role = after ?? before;
  return usable(role) ? role : null;
}
