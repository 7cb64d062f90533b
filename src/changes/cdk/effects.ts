/**
 * Resource deltas of one stack → IAM changes in the shared effect vocabulary. The same code serves
 * cdk.out templates and change sets, so both inputs agree by construction.
 */
import type { Effect, IamChange, InputReading, PermissionDelta } from '../../model/change.js';
import type { DependentKind } from '../../model/dependent.js';
import { awsManagedPolicy, deltaPermissionCount, diffPermissions, diffTrust, permissionsOf } from '../../policy/index.js';
import {
  isRecord,
  literal,
  renderIntrinsics,
  resolveManagedPolicyRef,
  resolveRoleRef,
  type ManagedPolicyRef,
} from './intrinsics.js';
import { PHYSICAL_NAME_UNKNOWN, ROLE_USERS, type Properties, type ResourceDelta, type StackView } from './model.js';

type Side = 'before' | 'after';
type ManagedPolicyEntry = NonNullable<InputReading['managedPolicies']>[number];

interface RoleId {
  role: string;
  unknowns?: string[];
}

export interface StackReading {
  changes: IamChange[];
  warnings: string[];
  managedPolicies: ManagedPolicyEntry[];
  /** Role → its trust policy in the deployed template, for the roles the changes affect (InputReading.trustBefore). */
  trustBefore: Record<string, string>;
}

