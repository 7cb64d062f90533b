/**
 * File globs for action inputs (Node 20 has no fs.glob): picomatch for matching, a walk from the
 * pattern's static base. Results are paths relative to cwd, sorted, so runs are reproducible.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

const SKIP = new Set(['node_modules', '.git']);

export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

export function expandGlob(pattern: string, cwd: string, kind: 'file' | 'dir'): string[] {
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
