/**
 * The inventory model: facts about roles, from the live AWS source or a snapshot file.
 * Every fact says whether it is known; an unknown fact carries the reason. Unknown is never unused.
 */
import { z } from 'zod';
import { dependentSchema } from './dependent.js';

/** A lookup that failed or could not run, e.g. `lambda:ListFunctions denied in eu-west-1`. */
export const lookupGapSchema = z.object({
  /** `service:Operation` that failed. */
  operation: z.string(),
  region: z.string().optional(),
  account: z.string().optional(),
  /** The reason in one line: "AccessDenied", "throttled beyond 5 attempts", "deadline of 120 s passed". */
  reason: z.string(),
  /** The dependent kinds this lookup would have found (empty for usage lookups). */
  kinds: z.array(z.string()).optional(),
});
export type LookupGap = z.infer<typeof lookupGapSchema>;

export const serviceAccessSchema = z.object({
  /** Service prefix, `s3`. */
  namespace: z.string(),
  /** ISO date of the last authenticated use, or null when never used in the tracking period. */
  lastAccessed: z.string().nullable(),
  region: z.string().optional(),
  /** Per-action facts for the services AWS tracks at action level. */
  actions: z
    .array(z.object({ action: z.string(), lastAccessed: z.string().nullable(), region: z.string().optional() }))
    .optional(),
});
export type ServiceAccess = z.infer<typeof serviceAccessSchema>;

export const knownStatus = z.enum(['known', 'unknown']);

export const roleUsageSchema = z.object({
  /** RoleLastUsed: known when GetRole/bulk details answered. */
  lastUsedStatus: knownStatus,
  /** ISO date, null when AWS reports no use in its 400-day tracking period. */
  lastUsed: z.string().nullable().optional(),
  lastUsedRegion: z.string().nullable().optional(),
  /** Access Advisor: known when the job completed. */
  servicesStatus: knownStatus,
  services: z.array(serviceAccessSchema).optional(),
  /** CloudTrail AssumeRole events (opt-in). */
  assumedBy: z
    .array(z.object({ principal: z.string(), lastSeen: z.string(), event: z.string(), region: z.string() }))
    .optional(),
  /** Reasons for each unknown usage fact. */
  gaps: z.array(lookupGapSchema),
});
export type RoleUsage = z.infer<typeof roleUsageSchema>;

export const policyRefSchema = z.object({ name: z.string(), arn: z.string() });

export const roleFactsSchema = z.object({
  name: z.string(),
  arn: z.string().optional(),
  account: z.string().optional(),
  path: z.string().optional(),
  roleId: z.string().optional(),
  createDate: z.string().optional(),
  /** `found`: IAM returned it; `absent`: IAM answered NoSuchEntity; `unknown`: the lookup failed. */
  existence: z.enum(['found', 'absent', 'unknown']),
  /** Trust policy as a JSON string (already URL-decoded). */
  trustPolicy: z.string().optional(),
  attachedPolicies: z.array(policyRefSchema).optional(),
  inlinePolicies: z.array(z.object({ name: z.string(), document: z.string().optional() })).optional(),
  instanceProfiles: z.array(policyRefSchema).optional(),
  permissionsBoundary: z.string().optional(),
  usage: roleUsageSchema,
  dependents: z.array(dependentSchema),
  /** Lookups that would have found dependents but failed: dependents are then incomplete. */
  dependentGaps: z.array(lookupGapSchema),
});
export type RoleFacts = z.infer<typeof roleFactsSchema>;

/** A managed policy and the roles it is attached to (for policy changes that reach many roles). */
export const managedPolicyFactsSchema = z.object({
  arn: z.string(),
  name: z.string(),
  attachedRoles: z.array(z.string()),
  status: knownStatus,
  gaps: z.array(lookupGapSchema),
});
export type ManagedPolicyFacts = z.infer<typeof managedPolicyFactsSchema>;

export const INVENTORY_SCHEMA_VERSION = 1 as const;

/** The inventory snapshot file: any run can be replayed offline from it. */
export const inventorySnapshotSchema = z.object({
  schemaVersion: z.literal(INVENTORY_SCHEMA_VERSION),
  /** When the facts were collected (ISO); analysis measures "last used N days ago" from the run's clock. */
  collectedAt: z.string(),
  source: z.enum(['live', 'manual']).default('manual'),
  accounts: z.array(z.string()).default([]),
  regions: z.array(z.string()).default([]),
  roles: z.array(roleFactsSchema),
  managedPolicies: z.array(managedPolicyFactsSchema).default([]),
  /** Account-wide lookups that failed (apply to every role they could have concerned). */
  gaps: z.array(lookupGapSchema).default([]),
  /** API calls made while collecting, `service:Operation` → count. */
  apiCalls: z.record(z.string(), z.number()).optional(),
});
export type InventorySnapshot = z.infer<typeof inventorySnapshotSchema>;

/** What analysis needs from any inventory source: facts for the roles and policies a change affects. */
export interface InventoryRequest {
  /**
   * Role names (and ARNs when the input knows them) the changes affect; `trust` is the role's trust policy
   * (JSON) as the input shows it before the change, a hint that lets scans start before IAM answers.
   */
  roles: { name: string; arn?: string; trust?: string }[];
  /** Managed policies (ARN or name) whose attachments are needed. */
  managedPolicies: string[];
  /** Per role, the services whose permissions the change removes (to ask Access Advisor at action level). */
  removedServices: Record<string, string[]>;
}

export interface InventorySource {
  readonly kind: 'live' | 'snapshot' | 'none';
  /** Never throws for AWS failures: they become gaps in the returned facts. */
  collect(request: InventoryRequest): Promise<InventorySnapshot>;
}