function pretty(doc: unknown): string | undefined {
  if (doc === undefined || doc === null) return undefined;
  return JSON.stringify(renderIntrinsics(doc), null, 2);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function unknownDelta(policy: string, reason: string): PermissionDelta {
  return { policy, permissions: [], services: [], unknown: reason };
}

export function deriveStack(view: StackView): StackReading {
  const out: StackReading = { changes: [], warnings: [], managedPolicies: [], trustBefore: {} };
  const { stack } = view;

  const resourceOf = (id: string, side: Side) =>
    side === 'before' ? (view.oldResources[id] ?? view.newResources[id]) : (view.newResources[id] ?? view.oldResources[id]);
  const deltas = withFollowers(view);
  const deltaOf = new Map(deltas.map((d) => [d.logicalId, d]));

  const roleIdOf = (logicalId: string, side: Side): RoleId => {
    const props = resourceOf(logicalId, side)?.Properties;
    const name = literal(props?.RoleName);
    if (name) return { role: name };
    const delta = deltaOf.get(logicalId);
    const fresh = side === 'after' && delta && (delta.action === 'add' || delta.replacement !== 'no');
    const physical = view.physicalIds[logicalId];
    if (physical && !fresh) return { role: physical };
    return { role: `${stack}/${logicalId}`, unknowns: [PHYSICAL_NAME_UNKNOWN] };
  };

  const resolveRole = (value: unknown, side: Side, where: string): RoleId | null => {
    const ref = resolveRoleRef(value);
    if (ref.kind === 'logical') return roleIdOf(ref.logicalId, side);
    if (ref.kind === 'name') return { role: ref.name };
    out.warnings.push(`${stack}/${where}: role unknown: ${ref.reason}`);
    return null;
  };

  const rolesIn = (value: unknown, side: Side, where: string): RoleId[] => {
    if (value === undefined) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((v, i) => resolveRole(v, side, `${where}[${i}]`) ?? []);
  };

  // Roles created or deleted by this stack get only created/deleted: their policies come and go with them.
  const wholeRoles = new Set<string>();
  for (const d of deltas) {
    if (d.type !== 'AWS::IAM::Role') continue;
    if (d.action === 'remove') wholeRoles.add(roleIdOf(d.logicalId, 'before').role);
    if (d.action === 'add') wholeRoles.add(roleIdOf(d.logicalId, 'after').role);
  }

  for (const d of deltas) {
    const change: IamChange = {
      source: view.source,
      input: view.input,
      address: `${stack}/${d.logicalId}`,
      resourceType: d.type,
      actions: d.actions,
      roles: [],
      effects: [],
    };
    const notes: string[] = [];
    const push = (e: Effect): void => {
      change.effects.push(e);
      if (!change.roles.includes(e.role)) change.roles.push(e.role);
    };
    const withId = (id: RoleId) => ({ role: id.role, ...(id.unknowns ? { unknowns: [...id.unknowns] } : {}) });
    const permissionEffects = (id: RoleId, removed: PermissionDelta | null, added: PermissionDelta | null, what: string): void => {
      if (wholeRoles.has(id.role)) return;
      if (removed && (deltaPermissionCount(removed) > 0 || removed.unknown)) {
        push({ ...withId(id), kind: 'permissions-removed', summary: `${what}: permissions removed from ${id.role}`, delta: removed });
      }
      if (added && (deltaPermissionCount(added) > 0 || added.unknown)) {
        push({ ...withId(id), kind: 'permissions-added', summary: `${what}: permissions added to ${id.role}`, delta: added });
      }
    };

    switch (d.type) {
      case 'AWS::IAM::Role':
        roleEffects(d);
        break;
      case 'AWS::IAM::Policy':
      case 'AWS::IAM::RolePolicy':
        inlinePolicyEffects(d);
        break;
      case 'AWS::IAM::ManagedPolicy':
        managedPolicyEffects(d);
        break;
      case 'AWS::IAM::InstanceProfile':
        instanceProfileEffects(d);
        break;
      default:
        if (d.type in ROLE_USERS) computeEffects(d);
    }
    if (notes.length > 0) change.notes = notes;
    if (change.effects.length > 0 || notes.length > 0) out.changes.push(change);

    function changed(prop: string): boolean {
      if (view.valuesKnown) return !sameJson(d.before?.[prop], d.after?.[prop]);
      return d.changedProperties.includes(prop);
    }

    function roleEffects(r: ResourceDelta): void {
      if (r.action === 'remove') {
        const id = roleIdOf(r.logicalId, 'before');
        push({ ...withId(id), kind: 'deleted', summary: `role ${id.role} deleted (${change.address} removed)` });
        return;
      }
      const after = roleIdOf(r.logicalId, 'after');
      if (r.action === 'add') {
        push({ ...withId(after), kind: 'created', summary: `role ${after.role} created` });
        return;
      }
      const id = roleIdOf(r.logicalId, 'before');
      if (r.replacement !== 'no') {
        const because = r.replacedBecause.length > 0 ? `${r.replacedBecause.join(', ')} changed` : undefined;
        const maybe = r.replacement === 'maybe';
        push({
          ...withId(id),
          kind: 'replaced',
          summary: maybe
            ? `role ${id.role} may be replaced${because ? ` (${because})` : ''}`
            : `role ${id.role} replaced${after.role !== id.role ? ` by ${after.role}` : ''}${because ? ` (${because})` : ''}`,
          ...(after.role !== id.role ? { newName: after.role } : {}),
          ...(because || maybe ? { because: `${because ?? 'replacement'}${maybe ? ' (may be replaced: decided at deploy)' : ''}` } : {}),
        });
      }
      const b = r.before ?? {};
      const a = r.after ?? {};
      if (changed('AssumeRolePolicyDocument')) {
        if (!view.valuesKnown) {
          push({ ...withId(id), kind: 'trust-changed', summary: `trust policy of ${id.role} changed`, principalsAdded: [], principalsRemoved: [], unknowns: ['trust policy values not in the input'] });
        } else {
          const before = renderIntrinsics(b.AssumeRolePolicyDocument) as Record<string, unknown> | undefined;
          const afterDoc = renderIntrinsics(a.AssumeRolePolicyDocument) as Record<string, unknown> | undefined;
          const t = diffTrust(before, afterDoc);
          if (t.added.length > 0 || t.removed.length > 0) {
            const names = (ps: typeof t.added) => ps.map((p) => p.value).join(', ');
            push({
              ...withId(id),
              kind: 'trust-changed',
              summary: `trust policy of ${id.role}: ${[t.removed.length ? `-${names(t.removed)}` : '', t.added.length ? `+${names(t.added)}` : ''].filter(Boolean).join(' ')}`,
              principalsAdded: t.added,
              principalsRemoved: t.removed,
              ...optional('before', pretty(b.AssumeRolePolicyDocument)),
              ...optional('after', pretty(a.AssumeRolePolicyDocument)),
            });
          }
          const deps = dependentsOf(r.logicalId);
          if (deps.length > 0) {
            notes.push(`template dependents on this role: ${deps.map((d) => `${d.kind} ${d.id} (${d.prop})`).join(', ')}`);
            change.knownDependents = deps.map(({ prop: _prop, ...dependent }) => ({ role: id.role, dependent }));
          }
        }
      }
      if (changed('Policies')) {
        if (!view.valuesKnown) {
          permissionEffects(id, unknownDelta('inline policies', 'inline policy values not in the input'), null, 'inline policies');
        } else {
          const byName = (v: unknown): Map<string, unknown> => {
            const m = new Map<string, unknown>();
            if (Array.isArray(v)) for (const p of v) if (isRecord(p)) m.set(String(renderIntrinsics(p.PolicyName)), p.PolicyDocument);
            return m;
          };
          const bp = byName(b.Policies);
          const ap = byName(a.Policies);
          for (const name of new Set([...bp.keys(), ...ap.keys()])) {
            const label = `inline:${name}`;
            const diff = diffPermissions(doc(bp.get(name)), doc(ap.get(name)), label);
            permissionEffects(id, diff.removed, diff.added, `inline policy ${name}`);
          }
        }
      }
      if (changed('ManagedPolicyArns')) {
        if (!view.valuesKnown) {
          permissionEffects(id, unknownDelta('managed policies', 'managed policy ARNs not in the input'), null, 'managed policies');
        } else {
          const keyed = (v: unknown): Map<string, ManagedPolicyRef> => {
            const m = new Map<string, ManagedPolicyRef>();
            if (Array.isArray(v)) for (const x of v) {
              const ref = resolveManagedPolicyRef(x);
              m.set(managedKey(ref), ref);
            }
            return m;
          };
          const bm = keyed(b.ManagedPolicyArns);
          const am = keyed(a.ManagedPolicyArns);
          for (const [k, ref] of bm) if (!am.has(k)) permissionEffects(id, managedDelta(ref, 'before'), null, `managed policy ${k} detached`);
          for (const [k, ref] of am) if (!bm.has(k)) permissionEffects(id, null, managedDelta(ref, 'after'), `managed policy ${k} attached`);
        }
      }
      if (changed('PermissionsBoundary')) {
        const show = (v: unknown): string | null => {
          if (v === undefined || v === null) return null;
          const ref = resolveManagedPolicyRef(v);
          return ref.kind === 'aws' ? ref.name : managedKey(ref);
        };
        const bb = view.valuesKnown ? show(b.PermissionsBoundary) : undefined;
        const ab = view.valuesKnown ? show(a.PermissionsBoundary) : undefined;
        push({
          ...withId(id),
          kind: 'boundary-changed',
          summary: `permissions boundary of ${id.role}: ${bb ?? 'none'} → ${ab ?? 'none'}`,
          ...(view.valuesKnown ? { before: bb, after: ab } : { unknowns: ['boundary values not in the input'] }),
        });
      }
    }

    function managedKey(ref: ManagedPolicyRef): string {
      switch (ref.kind) {
        case 'aws':
          return ref.name;
        case 'logical': {
          const props = resourceOf(ref.logicalId, 'after')?.Properties ?? resourceOf(ref.logicalId, 'before')?.Properties;
          return literal(props?.ManagedPolicyName) ?? view.physicalIds[ref.logicalId] ?? `${stack}/${ref.logicalId}`;
        }
        case 'arn':
          return ref.arn;
        case 'unknown':
          return ref.text;
      }
    }

    function managedDelta(ref: ManagedPolicyRef, side: Side): PermissionDelta {
      const label = managedKey(ref);
      if (ref.kind === 'aws') return awsManagedPolicy(ref.name) ?? unknownDelta(label, `AWS managed policy ${ref.name} is not in the embedded catalog`);
      if (ref.kind === 'logical') {
        const policyDoc = resourceOf(ref.logicalId, side)?.Properties?.PolicyDocument;
        if (policyDoc !== undefined) return permissionsOf(doc(policyDoc), label);
        return unknownDelta(label, 'customer managed policy document not in the input');
      }
      if (ref.kind === 'arn') return unknownDelta(label, 'customer managed policy outside the template: content looked up live');
      out.warnings.push(`${change.address}: ${ref.reason}`);
      return unknownDelta(label, ref.reason);
    }

    function policyRoles(p: Properties | undefined, where: string, side: Side): RoleId[] {
      if (!p) return [];
      return d.type === 'AWS::IAM::RolePolicy' ? rolesIn(p.RoleName, side, `${where}.RoleName`) : rolesIn(p.Roles, side, `${where}.Roles`);
    }

    function splitRoles(before: RoleId[], after: RoleId[]) {
      const bn = new Set(before.map((r) => r.role));
      const an = new Set(after.map((r) => r.role));
      return {
        kept: after.filter((r) => bn.has(r.role)),
        gone: before.filter((r) => !an.has(r.role)),
        fresh: after.filter((r) => !bn.has(r.role)),
      };
    }

    function inlinePolicyEffects(p: ResourceDelta): void {
      const name = literal(p.after?.PolicyName) ?? literal(p.before?.PolicyName) ?? p.logicalId;
      const label = `inline:${name}`;
      if (!view.valuesKnown) {
        notes.push('policy values not in the input: attached roles unknown');
        out.warnings.push(`${change.address}: ${p.type} ${p.action} without property values; its roles are unknown`);
        return;
      }
      const { kept, gone, fresh } = splitRoles(policyRoles(p.before, p.logicalId, 'before'), policyRoles(p.after, p.logicalId, 'after'));
      const bdoc = doc(p.before?.PolicyDocument);
      const adoc = doc(p.after?.PolicyDocument);
      for (const r of kept) {
        const diff = diffPermissions(bdoc, adoc, label);
        permissionEffects(r, diff.removed, diff.added, `policy ${name}`);
      }
      for (const r of gone) permissionEffects(r, permissionsOf(bdoc, label), null, `policy ${name} ${p.action === 'remove' ? 'deleted' : 'detached'}`);
      for (const r of fresh) permissionEffects(r, null, permissionsOf(adoc, label), `policy ${name} attached`);
    }

    function attachedVia(logicalId: string, side: Side): RoleId[] {
      const resources = side === 'before' ? view.oldResources : view.newResources;
      const out: RoleId[] = [];
      for (const [id, res] of Object.entries(resources)) {
        if (res.Type !== 'AWS::IAM::Role' || !Array.isArray(res.Properties?.ManagedPolicyArns)) continue;
        const refs = res.Properties.ManagedPolicyArns.map(resolveManagedPolicyRef);
        if (refs.some((r) => r.kind === 'logical' && r.logicalId === logicalId)) out.push(roleIdOf(id, side));
      }
      return out;
    }

    function managedPolicyEffects(p: ResourceDelta): void {
      const label = managedKey({ kind: 'logical', logicalId: p.logicalId });
      const bdoc = doc(p.before?.PolicyDocument);
      const adoc = doc(p.after?.PolicyDocument);
      const entry: ManagedPolicyEntry = { policy: label, address: change.address };
      if (p.action === 'remove') entry.deleted = true;
      if (!view.valuesKnown) {
        if (p.action !== 'add') entry.removed = unknownDelta(label, 'policy values not in the input');
        out.managedPolicies.push(entry);
        return;
      }
      const diff = diffPermissions(bdoc, adoc, label);
      if (diff.removed) entry.removed = diff.removed;
      if (diff.added) entry.added = diff.added;
      if (p.action !== 'add') out.managedPolicies.push(entry);
      const uniq = (xs: RoleId[]) => [...new Map(xs.map((x) => [x.role, x])).values()];
      // Roles attaching it through their own ManagedPolicyArns on both sides; when that list changes, the
      // role's change reports the attach/detach, so it is not counted twice here.
      const viaAfter = new Set(attachedVia(p.logicalId, 'after').map((r) => r.role));
      const viaBoth = attachedVia(p.logicalId, 'before').filter((r) => viaAfter.has(r.role));
      const before = uniq([...policyRoles(p.before, p.logicalId, 'before'), ...viaBoth]);
      const after = uniq([...policyRoles(p.after, p.logicalId, 'after'), ...viaBoth]);
      const { kept, gone, fresh } = splitRoles(before, after);
      for (const r of kept) permissionEffects(r, diff.removed, diff.added, `managed policy ${label}`);
      for (const r of gone) permissionEffects(r, permissionsOf(bdoc, label), null, `managed policy ${label} ${p.action === 'remove' ? 'deleted' : 'detached'}`);
      for (const r of fresh) permissionEffects(r, null, permissionsOf(adoc, label), `managed policy ${label} attached`);
    }

    function instanceProfileEffects(p: ResourceDelta): void {
      const profile = literal(p.after?.InstanceProfileName) ?? literal(p.before?.InstanceProfileName) ?? view.physicalIds[p.logicalId] ?? `${stack}/${p.logicalId}`;
      if (!view.valuesKnown) {
        out.warnings.push(`${change.address}: instance profile ${p.action} without property values; its role is unknown`);
        return;
      }
      const { gone, fresh } = splitRoles(rolesIn(p.before?.Roles, 'before', `${p.logicalId}.Roles`), rolesIn(p.after?.Roles, 'after', `${p.logicalId}.Roles`));
      const verb = p.action === 'remove' ? 'deleted' : p.action === 'add' ? 'created' : null;
      for (const r of gone) {
        if (wholeRoles.has(r.role)) continue;
        push({ ...withId(r), kind: 'instance-profile-changed', instanceProfile: profile, summary: `instance profile ${profile} ${verb ?? 'no longer carries the role'} (${r.role})` });
      }
      for (const r of fresh) {
        if (wholeRoles.has(r.role)) continue;
        push({ ...withId(r), kind: 'instance-profile-changed', instanceProfile: profile, summary: `instance profile ${profile} ${verb ?? 'now carries the role'} (${r.role})` });
      }
    }

    function computeEffects(c: ResourceDelta): void {
      const spec = ROLE_USERS[c.type];
      if (!spec) return;
      const depId = view.physicalIds[c.logicalId] ?? change.address;
      for (const prop of spec.props) {
        if (!view.valuesKnown) {
          if (c.action !== 'modify' || c.changedProperties.includes(prop)) {
            out.warnings.push(`${change.address}: ${c.type} ${c.action} without property values; the role in ${prop} is unknown`);
          }
          continue;
        }
        const bv = c.action === 'add' ? undefined : c.before?.[prop];
        const av = c.action === 'remove' ? undefined : c.after?.[prop];
        if (bv === undefined && av === undefined) continue;
        const br = bv === undefined ? null : resolveRole(bv, 'before', `${c.logicalId}.${prop}`);
        const ar = av === undefined ? null : resolveRole(av, 'after', `${c.logicalId}.${prop}`);
        if (br && ar && br.role === ar.role) continue;
        const dependent = { kind: spec.kind, id: depId, via: `${c.type}.${prop}` };
        if (br) push({ ...withId(br), kind: 'dependent-removed', dependent, summary: `${spec.kind} ${depId} ${c.action === 'remove' ? 'deleted' : 'moves off'} ${br.role} (${prop})` });
        if (ar) push({ ...withId(ar), kind: 'dependent-added', dependent, summary: `${spec.kind} ${depId} ${c.action === 'add' ? 'created on' : 'moves to'} ${ar.role} (${prop})` });
        if ((bv !== undefined && !br) || (av !== undefined && !ar)) notes.push(`${prop}: role reference not resolvable`);
      }
    }
  }

  /** Compute resources of the new template that run as the role `logicalId`: dependents known from the template. */
  function dependentsOf(logicalId: string): { kind: DependentKind; id: string; via: string; prop: string }[] {
    const found: { kind: DependentKind; id: string; via: string; prop: string }[] = [];
    for (const [id, res] of Object.entries(view.newResources)) {
      const spec = ROLE_USERS[res.Type];
      if (!spec) continue;
      for (const prop of spec.props) {
        const ref = resolveRoleRef(res.Properties?.[prop]);
        if (ref.kind === 'logical' && ref.logicalId === logicalId) {
          found.push({ kind: spec.kind, id: view.physicalIds[id] ?? `${stack}/${id}`, via: `${res.Type}.${prop} in the template`, prop });
        }
      }
    }
    return found;
  }

  // The deployed trust policies of the affected roles whose names are known: hints for the live inventory.
  const affected = new Set(out.changes.flatMap((c) => c.effects.map((e) => e.role)));
  for (const [logicalId, res] of Object.entries(view.oldResources)) {
    const doc = res.Type === 'AWS::IAM::Role' ? res.Properties?.AssumeRolePolicyDocument : undefined;
    if (!isRecord(doc)) continue;
    const id = roleIdOf(logicalId, 'before');
    if (!id.unknowns && affected.has(id.role)) out.trustBefore[id.role] ??= JSON.stringify(renderIntrinsics(doc));
  }
  return out;
}

/**
 * Compute resources whose template is unchanged but whose role is replaced: they are re-pointed to the
 * new role at deploy, so they move from the old role to the new one (a change set lists them as Dynamic).
 */
function withFollowers(view: StackView): ResourceDelta[] {
  const replaced = new Set(view.deltas.filter((d) => d.type === 'AWS::IAM::Role' && d.action === 'modify' && d.replacement !== 'no').map((d) => d.logicalId));
  if (replaced.size === 0) return view.deltas;
  const listed = new Set(view.deltas.map((d) => d.logicalId));
  const extra: ResourceDelta[] = [];
  for (const [id, res] of Object.entries(view.newResources)) {
    const spec = ROLE_USERS[res.Type];
    const old = view.oldResources[id];
    if (!spec || listed.has(id) || !old || old.Type !== res.Type) continue;
    const causes = spec.props.flatMap((p) => {
      const ref = resolveRoleRef(res.Properties?.[p]);
      return ref.kind === 'logical' && replaced.has(ref.logicalId) ? [`${ref.logicalId}.Arn`] : [];
    });
    if (causes.length === 0) continue;
    extra.push({
      logicalId: id,
      type: res.Type,
      action: 'modify',
      replacement: 'no',
      replacedBecause: [],
      changedProperties: spec.props,
      before: old.Properties ?? {},
      after: res.Properties ?? {},
      actions: ['[~]', 'role replaced'],
      causedBy: causes,
    });
  }
  return [...view.deltas, ...extra];
}

function doc(v: unknown): Record<string, unknown> | null {
  const r = renderIntrinsics(v);
  return isRecord(r) ? r : null;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
