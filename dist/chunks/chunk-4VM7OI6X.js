import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/analysis/time.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var TRACKING_DAYS = 400;
function parseDate(iso) {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}
function daysBetween(then, now) {
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY));
}
function formatInstant(d) {
  return `${d.toISOString().slice(0, 16)}Z`;
}
function formatDay(d) {
  return d.toISOString().slice(0, 10);
}
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
function formatAge(then, now) {
  const ms = now.getTime() - then.getTime();
  if (ms < MINUTE) return ms < -MINUTE ? `${formatInstant(then)}, after the analysis time` : "just now";
  if (ms < HOUR) return `${plural(Math.floor(ms / MINUTE), "minute")} ago`;
  if (ms < 2 * DAY) return `${plural(Math.floor(ms / HOUR), "hour")} ago`;
  return `${plural(Math.floor(ms / DAY), "day")} ago`;
}

// src/analysis/usage.ts
var NO_INVENTORY_REASON = "no inventory given (--inventory)";
function unknownGap(reason, operation = "inventory") {
  return { operation, reason };
}
function usageOf(facts, gapWhenMissing, windowDays, now) {
  if (!facts) {
    return { status: "unknown", windowDays, evidence: `usage unknown: ${gapWhenMissing.reason}`, gaps: [gapWhenMissing] };
  }
  const u = facts.usage;
  const base = {
    windowDays,
    ...facts.createDate ? { createDate: facts.createDate } : {},
    ...u.servicesStatus === "known" && u.services ? { services: u.services } : {},
    gaps: u.gaps
  };
  if (facts.existence === "absent") {
    return { ...base, status: "unused", evidence: `IAM has no role named ${facts.name} (NoSuchEntity)` };
  }
  const lastUsed = u.lastUsedStatus === "known" ? parseDate(u.lastUsed) : null;
  const lastUsedFields = lastUsed ? {
    lastUsed: u.lastUsed ?? null,
    lastUsedRegion: u.lastUsedRegion ?? null,
    lastUsedDaysAgo: daysBetween(lastUsed, now)
  } : u.lastUsedStatus === "known" ? { lastUsed: null, lastUsedRegion: null } : {};
  const roleLastUsed = lastUsed ? `RoleLastUsed ${formatInstant(lastUsed)}${u.lastUsedRegion ? ` in ${u.lastUsedRegion}` : ""} (${formatAge(lastUsed, now)})` : null;
  if (lastUsed && daysBetween(lastUsed, now) <= windowDays) {
    return { ...base, ...lastUsedFields, status: "used", evidence: roleLastUsed ?? "" };
  }
  const recentService = recentServiceUse(facts, windowDays, now);
  if (recentService) return { ...base, ...lastUsedFields, status: "used", evidence: recentService };
  const recentAssume = (u.assumedBy ?? []).map((a) => ({ a, d: parseDate(a.lastSeen) })).filter((x) => x.d !== null && daysBetween(x.d, now) <= windowDays).sort((x, y) => y.d.getTime() - x.d.getTime())[0];
  if (recentAssume) {
    return {
      ...base,
      ...lastUsedFields,
      status: "used",
      evidence: `CloudTrail ${recentAssume.a.event} by ${recentAssume.a.principal} ${formatInstant(recentAssume.d)} in ${recentAssume.a.region} (${formatAge(recentAssume.d, now)})`
    };
  }
  if (facts.existence === "unknown" || u.lastUsedStatus === "unknown") {
    const gaps = u.gaps.length > 0 ? u.gaps : [unknownGap("role lookup did not answer", "iam:GetRole")];
    return { ...base, gaps, status: "unknown", evidence: `usage unknown: ${describeGaps(gaps)}` };
  }
  const created = parseDate(facts.createDate);
  const age = created ? ` (role created ${formatDay(created)})` : "";
  const evidence = roleLastUsed ? `${roleLastUsed}, outside the ${windowDays}-day window` : `RoleLastUsed: no use in AWS's ${TRACKING_DAYS}-day tracking period${age}`;
  return { ...base, ...lastUsedFields, status: "unused", evidence };
}
function recentServiceUse(facts, windowDays, now) {
  if (facts.usage.servicesStatus !== "known") return null;
  let best = null;
  for (const s of facts.usage.services ?? []) {
    const d = parseDate(s.lastAccessed);
    if (d && daysBetween(d, now) <= windowDays && (!best || d > best.d)) {
      best = { ns: s.namespace, d, ...s.region ? { region: s.region } : {} };
    }
  }
  if (!best) return null;
  return `Access Advisor: ${best.ns} last accessed ${formatInstant(best.d)}${best.region ? ` in ${best.region}` : ""} (${formatAge(best.d, now)})`;
}
function describeGaps(gaps) {
  return gaps.map(describeGap).join("; ");
}
function describeGap(g) {
  if (g.operation === "inventory") return g.reason;
  return `${g.operation}${g.region ? ` in ${g.region}` : ""}: ${g.reason}`;
}

export {
  TRACKING_DAYS,
  parseDate,
  daysBetween,
  formatDay,
  formatAge,
  NO_INVENTORY_REASON,
  unknownGap,
  usageOf,
  describeGaps
};
