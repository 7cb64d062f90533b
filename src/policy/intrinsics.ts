/**
 * CloudFormation templates (cdk.out, change sets) write ARNs in policies as intrinsic functions. A policy
 * is compared by what it names, so an intrinsic becomes a readable, stable token instead of making the
 * whole document unparseable: `{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::b"]]}` →
 * `arn:${AWS::Partition}:s3:::b`, `{"Fn::GetAtt": ["Queue", "Arn"]}` → `${Queue.Arn}`.
 */

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The single `Ref` / `Fn::*` key of an intrinsic, or null when `v` is not one. */
function intrinsicName(v: unknown): string | null {
  if (!isRecord(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  const k = keys[0] as string;
  return k === 'Ref' || k.startsWith('Fn::') ? k : null;
}

export function isIntrinsic(v: unknown): boolean {
  return intrinsicName(v) !== null;
}

/** A string or intrinsic as text; null when `v` is neither (the caller reports the shape error). */
export function intrinsicText(v: unknown, depth = 0): string | null {
  if (typeof v === 'string') return v;
  const name = intrinsicName(v);
  if (name === null || depth > 20) return null;
  const arg = (v as Record<string, unknown>)[name];
  switch (name) {
    case 'Ref':
      return typeof arg === 'string' ? `\${${arg}}` : opaque(name, arg);
    case 'Fn::GetAtt': {
      if (typeof arg === 'string') return `\${${arg}}`;
      if (Array.isArray(arg) && arg.every((x) => typeof x === 'string')) return `\${${arg.join('.')}}`;
      return opaque(name, arg);
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return opaque(name, arg);
      const parts = arg[1].map((p) => intrinsicText(p, depth + 1));
      return parts.every((p) => p !== null) ? parts.join(arg[0]) : opaque(name, arg);
    }
    case 'Fn::Sub': {
      if (typeof arg === 'string') return arg;
      if (Array.isArray(arg) && typeof arg[0] === 'string' && isRecord(arg[1])) {
        const vars = arg[1];
        // Variables given inline are substituted; the rest stay `${Name}` like a plain Fn::Sub.
        return arg[0].replace(/\$\{([^}!]+)\}/g, (whole, key: string) => {
          const text = Object.hasOwn(vars, key) ? intrinsicText(vars[key], depth + 1) : null;
          return text ?? whole;
        });
      }
      return opaque(name, arg);
    }
    case 'Fn::ImportValue': {
      const inner = intrinsicText(arg, depth + 1);
      return inner !== null ? `\${ImportValue:${inner}}` : opaque(name, arg);
    }
    default:
      return opaque(name, arg);
  }
}

/** Intrinsics whose value only the deployment knows (`Fn::If`, `Fn::Select`…): a stable token that says so. */
function opaque(name: string, arg: unknown): string {
  return `\${${name}:${JSON.stringify(arg)}}`;
}
