/**
 * Everything the effect builders look up, indexed once per plan: changes by address and by
 * block, configuration expressions and prior_state. Role and policy references are resolved here.
 */
import {
  blockAddress,
  configModulePath,
  formatAddress,
  formatModulePath,
  parseAddress,
  parseReference,
  type InstanceKey,
  type ModuleStep,
  type ResourceAddress,
} from './address.js';
import { isObject, type PlanDigest } from './digest.js';
import type { PriorResource, ResourceChange } from './schema.js';
import { MANAGED_POLICY, POLICY_DOCUMENT, ROLE } from './types.js';
import { KNOWN_AFTER_APPLY, Masker, Side, SENSITIVE } from './values.js';

export type SideName = 'before' | 'after';

export interface RoleId {
  name: string;
  arn?: string;
  unknowns: string[];
}

/** A policy document as the plan gives it on one side. */
export type PolicyRead =
  | { state: 'known'; doc: string | Record<string, unknown> }
  | { state: 'unknown'; why: string }
  | { state: 'absent' };

const ROLE_ARN = /^arn:aws[a-z-]*:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/;
const QUOTED_REFERENCE = /^(data\.)?aws_iam_role\.[A-Za-z0-9_-]+\.(arn|name|id)$/;

export class PlanContext {
  readonly masker = new Masker();
  readonly warnings: string[] = [];
  private readonly addresses = new Map<ResourceChange, ResourceAddress | null>();
  private readonly byAddress = new Map<string, ResourceChange>();
  private readonly byBlock = new Map<string, ResourceChange[]>();
  private readonly sides = new Map<ResourceChange, { before: Side; after: Side }>();
  private readonly warned = new Set<string>();

  private readonly moduleCache = new Map<string, ModuleStep[] | null>();
  private readonly canonical = new Map<ResourceChange, string>();
  private readonly prior = new Map<string, PriorResource>();

  constructor(readonly digest: PlanDigest) {
    for (const rc of digest.changes) {
      const a = this.address(rc);
      const canonical = a ? formatAddress(a) : rc.address;
      this.canonical.set(rc, canonical);
      if (rc.deposed) continue; // a deposed object is never what a reference points at
      this.byAddress.set(canonical, rc);
      if (!a) continue;
      const key = this.blockKey(a.modules, a);
      const list = this.byBlock.get(key);
      if (list) list.push(rc);
      else this.byBlock.set(key, [rc]);
    }
    // Keys are compared in one spelling: Terraform's quoting of odd for_each keys varies by version.
    for (const [address, r] of digest.prior) {
      let key = address;
      try {
        key = formatAddress(parseAddress(address));
      } catch {
        // kept as written
      }
      this.prior.set(key, r);
    }
  }

  private readonly memo = new Map<string, unknown>();

  /** Policy documents repeat across for_each instances: compute each (document, label) once. */
  memoize<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  warnOnce(text: string): void {
    if (this.warned.has(text)) return;
    this.warned.add(text);
    this.warnings.push(text);
  }

  address(rc: ResourceChange): ResourceAddress | null {
    let a = this.addresses.get(rc);
    if (a === undefined) {
      a = this.parseChangeAddress(rc);
      if (!a) this.warnOnce(`address ${rc.address} could not be parsed; its references are not resolved`);
      this.addresses.set(rc, a);
    }
    return a;
  }

  /** Built from the change's own fields; only the module path is parsed (once per module instance). */
  private parseChangeAddress(rc: ResourceChange): ResourceAddress | null {
    let modules: ModuleStep[] | null;
    if (rc.module_address !== undefined) {
      const cached = this.moduleCache.get(rc.module_address);
      if (cached !== undefined) modules = cached;
      else {
        try {
          modules = parseAddress(`${rc.module_address}.m.m`).modules;
        } catch {
          modules = null;
        }
        this.moduleCache.set(rc.module_address, modules);
      }
    } else if (rc.address.startsWith('module.')) {
      try {
        return parseAddress(rc.address);
      } catch {
        return null;
      }
    } else modules = [];
    if (!modules) return null;
    const a: ResourceAddress = { modules, mode: rc.mode, type: rc.type, name: rc.name };
    if (rc.index !== undefined) a.key = rc.index;
    return a;
  }

  private blockKey(modules: readonly ModuleStep[], a: Pick<ResourceAddress, 'mode' | 'type' | 'name'>): string {
    return `${formatModulePath(modules)}|${blockAddress(a)}`;
  }

