/**
 * THE DEFAULT RISK RULES, in one place. README section "Risk rules" copies `RULES` word for word
 * (a test checks it). Every judgement returns the level and one sentence a reviewer can check.
 *
 * Unknown is never unused: a fact that could not be looked up makes a breaking change at least medium.
 */
import type { Effect, EffectOf, Permission, PermissionDelta, Principal } from '../model/change.js';
import { principalNeededBy, type Dependent } from '../model/dependent.js';
import type { ServiceAccess } from '../model/inventory.js';
import { deltaExpandedActions, deltaPermissions } from '../policy/delta.js';
import { riskRank, type Risk } from '../model/report.js';
import { describeDependents, describePermissions, displayName, joinAnd, kindName } from './describe.js';
import type { RoleDependents } from './dependents.js';
import { daysBetween, formatAge, formatDay, parseDate, TRACKING_DAYS } from './time.js';
import { describeGaps, type Usage } from './usage.js';

export const RULES: readonly { risk: Risk; rule: string }[] = [
  { risk: 'high', rule: 'A role is deleted or replaced while it has a live dependent or was used within the window.' },
  { risk: 'high', rule: 'Permissions are removed, or denied by an added Deny statement, for a service or action the role used within the window (Access Advisor).' },
  {
    risk: 'high',
    rule: 'A trust change removes a principal that a live dependent needs (`lambda.amazonaws.com` for a Lambda function, the EKS OIDC provider for an IRSA pod, `pods.eks.amazonaws.com` for Pod Identity, a role ARN for a role that chains into it), or one CloudTrail saw assume the role within the window.',
  },
  { risk: 'high', rule: 'An instance profile of a role changes while EC2 instances use it.' },
  {
    risk: 'medium',
    rule: 'Any of the changes above where usage, dependents or the removed permissions are unknown (a lookup failed, no inventory was given, or the value is known only after apply); the reason names what is missing.',
  },
  {
    risk: 'medium',
    rule: 'A role deleted or narrowed that was last used outside the window but inside the 400-day tracking period: it may be a periodic job (the date is shown).',
  },
  { risk: 'medium', rule: 'A permissions boundary is set or changed on a role that is in use or whose usage is unknown.' },
  {
    risk: 'low',
    rule: 'Deleted or narrowed with no dependents and no use in the tracking period; a removed trust principal that no dependent needs; an instance profile change with no EC2 instance using it; a boundary on a role not in use; a role IAM does not know (NoSuchEntity).',
  },
  {
    risk: 'none',
    rule: 'Creations and additions of Allow statements (listed as broadened permissions or trust); a removed boundary; removing only Deny statements; a dependent moving on or off a role.',
  },
];

export interface RoleContext {
  name: string;
  newName?: string;
  /** `missing`: the inventory has no entry for the role. */
  existence: 'found' | 'absent' | 'unknown' | 'missing';
  usage: Usage;
  /** Access Advisor answered for this role. */
  servicesKnown: boolean;
  assumedBy: { principal: string; lastSeen: string; event: string; region: string }[];
  dependents: RoleDependents;
  windowDays: number;
  now: Date;
}

export interface Judgement {
  risk: Risk;
  reason: string;
}

/** Judges every effect on one role; the role's risk is the highest, reasons highest first. */
export function judgeRole(effects: readonly Effect[], ctx: RoleContext): { risk: Risk; reasons: string[] } {
  // Deleting a role takes its policies and trust with it: those effects add nothing a reviewer needs.
  const deleted = effects.some((e) => e.kind === 'deleted');
  const judged = effects
    .filter((e) => !deleted || e.kind === 'deleted' || e.kind === 'created')
    .map((e, i) => ({ j: judgeEffect(e, ctx), i }))
    .sort((a, b) => riskRank(b.j.risk) - riskRank(a.j.risk) || a.i - b.i);
  const reasons = [...new Set(judged.map((x) => x.j.reason))];
  const risk = judged[0]?.j.risk ?? 'none';
  return { risk, reasons };
}

