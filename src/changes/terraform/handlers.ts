/** Per resource type: the effects one resource change has on roles. */
import type { Effect, InputReading } from '../../model/change.js';
import { diffTrust, prettyPolicy } from '../../policy/index.js';
import { isCreate, isDelete, isReplace, isUpdate, type PlanContext, type RoleId, type SideName } from './context.js';
import * as fx from './effects.js';
import { diffDocs, managedPolicyByArn, managedPolicyDelta, wholeDelta, type DocRead } from './policies.js';
import { inlinePolicyOfRole, rolesAttachedInPlan } from './plan-links.js';
import type { ResourceChange } from './schema.js';
import {
  INSTANCE_PROFILE,
  MANAGED_POLICY,
  POLICY_ATTACHMENT,
  ROLE,
  ROLE_POLICIES_EXCLUSIVE,
  ROLE_POLICY,
  ROLE_POLICY_ATTACHMENT,
  ROLE_POLICY_ATTACHMENTS_EXCLUSIVE,
  computeLinks,
} from './types.js';
import { KNOWN_AFTER_APPLY, SENSITIVE } from './values.js';

export type ManagedPolicyEntry = NonNullable<InputReading['managedPolicies']>[number];

export interface HandlerOutput {
  effects: Effect[];
  notes: string[];
  managedPolicy?: ManagedPolicyEntry;
}

type Handler = (rc: ResourceChange, ctx: PlanContext) => HandlerOutput;

const handlers: Record<string, Handler> = {
  [ROLE]: roleHandler,
  [ROLE_POLICY]: rolePolicyHandler,
  [ROLE_POLICY_ATTACHMENT]: attachmentHandler,
  [POLICY_ATTACHMENT]: policyAttachmentHandler,
  [ROLE_POLICIES_EXCLUSIVE]: policiesExclusiveHandler,
  [ROLE_POLICY_ATTACHMENTS_EXCLUSIVE]: attachmentsExclusiveHandler,
  [MANAGED_POLICY]: managedPolicyHandler,
  [INSTANCE_PROFILE]: instanceProfileHandler,
};

export function handlerFor(type: string): Handler | undefined {
  return handlers[type] ?? (computeLinks[type] ? computeHandler : undefined);
}

const none = (): HandlerOutput => ({ effects: [], notes: [] });

/** Raw equality of an attribute on both sides, used only to skip unchanged values (never output). */
function sameRaw(rc: ResourceChange, path: (string | number)[]): boolean {
  const dig = (v: unknown): unknown => {
    let cur = v;
    for (const p of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[p as never];
    }
    return cur;
  };
  if (isUnknownAfter(rc, path)) return false;
  return JSON.stringify(dig(rc.change.before) ?? null) === JSON.stringify(dig(rc.change.after) ?? null);
}

function isUnknownAfter(rc: ResourceChange, path: (string | number)[]): boolean {
  let cur: unknown = rc.change.after_unknown;
  if (cur === true) return true;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[p as never];
    if (cur === true) return true;
  }
  return false;
}

function becauseOf(rc: ResourceChange): string | undefined {
  switch (rc.action_reason) {
    case 'replace_because_tainted':
      return 'tainted';
    case 'replace_by_request':
      return 'replacement requested (-replace)';
    case 'replace_by_triggers':
      return 'replace_triggered_by';
    default:
      break;
  }
  if (rc.change.before == null) return undefined;
  // name_prefix is computed from name (unknown after apply as a matter of course): only a known change counts.
  const blank = (v: unknown): unknown => (v === '' || v === undefined ? null : v);
  const forced: string[] = [];
  for (const attr of ['name', 'name_prefix', 'path']) {
    if (isUnknownAfter(rc, [attr])) {
      if (attr === 'name') forced.push(`name changed (new name ${KNOWN_AFTER_APPLY})`);
      continue;
    }
    const before = blank((rc.change.before as Record<string, unknown>)[attr]);
    const after = blank((rc.change.after as Record<string, unknown> | null)?.[attr]);
    if (JSON.stringify(before) !== JSON.stringify(after)) forced.push(`${attr} changed`);
  }
  if (forced.length) return forced.join(', ');
  return rc.action_reason ? rc.action_reason.replace(/_/g, ' ') : undefined;
}

function roleHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  const acts = rc.change.actions;
  if (isCreate(acts)) return { effects: [fx.created(ctx.roleOf(rc, 'after'))], notes: [] };
  if (isDelete(acts)) {
    const deposed = rc.deposed ? ` (deposed object ${rc.deposed} left by an earlier create_before_destroy)` : '';
    return { effects: [fx.deleted(ctx.roleOf(rc, 'before'), deposed)], notes: [] };
  }
  const role = ctx.roleOf(rc, 'before');
  if (isReplace(acts)) {
    const next = ctx.roleOf(rc, 'after');
    return { effects: [fx.replaced(role, next, becauseOf(rc)), ...roleAttributeEffects(rc, ctx, role)], notes: [] };
  }
  if (isUpdate(acts)) return { effects: roleAttributeEffects(rc, ctx, role), notes: [] };
  return none();
}

function roleAttributeEffects(rc: ResourceChange, ctx: PlanContext, role: RoleId): Effect[] {
  return [...trustEffects(rc, ctx, role), ...inlineEffects(rc, ctx, role), ...managedArnEffects(rc, ctx, role), ...boundaryEffects(rc, ctx, role)];
}

function trustEffects(rc: ResourceChange, ctx: PlanContext, role: RoleId): Effect[] {
  if (sameRaw(rc, ['assume_role_policy'])) return [];
  const b = ctx.policy(rc, 'before', ['assume_role_policy']);
  const a = ctx.policy(rc, 'after', ['assume_role_policy']);
  if (b.state === 'sensitive' || a.state === 'sensitive') {
    return [fx.trustChanged(role, [], [], undefined, undefined, ['trust policy marked sensitive in the plan'])];
  }
  if (a.state === 'unknown') {
    return [fx.trustChanged(role, [], [], b.state === 'known' ? prettyPolicy(b.doc) : undefined, undefined, [`trust policy ${KNOWN_AFTER_APPLY}`])];
  }
  const bd = b.state === 'known' ? b.doc : null;
  const ad = a.state === 'known' ? a.doc : null;
  const diff = diffTrust(bd, ad);
  if (!diff.added.length && !diff.removed.length && !diff.unknown) return [];
  return [fx.trustChanged(role, diff.added, diff.removed, prettyPolicy(bd), prettyPolicy(ad), diff.unknown ? [diff.unknown] : [])];
}

/** Inline policy blocks of a side, by name. */
function inlineBlocks(rc: ResourceChange, ctx: PlanContext, which: SideName): Map<string, DocRead> | 'unknown' {
  const out = new Map<string, DocRead>();
  const side = ctx.side(rc, which);
  if (!side.exists) return out;
  const whole = side.get('inline_policy');
  if (whole.state === 'unknown' && which === 'after') return 'unknown';
  const raw = (side.values as Record<string, unknown>).inline_policy;
  if (!Array.isArray(raw)) return out;
  raw.forEach((_, i) => {
    const n = side.get('inline_policy', i, 'name');
    const name = n.state === 'known' && typeof n.value === 'string' ? n.value : n.state === 'sensitive' ? `${SENSITIVE} #${i}` : `#${i}`;
    const doc = ctx.policy(rc, which, ['inline_policy', i, 'policy']);
    // The provider reports `[{name:"", policy:""}]` for a role without inline policies.
    if (name === '' && doc.state === 'absent') return;
    out.set(name, doc);
  });
  return out;
}

function inlineEffects(rc: ResourceChange, ctx: PlanContext, role: RoleId): Effect[] {
  if (sameRaw(rc, ['inline_policy'])) return [];
  const before = inlineBlocks(rc, ctx, 'before');
  const after = inlineBlocks(rc, ctx, 'after');
  if (before === 'unknown') return [];
  if (after === 'unknown') {
    if (!configures(rc, ctx, 'inline_policy')) return [];
    return [fx.permissionsRemoved(role, { policy: 'inline_policy', permissions: [], services: [], unknown: `inline policies ${KNOWN_AFTER_APPLY}` })];
  }
  const effects: Effect[] = [];
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const name of names) {
    const diff = diffDocs(ctx, before.get(name) ?? { state: 'absent' }, after.get(name) ?? { state: 'absent' }, `inline:${name}`);
    if (diff.removed) effects.push(fx.permissionsRemoved(role, diff.removed, after.has(name) ? '' : ' (inline policy removed)'));
    if (diff.added) effects.push(fx.permissionsAdded(role, diff.added, before.has(name) ? '' : ' (inline policy added)'));
  }
  return effects;
}

/**
 * Whether the configuration sets an attribute. `inline_policy` and `managed_policy_arns` are
 * optional+computed: unknown after apply only matters when the configuration manages them.
 */
