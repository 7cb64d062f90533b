import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  dependentSchema
} from "./chunk-ZPBOZSP3.js";
import {
  external_exports
} from "./chunk-2QYDT5QO.js";

// src/model/inventory.ts
var lookupGapSchema = external_exports.object({
  /** `service:Operation` that failed. */
  operation: external_exports.string(),
  region: external_exports.string().optional(),
  account: external_exports.string().optional(),
  /** The reason in one line: "AccessDenied", "throttled beyond 5 attempts", "deadline of 120 s passed". */
  reason: external_exports.string(),
  /** The dependent kinds this lookup would have found (empty for usage lookups). */
  kinds: external_exports.array(external_exports.string()).optional()
});
var serviceAccessSchema = external_exports.object({
  /** Service prefix, `s3`. */
  namespace: external_exports.string(),
  /** ISO date of the last authenticated use, or null when never used in the tracking period. */
  lastAccessed: external_exports.string().nullable(),
  region: external_exports.string().optional(),
  /** Per-action facts for the services AWS tracks at action level. */
  actions: external_exports.array(external_exports.object({ action: external_exports.string(), lastAccessed: external_exports.string().nullable(), region: external_exports.string().optional() })).optional()
});
var knownStatus = external_exports.enum(["known", "unknown"]);
var roleUsageSchema = external_exports.object({
  /** RoleLastUsed: known when GetRole/bulk details answered. */
  lastUsedStatus: knownStatus,
  /** ISO date, null when AWS reports no use in its 400-day tracking period. */
  lastUsed: external_exports.string().nullable().optional(),
  lastUsedRegion: external_exports.string().nullable().optional(),
  /** Access Advisor: known when the job completed. */
  servicesStatus: knownStatus,
  services: external_exports.array(serviceAccessSchema).optional(),
  /** CloudTrail AssumeRole events (opt-in). */
  assumedBy: external_exports.array(external_exports.object({ principal: external_exports.string(), lastSeen: external_exports.string(), event: external_exports.string(), region: external_exports.string() })).optional(),
  /** Reasons for each unknown usage fact. */
  gaps: external_exports.array(lookupGapSchema)
});
var policyRefSchema = external_exports.object({ name: external_exports.string(), arn: external_exports.string() });
var roleFactsSchema = external_exports.object({
  name: external_exports.string(),
  arn: external_exports.string().optional(),
  account: external_exports.string().optional(),
  path: external_exports.string().optional(),
  roleId: external_exports.string().optional(),
  createDate: external_exports.string().optional(),
  /** `found`: IAM returned it; `absent`: IAM answered NoSuchEntity; `unknown`: the lookup failed. */
  existence: external_exports.enum(["found", "absent", "unknown"]),
  /** Trust policy as a JSON string (already URL-decoded). */
  trustPolicy: external_exports.string().optional(),
  attachedPolicies: external_exports.array(policyRefSchema).optional(),
  inlinePolicies: external_exports.array(external_exports.object({ name: external_exports.string(), document: external_exports.string().optional() })).optional(),
  instanceProfiles: external_exports.array(policyRefSchema).optional(),
  permissionsBoundary: external_exports.string().optional(),
  usage: roleUsageSchema,
  dependents: external_exports.array(dependentSchema),
  /** Lookups that would have found dependents but failed: dependents are then incomplete. */
  dependentGaps: external_exports.array(lookupGapSchema)
});
var managedPolicyFactsSchema = external_exports.object({
  arn: external_exports.string(),
  name: external_exports.string(),
  attachedRoles: external_exports.array(external_exports.string()),
  status: knownStatus,
  gaps: external_exports.array(lookupGapSchema)
});
var INVENTORY_SCHEMA_VERSION = 1;
var inventorySnapshotSchema = external_exports.object({
  schemaVersion: external_exports.literal(INVENTORY_SCHEMA_VERSION),
  /** When the facts were collected (ISO); analysis measures "last used N days ago" from the run's clock. */
  collectedAt: external_exports.string(),
  source: external_exports.enum(["live", "manual"]).default("manual"),
  accounts: external_exports.array(external_exports.string()).default([]),
  regions: external_exports.array(external_exports.string()).default([]),
  roles: external_exports.array(roleFactsSchema),
  managedPolicies: external_exports.array(managedPolicyFactsSchema).default([]),
  /** Account-wide lookups that failed (apply to every role they could have concerned). */
  gaps: external_exports.array(lookupGapSchema).default([]),
  /** API calls made while collecting, `service:Operation` → count. */
  apiCalls: external_exports.record(external_exports.string(), external_exports.number()).optional()
});

export {
  lookupGapSchema,
  serviceAccessSchema,
  INVENTORY_SCHEMA_VERSION,
  inventorySnapshotSchema
};
