/**
 * CloudFormation values as they appear in templates: intrinsic functions (`Ref`, `Fn::GetAtt`, `Fn::Join`,
 * `Fn::Sub`…) rendered to stable `${…}` text, and role references resolved to the logical ID or name they
 * name. What cannot be resolved is reported with a reason, never guessed.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** CloudFormation's placeholder for a value it only knows while the change set executes. */
export const KNOWN_AFTER_APPLY = '{{changeSet:KNOWN_AFTER_APPLY}}';

function intrinsicKey(v: Record<string, unknown>): string | undefined {
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const k = keys[0] as string;
  return k === 'Ref' || k.startsWith('Fn::') ? k : undefined;
}

/**
 * Renders intrinsics to text the way `cdk diff` shows them (`${Role.Arn}`, `${AWS::Partition}`), so both
 * sides of a diff compare as strings and policy documents parse. Deep: documents keep their shape.
 */
export function renderIntrinsics(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renderIntrinsics);
  if (!isRecord(value)) return value;
  const key = intrinsicKey(value);
  if (key === undefined) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderIntrinsics(v);
    return out;
  }
  return renderIntrinsic(key, value[key]);
}

function renderIntrinsic(key: string, arg: unknown): string {
  if (key === 'Ref' && typeof arg === 'string') return `\${${arg}}`;
  if (key === 'Fn::GetAtt') {
    if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string') {
      const attr = typeof arg[1] === 'string' ? arg[1] : JSON.stringify(renderIntrinsics(arg[1]));
      return `\${${arg[0]}.${attr}}`;
    }
    if (typeof arg === 'string') return `\${${arg}}`;
  }
  if (key === 'Fn::Join' && Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
    const parts = arg[1].map((p) => {
      const r = renderIntrinsics(p);
      return typeof r === 'string' ? r : JSON.stringify(r);
    });
    return parts.join(arg[0]);
  }
  if (key === 'Fn::Sub') {
    if (typeof arg === 'string') return arg;
    if (Array.isArray(arg) && typeof arg[0] === 'string' && isRecord(arg[1])) {
      const vars = arg[1];
      return arg[0].replace(/\$\{([^}!]+)\}/g, (whole, name: string) => {
        if (!(name in vars)) return whole;
        const r = renderIntrinsics(vars[name]);
        return typeof r === 'string' ? r : JSON.stringify(r);
      });
    }
  }
  // Fn::If, Fn::ImportValue, Fn::Select…: kept visible and stable, marked as a function.
  return `\${${key}(${JSON.stringify(renderIntrinsics(arg))})}`;
}

/** A role a value refers to: a resource of the same template, a name, or unknown with a reason. */
export type RoleRef =
  | { kind: 'logical'; logicalId: string }
  | { kind: 'name'; name: string; arn?: string }
  | { kind: 'unknown'; reason: string };

const ROLE_ARN = /^arn:[^:]+:iam::[^:]*:role\/(?:[^/]+\/)*([^/]+)$/;
const RENDERED_ROLE_ARN = /^arn:(?:\$\{AWS::Partition\}|aws[a-z-]*):iam::(?:\$\{AWS::AccountId\}|\d{12}):role\/(?:[^/${}]+\/)*([^/${}]+)$/;

/** Resolves what a compute property (`Role`, `TaskRoleArn`) or a policy's `Roles` entry points at. */
export function resolveRoleRef(value: unknown): RoleRef {
  if (typeof value === 'string') {
    if (value === KNOWN_AFTER_APPLY) return { kind: 'unknown', reason: 'known only when the change set executes' };
    const arn = ROLE_ARN.exec(value);
    if (arn) return { kind: 'name', name: arn[1] as string, arn: value };
    if (value.startsWith('arn:')) return { kind: 'unknown', reason: `"${value}" is not a role ARN` };
    if (value.includes('${') || value.includes('{{')) return { kind: 'unknown', reason: `unresolvable value "${value}"` };
    return { kind: 'name', name: value };
  }
  if (isRecord(value)) {
    const key = intrinsicKey(value);
    const arg = key ? value[key] : undefined;
    if (key === 'Ref' && typeof arg === 'string') {
      if (arg.startsWith('AWS::')) return { kind: 'unknown', reason: `Ref ${arg} is not a role` };
      return { kind: 'logical', logicalId: arg };
    }
    if (key === 'Fn::GetAtt') {
      const [id, attr] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
      if (typeof id === 'string' && (attr === 'Arn' || attr === 'RoleId' || attr === undefined)) return { kind: 'logical', logicalId: id };
    }
    if (key === 'Fn::Join' || key === 'Fn::Sub') {
      const text = renderIntrinsic(key, arg);
      const m = RENDERED_ROLE_ARN.exec(text);
      if (m) return { kind: 'name', name: m[1] as string };
      const ref = /^\$\{([A-Za-z0-9]+)(?:\.Arn)?\}$/.exec(text);
      if (ref) return { kind: 'logical', logicalId: ref[1] as string };
      return { kind: 'unknown', reason: `unresolvable intrinsic ${text}` };
    }
    return { kind: 'unknown', reason: `unresolvable intrinsic ${JSON.stringify(value)}` };
  }
  return { kind: 'unknown', reason: `unexpected value ${JSON.stringify(value)}` };
}

/** What a `ManagedPolicyArns` entry attaches: an AWS managed policy, a policy of this template, or an ARN. */
export type ManagedPolicyRef =
  | { kind: 'aws'; name: string; arn: string }
  | { kind: 'logical'; logicalId: string }
  | { kind: 'arn'; arn: string }
  | { kind: 'unknown'; reason: string; text: string };

const AWS_MANAGED = /^arn:(?:\$\{AWS::Partition\}|aws[a-z-]*):iam::aws:policy\/(?:.+\/)?([^/]+)$/;

export function resolveManagedPolicyRef(value: unknown): ManagedPolicyRef {
  if (isRecord(value) && intrinsicKey(value) === 'Ref' && typeof value.Ref === 'string' && !value.Ref.startsWith('AWS::')) {
    return { kind: 'logical', logicalId: value.Ref };
  }
  const rendered = renderIntrinsics(value);
  const text = typeof rendered === 'string' ? rendered : JSON.stringify(rendered);
  const aws = AWS_MANAGED.exec(text);
  if (aws) return { kind: 'aws', name: aws[1] as string, arn: text };
  if (/^arn:[^:]+:iam::\d{12}:policy\//.test(text)) return { kind: 'arn', arn: text };
  if (text === KNOWN_AFTER_APPLY) return { kind: 'unknown', reason: 'known only when the change set executes', text };
  return { kind: 'unknown', reason: `unresolvable managed policy reference ${text}`, text };
}

/** A literal string property, or undefined when absent or an intrinsic. */
export function literal(value: unknown): string | undefined {
  return typeof value === 'string' && !value.includes('{{') ? value : undefined;
}
