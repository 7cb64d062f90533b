/** Runs the BUILT CLI as a process: exit codes, exact stderr lines, and whole-or-nothing output files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/model/report.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const PLAN = join(root, 'fixtures/demo/plan.json');
const SNAPSHOT = join(root, 'fixtures/demo/inventory.json');
let out: string;
let work: string;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cliEnv(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(out, 'cli.js'), ...args], { cwd: work, env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** With an empty PATH: no terraform/tofu to convert binary plans, whatever this machine has. */
function cli(...args: string[]): Promise<Result> {
  return cliEnv({ ...process.env, PATH: '' }, ...args);
}

function file(name: string, content: string | Buffer): string {
  writeFileSync(join(work, name), content);
  return name;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'ibr-cli-dist-'));
  work = mkdtempSync(join(tmpdir(), 'ibr-cli-work-'));
  await run(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', out, '--quiet']);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the built CLI', () => {
  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints help for analyze with every option', async () => {
    const r = await cli('analyze', '--help');
    expect(r.code).toBe(0);
    for (const flag of ['--plan', '--cdk-diff', '--cdk-out', '--deployed', '--change-set', '--hcl-base', '--hcl-head', '--source-dir', '--inventory', '--regions', '--assume-role-arn-template', '--timeout', '--max-attempts', '--cloudtrail', '--window-days', '--fail-on', '--ignore-roles', '--mask-account-ids', '--format', '--output', '--debug', '--now']) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('runs the demo: exit 0 with --fail-on never, names the broken dependents', async () => {
    const r = await cli('analyze', '--plan', PLAN, '--inventory', SNAPSHOT, '--format', 'text', '--fail-on', 'never');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('breaks 2 Lambda functions in eu-west-1 (orders-ingest, orders-retry) and 1 EKS pod via IRSA in eu-west-1 (prod-eu/orders/worker)');
  });

  it('exits 1 when blocked, and 0 when the block is waived', async () => {
    expect((await cli('analyze', '--plan', PLAN, '--inventory', SNAPSHOT)).code).toBe(1);
    const waived = await cli('analyze', '--plan', PLAN, '--inventory', SNAPSHOT, '--ignore-roles', 'orders-*', '--ignore-roles', 'payments-*', '--ignore-roles', 'reports-*');
    expect(waived.code).toBe(0);
  });

  it('blocks without an inventory only through what the plan itself shows', async () => {
    const r = await cli('analyze', '--plan', PLAN, '--format', 'json', '--fail-on', 'medium');
    expect(r.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.roles.filter((x) => x.usage.status === 'unused')).toEqual([]);
  });

  it('writes a JSON report file that validates, and masks account IDs on request', async () => {
    const r = await cli('analyze', '--plan', PLAN, '--inventory', SNAPSHOT, '--format', 'json', '--output', 'report.json', '--fail-on', 'never', '--mask-account-ids');
    expect(r).toMatchObject({ code: 0, stdout: '' });
    const text = readFileSync(join(work, 'report.json'), 'utf8');
    expect(reportSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(text).not.toContain('123456789012');
  });

  it('points changes at file:line with --source-dir', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(work, 'tf'), { recursive: true });
    file('tf/main.tf', 'terraform {\n}\n\nresource "aws_iam_role" "payments_api" {\n  name = "payments-api-v2"\n}\n');
    const r = await cli('analyze', '--plan', PLAN, '--inventory', SNAPSHOT, '--source-dir', 'tf', '--fail-on', 'never');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- aws_iam_role.payments_api [delete, create] at main.tf:4');
  });

  it('converts a binary plan with the terraform it finds on PATH', async () => {
    // A stand-in terraform that answers `show -json FILE` with the demo plan: this checks the wiring, the
    // reader's own tests run the real terraform binary.
    const bin = mkdtempSync(join(tmpdir(), 'ibr-cli-bin-'));
    writeFileSync(join(bin, 'terraform'), `#!/bin/sh\n[ "$1 $2" = "show -json" ] && exec cat ${JSON.stringify(PLAN)}\nexit 3\n`, { mode: 0o755 });
    file('demo.tfplan', Buffer.from('PK\u0003\u0004binary'));
    try {
      const env = { ...process.env, PATH: `${bin}:/bin:/usr/bin` };
      const r = await cliEnv(env, 'analyze', '--plan', 'demo.tfplan', '--inventory', SNAPSHOT, '--fail-on', 'never');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('orders-worker');
      expect(r.stdout).toContain('binary plan converted with `terraform show -json`');
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('measures ages from --now', async () => {
    const r = await cli('analyze', '--plan', PLAN, '--inventory', SNAPSHOT, '--now', '2026-12-01T19:00:00Z', '--fail-on', 'never');
    expect(r.stdout).toContain('RoleLastUsed 2026-11-28T19:00Z in eu-west-1 (3 days ago)');
  });

  it('renders markdown', async () => {
    const r = await cli('analyze', '--plan', PLAN, '--inventory', SNAPSHOT, '--format', 'markdown', '--fail-on', 'never');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('orders-worker');
  });
});

describe.concurrent('bad input: one line on stderr, exit 2, no stack trace', () => {
  const cases: [string, () => string[], string][] = [
    ['missing plan', () => ['--plan', 'nope.json'], 'error: nope.json: file not found (--plan)'],
    ['plan that is not JSON', () => ['--plan', file('notjson.json', 'hello')], 'error: notjson.json (line 1 column 1): is not JSON (starts with "hello"): expected `terraform show -json` output'],
    [
      'empty plan',
      () => ['--plan', file('empty.json', '')],
      'error: empty.json: is empty: expected the output of `terraform show -json` (run `terraform show -json plan.out > plan.json` and pass plan.json)',
    ],
    [
      'binary plan',
      () => ['--plan', file('plan.tfplan', Buffer.from('PK\u0003\u0004binary'))],
      'error: plan.tfplan: is a binary plan: run `terraform show -json plan.out > plan.json` and pass plan.json',
    ],
    [
      'state file',
      () => ['--plan', file('state.json', '{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{}}}')],
      'error: state.json: is the JSON of a Terraform state (`terraform show -json` without a plan file), not a plan: run `terraform plan -out=plan.out && terraform show -json plan.out > plan.json`',
    ],
    [
      'snapshot failing its schema',
      () => ['--plan', PLAN, '--inventory', file('badsnap.json', '{"schemaVersion":1,"collectedAt":"2026-11-28T21:00:00Z","roles":[{"name":"a"}]}')],
      'error: badsnap.json (roles[0].existence): not a valid inventory snapshot: Invalid option: expected one of "found"|"absent"|"unknown" (schema: docs/inventory.schema.json)',
    ],
    ['snapshot that is not JSON', () => ['--plan', PLAN, '--inventory', file('snap.json', '{\n  x')], 'error: snap.json (line 2 column 3): is not JSON: expected an inventory snapshot (schema: docs/inventory.schema.json)'],
    ['missing snapshot', () => ['--plan', PLAN, '--inventory', 'nosnap.json'], 'error: nosnap.json: file not found (--inventory)'],
    ['bad --fail-on', () => ['--plan', PLAN, '--fail-on', 'hgh'], 'error: --fail-on: expected high, medium, low or never, got "hgh"'],
    ['bad --window-days', () => ['--plan', PLAN, '--window-days', '9x'], 'error: --window-days: expected a whole number of days from 1 to 400, got "9x"'],
    ['--window-days with an exponent', () => ['--plan', PLAN, '--window-days', '1e2'], 'error: --window-days: expected a whole number of days from 1 to 400, got "1e2"'],
    ['--window-days zero', () => ['--plan', PLAN, '--window-days', '0'], 'error: --window-days: expected a whole number of days from 1 to 400, got "0"'],
    ['bad --timeout', () => ['--plan', PLAN, '--timeout', '-5'], 'error: --timeout: expected a whole number of seconds from 1 to 3600, got "-5"'],
    ['bad --regions', () => ['--plan', PLAN, '--regions', 'eu-west-1,mars'], 'error: --regions: expected a comma-separated list of regions (eu-west-1,us-east-1) or "all", got "mars"'],
    ['no input', () => [], 'error: analyze: no input: give --plan, --cdk-diff, --cdk-out, --change-set, or --hcl-base with --hcl-head'],
    ['unknown option', () => ['--plan', PLAN, '--bogus'], "error: unknown option '--bogus'"],
    ['output in a missing directory', () => ['--plan', PLAN, '--output', 'no/such/dir/out.txt'], `error: no/such/dir: directory not found (--output)`],
  ];

  it.each(cases)('%s', async (_name, args, line) => {
    const r = await cli('analyze', ...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
  });

  it('adds the stack trace with --debug', async () => {
    const r = await cli('analyze', '--plan', file('empty2.json', ''), '--debug');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error: empty2\.json: is empty/);
    expect(lines.some((l) => /^\s+at /.test(l))).toBe(true);
  });

  it('leaves an existing output file untouched on error, and no temporary file behind', async () => {
    const target = file('keep.txt', 'previous report\n');
    const r = await cli('analyze', '--plan', PLAN, '--inventory', file('bad2.json', '{"schemaVersion":2}'), '--output', target);
    expect(r.code).toBe(2);
    expect(readFileSync(join(work, target), 'utf8')).toBe('previous report\n');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes no output file at all when the input is bad', async () => {
    const r = await cli('analyze', '--plan', 'nope.json', '--output', 'fresh.txt');
    expect(r.code).toBe(2);
    expect(readdirSync(work)).not.toContain('fresh.txt');
  });

  it('requires --out for inventory', async () => {
    const r = await cli('inventory', '--plan', PLAN);
    expect(r).toMatchObject({ code: 2, stderr: "error: required option '--out <file>' not specified\n" });
  });
});

describe('inventory → snapshot → replay', () => {
  // A closed port: every AWS call fails fast, so facts are unknown, recorded as gaps, and replayed as such.
  const deadAws = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'eu-west-1',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_MAX_ATTEMPTS: '1',
  };


  it('records what a live run used, and replaying it gives the same judgement', async () => {
    const live = ['--plan', PLAN, '--regions', 'eu-west-1', '--timeout', '20'];
    const rec = await cliEnv(deadAws, 'inventory', ...live, '--out', 'snap.live.json');
    expect(rec.code).toBe(0);
    expect(rec.stderr).toMatch(/^wrote snap\.live\.json: 4 roles, 0 dependents, \d+ failed lookups\n$/);
    const liveRun = await cliEnv(deadAws, 'analyze', ...live, '--inventory', 'live', '--format', 'json', '--fail-on', 'never');
    const replay = await cli('analyze', '--plan', PLAN, '--inventory', 'snap.live.json', '--format', 'json', '--fail-on', 'never');
    expect(replay.code).toBe(0);
    const a = reportSchema.parse(JSON.parse(liveRun.stdout));
    const b = reportSchema.parse(JSON.parse(replay.stdout));
    expect(b.roles.map((r) => [r.name, r.risk, r.usage.status, r.dependentsStatus])).toEqual(
      a.roles.map((r) => [r.name, r.risk, r.usage.status, r.dependentsStatus]),
    );
    expect(b.roles.find((r) => r.name === 'orders-worker')!.usage.status).toBe('unknown');
  });
});
