/**
 * Turning a plan file into a PlanDigest: the file checks users hit first (missing, empty,
 * binary, not JSON, a state file, wrapper noise), then either JSON.parse or, for files too big
 * for one string, a streaming parse that keeps only what the analysis needs.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { TokenParser, Tokenizer } from '@streamparser/json';
import { InputError } from '../../errors.js';
import type { ReaderContext } from '../../inputs.js';
import { DigestBuilder, digestParsedPlan, isObject, type PlanDigest } from './digest.js';
import { planTopSchema, validationError } from './schema.js';

/**
 * Files larger than this are streamed: V8 cannot hold a string above ~512 MB, and JSON.parse of
 * a few hundred MB needs several times that in heap. Mutable so a benchmark or test can force a path.
 */
export const streaming = { thresholdBytes: 256 * 1024 * 1024 };

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

  if (size > streaming.thresholdBytes) {
    return streamPlan(file);
  }
  return parseText(file, await readFile(file, 'utf8'));
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
      const loaded = parseText(file, result.stdout);
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
      warnings.push(
        'the file holds hashicorp/setup-terraform wrapper output around the JSON; the plan JSON was extracted (set `terraform_wrapper: false` to get plain JSON)',
      );
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
  const top = planTopSchema.safeParse(parsed);
  if (!top.success) throw validationError(file, top.error, []);
  // Terraform omits resource_changes only when nothing is planned; with resources planned, the file was cut or edited.
  if (parsed.resource_changes === undefined && plannedResources(parsed.planned_values, 0) > 0) {
    throw new InputError(file, `missing, but planned_values lists resources: the plan JSON is incomplete (${SHOW_HINT})`, 'resource_changes');
  }
  return parsed;
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

const MAX_MODULE_DEPTH = 12;
/** Token types of @streamparser/json (its TokenType enum). */
const TOKEN = { LEFT_BRACE: 0, RIGHT_BRACE: 1, LEFT_BRACKET: 2, RIGHT_BRACKET: 3, COLON: 4, STRING: 9 } as const;

function streamPaths(): string[] {
  const paths = [
    '$.format_version',
    '$.terraform_version',
    '$.errored',
    '$.complete',
    '$.applyable',
    '$.version',
    '$.lineage',
    '$.resource_changes.*',
    '$.resource_drift.*',
  ];
  let config = '$.configuration.root_module';
  let prior = '$.prior_state.values.root_module';
  for (let depth = 0; depth <= MAX_MODULE_DEPTH; depth++) {
    paths.push(`${config}.resources.*`);
    if (depth > 0) paths.push(`${config}.outputs.*`);
    paths.push(`${config}.module_calls.*.expressions.*`);
    paths.push(`${prior}.resources.*`);
    config += '.module_calls.*.module';
    prior += '.child_modules.*';
  }
  return paths;
}

/** The streaming path: reads the file in chunks and keeps only relevant items. */
async function streamPlan(file: string): Promise<LoadedPlan> {
  const builder = new DigestBuilder(file);
  const warnings: string[] = [];
  const top: Record<string, unknown> = {};
  let rcIndex = 0;
  let failure: unknown;
  // Tokenizer and token parser wired by hand so the top-level keys can be seen without keeping their values.
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: streamPaths(), keepStack: false });
  const topKeys = new Set<string>();
  let depth = 0;
  let lastString: string | undefined;
  tokenizer.onToken = (info) => {
    const t = info.token;
    if (t === TOKEN.LEFT_BRACE || t === TOKEN.LEFT_BRACKET) depth++;
    else if (t === TOKEN.RIGHT_BRACE || t === TOKEN.RIGHT_BRACKET) depth--;
    else if (depth === 1) {
      if (t === TOKEN.STRING) lastString = info.value as string;
      else if (t === TOKEN.COLON && lastString !== undefined) topKeys.add(lastString);
    }
    parser.write(info);
  };
  tokenizer.onEnd = () => {
    if (!parser.isEnded) parser.end();
  };
  parser.onError = (e) => tokenizer.error(e);
  parser.onValue = ({ value, key, stack }) => {
    if (failure) return;
    try {
      const keys = stack.map((s) => s.key);
      if (keys.length === 1) {
        if (typeof key === 'string') top[key] = value;
        return;
      }
      const head = String(keys[1]);
      const last = keys[keys.length - 1];
      if (head === 'resource_changes') builder.resourceChange(value, rcIndex++);
      else if (head === 'resource_drift') builder.drift();
      else if (head === 'configuration') {
        if (last === 'resources') builder.configResource(moduleCallPath(keys), value);
        else if (last === 'outputs' && typeof key === 'string') builder.moduleOutput(moduleCallPath(keys), key, value);
        else if (last === 'expressions' && typeof key === 'string') builder.moduleInput(moduleCallPath(keys), key, value);
      } else if (head === 'prior_state') builder.priorResource(value);
    } catch (e) {
      failure = e;
    }
  };
  let prefixSkipped = false;
  let ended = false;
  parser.onEnd = () => {
    ended = true;
    if (!tokenizer.isEnded) tokenizer.end();
  };
  tokenizer.onError = (e) => {
    // After the root value closes, what follows is setup-terraform's trailing `::debug::` noise.
    if (!ended) failure ??= e;
  };
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (failure || ended) break;
    let data = chunk;
    if (!prefixSkipped) {
      // setup-terraform's `[command]…` line before the JSON: skip to the first `{`.
      const at = data.indexOf(0x7b);
      if (at < 0) continue;
      if (at > 0) {
        const prefix = data.subarray(0, at).toString('utf8');
        if (prefix.trim() && !WRAPPER_LINE.test(prefix)) {
          failure = new InputError(file, `is not JSON (starts with ${JSON.stringify(prefix.trim().slice(0, 40))}): expected \`terraform show -json\` output`);
          break;
        }
        if (prefix.trim()) warnings.push('the file holds hashicorp/setup-terraform wrapper output around the JSON; the plan JSON was extracted (set `terraform_wrapper: false` to get plain JSON)');
      }
      data = data.subarray(at);
      prefixSkipped = true;
    }
    tokenizer.write(data);
  }
  stream.destroy();
  if (!failure && !ended) {
    try {
      tokenizer.end();
    } catch (e) {
      failure ??= e;
    }
  }
  if (failure) {
    if (failure instanceof InputError) throw failure;
    throw new InputError(file, `is not valid JSON (${failure instanceof Error ? failure.message.split('\n')[0] : String(failure)}): expected \`terraform show -json\` output`);
  }
  const kind = classify(top, topKeys);
  if (kind !== 'plan') throw new InputError(file, describeNonPlan(kind));
  const checked = planTopSchema.pick({ format_version: true, terraform_version: true, errored: true, complete: true, applyable: true }).safeParse(top);
  if (!checked.success) throw validationError(file, checked.error, []);
  builder.top(top);
  return { digest: builder.digest, warnings, meta: {} };
}

/** `configuration.root_module.module_calls.a.module.module_calls.b.module.resources` → `a.b`. */
function moduleCallPath(keys: readonly (string | number | undefined)[]): string {
  const names: string[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] === 'module_calls' && typeof keys[i + 1] === 'string') names.push(keys[i + 1] as string);
  return names.join('.');
}