export function judgeEffect(effect: Effect, ctx: RoleContext): Judgement {
  const role = `\`${effect.role}\``;
  switch (effect.kind) {
    case 'deleted':
      return judgeRemoval(`deleting ${role}`, ctx);
    case 'replaced': {
      const next = effect.newName && effect.newName !== effect.role ? `\`${effect.newName}\`` : 'a new role';
      return judgeRemoval(`replacing ${role} with ${next} (a new unique ID)`, ctx);
    }
    case 'permissions-removed':
      return judgeNarrowing(effect, ctx);
    case 'trust-changed':
      return judgeTrust(effect, ctx);
    case 'boundary-changed':
      return judgeBoundary(effect, ctx);
    case 'instance-profile-changed':
      return judgeInstanceProfile(effect, ctx);
    case 'created':
      return { risk: 'none', reason: `creates ${role}` };
    case 'permissions-added':
      return judgeAddition(effect, ctx);
    case 'dependent-added':
      return { risk: 'none', reason: `${plannedName(effect.dependent)} starts using ${role}` };
    case 'dependent-removed':
      return { risk: 'none', reason: `${plannedName(effect.dependent)} stops using ${role} in this change` };
  }
}

/** "Lambda function `payments-api`" */
function plannedName(d: EffectOf<'dependent-added'>['dependent']): string {
  return `${kindName(d.kind, 1)} \`${displayName({ ...d, region: '' })}\``;
}

const ABSENT = (ctx: RoleContext, what: string): Judgement => ({
  risk: 'low',
  reason: `${what}: IAM has no role named \`${ctx.name}\` (NoSuchEntity), so nothing uses it`,
});

function judgeRemoval(what: string, ctx: RoleContext): Judgement {
  if (ctx.existence === 'absent') return ABSENT(ctx, what);
  const staying = ctx.dependents.dependents.filter((d) => !d.leavesInChange);
  const leaving = ctx.dependents.dependents.length - staying.length;
  const moving = leaving > 0 ? ` (${leaving === 1 ? '1 dependent moves' : `${leaving} dependents move`} off it in this change)` : '';
  if (staying.length > 0) {
    return { risk: 'high', reason: `${what} breaks ${describeDependents(staying)}${moving}; ${usageClause(ctx)}` };
  }
  if (ctx.usage.status === 'used') {
    return { risk: 'high', reason: `${what} removes a role in use: ${ctx.usage.evidence}${moving}` };
  }
  const unknown = unknownClause(ctx, true);
  if (unknown) return { risk: 'medium', reason: `${what} may break what still uses it${moving}: ${unknown}` };
  const last = parseDate(ctx.usage.lastUsed);
  if (last && daysBetween(last, ctx.now) <= TRACKING_DAYS) {
    return {
      risk: 'medium',
      reason: `${what}: it may be a periodic job (last used ${formatDay(last)}, ${formatAge(last, ctx.now)}, outside the ${ctx.windowDays}-day window)`,
    };
  }
  return { risk: 'low', reason: `${what}: no dependents found${moving} and no use in AWS's ${TRACKING_DAYS}-day tracking period` };
}

/**
 * Added Allow statements broaden; an added Deny takes away what it names, so it is weighed like the removal
 * of the same actions (high when the role used them in the window).
 */
function judgeAddition(effect: EffectOf<'permissions-added'>, ctx: RoleContext): Judgement {
  const role = `\`${effect.role}\``;
  const denies = deltaPermissions(effect.delta).filter((p) => p.effect === 'Deny');
  if (denies.length === 0) return { risk: 'none', reason: `${role} gains ${describePermissions(effect.delta)}: broadened` };
  // Only what the Deny names: the delta's expanded actions belong to its Allow statements.
  const denied: PermissionDelta = {
    policy: effect.delta.policy,
    permissions: denies.map((p) => ({ ...p, effect: 'Allow' as const })),
    services: deniedServices(denies),
    ...(effect.delta.unknown !== undefined ? { unknown: effect.delta.unknown } : {}),
  };
  const judged = judgeNarrowing({ ...effect, kind: 'permissions-removed', delta: denied }, ctx);
  return { ...judged, reason: judged.reason.replace(`${role} loses `, `${role} is denied `) };
}

