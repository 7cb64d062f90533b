/**
 * Base vs head, resource by resource: the same effects the plan reader derives from a plan, for what the
 * source says literally; everything else carries `unknowns` naming the expression that hides it.
 */
import type { Effect, IamChange, InputReading, PermissionDelta } from '../../model/change.js';
import { awsManagedPolicy, diffPermissions, diffTrust, permissionsOf, prettyPolicy, type PolicyInput } from '../../policy/index.js';
import { computeLinks, MANAGED_POLICY, ROLE } from '../terraform/types.js';
import { evaluate, holdsInstance, type Value } from './evaluate.js';
import { nameOf, type Instance, type World } from './world.js';

type ManagedPolicyEntry = NonNullable<InputReading['managedPolicies']>[number];

export interface DiffResult {
  changes: IamChange[];
  managedPolicies: ManagedPolicyEntry[];
  /** Addresses not compared because one side's file could not be read. */
  skipped: string[];
}

/** A role as one side names it: its name when known, and why not otherwise. */
interface RoleName {
  name?: string;
  why?: string;
}

const roleArn = /^arn:aws[\w-]*:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/;

/** The role a `role` / `role_arn` attribute names: a literal name or ARN, or a reference to a role block. */
export function roleOf(raw: unknown, inst: Instance): RoleName {
  const v = evaluate(raw, inst.scope);
  if (v.known) {
    if (typeof v.value !== 'string') return { why: 'role is not a string' };
    return { name: roleArn.exec(v.value)?.[1] ?? v.value };
  }
  const ref = v.ref;
  if (ref && ref.mode === 'managed' && ref.block.type === ROLE) {
    const name = ref.scope.resolve({ ...ref, attribute: 'name' }, 0);
    if (name?.known && typeof name.value === 'string') return { name: name.value };
    return { why: name && !name.known ? name.why : v.why };
  }
  return { why: v.why };
}

const display = (r: RoleName, inst: Instance): string => r.name ?? `${inst.address} (role unknown)`;

function unknownsOf(...whys: Array<string | undefined>): string[] | undefined {
  const list = [...new Set(whys.filter((w): w is string => !!w))];
  return list.length > 0 ? list : undefined;
}

/** A policy document attribute: JSON text, a jsonencode, a heredoc, or a policy document's json. */
function policyValue(raw: unknown, inst: Instance): Value {
  if (raw === undefined) return { known: true, value: null };
  const v = evaluate(raw, inst.scope);
  if (v.known && typeof v.value !== 'string' && v.value !== null) return { known: false, why: 'policy is not a JSON string' };
  return v;
}

/** Permissions of a managed policy an attachment names: the AWS catalog, or an aws_iam_policy of the same code. */
function managedDelta(raw: unknown, inst: Instance): { label: string; delta: PermissionDelta } {
  const v = evaluate(raw, inst.scope);
  if (v.known && typeof v.value === 'string') {
    const label = v.value;
    return {
      label,
      delta: awsManagedPolicy(label) ?? { policy: label, permissions: [], services: [], unknown: 'customer managed policy: its content is not in this code' },
    };
  }
  const ref = !v.known ? v.ref : undefined;
  if (ref && ref.mode === 'managed' && ref.block.type === MANAGED_POLICY) {
    const name = ref.scope.resolve({ ...ref, attribute: 'name' }, 0);
    const label = name?.known && typeof name.value === 'string' ? name.value : `${ref.block.type}.${ref.block.name}`;
    const doc = ref.scope.resolve({ ...ref, attribute: 'policy' }, 0);
    if (doc?.known && typeof doc.value === 'string') return { label, delta: permissionsOf(doc.value, label) };
    return { label, delta: { policy: label, permissions: [], services: [], unknown: doc && !doc.known ? doc.why : 'policy content unknown' } };
  }
  const label = typeof raw === 'string' ? raw.replace(/^\$\{(.*)\}$/s, '$1') : 'managed policy';
  return { label, delta: { policy: label, permissions: [], services: [], unknown: v.known ? 'policy ARN is not a string' : v.why } };
}

const sameText = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a value is, for comparing the two sides: its value when known; otherwise its source text plus the
 * body of the block it refers to, so an unknown value counts as unchanged only when nothing it reads changed.
 */
