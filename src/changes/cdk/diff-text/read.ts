/**
 * `--cdk-diff FILE`: effects from the text of `cdk diff`. The text shows less than a template (no
 * physical names, no properties of added or removed resources), so roles are `Stack/LogicalId` unless
 * the diff itself shows RoleName, and dependents of destroyed compute cannot be tied to a role.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../../../errors.js';
import type { InputSpec } from '../../../inputs.js';
import type { Effect, IamChange, InputReading, PermissionDelta } from '../../../model/change.js';
import { awsManagedPolicy, deltaPermissionCount, diffPermissions, diffTrust, managedPolicyName } from '../../../policy/index.js';
import { resolveRoleRef } from '../intrinsics.js';
import { PHYSICAL_NAME_UNKNOWN, ROLE_USERS } from '../model.js';
import { logicalIdForDisplayedPath } from './logical-id.js';
import { cleanLines, parseCdkDiff, type StackDiff, type TableRow } from './parse.js';

const STATEMENTS_LABEL = 'cdk diff IAM Statement Changes';

export async function readCdkDiffFile(spec: Extract<InputSpec, { kind: 'cdk-diff' }>): Promise<InputReading> {
  let text: string;
  try {
    text = await readFile(spec.path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(spec.path, code === 'ENOENT' ? 'cdk diff output not found' : `cannot read cdk diff output (${code ?? 'error'})`);
  }
  return readCdkDiffText(text, spec.path, spec.label);
}

export function readCdkDiffText(text: string, file: string, label: string): InputReading {
  const lines = cleanLines(text);
  const firstLine = lines.findIndex((l) => l.trim() !== '') + 1 || 1;
  const first = lines[firstLine - 1]?.trim() ?? '';
  if (first.startsWith('{') || first.startsWith('[')) {
    throw new InputError(file, 'this is JSON, not `cdk diff` text: pass a cdk.out with --cdk-out, a change set with --change-set, or a plan with --plan', `line ${firstLine}`);
  }
  if (text.trim() === '') {
    throw new InputError(file, 'empty: `cdk diff` writes its diff to stderr, capture it with `cdk diff 2>&1 | tee FILE`', 'line 1');
  }
  const parsed = parseCdkDiff(text);
  if (parsed.recognized === 0) {
    throw new InputError(file, 'not `cdk diff` output: no "Stack <name>" line, IAM table or Resources section', `line ${firstLine}`);
  }
  if (parsed.cutTable) {
    throw new InputError(
      file,
      `the ${parsed.cutTable.section} table is cut off (no closing └ line): capture the whole output with \`cdk diff 2>&1 | tee FILE\``,
      `line ${parsed.cutTable.line}`,
    );
  }
  const reading: InputReading = { input: label, source: 'cdk', file, changes: [], sensitiveMasked: 0, warnings: [], managedPolicies: [] };
  reading.meta = { stacks: String(parsed.stacks.length), form: 'cdk diff text' };
  for (const stack of parsed.stacks) readStack(stack, reading, file);
  return reading;
}

interface RoleEntry {
  role: string;
  logicalId: string;
  unknowns?: string[];
  change: IamChange;
}

function readStack(s: StackDiff, reading: InputReading, file: string): void {
  const pathToLogical = new Map<string, string>();
  const byLogical = new Map(s.resources.map((r) => [r.logicalId, r]));
  for (const r of s.resources) pathToLogical.set(r.path, r.logicalId);
  const derivedIds = new Set<string>();
  const logicalOf = (pathOrId: string): string => {
    const known = pathToLogical.get(pathOrId) ?? (byLogical.has(pathOrId) ? pathOrId : undefined);
    if (known) return known;
    derivedIds.add(pathOrId);
    return logicalIdForDisplayedPath(pathOrId);
  };

  const roles = new Map<string, RoleEntry>();
  const entry = (logicalId: string, resourceType = 'AWS::IAM::Role', actions: string[] = []): RoleEntry => {
    let e = roles.get(logicalId);
    if (!e) {
      const res = byLogical.get(logicalId);
      const roleName = res?.type === 'AWS::IAM::Role' ? res.properties.find((p) => p.name === 'RoleName')?.before : undefined;
      const name = roleName && !roleName.includes('${') ? roleName : undefined;
      const change: IamChange = {
        source: 'cdk',
        input: reading.input,
        address: `${s.stack}/${logicalId}`,
        resourceType: res?.type ?? resourceType,
        actions: res ? [`[${res.sign}]`, ...(res.impact ? [res.impact] : [])] : actions,
        roles: [],
        effects: [],
      };
      e = { role: name ?? `${s.stack}/${logicalId}`, logicalId, change, ...(name ? {} : { unknowns: [PHYSICAL_NAME_UNKNOWN] }) };
      roles.set(logicalId, e);
    }
    for (const a of actions) if (!e.change.actions.includes(a)) e.change.actions.push(a);
    return e;
  };
  const push = (e: RoleEntry, effect: Effect): void => {
    e.change.effects.push(effect);
    if (!e.change.roles.includes(effect.role)) e.change.roles.push(effect.role);
  };
  const base = (e: RoleEntry) => ({ role: e.role, ...(e.unknowns ? { unknowns: [...e.unknowns] } : {}) });

  // Roles the diff creates or destroys: their statements and policies come and go with them.
  const whole = new Set<string>();
  for (const r of s.resources) {
    if (r.type !== 'AWS::IAM::Role') continue;
    if (r.sign === '-') {
      const e = entry(r.logicalId);
      whole.add(r.logicalId);
      push(e, { ...base(e), kind: 'deleted', summary: `role ${e.role} deleted (${e.change.address} destroyed)` });
    } else if (r.sign === '+') {
      const e = entry(r.logicalId);
      whole.add(r.logicalId);
      push(e, { ...base(e), kind: 'created', summary: `role ${e.role} created` });
    } else if (r.sign === '~') {
      const e = entry(r.logicalId);
      if (r.impact === 'replace' || r.impact === 'may be replaced') {
        const causes = r.properties.filter((p) => p.impact).map((p) => p.name);
        const newName = r.properties.find((p) => p.name === 'RoleName')?.after;
        const maybe = r.impact === 'may be replaced';
        const because = causes.length > 0 ? `${causes.join(', ')} changed` : undefined;
        push(e, {
          ...base(e),
          kind: 'replaced',
          summary: maybe
            ? `role ${e.role} may be replaced${because ? ` (${because})` : ''}`
            : `role ${e.role} replaced${newName ? ` by ${newName}` : ''}${because ? ` (${because})` : ''}`,
          ...(newName && !newName.includes('${') ? { newName } : {}),
          ...(because || maybe ? { because: `${because ?? 'replacement'}${maybe ? ' (may be replaced: decided at deploy)' : ''}` } : {}),
        });
      }
      const boundary = r.properties.find((p) => p.name === 'PermissionsBoundary');
      if (boundary) {
        const before = boundary.sign === '+' ? null : (boundary.before ?? undefined);
        const after = boundary.sign === '-' ? null : (boundary.after ?? undefined);
        push(e, {
          ...base(e),
          kind: 'boundary-changed',
          summary: `permissions boundary of ${e.role} changed`,
          ...(before !== undefined ? { before } : {}),
          ...(after !== undefined ? { after } : {}),
          ...(before === undefined || after === undefined ? { unknowns: [...(e.unknowns ?? []), 'boundary value not shown in cdk diff text'] } : {}),
        });
      }
    }
  }

  // Statements, grouped per role and side, then diffed as documents by the policy module.
  const trust = new Map<string, { before: unknown[]; after: unknown[] }>();
  const perms = new Map<string, { before: unknown[]; after: unknown[] }>();
  const sideOf = (m: typeof trust, id: string) => {
    let v = m.get(id);
    if (!v) m.set(id, (v = { before: [], after: [] }));
    return v;
  };
  for (const row of s.statements) {
    const resources = row.cells.Resource ?? [];
    const actions = row.cells.Action ?? [];
    const principals = row.cells.Principal ?? [];
    const effect = (row.cells.Effect ?? ['Allow'])[0] === 'Deny' ? 'Deny' : 'Allow';
    const condition = parseCondition(row, file, reading);
    const actionField = actionsOf(actions);
    const roleArn = resources.length === 1 ? /^\$\{(.+)\.Arn\}$/.exec(resources[0] as string) : null;
    const isTrust = roleArn && actions.length > 0 && actions.every((a) => /^sts:/i.test(a.replace(/^NOT /, '')));
    if (isTrust) {
      const id = logicalOf(roleArn[1] as string);
      const stmt = { Effect: effect, ...actionField, Principal: principalOf(principals), ...(condition ? { Condition: condition } : {}) };
      sideOf(trust, id)[row.sign === '-' ? 'before' : 'after'].push(stmt);
      continue;
    }
    for (const p of principals) {
      const m = /^AWS:\$\{([^}.]+)\}$/.exec(p);
      if (!m) continue;
      const id = logicalOf(m[1] as string);
      const res = byLogical.get(id);
      if (res && res.type !== 'AWS::IAM::Role') continue;
      const stmt = { Effect: effect, ...actionField, ...resourceField(resources), ...(condition ? { Condition: condition } : {}) };
      sideOf(perms, id)[row.sign === '-' ? 'before' : 'after'].push(stmt);
    }
  }
  for (const [id, sides] of trust) {
    if (whole.has(id)) continue;
    const e = entry(id, 'AWS::IAM::Role', ['IAM Statement Changes']);
    const before = sides.before.length ? { Version: '2012-10-17', Statement: sides.before } : null;
    const after = sides.after.length ? { Version: '2012-10-17', Statement: sides.after } : null;
    const t = diffTrust(before, after);
    if (t.added.length === 0 && t.removed.length === 0) continue;
    const names = (ps: typeof t.added) => ps.map((p) => p.value).join(', ');
    push(e, {
      ...base(e),
      kind: 'trust-changed',
      summary: `trust policy of ${e.role}: ${[t.removed.length ? `-${names(t.removed)}` : '', t.added.length ? `+${names(t.added)}` : ''].filter(Boolean).join(' ')}`,
      principalsAdded: t.added,
      principalsRemoved: t.removed,
      ...(before ? { before: JSON.stringify(before, null, 2) } : {}),
      ...(after ? { after: JSON.stringify(after, null, 2) } : {}),
    });
  }
  // The table does not say which policy a statement belongs to; when one policy of the stack changes, it is that one.
  const policySources = s.resources.flatMap((r) => {
    if (r.type === 'AWS::IAM::ManagedPolicy') return [`${s.stack}/${r.logicalId}`];
    if (r.type === 'AWS::IAM::Policy' || r.type === 'AWS::IAM::RolePolicy') return [`inline:${r.path}`];
    if (r.type === 'AWS::IAM::Role' && r.properties.some((p) => p.name === 'Policies')) return [`inline policies of ${s.stack}/${r.logicalId}`];
    return [];
  });
  const statementsLabel = policySources.length === 1 ? (policySources[0] as string) : STATEMENTS_LABEL;
  for (const r of s.resources.filter((x) => x.type === 'AWS::IAM::ManagedPolicy' && x.sign !== '+')) {
    reading.managedPolicies?.push({ policy: `${s.stack}/${r.logicalId}`, address: `${s.stack}/${r.logicalId}`, ...(r.sign === '-' ? { deleted: true } : {}) });
  }
  for (const [id, sides] of perms) {
    if (whole.has(id)) continue;
    const e = entry(id, 'AWS::IAM::Role', ['IAM Statement Changes']);
    const before = sides.before.length ? { Version: '2012-10-17', Statement: sides.before } : null;
    const after = sides.after.length ? { Version: '2012-10-17', Statement: sides.after } : null;
    const d = diffPermissions(before, after, statementsLabel);
    permissionEffects(e, d.removed, d.added, 'IAM statements');
  }

  for (const row of s.managedPolicies) {
    const target = (row.cells.Resource ?? [])[0] ?? '';
    const arn = (row.cells['Managed Policy ARN'] ?? []).join('');
    const m = /^\$\{([^}.]+)\}$/.exec(target);
    if (!m) continue;
    const id = logicalOf(m[1] as string);
    const res = byLogical.get(id);
    if (whole.has(id) || (res && res.type !== 'AWS::IAM::Role')) continue;
    const e = entry(id, 'AWS::IAM::Role', ['IAM Policy Changes']);
    const delta = managedDelta(arn, s.stack, logicalOf);
    if (row.sign === '-') permissionEffects(e, delta, null, `managed policy ${delta.policy} detached`);
    else permissionEffects(e, null, delta, `managed policy ${delta.policy} attached`);
  }

  function permissionEffects(e: RoleEntry, removed: PermissionDelta | null, added: PermissionDelta | null, what: string): void {
    if (removed && (deltaPermissionCount(removed) > 0 || removed.unknown)) {
      push(e, { ...base(e), kind: 'permissions-removed', summary: `${what}: permissions removed from ${e.role}`, delta: removed });
    }
    if (added && (deltaPermissionCount(added) > 0 || added.unknown)) {
      push(e, { ...base(e), kind: 'permissions-added', summary: `${what}: permissions added to ${e.role}`, delta: added });
    }
  }

  for (const r of s.resources.filter((x) => x.type === 'AWS::IAM::InstanceProfile')) {
    reading.warnings.push(`${s.stack}/${r.logicalId}: instance profile ${r.sign === '-' ? 'destroyed' : r.sign === '+' ? 'added' : 'changed'}; cdk diff text does not show its role (use --cdk-out or --change-set)`);
  }

  // Compute that names a role: the text shows the role only when the reference itself changes.
  for (const r of s.resources) {
    const spec = ROLE_USERS[r.type];
    if (!spec) continue;
    const address = `${s.stack}/${r.logicalId}`;
    if (r.sign === '+' || r.sign === '-') {
      reading.warnings.push(`${address}: ${r.type} ${r.sign === '-' ? 'destroyed' : 'added'}; cdk diff text does not show its role (use --cdk-out or --change-set to see which role it ${r.sign === '-' ? 'leaves' : 'uses'})`);
      continue;
    }
    for (const p of r.properties.filter((x) => spec.props.includes(x.name))) {
      const before = p.before !== undefined ? resolveRoleRef(p.before) : undefined;
      const after = p.after !== undefined ? resolveRoleRef(p.after) : undefined;
      const dependent = { kind: spec.kind, id: address, via: `${r.type}.${p.name}` };
      const change: IamChange = { source: 'cdk', input: reading.input, address, resourceType: r.type, actions: ['[~]'], roles: [], effects: [] };
      for (const [ref, kind] of [[before, 'dependent-removed'], [after, 'dependent-added']] as const) {
        if (!ref) continue;
        if (ref.kind !== 'name') {
          reading.warnings.push(`${address}.${p.name}: role reference not resolvable from cdk diff text`);
          continue;
        }
        change.effects.push({ role: ref.name, kind, dependent, summary: `${spec.kind} ${address} ${kind === 'dependent-removed' ? 'moves off' : 'moves to'} ${ref.name} (${p.name})` });
        if (!change.roles.includes(ref.name)) change.roles.push(ref.name);
      }
      if (before === undefined && after === undefined) reading.warnings.push(`${address}.${p.name}: role reference changed; cdk diff text does not show the values`);
      if (change.effects.length > 0) reading.changes.push(change);
    }
    if (r.sign === '~' && r.impact === 'replace') {
      reading.warnings.push(`${address}: ${r.type} replaced; cdk diff text does not show its role`);
    }
  }

  for (const e of roles.values()) {
    if (e.change.effects.length === 0) continue;
    if (derivedIds.size > 0 && !byLogical.has(e.logicalId)) {
      e.change.notes = [...(e.change.notes ?? []), 'logical ID derived from the construct path shown by cdk diff'];
    }
    reading.changes.push(e.change);
  }
}

function actionsOf(items: string[]): { Action: string[] } | { NotAction: string[] } {
  if (items.length > 0 && items.every((a) => a.startsWith('NOT '))) return { NotAction: items.map((a) => a.slice(4)) };
  return { Action: items.length > 0 ? items : ['*'] };
}

function resourceField(items: string[]): { Resource: string[] } | { NotResource: string[] } {
  if (items.length > 0 && items.every((a) => a.startsWith('NOT '))) return { NotResource: items.map((a) => a.slice(4)) };
  return { Resource: items.length > 0 ? items : ['*'] };
}

function principalOf(items: string[]): unknown {
  if (items.includes('*')) return '*';
  const out: Record<string, string[]> = {};
  for (const item of items) {
    const i = item.indexOf(':');
    if (i <= 0) continue;
    (out[item.slice(0, i)] ??= []).push(item.slice(i + 1));
  }
  return out;
}

function parseCondition(row: TableRow, file: string, reading: InputReading): Record<string, unknown> | undefined {
  const lines = row.cells.Condition;
  if (!lines || lines.length === 0) return undefined;
  // Cells wrap at the column width, also inside JSON strings: the pieces join without a separator.
  const text = lines.join('');
  for (const candidate of [`{${text}}`, text]) {
    try {
      const v = JSON.parse(candidate) as unknown;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // try the next reading
    }
  }
  reading.warnings.push(`${file} (line ${row.line}): statement condition not readable from the table; compared without it`);
  return undefined;
}

function managedDelta(arn: string, stack: string, logicalOf: (p: string) => string): PermissionDelta {
  const ref = /^\$\{([^}.]+)\}$/.exec(arn);
  if (ref) {
    const label = `${stack}/${logicalOf(ref[1] as string)}`;
    return { policy: label, permissions: [], services: [], unknown: 'customer managed policy of the stack: its document is not in cdk diff text' };
  }
  const name = managedPolicyName(arn.replace('${AWS::Partition}', 'aws'));
  if (name && /:iam::aws:policy\//.test(arn)) {
    return awsManagedPolicy(name) ?? { policy: name, permissions: [], services: [], unknown: `AWS managed policy ${name} is not in the embedded catalog` };
  }
  return { policy: arn, permissions: [], services: [], unknown: 'customer managed policy: content looked up live' };
}