/** Service prefixes a set of statements names; `*` (or NotAction) reaches every service. */
export function deniedServices(permissions: readonly Permission[]): string[] {
  if (permissions.some((p) => p.notAction || p.action === '*')) return ['*'];
  return [...new Set(permissions.map((p) => p.action.split(':')[0]!.toLowerCase()))];
}

function judgeNarrowing(effect: EffectOf<'permissions-removed'>, ctx: RoleContext): Judgement {
  const role = `\`${effect.role}\``;
  const delta = effect.delta;
  const what = `${role} loses ${describePermissions(delta)}`;
  const permissions = deltaPermissions(delta);
  const allows = permissions.filter((p) => p.effect === 'Allow');
  if (permissions.length > 0 && allows.length === 0) {
    return { risk: 'none', reason: `${role} loses only Deny statements of \`${delta.policy}\`: broadened` };
  }
  if (ctx.existence === 'absent') return ABSENT(ctx, what);
  if (delta.unknown && permissions.length === 0) {
    return { risk: 'medium', reason: `${role} loses permissions of \`${delta.policy}\` that are not known yet (${delta.unknown})` };
  }
  // Only Access Advisor's action-level answers need the actions (and the expanded ones need the catalog): lazily.
  let removed: string[] | undefined;
  const removedActions = (): string[] =>
    (removed ??= [
      ...new Set([...allows.filter((p) => !p.notAction).map((p) => p.action), ...(deltaExpandedActions(delta) ?? [])].map((a) => a.toLowerCase())),
    ]);
  const everything = allows.some((p) => p.notAction || p.action === '*') || delta.services.includes('*');
  const uses = serviceUses(ctx.usage.services ?? [], delta.services, removedActions, everything, ctx.now);
  const recent = uses.filter((u) => daysBetween(u.when, ctx.now) <= ctx.windowDays);
  if (recent.length > 0) {
    const shown = joinAnd(recent.slice(0, 3).map((u) => `${u.what} last used ${formatAge(u.when, ctx.now)}`));
    return { risk: 'high', reason: `${what}, which it used within the last ${ctx.windowDays} days: ${shown}` };
  }
  if (!ctx.servicesKnown) {
    const gaps = ctx.usage.gaps.length > 0 ? describeGaps(ctx.usage.gaps) : 'Access Advisor did not answer';
    return { risk: 'medium', reason: `${what}; whether it used ${joinAnd(delta.services)} recently is unknown (${gaps})` };
  }
  const older = uses.filter((u) => daysBetween(u.when, ctx.now) <= TRACKING_DAYS)[0];
  if (older) {
    return {
      risk: 'medium',
      reason: `${what}: it may be a periodic job (${older.what} last used ${formatDay(older.when)}, outside the ${ctx.windowDays}-day window)`,
    };
  }
  return {
    risk: 'low',
    reason: `${what}; Access Advisor shows no use of ${joinAnd(delta.services) || 'them'} in AWS's ${TRACKING_DAYS}-day tracking period`,
  };
}

interface Use {
  what: string;
  when: Date;
}

