/**
 * The report: what analysis produces and every renderer reads. JSON output is this, schema version 2.
 * Version 2 (from 1): a permission delta of a whole AWS managed policy refers to it (`awsManaged`,
 * `permissionCount`) instead of listing its permissions and expanded actions.
 */
import { z } from 'zod';
import { effectSchema, iamChangeSchema, changeSourceSchema } from './change.js';
import { dependentSchema } from './dependent.js';
import { lookupGapSchema, serviceAccessSchema } from './inventory.js';

export const riskLevels = ['none', 'low', 'medium', 'high'] as const;
export const riskSchema = z.enum(riskLevels);
export type Risk = z.infer<typeof riskSchema>;

export const failOnSchema = z.enum(['high', 'medium', 'low', 'never']);
export type FailOn = z.infer<typeof failOnSchema>;

export const usageStatusSchema = z.enum(['used', 'unused', 'unknown']);
export type UsageStatus = z.infer<typeof usageStatusSchema>;

export const roleImpactSchema = z.object({
  /** Name before the change. */
  name: z.string(),
  newName: z.string().optional(),
  arn: z.string().optional(),
  account: z.string().optional(),
  /** Addresses of the changes that affect it. */
  changes: z.array(z.string()),
  effects: z.array(effectSchema),
  usage: z.object({
    status: usageStatusSchema,
    windowDays: z.number(),
    lastUsed: z.string().nullable().optional(),
    lastUsedRegion: z.string().nullable().optional(),
    /** Days between lastUsed and the run's clock. */
    lastUsedDaysAgo: z.number().optional(),
    createDate: z.string().optional(),
    services: z.array(serviceAccessSchema).optional(),
    /** One line: "RoleLastUsed 2026-11-28 in eu-west-1 (2 hours ago)". */
    evidence: z.string(),
    gaps: z.array(lookupGapSchema),
  }),
  dependents: z.array(dependentSchema),
  /** `known`: every lookup succeeded; `partial`: some failed (see gaps); `unknown`: no inventory. */
  dependentsStatus: z.enum(['known', 'partial', 'unknown']),
  dependentGaps: z.array(lookupGapSchema),
  risk: riskSchema,
  reasons: z.array(z.string()),
  /** Set when an ignore glob or the acknowledgement label lifted a block for this role. */
  waived: z.string().optional(),
});
export type RoleImpact = z.infer<typeof roleImpactSchema>;

export const decisionSchema = z.object({
  block: z.boolean(),
  failOn: failOnSchema,
  risk: riskSchema,
  reasons: z.array(z.string()),
  /** Who or what lifted blocks: "label iam-blast-radius:acknowledged", "ignore-roles legacy-*". */
  waivedBy: z.array(z.string()).default([]),
});
export type Decision = z.infer<typeof decisionSchema>;

export const REPORT_SCHEMA_VERSION = 2 as const;

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.string(),
  changes: z.array(iamChangeSchema),
  roles: z.array(roleImpactSchema),
  decision: decisionSchema,
  meta: z.object({
    tool: z.object({ name: z.string(), version: z.string() }),
    inputs: z.array(
      z.object({
        label: z.string(),
        source: changeSourceSchema,
        file: z.string(),
        changes: z.number(),
        sensitiveMasked: z.number(),
        warnings: z.array(z.string()),
        meta: z.record(z.string(), z.string()).optional(),
      }),
    ),
    inventory: z.object({
      kind: z.enum(['live', 'snapshot', 'none']),
      file: z.string().optional(),
      collectedAt: z.string().optional(),
      regions: z.array(z.string()),
      gaps: z.array(lookupGapSchema),
    }),
    windowDays: z.number(),
    /** Milliseconds per stage: parse, inventory, analysis, render. */
    timings: z.record(z.string(), z.number()),
    /** `service:Operation` → count, when live. */
    apiCalls: z.record(z.string(), z.number()).optional(),
    sensitiveMasked: z.number(),
    /** Banner lines shown at the top ("static reading of HCL, less exact than a plan"). */
    notices: z.array(z.string()).default([]),
  }),
});
export type Report = z.infer<typeof reportSchema>;

export function riskRank(risk: Risk): number {
  return riskLevels.indexOf(risk);
}

export function maxRisk(risks: Iterable<Risk>): Risk {
  let best: Risk = 'none';
  for (const r of risks) if (riskRank(r) > riskRank(best)) best = r;
  return best;
}
