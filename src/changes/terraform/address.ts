/**
 * Terraform resource addresses and configuration references, parsed with a small tokenizer.
 * for_each keys may hold dots, quotes, brackets and escapes (`module.a["x.y"].aws_iam_role.r["k"]`),
 * so splitting on dots is never right.
 */

export type InstanceKey = string | number;

export interface ModuleStep {
  name: string;
  key?: InstanceKey;
}

export interface ResourceAddress {
  modules: ModuleStep[];
  mode: 'managed' | 'data';
  type: string;
  name: string;
  key?: InstanceKey;
}

type Token =
  | { t: 'ident'; v: string }
  | { t: 'dot' }
  | { t: 'key'; v: InstanceKey }
  | { t: 'splat' };

export class AddressSyntaxError extends Error {}

/** Character classes by code unit (below 128; nothing above is part of a name): 1 starts a name, 2 continues one. */
const IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) IDENT[c] = 1;
  else if (/[0-9-]/.test(ch)) IDENT[c] = 2;
}
const isIdentStart = (code: number): boolean => code < 128 && IDENT[code] === 1;
const isIdentPart = (code: number): boolean => code < 128 && IDENT[code]! > 0;
const isIndexPart = (code: number): boolean => (code >= 0x30 && code <= 0x39) || code === 0x2d;

/** Splits an address or reference into identifiers, dots and bracketed keys. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '.') {
      tokens.push({ t: 'dot' });
      i++;
    } else if (c === '[') {
      i++;
      if (text[i] === '"') {
        const [value, next] = readQuoted(text, i);
        tokens.push({ t: 'key', v: value });
        i = next;
      } else if (text[i] === '*') {
        tokens.push({ t: 'splat' });
        i++;
      } else {
        const start = i;
        while (i < text.length && isIndexPart(text.charCodeAt(i))) i++;
        const digits = text.slice(start, i);
        if (!/^-?[0-9]+$/.test(digits)) throw new AddressSyntaxError(`bad index at ${start} in ${text}`);
        tokens.push({ t: 'key', v: Number(digits) });
      }
      if (text[i] !== ']') throw new AddressSyntaxError(`expected ] at ${i} in ${text}`);
      i++;
    } else if (c === '*') {
      tokens.push({ t: 'splat' });
      i++;
    } else if (isIdentStart(c.charCodeAt(0))) {
      const start = i;
      i++;
      while (i < text.length && isIdentPart(text.charCodeAt(i))) i++;
      tokens.push({ t: 'ident', v: text.slice(start, i) });
    } else {
      throw new AddressSyntaxError(`unexpected ${JSON.stringify(c)} at ${i} in ${text}`);
    }
  }
  return tokens;
}

/** Reads a quoted key the way Terraform writes it (Go %q style plus HCL's `$${` and `%%{`). */
function readQuoted(text: string, openAt: number): [string, number] {
  let i = openAt + 1;
  let out = '';
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return [out, i + 1];
    if (c === '\\') {
      const n = text[i + 1];
      if (n === undefined) break;
      i += 2;
      switch (n) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case 'u':
        case 'U': {
          const len = n === 'u' ? 4 : 8;
          const hex = text.slice(i, i + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new AddressSyntaxError(`bad escape in ${text}`);
          out += String.fromCodePoint(parseInt(hex, 16));
          i += len;
          break;
        }
        default:
          out += n;
      }
      continue;
    }
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      out += `${c}{`;
      i += 3;
      continue;
    }
    // A run of plain characters is copied whole.
    const start = i;
    i++;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 0x22 || d === 0x5c || d === 0x24 || d === 0x25) break;
      i++;
    }
    out += text.slice(start, i);
  }
  throw new AddressSyntaxError(`unterminated string in ${text}`);
}

/** Parses a resource instance address (`module.a["x.y"].data.aws_iam_policy_document.d[0]`). */
export function parseAddress(text: string): ResourceAddress {
  const tokens = tokenize(text);
  let p = 0;
  const ident = (): string => {
    const tok = tokens[p];
    if (!tok || tok.t !== 'ident') throw new AddressSyntaxError(`expected a name at token ${p} in ${text}`);
    p++;
    return tok.v;
  };
  const dot = (): void => {
    if (tokens[p]?.t !== 'dot') throw new AddressSyntaxError(`expected . at token ${p} in ${text}`);
    p++;
  };
  const key = (): InstanceKey | undefined => {
    const tok = tokens[p];
    if (tok?.t === 'key') {
      p++;
      return tok.v;
    }
    return undefined;
  };
  const modules: ModuleStep[] = [];
  while (tokens[p]?.t === 'ident' && (tokens[p] as { v: string }).v === 'module' && tokens[p + 1]?.t === 'dot') {
    // `module.x` is a module step unless it is the resource type itself (a type named "module" does not exist).
    p += 2;
    const name = ident();
    const k = key();
    modules.push(k === undefined ? { name } : { name, key: k });
    dot();
  }
  let mode: 'managed' | 'data' = 'managed';
  if (tokens[p]?.t === 'ident' && (tokens[p] as { v: string }).v === 'data' && tokens[p + 1]?.t === 'dot') {
    mode = 'data';
    p += 2;
  }
  const type = ident();
  dot();
  const name = ident();
  const k = key();
  if (p !== tokens.length) throw new AddressSyntaxError(`unexpected trailing part in ${text}`);
  return k === undefined ? { modules, mode, type, name } : { modules, mode, type, name, key: k };
}