/** The uses Access Advisor recorded of what a change removes, newest first, at action level where AWS tracks it. */
function serviceUses(
  services: readonly ServiceAccess[],
  removedServices: readonly string[],
  removedActions: () => readonly string[],
  everything: boolean,
  now: Date,
): Use[] {
  const uses: Use[] = [];
  for (const s of services) {
    const ns = s.namespace.toLowerCase();
    if (!everything && !removedServices.some((r) => r.toLowerCase() === ns)) continue;
    const tracked = s.actions ?? [];
    const ofService = tracked.length > 0 && !everything ? removedActions().filter((a) => a === '*' || a.startsWith(`${ns}:`)) : [];
    if (ofService.length > 0) {
      for (const a of tracked) {
        const when = parseDate(a.lastAccessed);
        const name = a.action.includes(':') ? a.action : `${ns}:${a.action}`;
        if (when && when <= new Date(now.getTime() + 60_000) && ofService.some((p) => matches(p, name.toLowerCase()))) {
          uses.push({ what: name, when });
        }
      }
    } else {
      const when = parseDate(s.lastAccessed);
      if (when) uses.push({ what: ns, when });
    }
  }
  return uses.sort((a, b) => b.when.getTime() - a.when.getTime() || (a.what < b.what ? -1 : 1));
}

function matches(pattern: string, action: string): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === action;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(action);
}

function judgeTrust(effect: EffectOf<'trust-changed'>, ctx: RoleContext): Judgement {
  const role = `\`${effect.role}\``;
  const removed = effect.principalsRemoved.filter((p) => !p.not);
  if (removed.length === 0) {
    const added = effect.principalsAdded.map((p) => `\`${p.value}\``);
    return {
      risk: 'none',
      reason: added.length > 0 ? `trust policy of ${role} adds ${joinAnd(added)}: broadens who can assume it` : `trust policy of ${role} changes without removing a principal`,
    };
  }
  const names = joinAnd(removed.map((p) => `\`${p.value}\``));
  const what = `trust change on ${role} removes ${names}`;
  if (ctx.existence === 'absent') return ABSENT(ctx, what);

  const broken: Dependent[] = [];
  const needed = new Set<string>();
  for (const d of ctx.dependents.dependents) {
    if (d.leavesInChange) continue;
    const lost = removed.find((p) => needs(d, p) && !effect.principalsAdded.some((a) => stillGranted(d, p, a)));
    if (lost) {
      broken.push(d);
      needed.add(`\`${lost.value}\``);
    }
  }
  if (broken.length > 0) {
    return { risk: 'high', reason: `trust change on ${role} removes ${joinAnd([...needed])}, which ${describeDependents(broken)} ${broken.length === 1 ? 'needs' : 'need'} to assume it` };
  }
  const seen = ctx.assumedBy.find((a) => {
    const when = parseDate(a.lastSeen);
    return when && daysBetween(when, ctx.now) <= ctx.windowDays && removed.some((p) => p.value === a.principal);
  });
  if (seen) {
    return { risk: 'high', reason: `${what}; CloudTrail saw \`${seen.principal}\` assume it ${formatAge(new Date(seen.lastSeen), ctx.now)}` };
  }
  const unknown = unknownClause(ctx, false);
  if (unknown) return { risk: 'medium', reason: `${what}; cannot tell who still needs it: ${unknown}` };
  return { risk: 'low', reason: `${what}; no dependent found needs it` };
}

/** Whether a dependent needs a principal to assume the role. */
export function needs(d: Dependent, p: Principal): boolean {
  const value = p.value.toLowerCase();
  if (d.needsPrincipal) return value === d.needsPrincipal.toLowerCase();
  if (d.kind === 'irsa-service-account') return p.type === 'Federated' && /:oidc-provider\/oidc\.eks\./.test(value);
  if (d.kind === 'iam-role' || d.kind === 'iam-user') {
    return value === d.id.toLowerCase() || (!!d.account && (value === d.account || value === `arn:aws:iam::${d.account}:root`));
  }
  const service = principalNeededBy[d.kind];
  return !!service && value === service;
}

