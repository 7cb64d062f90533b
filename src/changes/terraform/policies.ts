/** Turning policy documents of a change into permission deltas (semantics come from src/policy). */
import type { PermissionDelta } from '../../model/change.js';
import { awsManagedPolicy, diffPermissions, permissionsOf } from '../../policy/index.js';
import type { PlanContext, PolicyRead, SideName } from './context.js';
import type { ResourceChange } from './schema.js';
import { MANAGED_POLICY } from './types.js';
import { KNOWN_AFTER_APPLY } from './values.js';

export type DocRead = PolicyRead | { state: 'sensitive' };

function unknownDelta(label: string, why: string): PermissionDelta {
  return { policy: label, permissions: [], services: [], unknown: why };
}

function whyUnknown(r: DocRead): string | undefined {
  if (r.state === 'sensitive') return 'policy marked sensitive in the plan';
  if (r.state === 'unknown') return r.why;
  return undefined;
}

const docKey = (doc: string | Record<string, unknown>): string => (typeof doc === 'string' ? doc : JSON.stringify(doc));

/** The whole content of a policy that is attached or detached. */
export function wholeDelta(ctx: PlanContext, read: DocRead, label: string): PermissionDelta {
  const why = whyUnknown(read);
  if (why) return unknownDelta(label, why);
  if (read.state !== 'known') return permissionsOf(null, label);
  const doc = read.doc;
  return ctx.memoize(`whole\0${label}\0${docKey(doc)}`, () => permissionsOf(doc, label));
}

/** removed/added between two sides of the same policy (either may be absent). */
export function diffDocs(ctx: PlanContext, before: DocRead, after: DocRead, label: string): { removed: PermissionDelta | null; added: PermissionDelta | null } {
  const wb = whyUnknown(before);
  const wa = whyUnknown(after);
  if (wb || wa) {
    const why = wb ?? wa ?? KNOWN_AFTER_APPLY;
    return {
      removed: before.state === 'absent' ? null : unknownDelta(label, why),
      added: after.state === 'absent' ? null : unknownDelta(label, why),
    };
  }
  const b = before.state === 'known' ? before.doc : null;
  const a = after.state === 'known' ? after.doc : null;
  return ctx.memoize(`diff\0${label}\0${b === null ? '' : docKey(b)}\0${a === null ? '' : docKey(a)}`, () => diffPermissions(b, a, label));
}

/**
 * The permissions a managed policy grants, for attach/detach: from the plan when the policy is
 * managed in it, else the AWS managed policy catalog, else unknown (customer policy not in the plan).
 */
export function managedPolicyDelta(ctx: PlanContext, rc: ResourceChange, which: SideName, attr: string | (string | number)[]): PermissionDelta {
  const path = Array.isArray(attr) ? attr : [attr];
  const r = ctx.side(rc, which).get(...path);
  if (r.state === 'sensitive') return unknownDelta('(sensitive policy ARN)', 'policy ARN marked sensitive in the plan');
  if (r.state === 'known' && typeof r.value === 'string') return managedPolicyByArn(ctx, r.value, which);
  if (r.state === 'unknown' && path.length === 1) {
    const planned = ctx.resolveResource(rc, path[0] as string, MANAGED_POLICY);
    if (planned) return plannedPolicyDelta(ctx, planned, which);
  }
  return unknownDelta(`${rc.address}.${path.join('.')}`, `policy ARN ${KNOWN_AFTER_APPLY}`);
}

export function managedPolicyByArn(ctx: PlanContext, arn: string, which: SideName): PermissionDelta {
  const planned = ctx.managedPolicyByArn(arn);
  if (planned) return plannedPolicyDelta(ctx, planned, which, arn);
  const aws = ctx.memoize(`aws\0${arn}`, () => awsManagedPolicy(arn));
  if (aws) return aws;
  return unknownDelta(arn, 'customer managed policy whose document is not in the plan');
}

function plannedPolicyDelta(ctx: PlanContext, policyRc: ResourceChange, which: SideName, arn?: string): PermissionDelta {
  const side = which === 'before' && policyRc.change.before != null ? 'before' : policyRc.change.after != null ? 'after' : 'before';
  const label = ctx.side(policyRc, side).text('name') ?? arn ?? policyRc.address;
  return wholeDelta(ctx, ctx.policy(policyRc, side, ['policy']), label);
}