  side(rc: ResourceChange, which: SideName): Side {
    let s = this.sides.get(rc);
    if (!s) {
      const c = rc.change;
      s = {
        before: new Side(c.before, c.before_sensitive, undefined, this.masker, `${rc.address}${rc.deposed ?? ''}|before`),
        after: new Side(c.after, c.after_sensitive, c.after_unknown, this.masker, `${rc.address}${rc.deposed ?? ''}|after`),
      };
      this.sides.set(rc, s);
    }
    return s[which];
  }

  /** prior_state values of an instance, as a Side (sensitivity honoured). */
  priorSide(address: string): Side | undefined {
    const r = this.prior.get(address);
    if (!r) return undefined;
    return new Side(r.values, r.sensitive_values, undefined, this.masker, `${address}|prior`);
  }

  expressions(rc: ResourceChange): Record<string, unknown> | undefined {
    const a = this.address(rc);
    if (!a) return undefined;
    return this.digest.config.get(`${configModulePath(a.modules)}|${blockAddress(a)}`);
  }

  /** Name and ARN of the role a role change describes, on one side. */
  roleOf(rc: ResourceChange, which: SideName): RoleId {
    const side = this.side(rc, which);
    const other = this.side(rc, which === 'after' ? 'before' : 'after');
    const replace = isReplace(rc.change.actions);
    const unknowns: string[] = [];
    const nameRead = side.get('name');
    const arnRead = side.get('arn');
    // A sensitive value is never looked up elsewhere: the other side or prior_state would reveal it.
    let name = knownText(nameRead);
    let arn = knownText(arnRead);
    if (name === undefined && nameRead.state !== 'sensitive' && which === 'after' && !replace) {
      // An in-place update keeps the name.
      name = knownText(other.get('name'));
    }
    if (arn === undefined && arnRead.state !== 'sensitive' && !replace) arn = knownText(other.get('arn'));
    const priorAllowed = !isCreate(rc.change.actions) && (which === 'before' || !replace);
    if (priorAllowed && (name === undefined || arn === undefined)) {
      const prior = this.priorSide(this.canonical.get(rc) ?? rc.address);
      if (prior) {
        if (name === undefined && nameRead.state !== 'sensitive') name = knownText(prior.get('name'));
        if (arn === undefined && arnRead.state !== 'sensitive') arn = knownText(prior.get('arn'));
      }
    }
    if (name === undefined) {
      if (nameRead.state === 'sensitive') {
        name = SENSITIVE;
        unknowns.push('role name marked sensitive in the plan');
      } else {
        name = rc.address;
        unknowns.push(`role name ${KNOWN_AFTER_APPLY} (${rc.address})`);
      }
    }
    const id: RoleId = { name, unknowns };
    if (arn !== undefined) id.arn = arn;
    return id;
  }

  private known(side: Side, attr: string): string | undefined {
    const r = side.get(attr);
    return r.state === 'known' && typeof r.value === 'string' && r.value !== '' ? r.value : undefined;
  }

  /**
   * The role an attribute names (`role`, `role_arn`, …) on one side. Unknown values are resolved
   * through configuration references and prior_state; null when the attribute is not set.
   */
  roleFromAttribute(rc: ResourceChange, which: SideName, attr: string | (string | number)[]): RoleId | null {
    const path = Array.isArray(attr) ? attr : [attr];
    const r = this.side(rc, which).get(...path);
    if (r.state === 'absent') return null;
    if (r.state === 'sensitive') return { name: SENSITIVE, unknowns: ['role marked sensitive in the plan'] };
    if (r.state === 'known') return typeof r.value === 'string' && r.value !== '' ? this.roleFromValue(r.value, rc.address) : null;
    const resolved = typeof path[0] === 'string' && path.length === 1 ? this.resolveRoleExpression(rc, path[0]) : null;
    if (resolved) return resolved;
    return { name: `${rc.address}.${path.join('.')}`, unknowns: [`role ${KNOWN_AFTER_APPLY} (${rc.address}.${path.join('.')})`] };
  }

  roleFromValue(value: string, where: string): RoleId {
    const m = ROLE_ARN.exec(value);
    if (m) return { name: m[1]!, arn: value, unknowns: [] };
    if (QUOTED_REFERENCE.test(value)) {
      this.warnOnce(`${where}: the role is the literal string "${value}", which looks like a quoted reference; read as a role name`);
    }
    return { name: value, unknowns: [] };
  }

