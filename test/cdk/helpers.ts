import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputReading } from '../../src/model/change.js';
import { readCdkDiff, readCdkOut, readChangeSet } from '../../src/changes/cdk/index.js';

export const STACK_NAMES = ['RolesStack', 'PoliciesStack'] as const;

export async function readAllForms(dir: string): Promise<{ text: InputReading[]; out: InputReading; changeSets: InputReading[] }> {
  const text = await Promise.all(STACK_NAMES.map((s) => readCdkDiff({ kind: 'cdk-diff', label: s, path: join(dir, `diff/${s}.txt`) }, {})));
  const out = await readCdkOut({ kind: 'cdk-out', label: 'cdk.out', dir: join(dir, 'cdk.out'), deployedDir: join(dir, 'deployed') }, {});
  const changeSets = await Promise.all(STACK_NAMES.map((s) => readChangeSet({ kind: 'change-set', label: s, path: join(dir, `change-set/${s}.json`) }, {})));
  return { text, out, changeSets };
}

/** RoleName → logical ID, from the templates (so physical names and `Stack/LogicalId` compare). */
export function roleNameIndex(dir: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const side of ['deployed', 'cdk.out']) {
    for (const s of STACK_NAMES) {
      const t = JSON.parse(readFileSync(join(dir, side, `${s}.template.json`), 'utf8')) as { Resources: Record<string, { Type: string; Properties?: { RoleName?: unknown } }> };
      for (const [id, r] of Object.entries(t.Resources)) if (r.Type === 'AWS::IAM::Role' && typeof r.Properties?.RoleName === 'string') index.set(r.Properties.RoleName, id);
    }
  }
  return index;
}

/** A role as its logical ID, whichever form named it (`Stack/Id`, `Stack-Id-HASH`, or a RoleName). */
export function logicalRole(role: string, names: Map<string, string>): string {
  const slash = /^[A-Za-z]+Stack\/(.+)$/.exec(role);
  if (slash) return slash[1] as string;
  const generated = /^[A-Za-z]+Stack-(.+)-[A-F0-9]{12}$/.exec(role);
  if (generated) return generated[1] as string;
  return names.get(role) ?? role;
}

/** `LogicalRoleId kind` for every effect, sorted and unique: what "same roles and effects" compares. */
export function roleEffects(readings: InputReading[], names: Map<string, string>): string[] {
  const set = new Set<string>();
  for (const r of readings) for (const c of r.changes) for (const e of c.effects) set.add(`${logicalRole(e.role, names)} ${e.kind}`);
  return [...set].sort();
}
