/**
 * Turning a plan file into a PlanDigest: the file checks users hit first (missing, empty, binary,
 * UTF-16, not JSON, a state file, wrapper noise), then one reader for every size: the byte scanner
 * (scan.ts, walk.ts) reads the file in chunks and parses only what the analysis needs.
 *
 * The scanner checks structure, not every byte of JSON grammar. When it finds the bytes malformed, the
 * file is read whole with JSON.parse (if it fits in a string) so the message names the line and column
 * JSON.parse does; the reference behaviour for odd files (wrapper output, a top level that is not an
 * object) is that path's too.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { constants } from 'node:buffer';
import { open, readFile, stat } from 'node:fs/promises';
import { TokenParser, Tokenizer } from '@streamparser/json';
import { InputError } from '../../errors.js';
import type { ReaderContext } from '../../inputs.js';
import { DigestBuilder, digestParsedPlan, isObject, type PlanDigest } from './digest.js';
import { DEFAULT_CHUNK, fileSource, JsonScanner, OPEN_OBJECT, ScanError, ValueTooLargeError } from './scan.js';
import { planTopSchema, validationError } from './schema.js';
import { walkPlan, type ScannedTop } from './walk.js';

export interface LoadedPlan {
  digest: PlanDigest;
  warnings: string[];
  meta: Record<string, string>;
}

const SHOW_HINT = 'run `terraform show -json plan.out > plan.json` and pass plan.json';

export async function loadPlan(file: string, ctx: ReaderContext): Promise<LoadedPlan> {
  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new InputError(file, `is a directory, expected a plan JSON file (${SHOW_HINT})`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'file not found');
    throw new InputError(file, `cannot be read (${code ?? String(e)})`);
  }
  if (size === 0) throw new InputError(file, `is empty: expected the output of \`terraform show -json\` (${SHOW_HINT})`);

  const head = await readHead(file, 8);
  if (head[0] === 0x50 && head[1] === 0x4b) return loadBinaryPlan(file, ctx);
  // Windows PowerShell 5 writes `>` redirections as UTF-16: read as UTF-8 it is noise, not a plan.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    const mark = head[0] === 0xff ? 'FF FE' : 'FE FF';
    throw new InputError(file, `is UTF-16 text (byte order mark ${mark}), expected UTF-8: in PowerShell write it with \`terraform show -json plan.out | Out-File -Encoding utf8 plan.json\``, 'byte 0');
  }

  return readPlanFile(file, size);
}

/** Larger files cannot be read into one string: for them the scanner's own error is the message. */
const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

