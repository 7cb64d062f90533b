/**
 * Loads the Terraform configuration of a checkout: each module directory's blocks with the file and line
 * they start on, and the tree of module calls followed through local `source = "./…"` paths.
 */
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { parseHcl, type HclBody } from './parser.js';
import type { HclStatement } from './scan.js';

/** The file system as the loader needs it; tests and the pipeline may pass their own. */
export interface SourceFiles {
  /** Names of the `.tf` files directly inside `dir` (absolute), or null when the directory does not exist. */
  listTf(dir: string): Promise<string[] | null>;
  read(file: string): Promise<string>;
}

export const nodeSourceFiles: SourceFiles = {
  async listTf(dir) {
    try {
      const entries = await nodeFs.readdir(dir, { withFileTypes: true });
      return entries.filter((e) => e.isFile() && e.name.endsWith('.tf')).map((e) => e.name).sort();
    } catch {
      return null;
    }
  },
  read: (file) => nodeFs.readFile(file, 'utf8'),
};

export interface Block {
  /** Path relative to the checkout root, with `/`. */
  file: string;
  line: number;
  body: HclBody;
  /** The module directory it belongs to. */
  module: ModuleConfig;
}

export interface ResourceBlock extends Block {
  type: string;
  name: string;
}

export interface ModuleCall extends Block {
  name: string;
  source?: string;
  /** The called module when its source is a local path that exists. */
  target?: ModuleConfig;
}

export interface ModuleConfig {
  /** Directory relative to the checkout root (`.` for the root module). */
  dir: string;
  files: string[];
  resources: Map<string, ResourceBlock>;
  data: Map<string, ResourceBlock>;
  calls: Map<string, ModuleCall>;
  variables: Map<string, { default?: unknown; hasDefault: boolean }>;
  locals: Map<string, unknown>;
  moved: Array<{ from: string; to: string; file: string; line: number }>;
}

export interface Checkout {
  root: ModuleConfig;
  /** Every `.tf` file read, relative to the checkout root. */
  files: Set<string>;
  /** Files that did not parse, one line each: `path:line: problem`. */
  problems: Array<{ file: string; line: number; message: string }>;
}

function asBodies(value: unknown): HclBody[] {
  if (Array.isArray(value)) return value.filter((v): v is HclBody => v !== null && typeof v === 'object');
  return value !== null && typeof value === 'object' ? [value as HclBody] : [];
}

function entries(value: unknown): Array<[string, unknown]> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

/** Lines of the top-level blocks, keyed `resource aws_iam_role r`; the first block wins, as Terraform reports duplicates. */
function headerLines(statements: HclStatement[]): Map<string, number> {
  const lines = new Map<string, number>();
  for (const s of statements) {
    if (s.kind !== 'block') continue;
    const key = [s.name, ...s.labels].join(' ');
    if (!lines.has(key)) lines.set(key, s.line);
    if (s.name === 'moved') lines.set(`moved#${s.line}`, s.line);
  }
  return lines;
}

const isLocalSource = (source: string): boolean => source.startsWith('./') || source.startsWith('../');

export async function loadCheckout(rootDir: string, fs: SourceFiles = nodeSourceFiles): Promise<Checkout> {
  const checkout: Checkout = { root: undefined as unknown as ModuleConfig, files: new Set(), problems: [] };
  const byDir = new Map<string, Promise<ModuleConfig>>();

  const load = (dir: string, depth: number): Promise<ModuleConfig> => {
    let loading = byDir.get(dir);
    if (!loading) {
      loading = loadModule(dir, depth);
      byDir.set(dir, loading);
    }
    return loading;
  };

  const loadModule = async (dir: string, depth: number): Promise<ModuleConfig> => {
    const module: ModuleConfig = {
      dir,
      files: [],
      resources: new Map(),
      data: new Map(),
      calls: new Map(),
      variables: new Map(),
      locals: new Map(),
      moved: [],
    };
    const names = (await fs.listTf(path.join(rootDir, dir))) ?? [];
    for (const name of names) {
      const file = path.posix.join(dir, name);
      module.files.push(file);
      checkout.files.add(file);
      const text = await fs.read(path.join(rootDir, file));
      const parsed = await parseHcl(text);
      if (!parsed.ok) {
        checkout.problems.push({ file, line: parsed.line, message: parsed.message });
        continue;
      }
      collect(module, file, parsed.body, headerLines(parsed.statements));
    }
    // Module calls nest deeper than any real configuration only through a cycle of local sources.
    if (depth < 32) {
      for (const call of module.calls.values()) {
        if (call.source !== undefined && isLocalSource(call.source)) {
          const target = path.posix.normalize(path.posix.join(dir, call.source));
          if ((await fs.listTf(path.join(rootDir, target))) !== null) call.target = await load(target, depth + 1);
        }
      }
    }
    return module;
  };

  checkout.root = await load('.', 0);
  return checkout;
}

function collect(module: ModuleConfig, file: string, body: HclBody, lines: Map<string, number>): void {
  const lineOf = (key: string): number => lines.get(key) ?? 1;
  for (const [kind, blocks] of [
    ['resource', module.resources],
    ['data', module.data],
  ] as const) {
    for (const [type, byName] of entries(body[kind])) {
      for (const [name, bodies] of entries(byName)) {
        const first = asBodies(bodies)[0];
        const key = `${type}.${name}`;
        if (!first || blocks.has(key)) continue;
        blocks.set(key, { file, line: lineOf(`${kind} ${type} ${name}`), body: first, module, type, name });
      }
    }
  }
  for (const [name, bodies] of entries(body.module)) {
    const first = asBodies(bodies)[0];
    if (!first || module.calls.has(name)) continue;
    const call: ModuleCall = { file, line: lineOf(`module ${name}`), body: first, module, name };
    if (typeof first.source === 'string') call.source = first.source;
    module.calls.set(name, call);
  }
  for (const [name, bodies] of entries(body.variable)) {
    const first = asBodies(bodies)[0] ?? {};
    module.variables.set(name, 'default' in first ? { default: first.default, hasDefault: true } : { hasDefault: false });
  }
  for (const locals of asBodies(body.locals)) for (const [k, v] of Object.entries(locals)) module.locals.set(k, v);
  const movedLines = [...lines.entries()].filter(([k]) => k.startsWith('moved#')).map(([, l]) => l);
  asBodies(body.moved).forEach((m, i) => {
    if (typeof m.from === 'string' && typeof m.to === 'string') {
      module.moved.push({ from: stripInterpolation(m.from), to: stripInterpolation(m.to), file, line: movedLines[i] ?? 1 });
    }
  });
}

/** hcl2json writes a bare reference `a.b` as the string `${a.b}`. */
export function stripInterpolation(s: string): string {
  const m = /^\$\{(.*)\}$/s.exec(s);
  return m ? (m[1] as string).trim() : s;
}
