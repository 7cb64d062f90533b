import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { InputReading } from '../../src/model/change.js';
import { readHclDirs } from '../../src/changes/hcl/index.js';

export const fixturesRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'hcl');
export const fixture = (name: string, ...rest: string[]): string => join(fixturesRoot, name, ...rest);

export function readCase(name: string): Promise<InputReading> {
  return readHclDirs({ label: name, baseDir: fixture(name, 'base'), headDir: fixture(name, 'head') });
}

/** (address, effect kinds, roles) per change, sorted by address. */
export function summarize(reading: InputReading): Array<[string, string[], string[]]> {
  return reading.changes
    .map((c): [string, string[], string[]] => [c.address, c.effects.map((e) => e.kind), c.roles])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}
