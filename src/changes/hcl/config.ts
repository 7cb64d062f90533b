/**
 * Loads the Terraform configuration of a checkout: each module directory's blocks with the file and line
 * they start on, and the tree of module calls followed through local `source = "./…"` paths.
 */
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { parseHcl, type HclBody } from './parser.js';
import { scanHcl, type HclStatement } from './scan.js';

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
  /** `removed` blocks: `destroy = false` means Terraform forgets the resource and leaves it in AWS. */
  removed: Array<{ from: string; destroy: boolean | 'unknown'; file: string; line: number }>;
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

const isLocalSource = (source: string): boolean => source.startsWith('./') || source.startsWith('../');

/**
 * Which top-level blocks HCL itself must parse. hcl2-parser is slow (tens of ms per KB under GopherJS), so
 * blocks the reader never looks into (an S3 bucket, a provider) are only checked by the structural scanner;
 * their lines are known either way.
 */
export type BlockFilter = (block: HclStatement) => boolean;

export const everyBlock: BlockFilter = () => true;

export async function loadCheckout(rootDir: string, fs: SourceFiles = nodeSourceFiles, parseBlock: BlockFilter = everyBlock): Promise<Checkout> {
  const checkout: Checkout = { root: undefined as unknown as ModuleConfig, files: new Set(), problems: [] };
  const byDir = new Map<string, Promise<ModuleConfig>>();

  /** Directories being loaded right now: the ancestors of the module being loaded (loads are sequential). */
  const inProgress = new Set<string>();

  const load = (dir: string, depth: number): Promise<ModuleConfig> => {
    let loading = byDir.get(dir);
    if (!loading) {
      loading = loadModule(dir, depth);
      byDir.set(dir, loading);
    }
    return loading;
  };

  const loadModule = async (dir: string, depth: number): Promise<ModuleConfig> => {
    inProgress.add(dir);
    const module: ModuleConfig = {
      dir,
      files: [],
      resources: new Map(),
      data: new Map(),
      calls: new Map(),
      variables: new Map(),
      locals: new Map(),
      moved: [],
      removed: [],
    };
    const names = (await fs.listTf(path.join(rootDir, dir))) ?? [];
    for (const name of names) {
      const file = path.posix.join(dir, name);
      module.files.push(file);
      checkout.files.add(file);
      const text = await fs.read(path.join(rootDir, file));
      const scanned = scanHcl(text);
      if (!scanned.ok) {
        checkout.problems.push({ file, line: scanned.problem.line, message: scanned.problem.message });
        continue;
      }
      const wanted = scanned.statements.filter(parseBlock);
      let body: HclBody = {};
      if (wanted.length > 0) {
        const all = wanted.length === scanned.statements.length;
        let parsed = await parseHcl(all ? text : wanted.map((b) => text.slice(b.start, b.end)).join('\n\n'));
        // Errors are located in the file as written, so a failing excerpt is parsed again whole.
        if (!parsed.ok && !all) parsed = await parseHcl(text);
        if (!parsed.ok) {
          checkout.problems.push({ file, line: parsed.line, message: parsed.message });
          continue;
        }
        body = parsed.body;
      }
      collect(module, file, scanned.statements, body);
    }
    // Module calls nest deeper than any real configuration only through a cycle of local sources.
    if (depth < 32) {
      for (const call of module.calls.values()) {
        if (call.source !== undefined && isLocalSource(call.source)) {
          const target = path.posix.normalize(path.posix.join(dir, call.source)).replace(/(.)\/+$/, '$1');
          // A module that calls one of its callers would recurse forever (Terraform rejects it too).
          if (inProgress.has(target)) continue;
          if ((await fs.listTf(path.join(rootDir, target))) !== null) call.target = await load(target, depth + 1);
        }
      }
    }
    inProgress.delete(dir);
    return module;
  };

  checkout.root = await load('.', 0);
  return checkout;
}

/** Blocks as the scanner found them (file order, lines), with the bodies HCL parsed for them. */
function collect(module: ModuleConfig, file: string, statements: HclStatement[], body: HclBody): void {
  const bodyOf = (...path: string[]): HclBody => {
    let cur: unknown = body;
    for (const p of path) cur = cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? (cur as HclBody)[p] : undefined;
    return asBodies(cur)[0] ?? {};
  };
  let movedIndex = 0;
  let removedIndex = 0;
  const moved = asBodies(body.moved);
  const removed = asBodies(body.removed);
  for (const s of statements) {
    if (s.kind !== 'block') continue;
    const [a, b] = s.labels;
    if ((s.name === 'resource' || s.name === 'data') && a !== undefined && b !== undefined && s.labels.length === 2) {
      const blocks = s.name === 'resource' ? module.resources : module.data;
      const key = `${a}.${b}`;
      // Terraform rejects duplicates; the first one is where a reviewer would look.
      if (!blocks.has(key)) blocks.set(key, { file, line: s.line, body: bodyOf(s.name, a, b), module, type: a, name: b });
    } else if (s.name === 'module' && a !== undefined && s.labels.length === 1 && !module.calls.has(a)) {
      const callBody = bodyOf('module', a);
      const call: ModuleCall = { file, line: s.line, body: callBody, module, name: a };
      if (typeof callBody.source === 'string') call.source = callBody.source;
      module.calls.set(a, call);
    } else if (s.name === 'variable' && a !== undefined) {
      const v = bodyOf('variable', a);
      module.variables.set(a, 'default' in v ? { default: v.default, hasDefault: true } : { hasDefault: false });
    } else if (s.name === 'moved') {
      const m = moved[movedIndex++];
      if (m && typeof m.from === 'string' && typeof m.to === 'string') {
        module.moved.push({ from: stripInterpolation(m.from), to: stripInterpolation(m.to), file, line: s.line });
      }
    } else if (s.name === 'removed') {
      const r = removed[removedIndex++];
      if (r && typeof r.from === 'string') {
        const destroy = asBodies(r.lifecycle)[0]?.destroy;
        module.removed.push({ from: stripInterpolation(r.from), destroy: destroy === undefined ? true : typeof destroy === 'boolean' ? destroy : 'unknown', file, line: s.line });
      }
    }
  }
  for (const locals of asBodies(body.locals)) for (const [k, v] of Object.entries(locals)) module.locals.set(k, v);
}

/** hcl2json writes a bare reference `a.b` as the string `${a.b}`. */
export function stripInterpolation(s: string): string {
  const m = /^\$\{(.*)\}$/s.exec(s);
  return m ? (m[1] as string).trim() : s;
}
