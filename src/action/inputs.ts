/**
 * Every action input, read once into one typed object. `''` means "not set"; numbers and booleans are
 * strict; each bad value fails with one line that names the input and says what to write instead.
 * Loaded when the action starts: no zod and no picomatch here (glob.ts loads picomatch on a glob).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { InputSpec } from '../inputs.js';
import type { FailOn } from '../model/report.js';
import { expandGlob, isGlob } from './glob.js';

export const commentModes = ['update', 'new', 'hide-and-new', 'off'] as const;
export type CommentMode = (typeof commentModes)[number];

export interface ActionInputs {
  mode: 'plan' | 'static';
  /** Everything the pipeline reads, globs expanded. */
  specs: InputSpec[];
  /** Terraform source checkouts for `file:line` locations (head: source-dir, base: hcl-base). */
  sourceDirs?: { head: string; base?: string };
  /** `live`, `none`, or a snapshot path. */
  inventory: string;
  regions?: string[] | 'all';
  assumeRoleArnTemplate?: string;
  windowDays: number;
  failOn: FailOn;
  acknowledgeLabel: string;
  ignoreRoles: string[];
  comment: CommentMode;
  commentTag: string;
  maskAccountIds: boolean;
  timeoutSeconds: number;
  /** SDK attempts per AWS call (adaptive retry). */
  maxAttempts: number;
  cloudtrail: boolean;
  githubToken?: string;
}

/** Names as in action.yml: a test keeps the two in step. */
export const inputNames = [
  'plan',
  'cdk-diff',
  'cdk-out',
  'deployed-templates',
  'change-set',
  'mode',
  'hcl-base',
  'source-dir',
  'inventory',
  'regions',
  'assume-role-arn-template',
  'window-days',
  'fail-on',
  'acknowledge-label',
  'ignore-roles',
  'comment',
  'comment-tag',
  'mask-account-ids',
  'timeout',
  'max-attempts',
  'cloudtrail',
  'github-token',
] as const;
export type InputName = (typeof inputNames)[number];

/** failOnSchema's values (model/report.ts) without loading zod at start-up; a test keeps the two equal. */
export const failOnLevels = ['high', 'medium', 'low', 'never'] as const satisfies readonly FailOn[];

export const outputNames = ['risk', 'blocked', 'affected-roles', 'report-json', 'comment-url'] as const;

/** Reads one raw input; the action passes getInput of ./core.js, tests pass a map. */
export type GetInput = (name: InputName) => string;

export interface ParseContext {
  /** Relative paths and globs resolve here (GITHUB_WORKSPACE). */
  cwd: string;
}

function fail(name: InputName, problem: string): never {
  throw new InputError(`input ${name}`, problem);
}

function optional(get: GetInput, name: InputName): string | undefined {
  const v = get(name).trim();
  return v === '' ? undefined : v;
}

