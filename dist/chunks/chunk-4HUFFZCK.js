import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  NO_INVENTORY_REASON
} from "./chunk-4VM7OI6X.js";
import {
  jsonErrorPlace
} from "./chunk-MVSDM6YT.js";
import {
  INVENTORY_SCHEMA_VERSION,
  inventorySnapshotSchema
} from "./chunk-MQSTEF4H.js";
import {
  InputError,
  formatPath
} from "./chunk-6REE7K7U.js";
import {
  dependentKinds
} from "./chunk-ZPBOZSP3.js";

// src/inventory/none.ts
function noInventory(clock = () => /* @__PURE__ */ new Date()) {
  return { kind: "none", collect: async (request) => unknownFacts(request, clock()) };
}
function unknownFacts(request, now) {
  const gap = { operation: "inventory", reason: NO_INVENTORY_REASON };
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    collectedAt: now.toISOString(),
    source: "manual",
    accounts: [],
    regions: [],
    roles: request.roles.map((r) => ({
      name: r.name,
      ...r.arn ? { arn: r.arn } : {},
      existence: "unknown",
      usage: { lastUsedStatus: "unknown", servicesStatus: "unknown", gaps: [gap] },
      dependents: [],
      dependentGaps: [{ ...gap, kinds: [...dependentKinds] }]
    })),
    managedPolicies: request.managedPolicies.map((p) => ({ arn: p, name: p, attachedRoles: [], status: "unknown", gaps: [gap] })),
    gaps: [gap]
  };
}

// src/inventory/snapshot.ts
import { readFile } from "node:fs/promises";
async function readSnapshot(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw new InputError(file, "file not found");
    if (code === "EISDIR") throw new InputError(file, "is a directory, expected an inventory snapshot JSON file");
    throw new InputError(file, `cannot read the file (${code ?? "error"})`);
  }
  return parseSnapshot(text, file);
}
function parseSnapshot(text, file) {
  if (text.trim() === "") throw new InputError(file, "file is empty, expected an inventory snapshot (JSON)");
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, "is not JSON: expected an inventory snapshot (schema: docs/inventory.schema.json)", jsonErrorPlace(text, e));
  }
  const parsed = inventorySnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      file,
      `not a valid inventory snapshot: ${issue?.message ?? "schema mismatch"} (schema: docs/inventory.schema.json)`,
      formatPath(issue?.path ?? [])
    );
  }
  if (Number.isNaN(new Date(parsed.data.collectedAt).getTime())) {
    throw new InputError(file, `collectedAt is not an ISO 8601 instant: "${parsed.data.collectedAt}"`, "collectedAt");
  }
  return parsed.data;
}
function snapshotSource(file) {
  let loaded;
  return {
    kind: "snapshot",
    file,
    collect: () => loaded ??= readSnapshot(file)
  };
}

// src/inventory/index.ts
function createInventorySource(spec, live, clock = () => /* @__PURE__ */ new Date()) {
  if (spec === "none") return noInventory(clock);
  if (spec === "live") return lazyLive(live, clock);
  return snapshotSource(spec);
}
var liveModule;
var loadLiveModule = () => liveModule ??= import("./live-6TFJ4EKG.js");
function preloadLiveInventory() {
  loadLiveModule().catch(() => void 0);
}
function lazyLive(options, clock) {
  let source;
  const load = () => source ??= loadLiveModule().then((m) => m.createLiveInventory(options));
  return {
    kind: "live",
    collect: async (request) => {
      if (request.roles.length === 0 && request.managedPolicies.length === 0) {
        return { schemaVersion: 1, collectedAt: clock().toISOString(), source: "live", accounts: [], regions: [], roles: [], managedPolicies: [], gaps: [] };
      }
      return (await load()).collect(request);
    }
  };
}

export {
  noInventory,
  readSnapshot,
  parseSnapshot,
  snapshotSource,
  createInventorySource,
  preloadLiveInventory
};