function fingerprint(raw: unknown, inst: Instance): string {
  const v = evaluate(raw, inst.scope);
  if (v.known) return holdsInstance(v.value) ? JSON.stringify(['instance', raw]) : JSON.stringify(['known', v.value]);
  return JSON.stringify(['unknown', raw, v.ref ? v.ref.block.body : null]);
}

/** Whether an attribute has the same meaning on both sides. */
const same = (b: Instance, h: Instance, attr: string): boolean => fingerprint(b.block.body[attr], b) === fingerprint(h.block.body[attr], h);
const sameAll = (b: Instance, h: Instance): boolean =>
  [...new Set([...Object.keys(b.block.body), ...Object.keys(h.block.body)])].every((attr) => same(b, h, attr));

function permissionEffects(role: string, before: Value, after: Value, label: string, unknowns?: string[]): Effect[] {
  if (!before.known || !after.known) {
    const why = [!before.known ? before.why : '', !after.known ? after.why : ''].filter(Boolean);
    return [
      {
        kind: 'permissions-removed',
        role,
        summary: `policy ${label} changed in a way a static reading cannot evaluate`,
        unknowns: [...(unknowns ?? []), ...why],
        delta: { policy: label, permissions: [], services: [], unknown: why.join('; ') },
      },
    ];
  }
  const diff = diffPermissions(before.value as PolicyInput, after.value as PolicyInput, label);
  const effects: Effect[] = [];
  const extra = unknowns ? { unknowns } : {};
  if (diff.removed) effects.push({ kind: 'permissions-removed', role, summary: `${role} loses permissions of ${label}`, delta: diff.removed, ...extra });
  if (diff.added) effects.push({ kind: 'permissions-added', role, summary: `${role} gains permissions of ${label}`, delta: diff.added, ...extra });
  return effects;
}

function wholePolicy(kind: 'permissions-removed' | 'permissions-added', role: RoleName, inst: Instance, label: string, delta: PermissionDelta): Effect {
  const r = display(role, inst);
  const unknowns = unknownsOf(role.why, inst.unknown);
  return {
    kind,
    role: r,
    summary: kind === 'permissions-removed' ? `${r} loses ${label}` : `${r} gains ${label}`,
    delta,
    ...(unknowns ? { unknowns } : {}),
  };
}

function change(inst: Instance, actions: string[], effects: Effect[]): IamChange {
  const roles = [...new Set(effects.map((e) => e.role).filter((r) => !r.endsWith('(role unknown)')))];
  const c: IamChange = {
    source: 'hcl',
    input: '',
    address: inst.address,
    resourceType: inst.type,
    actions,
    roles,
    effects,
    location: { file: inst.block.file, line: inst.block.line, side: actions.length === 1 && actions[0] === 'delete' ? 'base' : 'head' },
  };
  return c;
}

