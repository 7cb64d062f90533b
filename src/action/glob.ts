/**
 * File globs for action inputs (Node 20 has no fs.glob): picomatch for matching, a walk from the
 * pattern's static base. Results are paths relative to cwd, sorted, so runs are reproducible.
 * picomatch loads on the first pattern that may be a glob: plain paths, the usual case, never load it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type Picomatch from 'picomatch';

const SKIP = new Set(['node_modules', '.git']);

/**
 * picomatch.scan reports a glob only for a pattern with one of these (`*`, `?`, `[…]`, `{a,b}`, `{a..b}`,
 * extglobs `@(…)` and the like, `(…)`): without any, a pattern is a plain path. A property test holds the
 * two together.
 */
const GLOB_CHARS = /[*?[{(]/;

export function mayBeGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

let picomatchLoaded: Promise<typeof Picomatch> | undefined;
function loadPicomatch(): Promise<typeof Picomatch> {
  return (picomatchLoaded ??= import('picomatch').then((m) => m.default));
}

export async function isGlob(pattern: string): Promise<boolean> {
  if (!mayBeGlob(pattern)) return false;
  const picomatch = await loadPicomatch();
  return picomatch.scan(pattern).isGlob;
}

export async function expandGlob(pattern: string, cwd: string, kind: 'file' | 'dir'): Promise<string[]> {
  const picomatch = await loadPicomatch();
  const normalized = pattern.replace(/^\.\//, '');
  const { base } = picomatch.scan(normalized);
  const isMatch = picomatch(normalized, { dot: false });
  const root = path.resolve(cwd, base || '.');
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 32) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const abs = path.join(dir, e.name);
      const rel = path.relative(cwd, abs).split(path.sep).join('/');
      if (e.isDirectory()) {
        if (kind === 'dir' && isMatch(rel)) found.push(rel);
        walk(abs, depth + 1);
      } else if (kind === 'file' && e.isFile() && isMatch(rel)) {
        found.push(rel);
      }
    }
  };
  walk(root, 0);
  return found.sort();
}
