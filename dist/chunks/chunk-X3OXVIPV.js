import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  readInput
} from "./chunk-UZNTSAPD.js";
import {
  cmp,
  judgeRole,
  requestFor
} from "./chunk-BOSWN2GQ.js";
import {
  NO_INVENTORY_REASON,
  describeGaps,
  unknownGap,
  usageOf
} from "./chunk-4VM7OI6X.js";
import {
  REPORT_SCHEMA_VERSION,
  maxRisk,
  riskRank
} from "./chunk-LXP5LKOX.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-354E4JRY.js";
import {
  dependentKinds
} from "./chunk-ZPBOZSP3.js";

// src/analysis/decision.ts
var picomatch;
async function prepareRoleGlobs(globs) {
  if (globs.length > 0 && !picomatch) picomatch = (await import("./picomatch-LKYZJ3WW.js")).default;
}
function roleGlob(glob) {
  if (!picomatch) throw new Error("internal error: ignore-roles globs were not prepared (await prepareRoleGlobs first)");
  return { glob, test: picomatch(glob) };
}
function decide(roles, loose, settings) {
  const { failOn } = settings;
  const reaches = (r) => failOn !== "never" && riskRank(r) >= riskRank(failOn);
  const globs = settings.ignoreRoles.map(roleGlob);
  const waivedBy = /* @__PURE__ */ new Set();
  const blocking = [];
  const waivedLines = [];
  const judged = roles.map((role) => {
    if (!reaches(role.risk)) return role;
    const glob = globs.find((g) => g.test(role.name) || role.newName !== void 0 && g.test(role.newName));
    const waiver = glob ? `ignore-roles ${glob.glob}` : settings.acknowledgedBy;
    if (waiver) {
      waivedBy.add(waiver);
      waivedLines.push(`\`${role.name}\` (${role.risk}) is waived by ${waiver}`);
      return { ...role, waived: waiver };
    }
    blocking.push(`\`${role.name}\` is ${role.risk}: ${role.reasons[0] ?? "no reason recorded"}`);
    return role;
  });
  for (const l of loose) {
    if (!reaches(l.risk)) continue;
    if (settings.acknowledgedBy) {
      waivedBy.add(settings.acknowledgedBy);
      waivedLines.push(`${l.reason} (${l.risk}) is waived by ${settings.acknowledgedBy}`);
    } else blocking.push(`${l.risk}: ${l.reason}`);
  }
  const risk = maxRisk([...roles.map((r) => r.risk), ...loose.map((l) => l.risk)]);
  const block = blocking.length > 0;
  const reasons = [];
  if (block) reasons.push(...blocking, `fail-on ${failOn} blocks at ${failOn} risk or above`);
  else if (roles.length === 0 && loose.length === 0) reasons.push("no IAM role is affected");
  else if (failOn === "never") reasons.push(`fail-on never: the highest risk is ${risk}, and nothing blocks`);
  else if (waivedLines.length === 0) reasons.push(`the highest risk is ${risk}, below fail-on ${failOn}`);
  reasons.push(...waivedLines);
  return { decision: { block, failOn, risk, reasons, waivedBy: [...waivedBy].sort() }, roles: judged };
}