function configures(rc: ResourceChange, ctx: PlanContext, attr: string): boolean {
  const expressions = ctx.expressions(rc);
  return expressions !== undefined && attr in expressions;
}

function stringSet(rc: ResourceChange, ctx: PlanContext, which: SideName, attr: string): Set<string> | 'unknown' | 'sensitive' {
  const r = ctx.side(rc, which).get(attr);
  if (r.state === 'unknown') return 'unknown';
  if (r.state === 'sensitive') return 'sensitive';
  if (r.state !== 'known' || !Array.isArray(r.value)) return new Set();
  return new Set(r.value.filter((x): x is string => typeof x === 'string'));
}

function managedArnEffects(rc: ResourceChange, ctx: PlanContext, role: RoleId): Effect[] {
  if (sameRaw(rc, ['managed_policy_arns'])) return [];
  const before = stringSet(rc, ctx, 'before', 'managed_policy_arns');
  const after = stringSet(rc, ctx, 'after', 'managed_policy_arns');
  if (before === 'unknown' || before === 'sensitive') return [];
  if (after === 'unknown' && !configures(rc, ctx, 'managed_policy_arns')) return [];
  if (after === 'unknown' || after === 'sensitive') {
    const why = after === 'unknown' ? `managed_policy_arns ${KNOWN_AFTER_APPLY}` : 'managed_policy_arns marked sensitive in the plan';
    return [fx.permissionsRemoved(role, { policy: 'managed_policy_arns', permissions: [], services: [], unknown: why })];
  }
  const effects: Effect[] = [];
  for (const arn of [...before].sort()) if (!after.has(arn)) effects.push(fx.permissionsRemoved(role, managedPolicyByArn(ctx, arn, 'before'), ' (detached: managed_policy_arns)'));
  for (const arn of [...after].sort()) if (!before.has(arn)) effects.push(fx.permissionsAdded(role, managedPolicyByArn(ctx, arn, 'after'), ' (attached: managed_policy_arns)'));
  return effects;
}

function boundaryEffects(rc: ResourceChange, ctx: PlanContext, role: RoleId): Effect[] {
  if (sameRaw(rc, ['permissions_boundary'])) return [];
  const read = (which: SideName): { v: string | null; unknown?: string } => {
    const r = ctx.side(rc, which).get('permissions_boundary');
    if (r.state === 'known' && typeof r.value === 'string' && r.value !== '') return { v: r.value };
    if (r.state === 'unknown') return { v: null, unknown: `permissions boundary ${KNOWN_AFTER_APPLY}` };
    if (r.state === 'sensitive') return { v: SENSITIVE, unknown: 'permissions boundary marked sensitive in the plan' };
    return { v: null };
  };
  const b = read('before');
  const a = read('after');
  if (b.v === SENSITIVE || a.v === SENSITIVE) return [fx.boundaryChanged(role, b.v, a.v, [b.unknown ?? a.unknown ?? ''])];
  if (!a.unknown && b.v === a.v) return [];
  return [fx.boundaryChanged(role, b.v, a.v, a.unknown ? [a.unknown] : [])];
}

/** Effects of a policy that may move between roles: removed from the old role, added to the new. */
function movingPolicyEffects(
  ctx: PlanContext,
  rc: ResourceChange,
  beforeRole: RoleId | null,
  afterRole: RoleId | null,
  before: DocRead,
  after: DocRead,
  label: (which: SideName) => string,
): Effect[] {
  const acts = rc.change.actions;
  const effects: Effect[] = [];
  const sameRole = beforeRole && afterRole && beforeRole.name === afterRole.name && label('before') === label('after');
  if (sameRole && (isUpdate(acts) || isReplace(acts))) {
    const diff = diffDocs(ctx, before, after, label('after'));
    if (diff.removed) effects.push(fx.permissionsRemoved(beforeRole, diff.removed));
    if (diff.added) effects.push(fx.permissionsAdded(afterRole, diff.added));
    return effects;
  }
  for (const act of acts) {
    if (act === 'delete' && beforeRole && before.state !== 'absent') effects.push(fx.permissionsRemoved(beforeRole, wholeDelta(ctx, before, label('before')), ' (policy deleted)'));
    if (act === 'create' && afterRole && after.state !== 'absent') effects.push(fx.permissionsAdded(afterRole, wholeDelta(ctx, after, label('after')), ' (policy created)'));
    if (act === 'update') {
      if (beforeRole && before.state !== 'absent') effects.push(fx.permissionsRemoved(beforeRole, wholeDelta(ctx, before, label('before')), ' (policy moves to another role)'));
      if (afterRole && after.state !== 'absent') effects.push(fx.permissionsAdded(afterRole, wholeDelta(ctx, after, label('after')), ' (policy moves from another role)'));
    }
  }
  return effects;
}