function lines(get: GetInput, name: InputName): string[] {
  return get(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Comma- or newline-separated list. */
function list(get: GetInput, name: InputName): string[] {
  return get(name)
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function integer(get: GetInput, name: InputName, fallback: number, min: number, max: number): number {
  const raw = optional(get, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) fail(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  const n = Number(raw);
  if (n < min || n > max) fail(name, `must be from ${min} to ${max} (got ${n})`);
  return n;
}

function boolean(get: GetInput, name: InputName, fallback: boolean): boolean {
  const raw = optional(get, name);
  if (raw === undefined) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return fail(name, `must be true or false (got "${raw}")`);
}

function oneOf<T extends string>(get: GetInput, name: InputName, allowed: readonly T[], fallback: T): T {
  const raw = optional(get, name);
  if (raw === undefined) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  return fail(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
}

interface Labelled {
  label?: string;
  target: string;
}

/** `name=path` gives the input a label shown in the report; a bare path is its own label. */
function splitLabel(line: string): Labelled {
  const m = /^([\w.:-]+)=(.+)$/.exec(line);
  return m ? { label: m[1]!, target: m[2]!.trim() } : { target: line };
}

async function expandFiles(name: InputName, line: string, ctx: ParseContext, kind: 'file' | 'dir'): Promise<{ label: string; path: string }[]> {
  const { label, target } = splitLabel(line);
  if (await isGlob(target)) {
    const matches = await expandGlob(target, ctx.cwd, kind);
    if (matches.length === 0) fail(name, `"${target}" matched no ${kind === 'dir' ? 'directories' : 'files'} under ${ctx.cwd}`);
    return matches.map((rel) => ({
      label: label === undefined ? rel : matches.length === 1 ? label : `${label}:${rel}`,
      path: path.resolve(ctx.cwd, rel),
    }));
  }
  const abs = path.resolve(ctx.cwd, target);
  if (!existsSync(abs)) fail(name, `${kind === 'dir' ? 'directory' : 'file'} "${target}" does not exist`);
  const isDir = statSync(abs).isDirectory();
  if (kind === 'file' && isDir) fail(name, `"${target}" is a directory; give the JSON file`);
  if (kind === 'dir' && !isDir) fail(name, `"${target}" is not a directory`);
  return [{ label: label ?? target, path: abs }];
}

function directory(get: GetInput, name: InputName, ctx: ParseContext): string | undefined {
  const raw = optional(get, name);
  if (raw === undefined) return undefined;
  const abs = path.resolve(ctx.cwd, raw);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) fail(name, `directory "${raw}" does not exist`);
  return abs;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export async function parseInputs(get: GetInput, ctx: ParseContext): Promise<ActionInputs> {
  const mode = oneOf(get, 'mode', ['plan', 'static'] as const, 'plan');
  const failOn = oneOf(get, 'fail-on', failOnLevels, 'high');

  const specs: InputSpec[] = [];
  for (const line of lines(get, 'plan')) {
    for (const f of await expandFiles('plan', line, ctx, 'file')) specs.push({ kind: 'plan', ...f });
  }
  for (const line of lines(get, 'cdk-diff')) {
    for (const f of await expandFiles('cdk-diff', line, ctx, 'file')) specs.push({ kind: 'cdk-diff', ...f });
  }
  const deployedDir = directory(get, 'deployed-templates', ctx);
  for (const line of lines(get, 'cdk-out')) {
    for (const f of await expandFiles('cdk-out', line, ctx, 'dir')) {
      specs.push({ kind: 'cdk-out', label: f.label, dir: f.path, ...(deployedDir ? { deployedDir } : {}) });
    }
  }
  if (deployedDir && !specs.some((s) => s.kind === 'cdk-out')) fail('deployed-templates', 'is set but cdk-out is not');
  for (const line of lines(get, 'change-set')) {
    for (const f of await expandFiles('change-set', line, ctx, 'file')) specs.push({ kind: 'change-set', ...f });
  }

  const headDir = directory(get, 'source-dir', ctx);
  const baseDir = directory(get, 'hcl-base', ctx);
  if (mode === 'static') {
    if (!baseDir) fail('hcl-base', 'is required with mode: static (check out the base branch into a directory and name it here)');
    specs.push({ kind: 'hcl', label: 'hcl', baseDir, headDir: headDir ?? ctx.cwd });
  } else if (specs.length === 0) {
    fail('plan', 'no input given: set plan, cdk-diff, cdk-out or change-set (or mode: static with hcl-base)');
  }

  const inventory = optional(get, 'inventory') ?? 'live';
  let inventorySpec = inventory;
  if (inventory !== 'live' && inventory !== 'none') {
    const abs = path.resolve(ctx.cwd, inventory);
    if (!existsSync(abs)) fail('inventory', `must be live, none, or the path of a snapshot file; "${inventory}" does not exist`);
    inventorySpec = abs;
  }

  const regionList = list(get, 'regions');
  let regions: string[] | 'all' | undefined;
  if (regionList.length === 1 && regionList[0] === 'all') regions = 'all';
  else if (regionList.length > 0) {
    const bad = regionList.find((r) => !REGION.test(r));
    if (bad !== undefined) fail('regions', `"${bad}" is not an AWS region (write e.g. eu-west-1, us-east-1, or all)`);
    regions = regionList;
  }

  const assumeRoleArnTemplate = optional(get, 'assume-role-arn-template');
  if (assumeRoleArnTemplate !== undefined && !/^arn:(aws[\w-]*|\{partition\}):iam::\{account\}:role\/.+$/.test(assumeRoleArnTemplate)) {
    fail('assume-role-arn-template', `must look like arn:aws:iam::{account}:role/NAME (got "${assumeRoleArnTemplate}")`);
  }

  const ignoreRoles = list(get, 'ignore-roles');
  const commentTag = optional(get, 'comment-tag') ?? 'default';
  if (!/^[\w.:/-]{1,64}$/.test(commentTag)) {
    fail('comment-tag', `may use letters, digits and . _ - : / only, up to 64 characters (got "${commentTag}")`);
  }
  const acknowledgeLabel = optional(get, 'acknowledge-label') ?? 'iam-blast-radius:acknowledged';
  if (acknowledgeLabel.length > 50) fail('acknowledge-label', 'GitHub labels are at most 50 characters');

  const token = optional(get, 'github-token');
  return {
    mode,
    specs,
    ...(headDir || baseDir ? { sourceDirs: { head: headDir ?? ctx.cwd, ...(baseDir ? { base: baseDir } : {}) } } : {}),
    inventory: inventorySpec,
    ...(regions ? { regions } : {}),
    ...(assumeRoleArnTemplate ? { assumeRoleArnTemplate } : {}),
    windowDays: integer(get, 'window-days', 90, 1, 400),
    failOn,
    acknowledgeLabel,
    ignoreRoles,
    comment: oneOf(get, 'comment', commentModes, 'update'),
    commentTag,
    maskAccountIds: boolean(get, 'mask-account-ids', false),
    timeoutSeconds: integer(get, 'timeout', 120, 5, 3600),
    maxAttempts: integer(get, 'max-attempts', 5, 1, 20),
    cloudtrail: boolean(get, 'cloudtrail', false),
    ...(token ? { githubToken: token } : {}),
  };
}