async function readPlanFile(file: string, size: number): Promise<LoadedPlan> {
  let failure: ScanError;
  try {
    const fd = openFile(file);
    try {
      // A file smaller than a chunk gets a buffer its size.
      return scanPlan(file, new JsonScanner(fileSource(fd), undefined, Math.min(DEFAULT_CHUNK, size + 16)));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (!(e instanceof ScanError)) throw asInputError(file, e);
    failure = e;
  }
  if (size <= MAX_TEXT_BYTES) return whole(parseText(file, await readFile(file, 'utf8')));
  throw notJsonAt(file, failure.offset);
}

function openFile(file: string): number {
  try {
    return openSync(file, 'r');
  } catch (e) {
    throw new InputError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Plan text already in memory (the output of `terraform show -json`): the same reader over its bytes. */
function readPlanText(file: string, text: string): LoadedPlan {
  try {
    return scanPlan(file, JsonScanner.ofBuffer(Buffer.from(text, 'utf8')));
  } catch (e) {
    if (!(e instanceof ScanError)) throw asInputError(file, e);
    return whole(parseText(file, text));
  }
}

function asInputError(file: string, e: unknown): unknown {
  if (e instanceof ValueTooLargeError) {
    return new InputError(file, `holds a single value of ${Math.round(e.bytes / 2 ** 20)} MB, more than a JavaScript string can hold: not a plan this reader can take`, `byte ${e.offset}`);
  }
  return e;
}

/** Marks a plan read by the JSON.parse fallback (`meta.parse`, shown by the benchmark). */
function whole(loaded: LoadedPlan): LoadedPlan {
  loaded.meta.parse = 'whole';
  return loaded;
}

const WRAPPER_WARNING =
  'the file holds hashicorp/setup-terraform wrapper output around the JSON; the plan JSON was extracted (set `terraform_wrapper: false` to get plain JSON)';

/** The one reader. Throws ScanError on malformed bytes (the caller falls back), InputError on a bad plan. */
export function scanPlan(file: string, s: JsonScanner): LoadedPlan {
  let wrapped = false;
  s.skipByteOrderMark();
  const first = s.peek();
  if (first === -1) throw s.error('no JSON');
  if (first !== OPEN_OBJECT) {
    // setup-terraform's `[command]…` line before the JSON line.
    const before = s.toLineStartingWith(OPEN_OBJECT, 1 << 20);
    if (before === undefined || !WRAPPER_LINE.test(before)) throw s.error('the top level is not an object');
    wrapped = true;
  }
  const builder = new DigestBuilder(file);
  const top = walkPlan(s, builder);
  if (!s.atEnd()) {
    // After the JSON: the wrapper's `::debug::`/`::set-output` lines (which repeat the plan: not read).
    if (!WRAPPER_LINE.test(s.lookAhead(64 * 1024))) throw s.error('text after the JSON');
    wrapped = true;
  }
  checkScannedTop(file, top);
  builder.top(top.fields);
  if (top.invalidChange) throw top.invalidChange;
  return { digest: builder.digest, warnings: wrapped ? [WRAPPER_WARNING] : [], meta: { parse: 'scan' } };
}

async function readHead(file: string, n: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function loadBinaryPlan(file: string, ctx: ReaderContext): Promise<LoadedPlan> {
  const binaryProblem = `is a binary plan: ${SHOW_HINT}`;
  if (!ctx.exec) throw new InputError(file, binaryProblem);
  const failures: string[] = [];
  let ran = false;
  for (const program of ['terraform', 'tofu']) {
    let result: { stdout: string; code: number };
    try {
      result = await ctx.exec(program, ['show', '-json', file]);
    } catch {
      failures.push(`${program} not runnable`);
      continue;
    }
    ran = true;
    if (result.code === 0 && result.stdout.trim()) {
      const loaded = readPlanText(file, result.stdout);
      loaded.meta.converted = `${program} show -json`;
      loaded.warnings.push(`binary plan converted with \`${program} show -json\``);
      return loaded;
    }
    failures.push(`\`${program} show -json\` exited ${result.code}`);
  }
  // Neither tool is here: the plain advice is the whole story.
  if (!ran) throw new InputError(file, binaryProblem);
  throw new InputError(
    file,
    `is a binary plan and ${failures.join(', ')}: run \`terraform show -json plan.out > plan.json\` in the initialized working directory and pass plan.json`,
  );
}

/** setup-terraform's wrapper prints `[command]…` before and `::debug::`/`::set-output` lines after the JSON. */
const WRAPPER_LINE = /^(\[command\]|::debug::|::set-output |::group::|::endgroup::)/m;

/** The whole-text path: JSON.parse, then the parsed plan walked into the digest. The scanner's fallback. */
export function parseText(file: string, rawText: string): LoadedPlan {
  const warnings: string[] = [];
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (!text.trim()) throw new InputError(file, `is empty: expected the output of \`terraform show -json\` (${SHOW_HINT})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    if (WRAPPER_LINE.test(text)) {
      parsed = extractFromWrapper(file, text);
      warnings.push(WRAPPER_WARNING);
    } else {
      throw notJson(file, text, e);
    }
  }
  const plan = checkTop(file, parsed);
  const builder = new DigestBuilder(file);
  const digest = digestParsedPlan(builder, plan);
  return { digest, warnings, meta: {} };
}

function extractFromWrapper(file: string, text: string): unknown {
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line);
    } catch {
      // The JSON line may be cut; keep looking, then explain.
    }
  }
  throw new InputError(
    file,
    'is hashicorp/setup-terraform wrapper output without a complete plan JSON line: set `terraform_wrapper: false` on setup-terraform and run `terraform show -json plan.out > plan.json`',
  );
}

function notJson(file: string, text: string, e: unknown): InputError {
  const msg = e instanceof Error ? e.message : String(e);
  // V8 names the position in some messages only; the streaming tokenizer always does (in bytes).
  const pos = /position (\d+)/.exec(msg);
  let before: string | undefined;
  if (pos) before = text.slice(0, Number(pos[1]));
  else {
    const at = jsonErrorOffset(text);
    if (at !== undefined) before = Buffer.from(text, 'utf8').subarray(0, at).toString('utf8');
  }
  let where: string | undefined;
  if (before !== undefined) {
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = `line ${line} column ${column}`;
  }
  const firstLine = text.trimStart().slice(0, 40).split('\n')[0] ?? '';
  return new InputError(file, `is not JSON (starts with ${JSON.stringify(firstLine)}): expected \`terraform show -json\` output`, where);
}

export function jsonErrorOffset(text: string): number | undefined {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser();
  tokenizer.onToken = (info) => parser.write(info);
  parser.onError = (err) => tokenizer.error(err);
  let offset: number | undefined;
  tokenizer.onError = (err) => {
    const m = /position "?(\d+)/.exec(err.message);
    if (m && offset === undefined) offset = Number(m[1]);
  };
  parser.onValue = () => undefined;
  try {
    tokenizer.write(text);
    tokenizer.end();
  } catch {
    // the offset, if any, was recorded
  }
  return offset;
}

/** Rejects state files and other JSON before the envelope is validated. */
function checkTop(file: string, parsed: unknown): Record<string, unknown> {
  if (!isObject(parsed)) {
    throw new InputError(file, `is JSON but not a Terraform plan (top level is ${Array.isArray(parsed) ? 'an array' : typeof parsed}, expected an object)`);
  }
  const kind = classify(parsed);
  if (kind !== 'plan') throw new InputError(file, describeNonPlan(kind));
  const top = planTopSchema.safeParse(parsed, { jitless: true });
  if (!top.success) throw validationError(file, top.error, []);
  // Terraform omits resource_changes only when nothing is planned; with resources planned, the file was cut or edited.
  if (parsed.resource_changes === undefined && plannedResources(parsed.planned_values, 0) > 0) {
    throw new InputError(file, `missing, but planned_values lists resources: the plan JSON is incomplete (${SHOW_HINT})`, 'resource_changes');
  }
  return parsed;
}

/** checkTop for a scanned plan: the same checks, in the same order, on the top-level stand-ins. */
function checkScannedTop(file: string, top: ScannedTop): void {
  const kind = classify(top.fields, top.keys);
  if (kind !== 'plan') throw new InputError(file, describeNonPlan(kind));
  // Checked once per run: zod's compiled fast path would cost more to build than it saves.
  const checked = planTopSchema.safeParse(top.fields, { jitless: true });
  if (!checked.success) throw validationError(file, checked.error, []);
  if (!top.keys.has('resource_changes') && top.plannedResources > 0) {
    throw new InputError(file, `missing, but planned_values lists resources: the plan JSON is incomplete (${SHOW_HINT})`, 'resource_changes');
  }
}

function plannedResources(values: unknown, depth: number): number {
  if (!isObject(values) || depth > MAX_MODULE_DEPTH) return 0;
  const module = depth === 0 ? values.root_module : values;
  if (!isObject(module)) return 0;
  const own = Array.isArray(module.resources) ? module.resources.length : 0;
  const children = Array.isArray(module.child_modules) ? module.child_modules : [];
  return own + children.reduce<number>((n, child) => n + plannedResources(child, depth + 1), 0);
}

type TopKind = 'plan' | 'raw-state' | 'shown-state' | 'other';

function classify(obj: Record<string, unknown>, keys?: ReadonlySet<string>): TopKind {
  const has = (k: string): boolean => (keys ? keys.has(k) : Object.prototype.hasOwnProperty.call(obj, k));
  const planMarker = has('resource_changes') || has('planned_values') || has('prior_state') || has('resource_drift');
  if (planMarker) return 'plan';
  // terraform.tfstate itself: `version` + `lineage`/`serial`, `resources` (v4) or `modules` (v3).
  if (!has('format_version') && typeof obj.version === 'number' && (has('lineage') || has('serial'))) return 'raw-state';
  // `terraform show -json` without a plan file: the state as `values.root_module`.
  if (has('format_version') && has('values')) return 'shown-state';
  return 'other';
}

function describeNonPlan(kind: TopKind): string {
  switch (kind) {
    case 'raw-state':
      return 'is a Terraform state file (terraform.tfstate), not a plan: run `terraform plan -out=plan.out && terraform show -json plan.out > plan.json`';
    case 'shown-state':
      return 'is the JSON of a Terraform state (`terraform show -json` without a plan file), not a plan: run `terraform plan -out=plan.out && terraform show -json plan.out > plan.json`';
    default:
      return `is JSON but not a Terraform plan (no \`format_version\` with \`planned_values\`/\`resource_changes\`): ${SHOW_HINT}`;
  }
}

/** Depth of planned_values modules counted (walk.ts counts to the same depth). */
const MAX_MODULE_DEPTH = 12;

/**
 * The "is not JSON" error for a file too large for JSON.parse: line and column (in UTF-16 units, as
 * JSON.parse counts) of the byte the scanner stopped at, found by one pass over the bytes before it.
 */
export function notJsonAt(file: string, offset: number): InputError {
  const fd = openFile(file);
  try {
    const buf = Buffer.allocUnsafe(DEFAULT_CHUNK);
    let line = 1;
    let column = 1;
    let first = '';
    let start = 0;
    for (let at = 0; at < offset; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, offset - at), at);
      if (n === 0) break;
      let from = 0;
      if (at === 0) {
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) from = start = 3;
        first = buf.toString('utf8', start, Math.min(n, 4096));
      }
      for (let nl = buf.indexOf(0x0a, from); nl >= 0 && nl < n; nl = buf.indexOf(0x0a, nl + 1)) {
        line++;
        column = 1;
        from = nl + 1;
      }
      column += utf16Length(buf, from, n);
      at += n;
    }
    const firstLine = first.trimStart().slice(0, 40).split('\n')[0] ?? '';
    return new InputError(file, `is not JSON (starts with ${JSON.stringify(firstLine)}): expected \`terraform show -json\` output`, `line ${line} column ${column}`);
  } finally {
    closeSync(fd);
  }
}

/** UTF-16 code units of UTF-8 bytes: one per sequence start, two for a 4-byte sequence. */
function utf16Length(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = buf[i]!;
    if (b < 0x80 || b >= 0xc0) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}
