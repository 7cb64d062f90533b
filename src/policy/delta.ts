/**
 * THE way to read what a permission delta holds. A delta carries its permissions, or (a whole AWS managed
 * policy) refers to the embedded document by name and version (`awsManaged`) with only `permissionCount`
 * and `services`. These accessors expand a reference lazily, once per policy; use the count and services
 * where they suffice, since expanding costs a parse and, for expanded actions, the action catalog.
 */
import type { Permission, PermissionDelta } from '../model/change.js';
import { awsManagedPolicyContent } from './managed.js';

/** The permissions of a delta; a reference's come from the embedded document (memoized: do not mutate). */
export function deltaPermissions(delta: PermissionDelta): readonly Permission[] {
  if (delta.permissions) return delta.permissions;
  if (delta.awsManaged) return awsManagedPolicyContent(delta.awsManaged).permissions;
  return [];
}

/** How many permissions a delta holds, without expanding a reference. */
export function deltaPermissionCount(delta: PermissionDelta): number {
  return delta.permissions?.length ?? delta.permissionCount ?? 0;
}

/** Concrete catalog actions its wildcards name (capped as in `expandedActions`); expands a reference against the action catalog. */
export function deltaExpandedActions(delta: PermissionDelta): readonly string[] | undefined {
  if (!delta.permissions && delta.awsManaged) return awsManagedPolicyContent(delta.awsManaged).expandedActions();
  return delta.expandedActions;
}

/** Does the delta refer to an AWS managed policy instead of carrying its permissions? */
export function isAwsManagedReference(delta: PermissionDelta): boolean {
  return delta.awsManaged !== undefined && delta.permissions === undefined;
}
