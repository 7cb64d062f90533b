/** The JSON report: the Report itself, checked against its schema so nothing off-contract ever leaves. */
import { reportSchema, type Report } from '../model/report.js';
import { formatPath } from '../errors.js';

/** Pieces are joined up to about this many characters: few writes, and no piece grows with the report. */
export const JSON_PIECE_SIZE = 64 * 1024;

/**
 * Containers above this depth may be printed member by member: the report (0), `changes`/`roles` (1), one
 * change or role (2), its `effects` (3); an effect (4) and anything deeper is printed whole. So the largest
 * piece is about JSON_PIECE_SIZE plus a few effects, however many changes, roles or effects the report has.
 */
const SPLIT_DEPTH = 4;

/**
 * The report as pieces whose concatenation is `JSON.stringify(report, null, 2)` plus a newline, produced one
 * at a time. A plan of hundreds of MB can give a report larger than V8's longest string (~512 MB): writers
 * write the pieces one by one and never join them.
 */
export function* jsonPieces(report: Report): Generator<string> {
  // Interpreted, not compiled: zod's generated fast path costs more to build (~30 ms) than one report takes to check.
  const checked = reportSchema.safeParse(report, { jitless: true });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    // A bug, not bad input: the analysis produced something the published schema does not allow.
    throw new Error(`internal error: report does not match its schema at ${formatPath(issue?.path ?? [])}: ${issue?.message}`);
  }
  yield* coalesce(prettyPieces(checked.data), JSON_PIECE_SIZE);
}

/** jsonPieces as an array (the renderers' shape); still pieces, never one string. */
export function renderJsonChunks(report: Report): string[] {
  return [...jsonPieces(report)];
}

/** One string; fine for reports of ordinary size (the action's file, tests). */
export function renderJson(report: Report): string {
  return renderJsonChunks(report).join('');
}

/** Pretty JSON (2-space indent) of a value plus a newline, in pieces of about `pieceSize` characters. */
export function prettyChunks(value: unknown, pieceSize = JSON_PIECE_SIZE): string[] {
  return [...coalesce(prettyPieces(value), pieceSize)];
}

function* prettyPieces(value: unknown): Generator<string> {
  yield* pretty(value === undefined ? null : value, '', 0);
  yield '\n';
}

/** What JSON.stringify leaves out of objects and prints as null in arrays. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** An array longer than this, below the top level, is printed member by member. */
const WHOLE_MEMBERS = 16;

/**
 * Printed member by member, else whole by one JSON.stringify: the report and its top-level values always; a
 * change or role (or its `effects`) only when it holds a long array. An ordinary report so costs one
 * JSON.stringify per change and role, and no piece holds more than WHOLE_MEMBERS effects of one change or role.
 */
function splittable(value: unknown, depth: number): value is object {
  if (depth >= SPLIT_DEPTH || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (depth < 2) return true;
  if (Array.isArray(value)) return value.length > WHOLE_MEMBERS;
  for (const v of Object.values(value)) if (Array.isArray(v) && v.length > WHOLE_MEMBERS) return true;
  return false;
}

/** Leaves are gathered into strings of about this size before they are yielded: few generator steps. */
const BATCH = 16 * 1024;

/** `value` as JSON.stringify(value, null, 2) prints it on a line indented by `pad` (its first line unpadded). */
function* pretty(value: unknown, pad: string, depth: number): Generator<string> {
  if (!splittable(value, depth)) {
    yield indented(value, pad.length / 2);
    return;
  }
  const inner = `${pad}  `;
  const array = Array.isArray(value);
  const members: [string, unknown][] = array
    ? (value as unknown[]).map((v) => ['', omitted(v) ? null : v])
    : Object.entries(value)
        .filter(([, v]) => !omitted(v))
        .map(([k, v]) => [`${JSON.stringify(k)}: `, v]);
  if (members.length === 0) {
    yield array ? '[]' : '{}';
    return;
  }
  let batch = array ? '[\n' : '{\n';
  for (let i = 0; i < members.length; i++) {
    const [key, v] = members[i] as [string, unknown];
    const sep = i < members.length - 1 ? ',\n' : '\n';
    if (splittable(v, depth + 1)) {
      yield `${batch}${inner}${key}`;
      batch = '';
      yield* pretty(v, inner, depth + 1);
      batch = sep;
    } else {
      batch += `${inner}${key}${indented(v, inner.length / 2)}${sep}`;
      if (batch.length >= BATCH) {
        yield batch;
        batch = '';
      }
    }
  }
  yield `${batch}${pad}${array ? ']' : '}'}`;
}

const wrappers: { prefix: string; suffix: string }[] = [];

/**
 * JSON.stringify(value, null, 2) with every line after the first indented `levels` more: printed inside
 * `levels` one-element arrays, whose brackets are then cut off. V8 indents natively; no regex over the text.
 */
function indented(value: unknown, levels: number): string {
  // A primitive is one line: nothing to indent (most leaves of a report are strings).
  if (levels === 0 || typeof value !== 'object' || value === null) return JSON.stringify(value, null, 2) ?? 'null';
  let w = wrappers[levels];
  if (!w) {
    let prefix = '';
    let suffix = '';
    for (let i = 0; i < levels; i++) {
      prefix += `${'  '.repeat(i)}[\n`;
      suffix = `\n${'  '.repeat(i)}]${suffix}`;
    }
    w = wrappers[levels] = { prefix: prefix + '  '.repeat(levels), suffix };
  }
  let wrapped: unknown = value === undefined ? null : value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(w.prefix.length, text.length - w.suffix.length);
}

/** Joins small pieces up to about `size` characters; a piece larger than that passes alone. */
function* coalesce(pieces: Iterable<string>, size: number): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