function diffRole(base: Instance | undefined, head: Instance | undefined): IamChange | null {
  const inst = (head ?? base) as Instance;
  if (base && !head) {
    const name = nameOf(base.block.body, base.scope);
    const role = name.known ? String(name.value) : `${base.address} (role unknown)`;
    const unknowns = unknownsOf(name.known ? undefined : name.why, base.unknown);
    return change(base, ['delete'], [{ kind: 'deleted', role, summary: `role ${role} is deleted`, ...(unknowns ? { unknowns } : {}) }]);
  }
  if (head && !base) {
    const name = nameOf(head.block.body, head.scope);
    const role = name.known ? String(name.value) : `${head.address} (role unknown)`;
    const unknowns = unknownsOf(name.known ? undefined : name.why, head.unknown);
    return change(head, ['create'], [{ kind: 'created', role, summary: `role ${role} is created`, ...(unknowns ? { unknowns } : {}) }]);
  }
  if (!base || !head) return null;
  const b = base.block.body;
  const h = head.block.body;
  const oldName = nameOf(b, base.scope);
  const newName = nameOf(h, head.scope);
  const role = oldName.known ? String(oldName.value) : `${base.address} (role unknown)`;
  const effects: Effect[] = [];
  const scopeUnknown = unknownsOf(base.unknown, head.unknown, oldName.known ? undefined : `role name: ${oldName.why}`);
  const extra = scopeUnknown ? { unknowns: scopeUnknown } : {};

  // name / name_prefix / path force a new role.
  const forcing: string[] = [];
  const forcingUnknown: string[] = [];
  for (const attr of ['name', 'name_prefix', 'path']) {
    if (same(base, head, attr)) continue;
    // Absent is a value too: no name means a generated one, no path means "/".
    const vb: Value = b[attr] === undefined ? { known: true, value: null } : evaluate(b[attr], base.scope);
    const vh: Value = h[attr] === undefined ? { known: true, value: null } : evaluate(h[attr], head.scope);
    if (vb.known && vh.known) {
      const norm = (x: unknown): unknown => (attr === 'path' && (x === undefined || x === null) ? '/' : x);
      if (sameText(norm(vb.value), norm(vh.value))) continue;
      forcing.push(attr);
    } else forcingUnknown.push(`${attr}: ${!vb.known ? vb.why : (vh as { why: string }).why}`);
  }
  if (forcing.length > 0 || forcingUnknown.length > 0) {
    const unknowns = unknownsOf(...forcingUnknown, ...(scopeUnknown ?? []));
    const renamed = newName.known && String(newName.value) !== role ? String(newName.value) : undefined;
    effects.push({
      kind: 'replaced',
      role,
      summary: forcing.length > 0 ? `role ${role} is replaced (${forcing.join(', ')} changed)` : `role ${role} may be replaced (${forcingUnknown.map((f) => f.split(':')[0]).join(', ')} changed)`,
      because: forcing.length > 0 ? `${forcing.join(', ')} changed` : 'name expression changed',
      ...(renamed ? { newName: renamed } : {}),
      ...(unknowns ? { unknowns } : {}),
    });
  }

  if (!same(base, head, 'assume_role_policy')) {
    const before = policyValue(b.assume_role_policy, base);
    const after = policyValue(h.assume_role_policy, head);
    if (before.known && after.known) {
      const t = diffTrust(before.value as PolicyInput, after.value as PolicyInput);
      if (t.added.length > 0 || t.removed.length > 0 || t.unknown) {
        const unknowns = unknownsOf(t.unknown, ...(scopeUnknown ?? []));
        const bt = prettyPolicy(before.value as PolicyInput);
        const at = prettyPolicy(after.value as PolicyInput);
        effects.push({
          kind: 'trust-changed',
          role,
          summary: `trust policy of ${role} changes`,
          principalsAdded: t.added,
          principalsRemoved: t.removed,
          ...(bt !== undefined ? { before: bt } : {}),
          ...(at !== undefined ? { after: at } : {}),
          ...(unknowns ? { unknowns } : {}),
        });
      }
    } else {
      effects.push({
        kind: 'trust-changed',
        role,
        summary: `trust policy of ${role} changes in a way a static reading cannot evaluate`,
        principalsAdded: [],
        principalsRemoved: [],
        unknowns: unknownsOf(!before.known ? before.why : undefined, !after.known ? after.why : undefined, ...(scopeUnknown ?? [])) ?? [],
      });
    }
  }

  // Inline policies by name.
  const inline = (body: Record<string, unknown>): Map<string, unknown> => {
    const m = new Map<string, unknown>();
    const blocks = Array.isArray(body.inline_policy) ? (body.inline_policy as Array<Record<string, unknown>>) : [];
    for (const p of blocks) if (typeof p.name === 'string') m.set(p.name, p.policy);
    return m;
  };
  const ib = inline(b);
  const ih = inline(h);
  for (const name of [...new Set([...ib.keys(), ...ih.keys()])].sort()) {
    if (ib.has(name) && ih.has(name) && fingerprint(ib.get(name), base) === fingerprint(ih.get(name), head)) continue;
    const before = ib.has(name) ? policyValue(ib.get(name), base) : { known: true as const, value: null };
    const after = ih.has(name) ? policyValue(ih.get(name), head) : { known: true as const, value: null };
    effects.push(...permissionEffects(role, before, after, `inline:${name}`, scopeUnknown));
  }

  if (!same(base, head, 'managed_policy_arns')) {
    const vb = evaluate(b.managed_policy_arns ?? [], base.scope);
    const vh = evaluate(h.managed_policy_arns ?? [], head.scope);
    if (vb.known && vh.known && Array.isArray(vb.value) && Array.isArray(vh.value)) {
      const sb = new Set(vb.value.map(String));
      const sh = new Set(vh.value.map(String));
      for (const arn of [...sb].filter((a) => !sh.has(a)).sort()) {
        effects.push({ kind: 'permissions-removed', role, summary: `${role} loses ${arn}`, delta: managedDelta(arn, base).delta, ...extra });
      }
      for (const arn of [...sh].filter((a) => !sb.has(a)).sort()) {
        effects.push({ kind: 'permissions-added', role, summary: `${role} gains ${arn}`, delta: managedDelta(arn, head).delta, ...extra });
      }
    } else {
      const why = !vb.known ? vb.why : !vh.known ? vh.why : 'managed_policy_arns is not a list';
      effects.push({
        kind: 'permissions-removed',
        role,
        summary: `managed policies of ${role} change in a way a static reading cannot evaluate`,
        unknowns: [why],
        delta: { policy: 'managed_policy_arns', permissions: [], services: [], unknown: why },
      });
    }
  }

  if (!same(base, head, 'permissions_boundary')) {
    const vb = evaluate(b.permissions_boundary ?? null, base.scope);
    const vh = evaluate(h.permissions_boundary ?? null, head.scope);
    const unknowns = unknownsOf(!vb.known ? vb.why : undefined, !vh.known ? vh.why : undefined, ...(scopeUnknown ?? []));
    effects.push({
      kind: 'boundary-changed',
      role,
      summary: `permissions boundary of ${role} changes`,
      before: vb.known ? (vb.value as string | null) : null,
      after: vh.known ? (vh.value as string | null) : null,
      ...(unknowns ? { unknowns } : {}),
    });
  }
  if (effects.length === 0) return null;
  const replaced = effects.some((e) => e.kind === 'replaced' && !e.unknowns);
  return change(inst, replaced ? ['delete', 'create'] : ['update'], effects);
}

