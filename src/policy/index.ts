/**
 * Policy semantics, shared by every reader (Terraform, HCL, CDK, change sets) and the analysis.
 * CONTRACT (owned by the policy module; implementations live in sibling files):
 */
import type { Permission, PermissionDelta, Principal } from '../model/change.js';

/** A policy document as text or object; `null` = no policy (absent on that side). */
export type PolicyInput = string | Record<string, unknown> | null | undefined;

/** Result of parsing: the normalized statements, or why it could not be parsed (a value, not an exception). */
export type ParsedPolicy =
  | { ok: true; statements: NormalizedStatement[] }
  | { ok: false; reason: string };

export interface NormalizedStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** Lower-cased; exactly one of actions / notActions is set. */
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principals?: Principal[];
  notPrincipals?: Principal[];
  /** `Operator key = v1,v2`, sorted. */
  conditions: string[];
}

export interface PermissionDiff {
  removed: PermissionDelta | null;
  added: PermissionDelta | null;
}

/** Normalizes once; normalize(normalize(x)) == normalize(x). */
export declare function parsePolicy(input: PolicyInput): ParsedPolicy;
/** Set difference over (effect, action, resource, condition); services always named; wildcards narrowed are expanded. */
export declare function diffPermissions(before: PolicyInput, after: PolicyInput, policyLabel: string): PermissionDiff;
/** Principals added/removed between two trust policies (Allow sts:AssumeRole* statements). */
export declare function diffTrust(before: PolicyInput, after: PolicyInput): { added: Principal[]; removed: Principal[] };
/** Permissions of a whole policy (for attach/detach): `policyLabel` is its name or ARN. */
export declare function permissionsOf(policy: PolicyInput, policyLabel: string): PermissionDelta;
/** An AWS managed policy by ARN or name → its permissions from the catalog (null if unknown). */
export declare function awsManagedPolicy(arnOrName: string): PermissionDelta | null;
/** Expand an action pattern (`s3:get*`) against the IAM action catalog. */
export declare function expandAction(pattern: string): string[];
/** Principals granted by a trust policy. */
export declare function trustPrincipals(policy: PolicyInput): Principal[];
export type { Permission };