// src/analysis/dependents.ts
function dependentsOf(facts, planned, known, accountGaps, gapWhenMissing) {
  const found = facts?.dependents ?? [];
  const merged = new DependentIndex(found.map((d) => ({ ...d })));
  for (const k of known) if (merged.matching(k).length === 0) merged.add(fromPlan(k, "template"));
  for (const effect of planned) {
    const p = effect.dependent;
    const same = merged.matching(p);
    if (same.length === 0) merged.add({ ...fromPlan(p, "plan"), leavesInChange: true });
    for (const d of same) d.leavesInChange = true;
  }
  const gaps = [...facts?.dependentGaps ?? [], ...accountGaps.filter((g) => (g.kinds ?? []).length > 0)];
  let status;
  if (!facts || facts.existence === "unknown") {
    status = "unknown";
    if (!facts) gaps.unshift(gapWhenMissing);
  } else status = gaps.length > 0 ? "partial" : "known";
  return { dependents: sortDependents(merged.all), status, gaps: sortGaps(dedupeGaps(gaps)) };
}
var DependentIndex = class {
  all = [];
  byKey = /* @__PURE__ */ new Map();
  constructor(initial) {
    for (const d of initial) this.add(d);
  }
  add(d) {
    this.all.push(d);
    const keys = /* @__PURE__ */ new Set([d.id, lastSegment(d.id), ...d.name === void 0 ? [] : [d.name]]);
    for (const k of keys) {
      const key = `${d.kind}|${k}`;
      const list = this.byKey.get(key);
      if (list) list.push(d);
      else this.byKey.set(key, [d]);
    }
  }
  /** The dependents `p` stands for: same kind, and `p.id` equal to their ID or name, or the same last segment. */
  matching(p) {
    const out = /* @__PURE__ */ new Set();
    for (const k of /* @__PURE__ */ new Set([p.id, lastSegment(p.id)])) {
      for (const d of this.byKey.get(`${p.kind}|${k}`) ?? []) if (d.id === p.id || d.name === p.id || lastSegment(d.id) === lastSegment(p.id)) out.add(d);
    }
    return [...out];
  }
};
function fromPlan(p, origin) {
  const region = regionOfArn(p.id) ?? "unknown";
  return { kind: p.kind, id: p.id, name: lastSegment(p.id), region, via: p.via, origin };
}
function regionOfArn(id) {
  const parts = id.split(":");
  if (parts[0] !== "arn" || parts.length < 6) return void 0;
  return parts[3] ? parts[3] : "global";
}
function lastSegment(id) {
  const tail = id.split(":").pop() ?? id;
  return tail.split("/").pop() ?? tail;
}
function sortDependents(ds) {
  return ds.sort((a, b) => dependentKinds.indexOf(a.kind) - dependentKinds.indexOf(b.kind) || cmp(a.region, b.region) || cmp(a.name ?? a.id, b.name ?? b.id) || cmp(a.id, b.id));
}
function sortGaps(gs) {
  return gs.sort(
    (a, b) => cmp(a.operation, b.operation) || cmp(a.region ?? "", b.region ?? "") || cmp(a.account ?? "", b.account ?? "") || cmp(a.reason, b.reason)
  );
}
function dedupeGaps(gs) {
  const seen = /* @__PURE__ */ new Set();
  return gs.filter((g) => {
    const key = JSON.stringify([g.operation, g.region, g.account, g.reason]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/analysis/analyze.ts
function analyze(readings, snapshot, settings, now, context = {}) {
  const windowDays = settings.windowDays;
  const changes = readings.flatMap((r) => [...r.changes].sort((a, b) => cmp(a.address, b.address)));
  const groups = /* @__PURE__ */ new Map();
  const groupOf = (name) => {
    let g = groups.get(name);
    if (!g) groups.set(name, g = { name, changes: /* @__PURE__ */ new Set(), effects: [], known: [] });
    return g;
  };
  for (const change of changes) addChange(change, groupOf);
  mergeRenames(groups);
  const notices = [];
  const loose = [];
  for (const reading of readings) {
    for (const mp of reading.managedPolicies ?? []) {
      const facts = findPolicy(snapshot, mp.policy);
      if (facts && facts.status === "known") {
        fanOut(mp, facts, groupOf);
        continue;
      }
      const why = facts ? describeGaps(facts.gaps) || "lookup failed" : snapshot ? whyMissing(snapshot) : NO_INVENTORY_REASON;
      const line = `managed policy \`${mp.policy}\` (${mp.address}) changes, and the roles it is attached to are unknown (${why})`;
      notices.push(line);
      if (mp.removed || mp.deleted) loose.push({ risk: "medium", reason: line });
    }
    for (const key of ["notice", "banner", "reading"]) {
      const n = reading.meta?.[key];
      if (n && !notices.includes(n)) notices.push(n);
    }
  }
  const kind = context.inventory?.kind ?? (snapshot ? "snapshot" : "none");
  if (kind === "none") notices.unshift(`${NO_INVENTORY_REASON}: every usage fact is unknown`);
  const accountGaps = snapshot?.gaps ?? [];
  const impacts = [...groups.values()].map((g) => {
    const facts = findRole(snapshot, g);
    const missing = snapshot ? unknownGap(whyMissing(snapshot)) : unknownGap(NO_INVENTORY_REASON);
    const usage = usageOf(facts, missing, windowDays, now);
    const planned = g.effects.filter((e) => e.kind === "dependent-removed");
    const deps = dependentsOf(facts, planned, g.known, accountGaps, missing);
    const createdOnly = g.effects.some((e) => e.kind === "created") && g.effects.every((e) => e.kind === "created" || e.kind === "permissions-added" || e.kind === "dependent-added" || e.kind === "trust-changed");
    const { risk, reasons } = judgeRole(g.effects, {
      name: g.name,
      ...g.newName ? { newName: g.newName } : {},
      existence: facts ? facts.existence : "missing",
      usage,
      servicesKnown: facts?.usage.servicesStatus === "known",
      assumedBy: facts?.usage.assumedBy ?? [],
      dependents: deps,
      windowDays,
      now
    });
    const arn = g.arn ?? facts?.arn;
    const account = facts?.account ?? accountOfArn(arn);
    const impact = {
      name: g.name,
      ...g.newName ? { newName: g.newName } : {},
      ...arn ? { arn } : {},
      ...account ? { account } : {},
      changes: [...g.changes].sort(cmp),
      effects: g.effects,
      // A role that does not exist yet has no usage to look up: say so instead of "unknown".
      usage: createdOnly && !facts ? { status: "unknown", windowDays, evidence: "new role: no usage yet", gaps: [] } : { ...usage, gaps: sortGaps([...usage.gaps]) },
      dependents: deps.dependents,
      dependentsStatus: deps.status,
      dependentGaps: createdOnly && !facts ? [] : deps.gaps,
      risk,
      reasons
    };
    return impact;
  });
  impacts.sort((a, b) => riskRank(b.risk) - riskRank(a.risk) || cmp(a.name, b.name));
  const { decision, roles } = decide(impacts, loose, settings);
  const inventoryKind = kind;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (context.generatedAt ?? now).toISOString(),
    changes,
    roles,
    decision,
    meta: {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      inputs: readings.map((r) => ({
        label: r.input,
        source: r.source,
        file: r.file,
        changes: r.changes.length,
        sensitiveMasked: r.sensitiveMasked,
        warnings: r.warnings,
        ...r.meta ? { meta: r.meta } : {}
      })),
      inventory: {
        kind: inventoryKind,
        ...context.inventory?.file ? { file: context.inventory.file } : {},
        ...snapshot && inventoryKind !== "none" ? { collectedAt: snapshot.collectedAt } : {},
        regions: [...snapshot?.regions ?? []],
        gaps: sortGaps([...snapshot?.gaps ?? []])
      },
      windowDays,
      timings: context.timings ?? {},
      ...snapshot?.apiCalls ? { apiCalls: snapshot.apiCalls } : {},
      sensitiveMasked: readings.reduce((n, r) => n + r.sensitiveMasked, 0),
      notices
    }
  };
}
function addChange(change, groupOf) {
  for (const effect of change.effects) {
    const g = groupOf(effect.role);
    g.changes.add(change.address);
    g.effects.push(effect);
    if (effect.roleArn && !g.arn) g.arn = effect.roleArn;
    if (effect.kind === "replaced" && effect.newName && effect.newName !== effect.role) g.newName = effect.newName;
  }
  for (const { role, dependent } of change.knownDependents ?? []) groupOf(role).known.push(dependent);
}
function mergeRenames(groups) {
  for (const g of groups.values()) {
    if (!g.newName) continue;
    const next = groups.get(g.newName);
    if (!next || next === g) continue;
    for (const c of next.changes) g.changes.add(c);
    g.effects.push(...next.effects);
    g.known.push(...next.known);
    groups.delete(g.newName);
  }
}
function whyMissing(snapshot) {
  const none = snapshot.gaps.find((g) => g.reason === NO_INVENTORY_REASON);
  return none ? NO_INVENTORY_REASON : "role not in the inventory";
}
function findRole(snapshot, g) {
  if (!snapshot) return void 0;
  if (g.arn) {
    const byArn = snapshot.roles.find((r) => r.arn === g.arn);
    if (byArn) return byArn;
  }
  return snapshot.roles.find((r) => r.name === g.name);
}
function findPolicy(snapshot, policy) {
  return snapshot?.managedPolicies.find((p) => p.arn === policy || p.name === policy || p.arn.endsWith(`/${policy}`));
}
function fanOut(mp, facts, groupOf) {
  const names = /* @__PURE__ */ new Set([mp.policy, facts.arn, facts.name]);
  const removed = mp.removed ?? (mp.deleted ? { policy: facts.name, permissions: [], services: [], unknown: "policy deleted; its content is not in the input" } : void 0);
  for (const role of [...facts.attachedRoles].sort(cmp)) {
    const g = groupOf(role);
    for (const [kind, delta] of [
      ["permissions-removed", removed],
      ["permissions-added", mp.added]
    ]) {
      if (!delta) continue;
      const known = g.effects.some((e) => e.kind === kind && names.has(e.delta.policy));
      if (known) continue;
      const verb = kind === "permissions-removed" ? mp.deleted ? "is deleted" : "loses permissions" : "gains permissions";
      g.effects.push({ kind, role, summary: `attached managed policy ${facts.name} ${verb}`, delta });
      g.changes.add(mp.address);
    }
  }
}
function accountOfArn(arn) {
  const account = arn?.split(":")[4];
  return account ? account : void 0;
}

// src/render/mask.ts
var ACCOUNT_ID = /(?<!\d)\d{12}(?!\d)/g;
function maskAccountId(id) {
  return `********${id.slice(-4)}`;
}
function maskText(text) {
  return text.replace(ACCOUNT_ID, maskAccountId);
}
function maskAccountIds(report) {
  return maskDeep(report);
}
function maskDeep(value) {
  if (typeof value === "string") return maskText(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskText(k), maskDeep(v)]));
  }
  return value;
}