function diffRolePolicy(base: Instance | undefined, head: Instance | undefined): IamChange | null {
  const inst = (head ?? base) as Instance;
  const label = (i: Instance): string => {
    const n = evaluate(i.block.body.name, i.scope);
    return `inline:${n.known ? String(n.value) : i.block.name}`;
  };
  const doc = (i: Instance | undefined): Value => (i ? policyValue(i.block.body.policy, i) : { known: true, value: null });
  const rb = base ? roleOf(base.block.body.role, base) : undefined;
  const rh = head ? roleOf(head.block.body.role, head) : undefined;
  if (base && head && sameAll(base, head)) return null;
  const sameRole = rb && rh && (rb.name !== undefined ? rb.name === rh.name : sameText(base?.block.body.role, head?.block.body.role));
  if (base && head && sameRole) {
    const role = display(rb, base);
    const effects = permissionEffects(role, doc(base), doc(head), label(head), unknownsOf(rb.why, base.unknown, head.unknown));
    return effects.length > 0 ? change(inst, ['update'], effects) : null;
  }
  const effects: Effect[] = [];
  if (base && rb) effects.push(...permissionEffects(display(rb, base), doc(base), { known: true, value: null }, label(base), unknownsOf(rb.why, base.unknown)));
  if (head && rh) effects.push(...permissionEffects(display(rh, head), { known: true, value: null }, doc(head), label(head), unknownsOf(rh.why, head.unknown)));
  const actions = base && head ? ['delete', 'create'] : base ? ['delete'] : ['create'];
  return effects.length > 0 ? change(inst, actions, effects) : null;
}

function diffAttachment(base: Instance | undefined, head: Instance | undefined): IamChange | null {
  const inst = (head ?? base) as Instance;
  if (base && head && same(base, head, 'role') && same(base, head, 'policy_arn')) return null;
  const effects: Effect[] = [];
  if (base) {
    const m = managedDelta(base.block.body.policy_arn, base);
    effects.push(wholePolicy('permissions-removed', roleOf(base.block.body.role, base), base, m.label, m.delta));
  }
  if (head) {
    const m = managedDelta(head.block.body.policy_arn, head);
    effects.push(wholePolicy('permissions-added', roleOf(head.block.body.role, head), head, m.label, m.delta));
  }
  const actions = base && head ? ['delete', 'create'] : base ? ['delete'] : ['create'];
  return change(inst, actions, effects);
}

