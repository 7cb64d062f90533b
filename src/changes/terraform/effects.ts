/** Effect constructors with their one-line summaries. */
import type { Effect, EffectOf, PermissionDelta, Principal } from '../../model/change.js';
import type { DependentKind } from '../../model/dependent.js';
import { deltaPermissionCount } from '../../policy/delta.js';
import type { RoleId } from './context.js';

function base(role: RoleId, summary: string, extraUnknowns: string[] = []): {
  role: string;
  roleArn?: string;
  summary: string;
  unknowns?: string[];
} {
  const out: { role: string; roleArn?: string; summary: string; unknowns?: string[] } = { role: role.name, summary };
  if (role.arn) out.roleArn = role.arn;
  const unknowns = [...new Set([...role.unknowns, ...extraUnknowns])];
  if (unknowns.length) out.unknowns = unknowns;
  return out;
}

export function deleted(role: RoleId, note = ''): Effect {
  return { ...base(role, `role ${role.name} deleted${note}`), kind: 'deleted' };
}

export function created(role: RoleId): Effect {
  return { ...base(role, `role ${role.name} created`), kind: 'created' };
}

export function replaced(role: RoleId, next: RoleId, because: string | undefined): Effect {
  const renamed = next.name !== role.name && next.unknowns.length === 0;
  const summary = `role ${role.name} replaced${renamed ? ` by ${next.name}` : ''}${because ? ` (${because})` : ''}: new unique ID, sessions and trust policies naming it break`;
  const e: EffectOf<'replaced'> = { ...base(role, summary, next.unknowns), kind: 'replaced' };
  // An unknown new name is said in `unknowns`, never stood in for by the address.
  if (next.unknowns.length === 0) e.newName = next.name;
  if (because) e.because = because;
  return e;
}

function principalText(p: Principal): string {
  return `${p.not ? 'not ' : ''}${p.type} ${p.value}${p.conditions?.length ? ` if ${p.conditions.join(' and ')}` : ''}`;
}

function list(items: string[], max = 3): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function trustChanged(
  role: RoleId,
  added: Principal[],
  removed: Principal[],
  before: string | undefined,
  after: string | undefined,
  unknowns: string[] = [],
): Effect {
  const parts: string[] = [];
  if (removed.length) parts.push(`removes ${list(removed.map(principalText))}`);
  if (added.length) parts.push(`adds ${list(added.map(principalText))}`);
  if (unknowns.length) parts.push(unknowns.join('; '));
  if (!parts.length) parts.push('statements or conditions change, same principals');
  const e: EffectOf<'trust-changed'> = {
    ...base(role, `trust policy of ${role.name} changes: ${parts.join('; ')}`, unknowns),
    kind: 'trust-changed',
    principalsAdded: added,
    principalsRemoved: removed,
  };
  if (before !== undefined) e.before = before;
  if (after !== undefined) e.after = after;
  return e;
}

function deltaText(delta: PermissionDelta): string {
  if (delta.unknown) return `${delta.policy} (${delta.unknown})`;
  // A count, not the list: an AWS managed policy is not expanded to be counted.
  const n = deltaPermissionCount(delta);
  const services = delta.services.length ? ` on ${list(delta.services, 5)}` : '';
  return `${n} permission${n === 1 ? '' : 's'} of ${delta.policy}${services}`;
}

export function permissionsRemoved(role: RoleId, delta: PermissionDelta, how = ''): Effect {
  const unknowns = delta.unknown ? [delta.unknown] : [];
  return { ...base(role, `${role.name} loses ${deltaText(delta)}${how}`, unknowns), kind: 'permissions-removed', delta };
}

export function permissionsAdded(role: RoleId, delta: PermissionDelta, how = ''): Effect {
  const unknowns = delta.unknown ? [delta.unknown] : [];
  return { ...base(role, `${role.name} gains ${deltaText(delta)}${how}`, unknowns), kind: 'permissions-added', delta };
}

export function boundaryChanged(role: RoleId, before: string | null, after: string | null, unknowns: string[] = []): Effect {
  const show = (v: string | null): string => v ?? 'none';
  return {
    ...base(role, `permissions boundary of ${role.name}: ${show(before)} → ${after === null && unknowns.length ? 'known after apply' : show(after)}`, unknowns),
    kind: 'boundary-changed',
    before,
    after,
  };
}

export function instanceProfileChanged(role: RoleId, profile: string, what: string): Effect {
  return {
    ...base(role, `instance profile ${profile} ${what}: EC2 instances using it lose role ${role.name}`),
    kind: 'instance-profile-changed',
    instanceProfile: profile,
  };
}

export function instanceProfileGained(role: RoleId, profile: string): Effect {
  return {
    ...base(role, `instance profile ${profile} now carries role ${role.name}`),
    kind: 'instance-profile-changed',
    instanceProfile: profile,
  };
}

export function dependentRemoved(role: RoleId, kind: DependentKind, id: string, via: string, what: string): Effect {
  return {
    ...base(role, `${kind} ${id} ${what}: stops using role ${role.name}`),
    kind: 'dependent-removed',
    dependent: { kind, id, via },
  };
}

export function dependentAdded(role: RoleId, kind: DependentKind, id: string, via: string): Effect {
  return {
    ...base(role, `${kind} ${id} will use role ${role.name}`),
    kind: 'dependent-added',
    dependent: { kind, id, via },
  };
}
