/** From a PlanDigest to the IAM changes of one input. */
import type { IamChange, InputReading } from '../../model/change.js';
import { PlanContext } from './context.js';
import type { PlanDigest } from './digest.js';
import { handlerFor, type ManagedPolicyEntry } from './handlers.js';
import { KeptDependents } from './known-dependents.js';
import type { ResourceChange } from './schema.js';
import { trustHints } from './trust-hints.js';

const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);

export interface Analysis {
  changes: IamChange[];
  managedPolicies: ManagedPolicyEntry[];
  sensitiveMasked: number;
  warnings: string[];
}

export function analysePlan(digest: PlanDigest, label: string): Analysis {
  const ctx = new PlanContext(digest);
  const changes: IamChange[] = [];
  const managedPolicies: ManagedPolicyEntry[] = [];
  const kept = new KeptDependents();
  if (digest.errored) {
    ctx.warnings.push('the plan errored (`errored: true`): Terraform stopped planning, so the changes listed may be incomplete');
  }
  if (digest.complete === false) {
    ctx.warnings.push('the plan is incomplete (`complete: false`: some changes are deferred to a later plan)');
  }
  for (const rc of digest.changes) {
    if (rc.mode !== 'managed') continue; // data-source reads change nothing
    for (const a of rc.change.actions) {
      if (!KNOWN_ACTIONS.has(a)) ctx.warnOnce(`${rc.address}: unknown action "${a}" (newer Terraform?); read as written`);
    }
    const handler = handlerFor(rc.type);
    if (!handler) continue;
    const out = handler(rc, ctx);
    kept.collect(rc, ctx);
    const notes = [...notesOf(rc), ...out.notes];
    if (out.managedPolicy) managedPolicies.push(out.managedPolicy);
    const keep = out.effects.length > 0 || out.managedPolicy !== undefined || rc.previous_address !== undefined || rc.change.actions.includes('forget');
    if (!keep) continue;
    const change: IamChange = {
      source: 'terraform',
      input: label,
      address: rc.address,
      resourceType: rc.type,
      actions: [...rc.change.actions],
      roles: [...new Set(out.effects.map((e) => e.role))],
      effects: out.effects,
    };
    if (notes.length) change.notes = notes;
    changes.push(change);
  }
  kept.attach(changes);
  noteRecreatedRoles(changes);
  return { changes, managedPolicies, sensitiveMasked: ctx.masker.count, warnings: ctx.warnings };
}

/** A role deleted at one address and created at another under the same name is not a move: say so. */
function noteRecreatedRoles(changes: IamChange[]): void {
  const deleted = new Map<string, IamChange>();
  const created = new Map<string, IamChange>();
  for (const c of changes) {
    for (const e of c.effects) {
      if (e.kind === 'deleted') deleted.set(e.role, c);
      if (e.kind === 'created') created.set(e.role, c);
    }
  }
  for (const [name, del] of deleted) {
    const add = created.get(name);
    if (!add || add.address === del.address) continue;
    const note = `role ${name} is destroyed at ${del.address} and created again at ${add.address}: a new role with a new unique ID (a \`moved\` block would keep it)`;
    for (const c of [del, add]) (c.notes ??= []).push(note);
  }
}

function notesOf(rc: ResourceChange): string[] {
  const notes: string[] = [];
  if (rc.previous_address !== undefined && rc.previous_address !== rc.address) {
    notes.push(`moved from ${rc.previous_address} (not a deletion)`);
  }
  if (rc.action_reason) notes.push(`action_reason: ${rc.action_reason}`);
  if (rc.deposed) notes.push(`deposed object ${rc.deposed}`);
  if (rc.change.actions.includes('forget')) notes.push('removed from Terraform state without being destroyed (forget)');
  const importing = rc.change.importing;
  if (importing && typeof importing === 'object') {
    const id = (importing as { id?: unknown }).id;
    notes.push(`importing existing object${typeof id === 'string' ? ` ${id}` : ''}`);
  }
  return notes;
}

export function toReading(analysis: Analysis, file: string, label: string, digest: PlanDigest, extra: { warnings: string[]; meta: Record<string, string> }): InputReading {
  const meta: Record<string, string> = { ...extra.meta };
  if (digest.formatVersion) meta.formatVersion = digest.formatVersion;
  if (digest.terraformVersion) meta.terraformVersion = digest.terraformVersion;
  meta.resourceChanges = String(digest.resourceChangeCount);
  if (digest.driftCount) meta.resourceDrift = String(digest.driftCount);
  const reading: InputReading = {
    input: label,
    source: 'terraform',
    file,
    changes: analysis.changes,
    sensitiveMasked: analysis.sensitiveMasked,
    warnings: [...extra.warnings, ...analysis.warnings],
    meta,
  };
  if (analysis.managedPolicies.length) reading.managedPolicies = analysis.managedPolicies;
  const hints = trustHints(digest, analysis.changes);
  if (Object.keys(hints).length > 0) reading.trustBefore = hints;
  return reading;
}
