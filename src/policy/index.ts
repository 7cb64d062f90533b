/**
 * Policy semantics, shared by every reader (Terraform, HCL, CDK, change sets) and the analysis.
 * CONTRACT (owned by the policy module; implementations live in sibling files):
 *
 * parsePolicy(input): ParsedPolicy
 *   JSON text, URL-encoded JSON (`%7B…`), or an object; CloudFormation intrinsics become `${…}` tokens.
 *   Normalizes once: parsePolicy(toPolicyDocument(s)) deep-equals the result. Never throws.
 * diffPermissions(before, after, policyLabel): PermissionDiff
 *   Set difference over (effect, action, resource, conditions) tuples. A tuple is NOT removed (added) when one
 *   tuple of the other side covers it: same effect, action and resource patterns at least as wide, conditions
 *   the same, fewer, or with more alternative values. Services always named. Wildcards lost (gained) are
 *   expanded to catalog actions in `expandedActions`, capped at EXPANDED_ACTIONS_CAP plus a `+N more` entry.
 *   NotAction / NotResource lists stay whole (`action: 'a:*,b:*'`, resources `NotResource:arn1,arn2`).
 *   A side that cannot be parsed → both deltas carry `unknown`, with empty permissions.
 *   NB: an added Deny is in `added` (effect 'Deny') although it takes permissions away.
 * diffTrust(before, after): TrustDiff
 *   Principals added/removed between two trust policies (Allow sts:AssumeRole*, TagSession, SetSourceIdentity);
 *   keyed by (type, value, not, conditions); `unknown` is set (and both lists empty) when a side cannot be parsed.
 * permissionsOf(policy, policyLabel): everything a policy grants (attach/detach); its text in `after`.
 * awsManagedPolicy(arnOrName): an AWS managed policy by ARN (any partition, `${AWS::Partition}`, any path) or
 *   name → a delta that REFERS to the embedded document (`awsManaged` name/path/version, `permissionCount`,
 *   `services`; no `permissions`); null for unknown or customer-managed.
 * deltaPermissions(delta) / deltaPermissionCount / deltaExpandedActions: read any delta, expanding such a
 *   reference lazily (parsed once per policy; the action catalog only for expanded actions). Every reader of
 *   a delta's permissions goes through them.
 * expandAction(pattern): an action pattern (`s3:get*`) against the IAM action catalog, catalog case, sorted.
 * trustPrincipals(policy): principals granted by a trust policy ([] when absent or unparseable).
 */
import type { CarriedPermissionDelta, Permission, PermissionDelta, Principal } from '../model/change.js';

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
  removed: CarriedPermissionDelta | null;
  added: CarriedPermissionDelta | null;
}

export { parsePolicy, decodePolicyDocument } from './parse.js';
export { diffPermissions, permissionsOf, EXPANDED_ACTIONS_CAP, NOT_RESOURCE_PREFIX } from './diff.js';
export { diffTrust, trustPrincipals, TRUST_ACTIONS } from './trust.js';
export type { TrustDiff } from './trust.js';
export {
  awsManagedPolicy,
  awsManagedPolicyContent,
  awsManagedPolicyDocument,
  awsManagedPolicyEntry,
  managedPolicyName,
  embeddedManagedPolicyNames,
  managedPolicySource,
} from './managed.js';
export { deltaPermissions, deltaPermissionCount, deltaExpandedActions, isAwsManagedReference } from './delta.js';
export { wholePolicyOf, type WholePolicy } from './diff.js';
export { expandAction, actionCatalogSource } from './catalog.js';
export { toPolicyDocument, prettyPolicy } from './document.js';
export { renderCondition, readCondition } from './condition.js';
export { intrinsicText } from './intrinsics.js';
export type { CarriedPermissionDelta, Permission, PermissionDelta, Principal };
