/**
 * Runs the CDK CLI for real (offline): `cdk synth` of each app variant once, `cdk diff --template` per stack,
 * change sets built from the templates. Fails when CDK's output drifts from the committed fixtures
 * (refresh them with UPDATE_CDK_FIXTURES=1), and checks the readers on the fresh outputs.
 */
import { readdir, readFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdkAvailable, generate, GENERATED } from './cdk-fixtures.js';
import { readAllForms, roleEffects, roleNameIndex } from './helpers.js';

const update = process.env.UPDATE_CDK_FIXTURES === '1';

describe.skipIf(!cdkAvailable())('real CDK CLI', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = await mkdtemp(join(tmpdir(), 'cdk-live-'));
    await generate(fresh);
    if (update) await cp(fresh, GENERATED, { recursive: true });
  }, 280_000);

  it('generates the committed fixtures byte for byte (CDK output format has not drifted)', async () => {
    for (const sub of ['deployed', 'cdk.out', 'diff', 'change-set']) {
      const names = (await readdir(join(fresh, sub))).sort();
      expect(names, sub).toEqual((await readdir(join(GENERATED, sub))).sort());
      for (const n of names) {
        const got = await readFile(join(fresh, sub, n), 'utf8');
        const want = await readFile(join(GENERATED, sub, n), 'utf8');
        expect(got, `${sub}/${n} drifted: run UPDATE_CDK_FIXTURES=1 npx vitest run test/cdk/cdk-live.test.ts and review`).toBe(want);
      }
    }
  });

  it('the readers give the same roles and effects on the fresh outputs as on the fixtures', async () => {
    const names = roleNameIndex(fresh);
    const live = await readAllForms(fresh);
    const kept = await readAllForms(GENERATED);
    expect(roleEffects(live.text, names)).toEqual(roleEffects(kept.text, names));
    expect(roleEffects([live.out], names)).toEqual(roleEffects([kept.out], names));
    expect(roleEffects(live.changeSets, names)).toEqual(roleEffects(kept.changeSets, names));
    expect(roleEffects(live.text, names).length).toBeGreaterThan(5);
  });
});
