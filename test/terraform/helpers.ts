import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { InputReading } from '../../src/model/change.js';
import { readPlan } from '../../src/changes/terraform/index.js';
import type { ReaderContext } from '../../src/inputs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'terraform');
export const realPlan = (name: string): string => join(root, 'real', name);
export const handPlan = (name: string): string => join(root, 'hand-built', name);

export function read(path: string, ctx: ReaderContext = {}, label = path): Promise<InputReading> {
  return readPlan({ kind: 'plan', label, path }, ctx);
}

/** (address, effect kinds, roles) per change: the shape the exact-list tests compare. */
export function summarize(reading: InputReading): [string, string[], string[]][] {
  return reading.changes.map((c) => [c.address, c.effects.map((e) => e.kind), c.roles]);
}

export function effectsOf(reading: InputReading, address: string) {
  const change = reading.changes.find((c) => c.address === address);
  if (!change) throw new Error(`no change for ${address}`);
  return change.effects;
}
