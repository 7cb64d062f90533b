import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  describeDependents,
  describePermissions,
  displayName,
  joinAnd,
  kindName
} from "./chunk-PLKUDJAV.js";
import {
  TRACKING_DAYS,
  daysBetween,
  describeGaps,
  formatAge,
  formatDay,
  parseDate
} from "./chunk-4VM7OI6X.js";
import {
  riskRank
} from "./chunk-LXP5LKOX.js";
import {
  deltaExpandedActions,
  deltaPermissions
} from "./chunk-A2HSOLLW.js";
import {
  principalNeededBy
} from "./chunk-ZPBOZSP3.js";

// src/analysis/rules.ts
function judgeRole(effects, ctx) {
  const deleted = effects.some((e) => e.kind === "deleted");
  const judged = effects.filter((e) => !deleted || e.kind === "deleted" || e.kind === "created").map((e, i) => ({ j: judgeEffect(e, ctx), i })).sort((a, b) => riskRank(b.j.risk) - riskRank(a.j.risk) || a.i - b.i);
  const reasons = [...new Set(judged.map((x) => x.j.reason))];
  const risk = judged[0]?.j.risk ?? "none";
  return { risk, reasons };
}
function judgeEffect(effect, ctx) {
  const role = `\`${effect.role}\``;
  switch (effect.kind) {
    case "deleted":
      return judgeRemoval(`deleting ${role}`, ctx);
    case "replaced": {
      const next = effect.newName && effect.newName !== effect.role ? `\`${effect.newName}\`` : "a new role";
      return judgeRemoval(`replacing ${role} with ${next} (a new unique ID)`, ctx);
    }
    case "permissions-removed":
      return judgeNarrowing(effect, ctx);
    case "trust-changed":
      return judgeTrust(effect, ctx);
    case "boundary-changed":
      return judgeBoundary(effect, ctx);
    case "instance-profile-changed":
      return judgeInstanceProfile(effect, ctx);
    case "created":
      return { risk: "none", reason: `creates ${role}` };
    case "permissions-added":
      return judgeAddition(effect, ctx);
    case "dependent-added":
      return { risk: "none", reason: `${plannedName(effect.dependent)} starts using ${role}` };
    case "dependent-removed":
      return { risk: "none", reason: `${plannedName(effect.dependent)} stops using ${role} in this change` };
  }
}
function plannedName(d) {
  return `${kindName(d.kind, 1)} \`${displayName({ ...d, region: "" })}\``;
}
var ABSENT = (ctx, what) => ({
  risk: "low",
  reason: `${what}: IAM has no role named \`${ctx.name}\` (NoSuchEntity), so nothing uses it`
});
function judgeRemoval(what, ctx) {
  if (ctx.existence === "absent") return ABSENT(ctx, what);
  const staying = ctx.dependents.dependents.filter((d) => !d.leavesInChange);
  const leaving = ctx.dependents.dependents.length - staying.length;
  const moving = leaving > 0 ? ` (${leaving === 1 ? "1 dependent moves" : `${leaving} dependents move`} off it in this change)` : "";
  if (staying.length > 0) {
    return { risk: "high", reason: `${what} breaks ${describeDependents(staying)}${moving}; ${usageClause(ctx)}` };
  }
  if (ctx.usage.status === "used") {
    return { risk: "high", reason: `${what} removes a role in use: ${ctx.usage.evidence}${moving}` };
  }
  const unknown = unknownClause(ctx, true);
  if (unknown) return { risk: "medium", reason: `${what} may break what still uses it${moving}: ${unknown}` };
  const last = parseDate(ctx.usage.lastUsed);
  if (last && daysBetween(last, ctx.now) <= TRACKING_DAYS) {
    return {
      risk: "medium",
      reason: `${what}: it may be a periodic job (last used ${formatDay(last)}, ${formatAge(last, ctx.now)}, outside the ${ctx.windowDays}-day window)`
    };
  }
  return { risk: "low", reason: `${what}: no dependents found${moving} and no use in AWS's ${TRACKING_DAYS}-day tracking period` };
}
function judgeAddition(effect, ctx) {
  const role = `\`${effect.role}\``;
  const denies = deltaPermissions(effect.delta).filter((p) => p.effect === "Deny");
  if (denies.length === 0) return { risk: "none", reason: `${role} gains ${describePermissions(effect.delta)}: broadened` };
  const denied = {
    policy: effect.delta.policy,
    permissions: denies.map((p) => ({ ...p, effect: "Allow" })),
    services: deniedServices(denies),
    ...effect.delta.unknown !== void 0 ? { unknown: effect.delta.unknown } : {}
  };
  const judged = judgeNarrowing({ ...effect, kind: "permissions-removed", delta: denied }, ctx);
  return { ...judged, reason: judged.reason.replace(`${role} loses `, `${role} is denied `) };
}
function deniedServices(permissions) {
  if (permissions.some((p) => p.notAction || p.action === "*")) return ["*"];
  return [...new Set(permissions.map((p) => p.action.split(":")[0].toLowerCase()))];
}
function judgeNarrowing(effect, ctx) {
  const role = `\`${effect.role}\``;
  const delta = effect.delta;
  const what = `${role} loses ${describePermissions(delta)}`;
  const permissions = deltaPermissions(delta);
  const allows = permissions.filter((p) => p.effect === "Allow");
  if (permissions.length > 0 && allows.length === 0) {
    return { risk: "none", reason: `${role} loses only Deny statements of \`${delta.policy}\`: broadened` };
  }
  if (ctx.existence === "absent") return ABSENT(ctx, what);
  if (delta.unknown && permissions.length === 0) {
    return { risk: "medium", reason: `${role} loses permissions of \`${delta.policy}\` that are not known yet (${delta.unknown})` };
  }
  let removed;
  const removedActions = () => removed ??= [
    ...new Set([...allows.filter((p) => !p.notAction).map((p) => p.action), ...deltaExpandedActions(delta) ?? []].map((a) => a.toLowerCase()))
  ];
  const everything = allows.some((p) => p.notAction || p.action === "*") || delta.services.includes("*");
  const uses = serviceUses(ctx.usage.services ?? [], delta.services, removedActions, everything, ctx.now);
  const recent = uses.filter((u) => daysBetween(u.when, ctx.now) <= ctx.windowDays);
  if (recent.length > 0) {
    const shown = joinAnd(recent.slice(0, 3).map((u) => `${u.what} last used ${formatAge(u.when, ctx.now)}`));
    return { risk: "high", reason: `${what}, which it used within the last ${ctx.windowDays} days: ${shown}` };
  }
  if (!ctx.servicesKnown) {
    const gaps = ctx.usage.gaps.length > 0 ? describeGaps(ctx.usage.gaps) : "Access Advisor did not answer";
    return { risk: "medium", reason: `${what}; whether it used ${joinAnd(delta.services)} recently is unknown (${gaps})` };
  }
  const older = uses.filter((u) => daysBetween(u.when, ctx.now) <= TRACKING_DAYS)[0];
  if (older) {
    return {
      risk: "medium",
      reason: `${what}: it may be a periodic job (${older.what} last used ${formatDay(older.when)}, outside the ${ctx.windowDays}-day window)`
    };
  }
  return {
    risk: "low",
    reason: `${what}; Access Advisor shows no use of ${joinAnd(delta.services) || "them"} in AWS's ${TRACKING_DAYS}-day tracking period`
  };
}
function serviceUses(services, removedServices, removedActions, everything, now) {
  const uses = [];
  for (const s of services) {
    const ns = s.namespace.toLowerCase();
    if (!everything && !removedServices.some((r) => r.toLowerCase() === ns)) continue;
    const tracked = s.actions ?? [];
    const ofService = tracked.length > 0 && !everything ? removedActions().filter((a) => a === "*" || a.startsWith(`${ns}:`)) : [];
    if (ofService.length > 0) {
      for (const a of tracked) {
        const when = parseDate(a.lastAccessed);
        const name = a.action.includes(":") ? a.action : `${ns}:${a.action}`;
        if (when && when <= new Date(now.getTime() + 6e4) && ofService.some((p) => matches(p, name.toLowerCase()))) {
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
function matches(pattern, action) {
  if (!pattern.includes("*") && !pattern.includes("?")) return pattern === action;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return re.test(action);
}
function judgeTrust(effect, ctx) {
  const role = `\`${effect.role}\``;
  const removed = effect.principalsRemoved.filter((p) => !p.not);
  if (removed.length === 0) {
    const added = effect.principalsAdded.map((p) => `\`${p.value}\``);
    return {
      risk: "none",
      reason: added.length > 0 ? `trust policy of ${role} adds ${joinAnd(added)}: broadens who can assume it` : `trust policy of ${role} changes without removing a principal`
    };
  }
  const names = joinAnd(removed.map((p) => `\`${p.value}\``));
  const what = `trust change on ${role} removes ${names}`;
  if (ctx.existence === "absent") return ABSENT(ctx, what);
  const broken = [];
  const needed = /* @__PURE__ */ new Set();
  for (const d of ctx.dependents.dependents) {
    if (d.leavesInChange) continue;
    const lost = removed.find((p) => needs(d, p) && !effect.principalsAdded.some((a) => stillGranted(d, p, a)));
    if (lost) {
      broken.push(d);
      needed.add(`\`${lost.value}\``);
    }
  }
  if (broken.length > 0) {
    return { risk: "high", reason: `trust change on ${role} removes ${joinAnd([...needed])}, which ${describeDependents(broken)} ${broken.length === 1 ? "needs" : "need"} to assume it` };
  }
  const seen = ctx.assumedBy.find((a) => {
    const when = parseDate(a.lastSeen);
    return when && daysBetween(when, ctx.now) <= ctx.windowDays && removed.some((p) => p.value === a.principal);
  });
  if (seen) {
    return { risk: "high", reason: `${what}; CloudTrail saw \`${seen.principal}\` assume it ${formatAge(new Date(seen.lastSeen), ctx.now)}` };
  }
  const unknown = unknownClause(ctx, false);
  if (unknown) return { risk: "medium", reason: `${what}; cannot tell who still needs it: ${unknown}` };
  return { risk: "low", reason: `${what}; no dependent found needs it` };
}
function needs(d, p) {
  const value = p.value.toLowerCase();
  if (d.needsPrincipal) return value === d.needsPrincipal.toLowerCase();
  if (d.kind === "irsa-service-account") return p.type === "Federated" && /:oidc-provider\/oidc\.eks\./.test(value);
  if (d.kind === "iam-role" || d.kind === "iam-user") {
    return value === d.id.toLowerCase() || !!d.account && (value === d.account || value === `arn:aws:iam::${d.account}:root`);
  }
  const service = principalNeededBy[d.kind];
  return !!service && value === service;
}
function stillGranted(d, removed, added) {
  if (added.not || added.type !== removed.type || added.value.toLowerCase() !== removed.value.toLowerCase()) return false;
  if (d.kind !== "irsa-service-account") return true;
  const sa = serviceAccountOf(d);
  const subs = (added.conditions ?? []).filter((c) => c.includes(":sub"));
  if (!sa || subs.length === 0) return subs.length === 0;
  return subs.some((c) => c.split("=").slice(1).join("=").split(",").some((v) => matches(v.trim().toLowerCase(), `system:serviceaccount:${sa}`)));
}
function serviceAccountOf(d) {
  const parts = d.id.split("/");
  const ns = parts[parts.length - 2];
  const sa = parts[parts.length - 1];
  return ns && sa ? `${ns}:${sa}`.toLowerCase() : null;
}
function judgeBoundary(effect, ctx) {
  const role = `\`${effect.role}\``;
  if (!effect.after) return { risk: "none", reason: `permissions boundary of ${role} is removed: broadened` };
  const what = `permissions boundary of ${role} becomes \`${effect.after}\`, which caps what it can do`;
  if (ctx.existence === "absent") return ABSENT(ctx, what);
  if (ctx.usage.status === "used" || ctx.dependents.dependents.length > 0) {
    return { risk: "medium", reason: `${what}; it is in use (${ctx.usage.status === "used" ? ctx.usage.evidence : describeDependents(ctx.dependents.dependents)})` };
  }
  const unknown = unknownClause(ctx, true);
  if (unknown) return { risk: "medium", reason: `${what}; ${unknown}` };
  return { risk: "low", reason: `${what}; it is not in use (${ctx.usage.evidence})` };
}
function judgeInstanceProfile(effect, ctx) {
  const what = `instance profile \`${effect.instanceProfile}\` of \`${effect.role}\` changes`;
  if (ctx.existence === "absent") return ABSENT(ctx, what);
  const instances = ctx.dependents.dependents.filter((d) => d.kind === "ec2-instance");
  if (instances.length > 0) return { risk: "high", reason: `${what}; ${describeDependents(instances)} use it` };
  const unknown = unknownClause(ctx, false);
  if (unknown) return { risk: "medium", reason: `${what}; ${unknown}` };
  return { risk: "low", reason: `${what}; no EC2 instance found uses it` };
}
function unknownClause(ctx, withUsage) {
  const usageGaps = withUsage && ctx.usage.status === "unknown" ? describeGaps(ctx.usage.gaps) : null;
  const depStatus = ctx.dependents.status;
  const depGaps = depStatus === "known" ? null : describeGaps(ctx.dependents.gaps);
  if (usageGaps !== null && depGaps !== null && usageGaps === depGaps && depStatus === "unknown") {
    return `usage and dependents unknown (${usageGaps})`;
  }
  const parts = [];
  if (usageGaps !== null) parts.push(`usage unknown (${usageGaps})`);
  if (depGaps !== null) parts.push(`dependents ${depStatus === "partial" ? "partly unknown" : "unknown"} (${depGaps})`);
  return parts.length > 0 ? parts.join("; ") : null;
}
function usageClause(ctx) {
  const u = ctx.usage;
  const last = parseDate(u.lastUsed);
  if (u.status === "unknown") return `its usage is unknown (${describeGaps(u.gaps)})`;
  if (last) return `it was last used ${formatAge(last, ctx.now)}`;
  if (u.status === "used") return `it was used within the last ${ctx.windowDays} days (${u.evidence})`;
  return `AWS recorded no use of it in ${TRACKING_DAYS} days`;
}

// src/analysis/request.ts
function requestFor(readings) {
  const roles = /* @__PURE__ */ new Map();
  const removedServices = /* @__PURE__ */ new Map();
  const managedPolicies = /* @__PURE__ */ new Set();
  const newNames = new Set(
    readings.flatMap((r) => r.changes.flatMap((c) => c.effects.flatMap((e) => e.kind === "replaced" && e.newName && e.newName !== e.role ? [e.newName] : [])))
  );
  for (const reading of readings) {
    for (const change of reading.changes) {
      for (const effect of change.effects) {
        if (effect.kind === "created" || newNames.has(effect.role)) continue;
        const known = roles.get(effect.role);
        if (!known) roles.set(effect.role, effect.roleArn ? { name: effect.role, arn: effect.roleArn } : { name: effect.role });
        else if (!known.arn && effect.roleArn) known.arn = effect.roleArn;
        const denies = effect.kind === "permissions-added" ? deltaPermissions(effect.delta).filter((p) => p.effect === "Deny") : [];
        if (effect.kind === "permissions-removed" || denies.length > 0) {
          const set = removedServices.get(effect.role) ?? /* @__PURE__ */ new Set();
          for (const s of effect.kind === "permissions-removed" ? effect.delta.services : deniedServices(denies)) set.add(s);
          removedServices.set(effect.role, set);
        }
      }
    }
    for (const mp of reading.managedPolicies ?? []) managedPolicies.add(mp.policy);
  }
  for (const reading of readings)
    for (const [name, trust] of Object.entries(reading.trustBefore ?? {})) {
      const role = roles.get(name);
      if (role && role.trust === void 0) role.trust = trust;
    }
  return {
    roles: [...roles.values()].sort((a, b) => cmp(a.name, b.name)),
    managedPolicies: [...managedPolicies].sort(cmp),
    removedServices: Object.fromEntries(
      [...removedServices.entries()].sort(([a], [b]) => cmp(a, b)).map(([role, s]) => [role, [...s].sort(cmp)])
    )
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  judgeRole,
  requestFor,
  cmp
};
