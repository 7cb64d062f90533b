/**
 * The trust policies a plan shows for the roles it affects, as they are before the change: Terraform
 * refreshes state when it plans, so these are AWS's at plan time. The live inventory takes them as hints
 * to start its scans before IAM answers (it still reads the live trust policy and decides on that).
 * Read from the raw values, never through the sensitive-value masker: a hint must not count as a masked
 * value in the report, and a trust policy the plan marks sensitive is not taken at all.
 */
import type { IamChange } from '../../model/change.js';
import type { PlanDigest } from './digest.js';

const ROLE = 'aws_iam_role';

export function trustHints(digest: PlanDigest, changes: readonly IamChange[]): Record<string, string> {
  const affected = new Set(changes.flatMap((c) => c.effects.map((e) => e.role)));
  const hints = new Map<string, string>();
  const offer = (values: unknown, sensitive: unknown) => {
    const name = field(values, 'name');
    if (typeof name !== 'string' || !affected.has(name) || hints.has(name)) return;
    if (sensitive === true || field(sensitive, 'name') === true || field(sensitive, 'assume_role_policy') === true) return;
    const trust = field(values, 'assume_role_policy');
    if (typeof trust === 'string' && trust.trim() !== '') hints.set(name, trust);
  };
  // A created role has no `before`; any other change of a role (update, replace, delete, no-op) shows it.
  for (const rc of digest.changes) if (rc.mode === 'managed' && rc.type === ROLE) offer(rc.change.before, rc.change.before_sensitive);
  // Roles the plan touches through other resources (attachments, inline policies) are in prior_state.
  for (const r of digest.prior.values()) if (r.type === ROLE && (r.mode ?? 'managed') === 'managed') offer(r.values, r.sensitive_values);
  return Object.fromEntries(hints);
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}