/** The role names of a list attribute (`roles`, `policy_names`…), or why not known. */
function roleList(raw: unknown, inst: Instance): { names: string[] } | { why: string } {
  if (raw === undefined) return { names: [] };
  const items = Array.isArray(raw) ? raw : null;
  if (!items) {
    const v = evaluate(raw, inst.scope);
    if (!v.known || !Array.isArray(v.value)) return { why: v.known ? 'not a list' : v.why };
    return roleList(v.value, inst);
  }
  const names: string[] = [];
  for (const item of items) {
    const r = roleOf(item, inst);
    if (r.name === undefined) return { why: r.why ?? 'role unknown' };
    names.push(r.name);
  }
  return { names };
}

function diffPolicyAttachment(base: Instance | undefined, head: Instance | undefined): IamChange | null {
  const inst = (head ?? base) as Instance;
  if (base && head && same(base, head, 'roles') && same(base, head, 'policy_arn')) return null;
  const rb = base ? roleList(base.block.body.roles, base) : { names: [] };
  const rh = head ? roleList(head.block.body.roles, head) : { names: [] };
  const arnSame = !!base && !!head && same(base, head, 'policy_arn');
  if ('why' in rb || 'why' in rh) {
    const why = 'why' in rb ? rb.why : (rh as { why: string }).why;
    const m = managedDelta((head ?? base)?.block.body.policy_arn, inst);
    return change(inst, ['update'], [
      {
        kind: 'permissions-removed',
        role: `${inst.address} (role unknown)`,
        summary: `roles of ${inst.address} change in a way a static reading cannot evaluate`,
        unknowns: [why],
        delta: { ...m.delta, unknown: why },
      },
    ]);
  }
  const effects: Effect[] = [];
  const removed = rb.names.filter((n) => !arnSame || !rh.names.includes(n));
  const added = rh.names.filter((n) => !arnSame || !rb.names.includes(n));
  if (base) {
    const m = managedDelta(base.block.body.policy_arn, base);
    for (const n of removed) effects.push(wholePolicy('permissions-removed', { name: n }, base, m.label, m.delta));
  }
  if (head) {
    const m = managedDelta(head.block.body.policy_arn, head);
    for (const n of added) effects.push(wholePolicy('permissions-added', { name: n }, head, m.label, m.delta));
  }
  const actions = base && head ? (arnSame ? ['update'] : ['delete', 'create']) : base ? ['delete'] : ['create'];
  return effects.length > 0 ? change(inst, actions, effects) : null;
}

function diffExclusive(base: Instance | undefined, head: Instance | undefined, world: { base: World; head: World }): IamChange | null {
  // Deleting an exclusive resource only stops Terraform from enforcing the set; creating one removes
  // anything not listed, which a static reading cannot see (the live set is not in the code).
  if (!base || !head || sameAll(base, head)) return null;
  const policies = base.type === 'aws_iam_role_policies_exclusive';
  const attr = policies ? 'policy_names' : 'policy_arns';
  const role = roleOf(base.block.body.role_name, base);
  const vb = evaluate(base.block.body[attr], base.scope);
  const vh = evaluate(head.block.body[attr], head.scope);
  if (!vb.known || !vh.known || !Array.isArray(vb.value) || !Array.isArray(vh.value)) {
    const why = !vb.known ? vb.why : !vh.known ? vh.why : `${attr} is not a list`;
    return change(head, ['update'], [
      { kind: 'permissions-removed', role: display(role, base), summary: `${attr} of ${display(role, base)} change in a way a static reading cannot evaluate`, unknowns: [why], delta: { policy: attr, permissions: [], services: [], unknown: why } },
    ]);
  }
  const after = new Set(vh.value.map(String));
  const before = new Set(vb.value.map(String));
  const dropped = [...before].filter((n) => !after.has(n)).sort();
  // Listing an ARN attaches it; listing an inline policy name creates nothing (aws_iam_role_policy does).
  const gained = policies ? [] : [...after].filter((n) => !before.has(n)).sort();
  const effects: Effect[] = dropped.map((name) => {
    if (!policies) return wholePolicy('permissions-removed', role, base, name, managedDelta(name, base).delta);
    const inlineDoc = findInlinePolicy(world.base, role.name, name);
    const delta: PermissionDelta = inlineDoc?.known && typeof inlineDoc.value === 'string'
      ? permissionsOf(inlineDoc.value, `inline:${name}`)
      : { policy: `inline:${name}`, permissions: [], services: [], unknown: inlineDoc && !inlineDoc.known ? inlineDoc.why : 'inline policy content is not in this code' };
    return wholePolicy('permissions-removed', role, base, `inline:${name}`, delta);
  });
  const headRole = roleOf(head.block.body.role_name, head);
  for (const arn of gained) effects.push(wholePolicy('permissions-added', headRole, head, arn, managedDelta(arn, head).delta));
  return effects.length > 0 ? change(head, ['update'], effects) : null;
}