  private resolveRoleExpression(rc: ResourceChange, attr: string): RoleId | null {
    const a = this.address(rc);
    const expr = this.expressions(rc)?.[attr];
    if (!a || !isObject(expr)) return null;
    return this.roleFromExpression(a.modules, expr, a.key, 0);
  }

  private roleFromExpression(scope: readonly ModuleStep[], expr: Record<string, unknown>, ownKey: InstanceKey | undefined, depth: number): RoleId | null {
    if (typeof expr.constant_value === 'string') return this.roleFromValue(expr.constant_value, formatModulePath(scope) || 'root module');
    const refs = Array.isArray(expr.references) ? expr.references.filter((x): x is string => typeof x === 'string') : [];
    for (const text of refs) {
      const ref = parseReference(text);
      if (ref.kind === 'resource' && ref.type === ROLE) {
        const rc = this.pickInstance(scope, ref, ownKey);
        if (rc === 'ambiguous') return null;
        if (rc) return this.roleOf(rc, 'after');
        const prior = this.priorSide(this.instanceAddress(scope, ref, ref.key));
        const name = prior && this.known(prior, 'name');
        if (prior && name) {
          const arn = this.known(prior, 'arn');
          return arn ? { name, arn, unknowns: [] } : { name, unknowns: [] };
        }
      } else if (ref.kind === 'variable' && scope.length > 0 && depth < 16) {
        // `var.role_arn` inside a module: the module call's argument, evaluated in the parent module.
        const input = this.digest.moduleInputs.get(`${configModulePath(scope)}|${ref.name}`);
        const self = scope[scope.length - 1]!;
        if (isObject(input)) {
          const id = this.roleFromExpression(scope.slice(0, -1), input, self.key, depth + 1);
          if (id) return id;
        }
      } else if (ref.kind === 'module-output' && depth < 16) {
        const childScope = [...scope, ref.key === undefined ? { name: ref.module } : { name: ref.module, key: ref.key }];
        const out = this.digest.moduleOutputs.get(`${configModulePath(childScope)}|${ref.output}`);
        if (isObject(out)) {
          const id = this.roleFromExpression(childScope, out, undefined, depth + 1);
          if (id) return id;
        }
      }
    }
    return null;
  }

  private instanceAddress(scope: readonly ModuleStep[], ref: { mode: 'managed' | 'data'; type: string; name: string }, key: InstanceKey | undefined): string {
    const a: ResourceAddress = { modules: [...scope], mode: ref.mode, type: ref.type, name: ref.name };
    if (key !== undefined) a.key = key;
    return formatAddress(a);
  }

  /** The instance a reference means: by its key, the only one, or the one with the referrer's own key. */
  private pickInstance(
    scope: readonly ModuleStep[],
    ref: { mode: 'managed' | 'data'; type: string; name: string; key?: InstanceKey },
    ownKey: InstanceKey | undefined,
  ): ResourceChange | undefined | 'ambiguous' {
    const candidates = this.byBlock.get(this.blockKey(scope, ref));
    if (!candidates || candidates.length === 0) return undefined;
    if (ref.key !== undefined) return this.byAddress.get(this.instanceAddress(scope, ref, ref.key));
    if (candidates.length === 1) return candidates[0];
    if (ownKey !== undefined) {
      const same = this.byAddress.get(this.instanceAddress(scope, ref, ownKey));
      if (same) return same;
    }
    return 'ambiguous';
  }

  /** A policy document attribute, resolving unknown values through policy-document data sources. */
  policy(rc: ResourceChange, which: SideName, path: (string | number)[]): PolicyRead | { state: 'sensitive' } {
    const r = this.side(rc, which).get(...path);
    if (r.state === 'sensitive') return r;
    if (r.state === 'absent') return r;
    if (r.state === 'known') {
      if (typeof r.value === 'string' && r.value.trim() === '') return { state: 'absent' };
      return typeof r.value === 'string' || isObject(r.value) ? { state: 'known', doc: r.value } : { state: 'absent' };
    }
    const a = this.address(rc);
    let expr: unknown = this.expressions(rc);
    for (const p of path) expr = isObject(expr) || Array.isArray(expr) ? (expr as Record<string, unknown>)[p as never] : undefined;
    if (a && isObject(expr)) {
      const doc = this.documentFromExpression(a.modules, expr, a.key);
      if (doc) return doc;
    }
    return { state: 'unknown', why: `policy ${KNOWN_AFTER_APPLY}` };
  }