/** A principal removed and added back (conditions changed) still serves a dependent unless an IRSA `sub` no longer names it. */
function stillGranted(d: Dependent, removed: Principal, added: Principal): boolean {
  if (added.not || added.type !== removed.type || added.value.toLowerCase() !== removed.value.toLowerCase()) return false;
  if (d.kind !== 'irsa-service-account') return true;
  const sa = serviceAccountOf(d);
  const subs = (added.conditions ?? []).filter((c) => c.includes(':sub'));
  if (!sa || subs.length === 0) return subs.length === 0;
  return subs.some((c) => c.split('=').slice(1).join('=').split(',').some((v) => matches(v.trim().toLowerCase(), `system:serviceaccount:${sa}`)));
}

/** `cluster/namespace/sa` → `namespace:sa`. */
function serviceAccountOf(d: Dependent): string | null {
  const parts = d.id.split('/');
  const ns = parts[parts.length - 2];
  const sa = parts[parts.length - 1];
  return ns && sa ? `${ns}:${sa}`.toLowerCase() : null;
}

function judgeBoundary(effect: EffectOf<'boundary-changed'>, ctx: RoleContext): Judgement {
  const role = `\`${effect.role}\``;
  if (!effect.after) return { risk: 'none', reason: `permissions boundary of ${role} is removed: broadened` };
  const what = `permissions boundary of ${role} becomes \`${effect.after}\`, which caps what it can do`;
  if (ctx.existence === 'absent') return ABSENT(ctx, what);
  if (ctx.usage.status === 'used' || ctx.dependents.dependents.length > 0) {
    return { risk: 'medium', reason: `${what}; it is in use (${ctx.usage.status === 'used' ? ctx.usage.evidence : describeDependents(ctx.dependents.dependents)})` };
  }
  const unknown = unknownClause(ctx, true);
  if (unknown) return { risk: 'medium', reason: `${what}; ${unknown}` };
  return { risk: 'low', reason: `${what}; it is not in use (${ctx.usage.evidence})` };
}

function judgeInstanceProfile(effect: EffectOf<'instance-profile-changed'>, ctx: RoleContext): Judgement {
  const what = `instance profile \`${effect.instanceProfile}\` of \`${effect.role}\` changes`;
  if (ctx.existence === 'absent') return ABSENT(ctx, what);
  const instances = ctx.dependents.dependents.filter((d) => d.kind === 'ec2-instance');
  if (instances.length > 0) return { risk: 'high', reason: `${what}; ${describeDependents(instances)} use it` };
  const unknown = unknownClause(ctx, false);
  if (unknown) return { risk: 'medium', reason: `${what}; ${unknown}` };
  return { risk: 'low', reason: `${what}; no EC2 instance found uses it` };
}

/** "usage unknown (…); dependents partly unknown (…)", or null when every needed fact is known. */
function unknownClause(ctx: RoleContext, withUsage: boolean): string | null {
  const usageGaps = withUsage && ctx.usage.status === 'unknown' ? describeGaps(ctx.usage.gaps) : null;
  const depStatus = ctx.dependents.status;
  const depGaps = depStatus === 'known' ? null : describeGaps(ctx.dependents.gaps);
  if (usageGaps !== null && depGaps !== null && usageGaps === depGaps && depStatus === 'unknown') {
    return `usage and dependents unknown (${usageGaps})`;
  }
  const parts: string[] = [];
  if (usageGaps !== null) parts.push(`usage unknown (${usageGaps})`);
  if (depGaps !== null) parts.push(`dependents ${depStatus === 'partial' ? 'partly unknown' : 'unknown'} (${depGaps})`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** "it was last used 2 hours ago" — the usage part of a high reason. */
function usageClause(ctx: RoleContext): string {
  const u = ctx.usage;
  const last = parseDate(u.lastUsed);
  if (u.status === 'unknown') return `its usage is unknown (${describeGaps(u.gaps)})`;
  if (last) return `it was last used ${formatAge(last, ctx.now)}`;
  if (u.status === 'used') return `it was used within the last ${ctx.windowDays} days (${u.evidence})`;
  return `AWS recorded no use of it in ${TRACKING_DAYS} days`;
}
