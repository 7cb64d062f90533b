/**
 * The bad-input corpus, table-driven: every row runs the BUILT CLI (or the action in-process) on one bad
 * input and asserts exit 2 (or a failed step), exactly one stderr line naming the file and the place,
 * no stack trace, and an `--output` file left exactly as it was.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/github-server.js';
import { FIXTURES as ACTION_FIXTURES, runAction } from '../action/harness.js';
import { actionCases, cliCases, oddCases, type Content, type CliCase } from './cases.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const demoPlan = readFileSync(join(root, 'fixtures/demo/plan.json'));
let dist: string;
let scratch: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'ibr-bad-dist-'));
  scratch = mkdtempSync(join(tmpdir(), 'ibr-bad-work-'));
  // The same build the CLI suite uses, into a temp dir: no dependence on the committed dist/.
  await run(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', dist, '--quiet']);
}, 120_000);

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

function materialize(dir: string, name: string, content: Content): void {
  if (typeof content === 'string' || Buffer.isBuffer(content)) {
    writeFileSync(join(dir, name), content);
    return;
  }
  mkdirSync(join(dir, name));
  for (const [file, text] of Object.entries(content.dir)) writeFileSync(join(dir, name, file), text);
}

async function runCase(c: Pick<CliCase, 'files' | 'args' | 'env'>, index: number | string): Promise<{ code: number; stderr: string; stdout: string; work: string }> {
  const work = join(scratch, `case-${index}`);
  mkdirSync(work);
  writeFileSync(join(work, 'plan.json'), demoPlan);
  for (const [name, content] of Object.entries(c.files)) materialize(work, name, content);
  writeFileSync(join(work, 'out.txt'), 'previous report\n');
  try {
    const { stdout, stderr } = await run(process.execPath, [join(dist, 'cli.js'), 'analyze', ...c.args, '--output', 'out.txt'], { cwd: work, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...c.env } });
    return { code: 0, stdout, stderr, work };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr, work };
  }
}

describe.concurrent('bad input to the CLI', () => {
  cliCases.forEach((c, index) => {
    it(c.name, async () => {
      const r = await runCase(c, index);
      expect(r.stderr).toBe(`error: ${c.message}\n`);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      // The output file is untouched, and no temporary file is left beside it.
      expect(readFileSync(join(r.work, 'out.txt'), 'utf8')).toBe('previous report\n');
      expect(readdirSync(r.work).filter((f) => f.startsWith('.out.txt'))).toEqual([]);
    }, 60_000);
  });
});

describe.concurrent('odd but readable input', () => {
  oddCases.forEach((c, index) => {
    it(c.name, async () => {
      const r = await runCase({ files: c.files, args: [...c.args, '--format', 'markdown'] }, `odd-${index}`);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(c.code);
      const md = readFileSync(join(r.work, 'out.txt'), 'utf8');
      expect(md).toContain(c.contains);
    }, 60_000);
  });
});

describe('bad action inputs', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await new FakeGitHub().start();
  });
  afterAll(async () => {
    await gh.stop();
  });

  for (const c of actionCases) {
    it(c.name, async () => {
      gh.reset();
      const r = await runAction({ server: gh, inputs: { plan: join(ACTION_FIXTURES, 'plan-delete-role.json'), ...c.inputs } });
      expect(r.failed).toBe(true);
      expect(r.failure).toBe(c.message);
      expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1);
      expect(r.stdout).not.toMatch(/\n\s+at /);
      // Nothing reached the pull request and no report was claimed.
      expect(gh.writes()).toEqual([]);
      expect(r.outputs['report-json']).toBeUndefined();
    });
  }
});