// src/pipeline.ts
var DEFAULT_WINDOW_DAYS = 90;
async function runPipeline(options) {
  const timings = {};
  const timed = async (stage, fn) => {
    const start2 = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = Math.round(performance.now() - start2);
    }
  };
  let readings = await timed("parse", async () => {
    const out = [];
    for (const spec of options.inputs) out.push(await readInput(spec, options.readerContext));
    return out;
  });
  if (options.sourceDirs) {
    const dirs = options.sourceDirs;
    readings = await timed("locate", () => locate(readings, dirs));
  }
  const request = requestFor(readings);
  const snapshot = await timed("inventory", () => options.inventory.collect(request));
  const now = options.asOf ?? (options.inventory.kind === "snapshot" ? replayInstant(snapshot, options.clock) : options.clock());
  const file = "file" in options.inventory && typeof options.inventory.file === "string" ? options.inventory.file : void 0;
  await prepareRoleGlobs(options.settings.ignoreRoles);
  const start = performance.now();
  let report = analyze(readings, snapshot, options.settings, now, {
    inventory: { kind: options.inventory.kind, ...file ? { file } : {} },
    timings,
    generatedAt: options.clock()
  });
  timings.analysis = Math.round(performance.now() - start);
  report.meta.timings = { ...timings };
  if (options.settings.maskAccountIds) report = maskAccountIds(report);
  return report;
}
function replayInstant(snapshot, clock) {
  const d = new Date(snapshot.collectedAt);
  return Number.isNaN(d.getTime()) ? clock() : d;
}
async function locate(readings, dirs) {
  const { locateChanges } = await import("./locate-CKBQ4ZCO.js");
  const out = [];
  for (const reading of readings) {
    const { changes, warnings } = await locateChanges(reading.changes, dirs);
    out.push({ ...reading, changes, warnings: [...reading.warnings, ...warnings] });
  }
  return out;
}

export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
