/**
 * The action runs from its bundle with no node_modules: the catalog and the managed policies travel as
 * data files next to the bundled code (scripts/data-files.mjs). This builds the policy module alone, copies
 * the data files as the build does, and runs it from an otherwise empty directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script without type declarations
import { copyDataFiles } from '../../scripts/data-files.mjs';

const dir = mkdtempSync(join(tmpdir(), 'policy-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('policy module bundled without node_modules', () => {
  it('expands actions and knows managed policies from the bundle alone', async () => {
    const outfile = join(dir, 'policy.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '../../src/policy/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'silent',
    });
    // The data is read at run time, not inlined: the code alone is small.
    expect(statSync(outfile).size).toBeLessThan(200_000);
    copyDataFiles(dir);
    writeFileSync(
      join(dir, 'run.mjs'),
      [
        "import * as P from './policy.mjs';",
        'const d = P.diffPermissions({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] },',
        '  { Statement: [{ Effect: "Allow", Action: "s3:Get*", Resource: "*" }] }, "p");',
        'console.log(JSON.stringify({',
        '  put: d.removed.expandedActions.includes("s3:PutObject"),',
        '  all: P.expandAction("*").length,',
        '  sqs: P.deltaPermissions(P.awsManagedPolicy("arn:aws:iam::aws:policy/AmazonSQSFullAccess")).map((p) => p.action),',
        '}));',
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['run.mjs'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    const result = JSON.parse(out) as { put: boolean; all: number; sqs: string[] };
    expect(result.put).toBe(true);
    expect(result.all).toBeGreaterThan(15_000);
    expect(result.sqs).toContain('sqs:*');
  });
});