export function formatKey(key: InstanceKey): string {
  return typeof key === 'number' ? `[${key}]` : `[${quote(key)}]`;
}

/** A key that needs no escape: no quote, backslash, control character or DEL. */
function isPlainKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x7f) return false;
  }
  return true;
}

function quote(s: string): string {
  if (isPlainKey(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

export function formatModulePath(modules: readonly ModuleStep[]): string {
  return modules.map((m) => `module.${m.name}${m.key === undefined ? '' : formatKey(m.key)}`).join('.');
}

export function formatAddress(a: ResourceAddress): string {
  const mod = formatModulePath(a.modules);
  const res = `${a.mode === 'data' ? 'data.' : ''}${a.type}.${a.name}${a.key === undefined ? '' : formatKey(a.key)}`;
  return mod ? `${mod}.${res}` : res;
}

/** The module path without instance keys (`a.b`), as `configuration` nests module_calls. */
export function configModulePath(modules: readonly ModuleStep[]): string {
  return modules.map((m) => m.name).join('.');
}

/** `type.name` (with `data.` for data sources): the address of the resource block inside its module. */
export function blockAddress(a: Pick<ResourceAddress, 'mode' | 'type' | 'name'>): string {
  return `${a.mode === 'data' ? 'data.' : ''}${a.type}.${a.name}`;
}

/** What a configuration reference points at. */
export type Reference =
  | { kind: 'resource'; mode: 'managed' | 'data'; type: string; name: string; key?: InstanceKey; attribute?: string }
  | { kind: 'module-output'; module: string; key?: InstanceKey; output: string }
  | { kind: 'variable'; name: string }
  | { kind: 'other'; text: string };

/** Parses a reference as `configuration` writes it: `aws_iam_role.r.name`, `aws_iam_role.r[0]`, `module.m.arn`. */
export function parseReference(text: string): Reference {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch {
    return { kind: 'other', text };
  }
  const first = tokens[0];
  if (!first || first.t !== 'ident') return { kind: 'other', text };
  if (first.v === 'var' && tokens[1]?.t === 'dot' && tokens[2]?.t === 'ident') return { kind: 'variable', name: tokens[2].v };
  const rootIdents = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self']);
  if (rootIdents.has(first.v)) return { kind: 'other', text };
  let p = 0;
  if (first.v === 'module') {
    if (tokens[1]?.t !== 'dot' || tokens[2]?.t !== 'ident') return { kind: 'other', text };
    const module = tokens[2].v;
    p = 3;
    let key: InstanceKey | undefined;
    if (tokens[p]?.t === 'key') key = (tokens[p++] as { v: InstanceKey }).v;
    if (tokens[p]?.t !== 'dot' || tokens[p + 1]?.t !== 'ident') return { kind: 'other', text };
    const output = (tokens[p + 1] as { v: string }).v;
    return key === undefined ? { kind: 'module-output', module, output } : { kind: 'module-output', module, key, output };
  }
  let mode: 'managed' | 'data' = 'managed';
  if (first.v === 'data') {
    mode = 'data';
    p = 2;
    if (tokens[1]?.t !== 'dot') return { kind: 'other', text };
  }
  const type = tokens[p];
  const name = tokens[p + 2];
  if (type?.t !== 'ident' || tokens[p + 1]?.t !== 'dot' || name?.t !== 'ident') return { kind: 'other', text };
  p += 3;
  let key: InstanceKey | undefined;
  if (tokens[p]?.t === 'key') key = (tokens[p++] as { v: InstanceKey }).v;
  let attribute: string | undefined;
  if (tokens[p]?.t === 'dot' && tokens[p + 1]?.t === 'ident') attribute = (tokens[p + 1] as { v: string }).v;
  const ref: Reference = { kind: 'resource', mode, type: type.v, name: name.v };
  if (key !== undefined) ref.key = key;
  if (attribute !== undefined) ref.attribute = attribute;
  return ref;
}