function findInlinePolicy(world: World, role: string | undefined, name: string): Value | undefined {
  if (!role) return undefined;
  for (const inst of world.instances.values()) {
    if (inst.type !== 'aws_iam_role_policy') continue;
    const n = evaluate(inst.block.body.name, inst.scope);
    if (!n.known || n.value !== name || roleOf(inst.block.body.role, inst).name !== role) continue;
    return policyValue(inst.block.body.policy, inst);
  }
  return undefined;
}

function diffInstanceProfile(base: Instance | undefined, head: Instance | undefined): IamChange | null {
  const inst = (head ?? base) as Instance;
  if (base && head && same(base, head, 'role') && same(base, head, 'name')) return null;
  if (!base) return null;
  const role = roleOf(base.block.body.role, base);
  const name = nameOf(base.block.body, base.scope);
  const profile = name.known ? String(name.value) : base.address;
  const unknowns = unknownsOf(role.why, name.known ? undefined : name.why, base.unknown);
  return change(inst, head ? ['delete', 'create'] : ['delete'], [
    {
      kind: 'instance-profile-changed',
      role: display(role, base),
      instanceProfile: profile,
      summary: head ? `instance profile ${profile} changes role or is replaced` : `instance profile ${profile} is deleted`,
      ...(unknowns ? { unknowns } : {}),
    },
  ]);
}

function diffCompute(base: Instance | undefined, head: Instance | undefined): IamChange | null {
  const inst = (head ?? base) as Instance;
  const links = computeLinks[inst.type] ?? [];
  const effects: Effect[] = [];
  for (const link of links) {
    const rawB = base?.block.body[link.attribute];
    const rawH = head?.block.body[link.attribute];
    if (base && head && same(base, head, link.attribute)) continue;
    const rb = base && rawB !== undefined ? roleOf(rawB, base) : undefined;
    const rh = head && rawH !== undefined ? roleOf(rawH, head) : undefined;
    if (rb && rh && rb.name !== undefined && rb.name === rh.name) continue;
    const dependent = (i: Instance) => ({ kind: link.kind, id: i.address, via: link.via });
    if (rb && base) {
      const unknowns = unknownsOf(rb.why, base.unknown);
      effects.push({ kind: 'dependent-removed', role: display(rb, base), summary: `${base.address} stops using ${display(rb, base)}`, dependent: dependent(base), ...(unknowns ? { unknowns } : {}) });
    }
    if (rh && head) {
      const unknowns = unknownsOf(rh.why, head.unknown);
      effects.push({ kind: 'dependent-added', role: display(rh, head), summary: `${head.address} starts using ${display(rh, head)}`, dependent: dependent(head), ...(unknowns ? { unknowns } : {}) });
    }
  }
  if (effects.length === 0) return null;
  return change(inst, base && head ? ['update'] : base ? ['delete'] : ['create'], effects);
}

/** Roles a managed policy is attached to on one side, through attachments in the code. */
function attachedRoles(world: World, policy: Instance): string[] {
  const roles = new Set<string>();
  const refersToPolicy = (raw: unknown, inst: Instance): boolean => {
    const v = evaluate(raw, inst.scope);
    return !v.known && v.ref?.block === policy.block;
  };
  for (const inst of world.instances.values()) {
    const body = inst.block.body;
    if (inst.type === 'aws_iam_role_policy_attachment' && refersToPolicy(body.policy_arn, inst)) {
      const r = roleOf(body.role, inst);
      if (r.name) roles.add(r.name);
    } else if (inst.type === 'aws_iam_policy_attachment' && refersToPolicy(body.policy_arn, inst)) {
      const list = roleList(body.roles, inst);
      if ('names' in list) for (const n of list.names) roles.add(n);
    }
  }
  return [...roles].sort();
}