  private documentFromExpression(scope: readonly ModuleStep[], expr: Record<string, unknown>, ownKey: InstanceKey | undefined): PolicyRead | null {
    const refs = Array.isArray(expr.references) ? expr.references.filter((x): x is string => typeof x === 'string') : [];
    for (const text of refs) {
      const ref = parseReference(text);
      if (ref.kind !== 'resource') continue;
      const isDoc = ref.mode === 'data' && ref.type === POLICY_DOCUMENT;
      const isPolicy = ref.mode === 'managed' && ref.type === MANAGED_POLICY;
      if (!isDoc && !isPolicy) continue;
      const attr = isDoc ? 'json' : 'policy';
      const rc = this.pickInstance(scope, ref, ownKey);
      if (rc === 'ambiguous') return null;
      if (rc) {
        const side = this.side(rc, rc.change.after === null ? 'before' : 'after');
        const v = side.get(attr);
        if (v.state === 'known' && typeof v.value === 'string') return { state: 'known', doc: v.value };
        if (v.state === 'sensitive') return { state: 'unknown', why: 'policy marked sensitive in the plan' };
        return { state: 'unknown', why: `policy ${KNOWN_AFTER_APPLY} (${rc.address}.${attr})` };
      }
      const prior = this.priorSide(this.instanceAddress(scope, ref, ref.key ?? ownKey));
      const doc = prior?.text(attr);
      if (doc) return { state: 'known', doc };
    }
    return null;
  }

  /** All changes of a resource block in a module instance (for `aws_iam_policy.p` → its instances). */
  resolveResource(rc: ResourceChange, attr: string, type: string): ResourceChange | undefined {
    const a = this.address(rc);
    const expr = this.expressions(rc)?.[attr];
    if (!a || !isObject(expr) || !Array.isArray(expr.references)) return undefined;
    for (const text of expr.references) {
      if (typeof text !== 'string') continue;
      const ref = parseReference(text);
      if (ref.kind === 'resource' && ref.mode === 'managed' && ref.type === type) {
        const found = this.pickInstance(a.modules, ref, a.key);
        return found === 'ambiguous' ? undefined : found;
      }
    }
    return undefined;
  }

  /** Roles named by an unknown list attribute (`roles = [aws_iam_role.a.name, …]`), through configuration. */
  rolesFromListExpression(rc: ResourceChange, attr: string): RoleId[] | null {
    const a = this.address(rc);
    const expr = this.expressions(rc)?.[attr];
    if (!a || !isObject(expr) || !Array.isArray(expr.references)) return null;
    const out = new Map<string, RoleId>();
    for (const text of expr.references) {
      if (typeof text !== 'string') continue;
      const ref = parseReference(text);
      if (ref.kind !== 'resource' || ref.type !== ROLE) continue;
      // `aws_iam_role.a.name` and `aws_iam_role.a` name the same role: resolve each once.
      const id = this.roleFromExpression(a.modules, { references: [text] }, a.key, 0);
      if (id) out.set(id.name, id);
    }
    return out.size ? [...out.values()] : null;
  }

  private policiesByArn: Map<string, ResourceChange> | undefined;

  /** A managed policy of the plan by ARN (either side). */
  managedPolicyByArn(arn: string): ResourceChange | undefined {
    if (!this.policiesByArn) {
      this.policiesByArn = new Map();
      for (const rc of this.digest.changes) {
        if (rc.mode !== 'managed' || rc.type !== MANAGED_POLICY) continue;
        for (const which of ['before', 'after'] as const) {
          const a = this.side(rc, which).text('arn');
          if (a) this.policiesByArn.set(a, rc);
        }
      }
    }
    return this.policiesByArn.get(arn);
  }
}

function knownText(r: ReturnType<Side['get']>): string | undefined {
  return r.state === 'known' && typeof r.value === 'string' && r.value !== '' ? r.value : undefined;
}

// Read by what the actions contain, so a combination a newer Terraform adds (`["delete","archive"]`)
// still counts as the deletion it contains instead of being dropped.
export function isCreate(actions: readonly string[]): boolean {
  return actions.includes('create') && !actions.includes('delete');
}
export function isDelete(actions: readonly string[]): boolean {
  return actions.includes('delete') && !actions.includes('create');
}
export function isReplace(actions: readonly string[]): boolean {
  return actions.includes('delete') && actions.includes('create');
}
export function isUpdate(actions: readonly string[]): boolean {
  return actions.includes('update') && !actions.includes('delete') && !actions.includes('create');
}
