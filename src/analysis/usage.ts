/** Usage status of one role: used / unused / unknown within the window, with the evidence in one line. */
import type { LookupGap, RoleFacts } from '../model/inventory.js';
import type { RoleImpact } from '../model/report.js';
import { daysBetween, formatAge, formatDay, formatInstant, parseDate, TRACKING_DAYS } from './time.js';

export type Usage = RoleImpact['usage'];

export const NO_INVENTORY_REASON = 'no inventory given (--inventory)';

export function unknownGap(reason: string, operation = 'inventory'): LookupGap {
  return { operation, reason };
}

/** `facts` undefined: the inventory has no entry for the role; `gapWhenMissing` says why. */
export function usageOf(
  facts: RoleFacts | undefined,
  gapWhenMissing: LookupGap,
  windowDays: number,
  now: Date,
): Usage {
  if (!facts) {
    return { status: 'unknown', windowDays, evidence: `usage unknown: ${gapWhenMissing.reason}`, gaps: [gapWhenMissing] };
  }
  const u = facts.usage;
  const base = {
    windowDays,
    ...(facts.createDate ? { createDate: facts.createDate } : {}),
    ...(u.servicesStatus === 'known' && u.services ? { services: u.services } : {}),
    gaps: u.gaps,
  };

  if (facts.existence === 'absent') {
    return { ...base, status: 'unused', evidence: `IAM has no role named ${facts.name} (NoSuchEntity)` };
  }

  const lastUsed = u.lastUsedStatus === 'known' ? parseDate(u.lastUsed) : null;
  const lastUsedFields = lastUsed
    ? {
        lastUsed: u.lastUsed ?? null,
        lastUsedRegion: u.lastUsedRegion ?? null,
        lastUsedDaysAgo: daysBetween(lastUsed, now),
      }
    : u.lastUsedStatus === 'known'
      ? { lastUsed: null, lastUsedRegion: null }
      : {};
  const roleLastUsed = lastUsed
    ? `RoleLastUsed ${formatInstant(lastUsed)}${u.lastUsedRegion ? ` in ${u.lastUsedRegion}` : ''} (${formatAge(lastUsed, now)})`
    : null;

  if (lastUsed && daysBetween(lastUsed, now) <= windowDays) {
    return { ...base, ...lastUsedFields, status: 'used', evidence: roleLastUsed ?? '' };
  }

  const recentService = recentServiceUse(facts, windowDays, now);
  if (recentService) return { ...base, ...lastUsedFields, status: 'used', evidence: recentService };

  const recentAssume = (u.assumedBy ?? [])
    .map((a) => ({ a, d: parseDate(a.lastSeen) }))
    .filter((x): x is { a: (typeof x)['a']; d: Date } => x.d !== null && daysBetween(x.d, now) <= windowDays)
    .sort((x, y) => y.d.getTime() - x.d.getTime())[0];
  if (recentAssume) {
    return {
      ...base,
      ...lastUsedFields,
      status: 'used',
      evidence: `CloudTrail ${recentAssume.a.event} by ${recentAssume.a.principal} ${formatInstant(recentAssume.d)} in ${recentAssume.a.region} (${formatAge(recentAssume.d, now)})`,
    };
  }

  if (facts.existence === 'unknown' || u.lastUsedStatus === 'unknown') {
    const gaps = u.gaps.length > 0 ? u.gaps : [unknownGap('role lookup did not answer', 'iam:GetRole')];
    return { ...base, gaps, status: 'unknown', evidence: `usage unknown: ${describeGaps(gaps)}` };
  }

  const created = parseDate(facts.createDate);
  const age = created ? ` (role created ${formatDay(created)})` : '';
  const evidence = roleLastUsed
    ? `${roleLastUsed}, outside the ${windowDays}-day window`
    : `RoleLastUsed: no use in AWS's ${TRACKING_DAYS}-day tracking period${age}`;
  return { ...base, ...lastUsedFields, status: 'unused', evidence };
}

function recentServiceUse(facts: RoleFacts, windowDays: number, now: Date): string | null {
  if (facts.usage.servicesStatus !== 'known') return null;
  let best: { ns: string; d: Date; region?: string } | null = null;
  for (const s of facts.usage.services ?? []) {
    const d = parseDate(s.lastAccessed);
    if (d && daysBetween(d, now) <= windowDays && (!best || d > best.d)) {
      best = { ns: s.namespace, d, ...(s.region ? { region: s.region } : {}) };
    }
  }
  if (!best) return null;
  return `Access Advisor: ${best.ns} last accessed ${formatInstant(best.d)}${best.region ? ` in ${best.region}` : ''} (${formatAge(best.d, now)})`;
}

/** "lambda:ListFunctions in eu-west-1: AccessDenied; …" */
export function describeGaps(gaps: readonly LookupGap[]): string {
  return gaps.map(describeGap).join('; ');
}

export function describeGap(g: LookupGap): string {
  if (g.operation === 'inventory') return g.reason;
  return `${g.operation}${g.region ? ` in ${g.region}` : ''}: ${g.reason}`;
}