function sideRole(rc: ResourceChange, ctx: PlanContext, which: SideName, attr: string): RoleId | null {
  return ctx.side(rc, which).exists ? ctx.roleFromAttribute(rc, which, attr) : null;
}

function rolePolicyHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  if (!isChange(rc)) return none();
  const label = (which: SideName): string => {
    const n = ctx.side(rc, which).get('name');
    if (n.state === 'known' && typeof n.value === 'string') return `inline:${n.value}`;
    if (n.state === 'sensitive') return `inline:${SENSITIVE}`;
    return `inline:(name ${KNOWN_AFTER_APPLY})`;
  };
  const beforeRole = sideRole(rc, ctx, 'before', 'role');
  const afterRole = sideRole(rc, ctx, 'after', 'role');
  const before = ctx.side(rc, 'before').exists ? ctx.policy(rc, 'before', ['policy']) : ({ state: 'absent' } as const);
  const after = ctx.side(rc, 'after').exists ? ctx.policy(rc, 'after', ['policy']) : ({ state: 'absent' } as const);
  if (isUpdate(rc.change.actions) && sameRaw(rc, ['policy']) && beforeRole?.name === afterRole?.name) return none();
  return { effects: movingPolicyEffects(ctx, rc, beforeRole, afterRole, before, after, label), notes: [] };
}

function isChange(rc: ResourceChange): boolean {
  const acts = rc.change.actions;
  return acts.includes('create') || acts.includes('delete') || acts.includes('update');
}

function attachmentHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  if (!isChange(rc)) return none();
  const effects: Effect[] = [];
  for (const act of rc.change.actions) {
    if (act === 'delete') {
      const role = sideRole(rc, ctx, 'before', 'role');
      if (role) effects.push(fx.permissionsRemoved(role, managedPolicyDelta(ctx, rc, 'before', 'policy_arn'), ' (policy detached)'));
    } else if (act === 'create') {
      const role = sideRole(rc, ctx, 'after', 'role');
      if (role) effects.push(fx.permissionsAdded(role, managedPolicyDelta(ctx, rc, 'after', 'policy_arn'), ' (policy attached)'));
    }
  }
  return { effects, notes: [] };
}

/** Role names of a list attribute (`roles`), resolving an unknown list through configuration. */
function roleList(rc: ResourceChange, ctx: PlanContext, which: SideName, attr: string): RoleId[] | 'unknown' {
  const side = ctx.side(rc, which);
  if (!side.exists) return [];
  const r = side.get(attr);
  if (r.state === 'unknown') return ctx.rolesFromListExpression(rc, attr) ?? 'unknown';
  if (r.state === 'sensitive') return [{ name: SENSITIVE, unknowns: ['roles marked sensitive in the plan'] }];
  if (r.state !== 'known' || !Array.isArray(r.value)) return [];
  return r.value.filter((x): x is string => typeof x === 'string').map((n) => ctx.roleFromValue(n, rc.address));
}

function policyAttachmentHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  if (!isChange(rc)) return none();
  const before = roleList(rc, ctx, 'before', 'roles');
  const after = roleList(rc, ctx, 'after', 'roles');
  const effects: Effect[] = [];
  const samePolicy = sameRaw(rc, ['policy_arn']);
  if (before === 'unknown') return none();
  if (after === 'unknown') {
    for (const role of before) effects.push(fx.permissionsRemoved(role, { ...managedPolicyDelta(ctx, rc, 'before', 'policy_arn'), unknown: `roles ${KNOWN_AFTER_APPLY}` }, ' (exclusive attachment: roles list changes)'));
    return { effects, notes: [] };
  }
  const replaced = isReplace(rc.change.actions) || isDelete(rc.change.actions) || isCreate(rc.change.actions) || !samePolicy;
  const afterNames = new Set(after.map((r) => r.name));
  const beforeNames = new Set(before.map((r) => r.name));
  for (const role of before) {
    if (replaced || !afterNames.has(role.name)) effects.push(fx.permissionsRemoved(role, managedPolicyDelta(ctx, rc, 'before', 'policy_arn'), ' (dropped from aws_iam_policy_attachment roles)'));
  }
  for (const role of after) {
    if (replaced || !beforeNames.has(role.name)) effects.push(fx.permissionsAdded(role, managedPolicyDelta(ctx, rc, 'after', 'policy_arn'), ' (added to aws_iam_policy_attachment roles)'));
  }
  const notes = isCreate(rc.change.actions) || !samePolicy
    ? ['aws_iam_policy_attachment is exclusive: on apply it detaches the policy from every role, user and group not listed']
    : [];
  return { effects, notes };
}

function policiesExclusiveHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  if (!isChange(rc) || isDelete(rc.change.actions)) return none();
  const role = sideRole(rc, ctx, 'after', 'role_name') ?? sideRole(rc, ctx, 'before', 'role_name');
  if (!role) return none();
  const before = stringSet(rc, ctx, 'before', 'policy_names');
  const after = stringSet(rc, ctx, 'after', 'policy_names');
  const notes = ['on apply, every inline policy of the role not in policy_names is deleted, including ones created outside Terraform (not visible in the plan)'];
  if (after === 'unknown' || after === 'sensitive') {
    return { effects: [fx.permissionsRemoved(role, { policy: 'policy_names', permissions: [], services: [], unknown: `policy_names ${KNOWN_AFTER_APPLY}` })], notes };
  }
  if (before === 'unknown' || before === 'sensitive') return { effects: [], notes };
  const effects: Effect[] = [];
  for (const name of [...before].sort()) {
    if (after.has(name)) continue;
    const doc = inlinePolicyOfRole(ctx, role.name, name);
    effects.push(fx.permissionsRemoved(role, doc ? wholeDelta(ctx, doc, `inline:${name}`) : { policy: `inline:${name}`, permissions: [], services: [], unknown: 'inline policy document not in the plan' }, ' (dropped from policy_names: deleted on apply)'));
  }
  return { effects, notes };
}

function attachmentsExclusiveHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  if (!isChange(rc) || isDelete(rc.change.actions)) return none();
  const role = sideRole(rc, ctx, 'after', 'role_name') ?? sideRole(rc, ctx, 'before', 'role_name');
  if (!role) return none();
  const before = stringSet(rc, ctx, 'before', 'policy_arns');
  const after = stringSet(rc, ctx, 'after', 'policy_arns');
  const notes = ['on apply, every managed policy attached to the role but not in policy_arns is detached, including attachments made outside Terraform (not visible in the plan)'];
  if (after === 'unknown' || after === 'sensitive') {
    return { effects: [fx.permissionsRemoved(role, { policy: 'policy_arns', permissions: [], services: [], unknown: `policy_arns ${KNOWN_AFTER_APPLY}` })], notes };
  }
  if (before === 'unknown' || before === 'sensitive') return { effects: [], notes };
  const effects: Effect[] = [];
  for (const arn of [...before].sort()) if (!after.has(arn)) effects.push(fx.permissionsRemoved(role, managedPolicyByArn(ctx, arn, 'before'), ' (dropped from policy_arns: detached on apply)'));
  for (const arn of [...after].sort()) if (!before.has(arn)) effects.push(fx.permissionsAdded(role, managedPolicyByArn(ctx, arn, 'after'), ' (added to policy_arns)'));
  return { effects, notes };
}

function managedPolicyHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  const acts = rc.change.actions;
  if (!isChange(rc) || isCreate(acts)) return none();
  const b = ctx.side(rc, 'before');
  const label = b.text('arn') ?? b.text('name') ?? rc.address;
  const before = ctx.policy(rc, 'before', ['policy']);
  if (isDelete(acts)) {
    const removed = wholeDelta(ctx, before, label);
    return {
      effects: rolesAttachedInPlan(ctx, rc).map((role) => fx.permissionsRemoved(role, removed, ' (managed policy deleted)')),
      notes: ['managed policy deleted: detached from every role it is attached to (looked up live)'],
      managedPolicy: { policy: label, address: rc.address, removed, deleted: true },
    };
  }
  if (isUpdate(acts) && sameRaw(rc, ['policy'])) return none();
  const after = ctx.policy(rc, 'after', ['policy']);
  const diff = diffDocs(ctx, before, after, label);
  const entry: ManagedPolicyEntry = { policy: label, address: rc.address };
  if (diff.removed) entry.removed = diff.removed;
  if (diff.added) entry.added = diff.added;
  const notes = ['managed policy document changes: every role it is attached to is affected (attachments outside this plan are looked up live)'];
  if (isReplace(acts)) {
    entry.deleted = true;
    notes.push('managed policy replaced: the old policy object is deleted');
  }
  const effects: Effect[] = [];
  for (const role of rolesAttachedInPlan(ctx, rc)) {
    if (diff.removed) effects.push(fx.permissionsRemoved(role, diff.removed, ' (attached managed policy changes)'));
    if (diff.added) effects.push(fx.permissionsAdded(role, diff.added, ' (attached managed policy changes)'));
  }
  return { effects, notes, managedPolicy: entry };
}

function instanceProfileHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  const acts = rc.change.actions;
  if (!isChange(rc) || isCreate(acts)) return none();
  const profile = (which: SideName): string => {
    const r = ctx.side(rc, which).get('name');
    if (r.state === 'known' && typeof r.value === 'string') return r.value;
    if (r.state === 'sensitive') return SENSITIVE;
    return `${rc.address} (name ${KNOWN_AFTER_APPLY})`;
  };
  const beforeRole = sideRole(rc, ctx, 'before', 'role');
  const afterRole = sideRole(rc, ctx, 'after', 'role');
  const effects: Effect[] = [];
  if (isDelete(acts)) {
    if (beforeRole) effects.push(fx.instanceProfileChanged(beforeRole, profile('before'), 'deleted'));
  } else if (isReplace(acts)) {
    if (beforeRole) effects.push(fx.instanceProfileChanged(beforeRole, profile('before'), 'replaced (instances must be re-associated)'));
    if (afterRole && afterRole.name !== beforeRole?.name) effects.push(fx.instanceProfileGained(afterRole, profile('after')));
  } else if (isUpdate(acts) && beforeRole?.name !== afterRole?.name) {
    if (beforeRole) effects.push(fx.instanceProfileChanged(beforeRole, profile('before'), `no longer carries ${beforeRole.name}`));
    if (afterRole) effects.push(fx.instanceProfileGained(afterRole, profile('after')));
  }
  return { effects, notes: [] };
}

/** How a compute resource is named in a dependent: its ARN or name when the plan knows it, else its address. */
export function dependentId(rc: ResourceChange, ctx: PlanContext, which: SideName): string {
  const s = ctx.side(rc, which);
  const t = (a: string): string | undefined => s.text(a);
  switch (rc.type) {
    case 'aws_lambda_function':
      return t('arn') ?? t('function_name') ?? rc.address;
    case 'aws_eks_node_group':
      return t('cluster_name') && t('node_group_name') ? `${t('cluster_name')}/${t('node_group_name')}` : (t('arn') ?? rc.address);
    case 'aws_eks_fargate_profile':
      return t('cluster_name') && t('fargate_profile_name') ? `${t('cluster_name')}/${t('fargate_profile_name')}` : (t('arn') ?? rc.address);
    case 'aws_eks_pod_identity_association':
      return t('cluster_name') && t('namespace') && t('service_account')
        ? `${t('cluster_name')}/${t('namespace')}/${t('service_account')}`
        : (t('association_arn') ?? rc.address);
    case 'aws_ecs_task_definition':
      return t('arn_without_revision') ?? t('family') ?? rc.address;
    default:
      return t('arn') ?? t('name') ?? rc.address;
  }
}

function computeHandler(rc: ResourceChange, ctx: PlanContext): HandlerOutput {
  if (!isChange(rc)) return none();
  const acts = rc.change.actions;
  const effects: Effect[] = [];
  for (const link of computeLinks[rc.type] ?? []) {
    const beforeRole = sideRole(rc, ctx, 'before', link.attribute);
    const afterRole = sideRole(rc, ctx, 'after', link.attribute);
    if (isDelete(acts)) {
      if (beforeRole) effects.push(fx.dependentRemoved(beforeRole, link.kind, dependentId(rc, ctx, 'before'), link.via, 'destroyed'));
    } else if (isCreate(acts)) {
      if (afterRole) effects.push(fx.dependentAdded(afterRole, link.kind, dependentId(rc, ctx, 'after'), link.via));
    } else if (beforeRole?.name !== afterRole?.name || (afterRole?.unknowns.length ?? 0) > 0) {
      if (beforeRole) effects.push(fx.dependentRemoved(beforeRole, link.kind, dependentId(rc, ctx, 'before'), link.via, afterRole ? 'switches role' : 'drops its role'));
      if (afterRole) effects.push(fx.dependentAdded(afterRole, link.kind, dependentId(rc, ctx, 'before'), link.via));
    }
  }
  return { effects, notes: [] };
}
