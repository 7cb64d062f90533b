/**
 * The CDK readers bundled the way dist/ is built (esbuild, everything inlined, @aws-cdk/aws-service-spec
 * aliased to the embedded extract) and run from a directory without node_modules: same results.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
// @ts-expect-error: a build script without type declarations
import { copyDataFiles } from '../../scripts/data-files.mjs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs generator without types
import { extract } from '../../src/changes/cdk/service-spec/generate.mjs';
import spec from '../../src/changes/cdk/service-spec/spec.generated.json' with { type: 'json' };
import { readAllForms, roleEffects, roleNameIndex } from './helpers.js';

const run = promisify(execFile);
const G = resolve('fixtures/cdk/generated');

describe('bundled CDK readers', () => {
  it('the embedded service-spec extract matches @aws-cdk/aws-service-spec (regenerate: node src/changes/cdk/service-spec/generate.mjs)', () => {
    expect(spec).toEqual(extract());
  });

  it('run without node_modules and agree with the unbundled readers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cdk-bundle-'));
    const entry = join(dir, 'entry.ts');
    await writeFile(
      entry,
      `import { readCdkDiff, readCdkOut, readChangeSet } from ${JSON.stringify(resolve('src/changes/cdk/index.ts'))};
const G = ${JSON.stringify(G)};
const out = await readCdkOut({ kind: 'cdk-out', label: 'cdk.out', dir: G + '/cdk.out', deployedDir: G + '/deployed' }, {});
const cs = await Promise.all(['RolesStack', 'PoliciesStack'].map((s) => readChangeSet({ kind: 'change-set', label: s, path: G + '/change-set/' + s + '.json' }, {})));
const text = await Promise.all(['RolesStack', 'PoliciesStack'].map((s) => readCdkDiff({ kind: 'cdk-diff', label: s, path: G + '/diff/' + s + '.txt' }, {})));
process.stdout.write(JSON.stringify({ out, cs, text }));
`,
    );
    const outfile = join(dir, 'bundle.mjs');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      alias: { '@aws-cdk/aws-service-spec': resolve('src/changes/cdk/service-spec/shim.ts') },
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'error',
    });
    copyDataFiles(dir);
    const { stdout } = await run(process.execPath, [outfile], { cwd: dir, maxBuffer: 32 * 1024 * 1024 });
    const bundled = JSON.parse(stdout) as { out: never; cs: never[]; text: never[] };
    const names = roleNameIndex(G);
    const direct = await readAllForms(G);
    expect(roleEffects([bundled.out], names)).toEqual(roleEffects([direct.out], names));
    expect(roleEffects(bundled.cs, names)).toEqual(roleEffects(direct.changeSets, names));
    expect(roleEffects(bundled.text, names)).toEqual(roleEffects(direct.text, names));
    expect(bundled.out).toEqual(JSON.parse(JSON.stringify(direct.out)));
  }, 120_000);
});