function diffManagedPolicy(base: Instance | undefined, head: Instance | undefined, world: { base: World; head: World }, managed: ManagedPolicyEntry[]): IamChange | null {
  if (!base) return null;
  if (head && same(base, head, 'policy')) return null;
  const name = nameOf(base.block.body, base.scope);
  const label = name.known ? String(name.value) : base.address;
  const before = policyValue(base.block.body.policy, base);
  const after = head ? policyValue(head.block.body.policy, head) : { known: true as const, value: null };
  const entry: ManagedPolicyEntry = { policy: label, address: base.address };
  const effects: Effect[] = [];
  if (!head) {
    entry.deleted = true;
    if (before.known) entry.removed = permissionsOf(before.value as PolicyInput, label);
  } else if (before.known && after.known) {
    const d = diffPermissions(before.value as PolicyInput, after.value as PolicyInput, label);
    if (d.removed) entry.removed = d.removed;
    if (d.added) entry.added = d.added;
  } else {
    const why = !before.known ? before.why : (after as { why: string }).why;
    entry.removed = { policy: label, permissions: [], services: [], unknown: why };
  }
  managed.push(entry);
  for (const role of attachedRoles(head ? world.head : world.base, head ?? base)) {
    if (entry.removed) effects.push({ kind: 'permissions-removed', role, summary: `${role} loses permissions of ${label}`, delta: entry.removed, ...(entry.removed.unknown ? { unknowns: [entry.removed.unknown] } : {}) });
    if (entry.added) effects.push({ kind: 'permissions-added', role, summary: `${role} gains permissions of ${label}`, delta: entry.added });
  }
  if (effects.length === 0) return null;
  return change(head ?? base, head ? ['update'] : ['delete'], effects);
}

export interface Unread {
  /** Files (relative paths) that did not parse on each side. */
  base: Set<string>;
  head: Set<string>;
}

export function diffWorlds(base: World, head: World, moved: Map<string, string>, unread: Unread = { base: new Set(), head: new Set() }): DiffResult {
  const managedPolicies: ManagedPolicyEntry[] = [];
  const skipped: string[] = [];
  const baseByHeadAddress = new Map<string, Instance>();
  for (const inst of base.instances.values()) baseByHeadAddress.set(moved.get(inst.address) ?? inst.address, inst);
  const addresses = [...new Set([...baseByHeadAddress.keys(), ...head.instances.keys()])].sort();
  const changes: IamChange[] = [];
  for (const address of addresses) {
    const b = baseByHeadAddress.get(address);
    const h = head.instances.get(address);
    const type = (h ?? b)?.type;
    if (b && h && b.type !== h.type) continue;
    // A block missing on one side because its file did not parse there is not a deletion or a creation.
    if (b && !h && unread.head.has(b.block.file)) {
      skipped.push(`${address} (${b.block.file} did not parse in head)`);
      continue;
    }
    if (h && !b && unread.base.has(h.block.file)) {
      skipped.push(`${address} (${h.block.file} did not parse in base)`);
      continue;
    }
    let c: IamChange | null = null;
    switch (type) {
      case ROLE:
        c = diffRole(b, h);
        break;
      case 'aws_iam_role_policy':
        c = diffRolePolicy(b, h);
        break;
      case 'aws_iam_role_policy_attachment':
        c = diffAttachment(b, h);
        break;
      case 'aws_iam_policy_attachment':
        c = diffPolicyAttachment(b, h);
        break;
      case 'aws_iam_role_policies_exclusive':
      case 'aws_iam_role_policy_attachments_exclusive':
        c = diffExclusive(b, h, { base, head });
        break;
      case MANAGED_POLICY:
        c = diffManagedPolicy(b, h, { base, head }, managedPolicies);
        break;
      case 'aws_iam_instance_profile':
        c = diffInstanceProfile(b, h);
        break;
      default:
        if (type && computeLinks[type]) c = diffCompute(b, h);
    }
    if (!c) continue;
    if (b && h && b.address !== h.address) c.notes = [...(c.notes ?? []), `moved from ${b.address}`];
    if (!h && b) c.location = { file: b.block.file, line: b.block.line, side: 'base' };
    changes.push(c);
  }
  return { changes, managedPolicies, skipped };
}
