/**
 * The one door to hcl2-parser (HashiCorp's HCL, compiled to JavaScript by GopherJS).
 * It is 3.8 MB of JavaScript whose first load costs ~0.3 s, so it is imported only when a run reads HCL.
 */
import { scanHcl, type HclStatement } from './scan.js';

/** A body as hcl2json writes it: attributes as values (expressions as `${…}` strings), blocks as arrays of bodies. */
export type HclBody = Record<string, unknown>;

export type ParsedHcl =
  | { ok: true; body: HclBody; statements: HclStatement[] }
  | { ok: false; line: number; message: string };

type ParseToObject = (input: string) => [unknown, unknown];

let loaded: Promise<ParseToObject> | undefined;

async function loadParser(): Promise<ParseToObject> {
  loaded ??= import('hcl2-parser').then((mod) => {
    const m = mod as unknown as { parseToObject?: ParseToObject; default?: { parseToObject?: ParseToObject } };
    const fn = m.parseToObject ?? m.default?.parseToObject;
    if (!fn) throw new Error('hcl2-parser did not export parseToObject');
    return fn;
  });
  return loaded;
}

/** Parses one text; the parser only says whether it failed, so failures are located by `locateParseError`. */
function parseWith(parse: ParseToObject, text: string): HclBody | null {
  try {
    const [body, err] = parse(text);
    if (err !== null && err !== undefined) return null;
    return body !== null && typeof body === 'object' ? (body as HclBody) : null;
  } catch {
    // GopherJS surfaces Go panics as exceptions; for us they are one more way to fail to parse.
    return null;
  }
}

let ready: ParseToObject | undefined;

/** Loads the parser once; afterwards `parseExpressionSync` may be used. */
export async function ensureParser(): Promise<void> {
  ready = await loadParser();
}

/**
 * Evaluates the literal parts of one HCL expression with HCL itself: hcl2json folds constant objects,
 * tuples and templates to JSON and leaves anything it cannot fold as `${…}` text.
 */
const expressionCache = new Map<string, { ok: true; value: unknown } | { ok: false }>();

export function parseExpressionSync(expression: string): { ok: true; value: unknown } | { ok: false } {
  if (!ready) throw new Error('parseExpressionSync called before ensureParser');
  // The same jsonencode(…) text is evaluated for both sides and for each comparison: parse it once.
  let result = expressionCache.get(expression);
  if (!result) {
    const body = parseWith(ready, `v = ${expression}\n`);
    result = body && 'v' in body ? { ok: true, value: body.v } : { ok: false };
    if (expressionCache.size > 10_000) expressionCache.clear();
    expressionCache.set(expression, result);
  }
  return result;
}

/** Base and head share most files, and the locator reads the same files again: parse each text once. */
const parseCache = new Map<string, ParsedHcl>();

export async function parseHcl(text: string): Promise<ParsedHcl> {
  const cached = parseCache.get(text);
  if (cached) return cached;
  const result = await parseUncached(text);
  if (parseCache.size > 2_000) parseCache.clear();
  parseCache.set(text, result);
  return result;
}

async function parseUncached(text: string): Promise<ParsedHcl> {
  const parse = await loadParser();
  ready = parse;
  const scanned = scanHcl(text);
  const body = parseWith(parse, text);
  if (body && scanned.ok) return { ok: true, body, statements: scanned.statements };
  if (!scanned.ok) return { ok: false, line: scanned.problem.line, message: scanned.problem.message };
  // The scanner saw sound structure but HCL refused it: find the smallest statement that fails alone.
  const bad = locateParseError(parse, text, scanned.statements);
  return { ok: false, line: bad?.line ?? 1, message: bad ? `invalid ${describe(bad)}` : 'not valid HCL' };
}

function describe(s: HclStatement): string {
  return s.kind === 'attribute' ? `attribute "${s.name}"` : `block "${[s.name, ...s.labels].join(' ')}"`;
}

function locateParseError(parse: ParseToObject, text: string, statements: HclStatement[]): HclStatement | undefined {
  for (const s of statements) {
    if (parseWith(parse, text.slice(s.start, s.end)) !== null) continue;
    if (s.kind === 'block') return locateParseError(parse, text, s.children) ?? s;
    return s;
  }
  return undefined;
}
