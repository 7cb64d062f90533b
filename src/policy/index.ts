/**
 * Policy semantics, shared by every reader (Terraform, HCL, CDK, change sets) and the analysis.
 * CONTRACT (owned by the policy module; implementations live in sibling files):
 *
 * parsePolicy(input): ParsedPolicy
 *   Normalizes once; normalize(normalize(x)) == normalize(x) (via toPolicyDocument). Never throws.
 * diffPermissions(before, after, policyLabel): PermissionDiff
 *   Set difference over (effect, action, resource, condition); services always named; wildcards narrowed
 *   are expanded (expandedActions, capped at EXPANDED_ACTIONS_CAP plus a `+N more` entry).
 *   A tuple still granted by a broader tuple on the other side is not removed/added.
 *   A side that cannot be parsed → both deltas carry `unknown`.
 * diffTrust(before, after): principals added/removed between two trust policies (Allow sts:AssumeRole*
 *   statements); `unknown` is set when a side cannot be parsed.
 * permissionsOf(policy, policyLabel): permissions of a whole policy (attach/detach); text in `after`.
 * awsManagedPolicy(arnOrName): an AWS managed policy by ARN or name → its permissions (null if unknown).
 * expandAction(pattern): an action pattern (`s3:get*`) against the IAM action catalog, catalog case, sorted.
 * trustPrincipals(policy): principals granted by a trust policy.
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

export { parsePolicy, decodePolicyDocument } from './parse.js';
export { diffPermissions, permissionsOf, EXPANDED_ACTIONS_CAP, NOT_RESOURCE_PREFIX } from './diff.js';
export { diffTrust, trustPrincipals, TRUST_ACTIONS } from './trust.js';
export type { TrustDiff } from './trust.js';
export {
  awsManagedPolicy,
  awsManagedPolicyDocument,
  awsManagedPolicyEntry,
  managedPolicyName,
  embeddedManagedPolicyNames,
  managedPolicySource,
} from './managed.js';
export { expandAction, actionCatalogSource } from './catalog.js';
export { toPolicyDocument, prettyPolicy } from './document.js';
export { renderCondition, readCondition } from './condition.js';
export type { Permission, PermissionDelta, Principal };
