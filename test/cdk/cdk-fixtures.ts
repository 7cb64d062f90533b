/**
 * Generates the CDK fixtures for real: `cdk synth` of each app variant, `cdk diff --template` per stack,
 * and a change set per stack. Used by the drift test (and to refresh fixtures/cdk/generated).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildChangeSet } from './change-set-builder.js';

const run = promisify(execFile);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const APPS = join(ROOT, 'fixtures/cdk/apps');
export const GENERATED = join(ROOT, 'fixtures/cdk/generated');
const CDK = join(ROOT, 'node_modules/.bin/cdk');

export const STACKS = ['RolesStack', 'PoliciesStack'] as const;
export type StackName = (typeof STACKS)[number];

export function cdkAvailable(): boolean {
  return existsSync(CDK);
}

// Offline: no instance-metadata probing, no region lookup, no version check.
const QUIET_ENV = { CDK_DISABLE_VERSION_CHECK: '1', AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'eu-west-1' };
const COMMON = ['--no-notices', '--no-version-reporting', '--no-color'];

async function synth(variant: 'before' | 'after', out: string): Promise<void> {
  await run(CDK, ['synth', ...COMMON, '--quiet', '--app', 'node blast-radius.mjs', '--context', `variant=${variant}`, '--output', out], {
    cwd: APPS,
    env: { ...process.env, ...QUIET_ENV },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** `cdk diff` output as a user's CI log shows it (stderr and stdout together). */
async function diff(assembly: string, oldTemplate: string, stack: string, cwd: string, extra: string[] = [], color = false): Promise<string> {
  const args = ['diff', ...COMMON.filter((a) => !(color && a === '--no-color')), '--app', assembly, '--template', oldTemplate, ...extra, stack];
  const quoted = [CDK, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, ...QUIET_ENV };
  if (color) env.FORCE_COLOR = '1';
  else delete env.FORCE_COLOR;
  const { stdout } = await run('sh', ['-c', `${quoted} 2>&1`], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function pool<T>(items: T[], size: number, fn: (t: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: size }, async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) await fn(t);
  }));
}

/** Synthesizes both variants and writes every generated form under `out`. */
export async function generate(out: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'cdk-gen-'));
  const before = join(work, 'before');
  const after = join(work, 'after');
  await Promise.all([synth('before', before), synth('after', after)]);
  for (const d of ['deployed', 'cdk.out', 'diff', 'change-set']) await mkdir(join(out, d), { recursive: true });
  const manifest = JSON.parse(await readFile(join(after, 'manifest.json'), 'utf8')) as { artifacts: Record<string, { type: string }> };
  // Keep only the stacks: assets and tree are not read and hold machine-specific details.
  manifest.artifacts = Object.fromEntries(Object.entries(manifest.artifacts).filter(([, a]) => a.type === 'aws:cloudformation:stack'));
  await writeFile(join(out, 'cdk.out/manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  for (const s of STACKS) {
    await copyFile(join(before, `${s}.template.json`), join(out, `deployed/${s}.template.json`));
    await copyFile(join(after, `${s}.template.json`), join(out, `cdk.out/${s}.template.json`));
    const cs = buildChangeSet(
      s,
      JSON.parse(await readFile(join(before, `${s}.template.json`), 'utf8')),
      JSON.parse(await readFile(join(after, `${s}.template.json`), 'utf8')),
    );
    await writeFile(join(out, `change-set/${s}.json`), `${JSON.stringify(cs, null, 2)}\n`);
  }
  type Job = { name: string; stack: StackName; extra?: string[]; color?: boolean };
  const jobs: Job[] = [
    ...STACKS.map((s) => ({ name: `${s}.txt`, stack: s })),
    { name: 'PoliciesStack.security-only.txt', stack: 'PoliciesStack', extra: ['--security-only'] },
    { name: 'RolesStack.color.txt', stack: 'RolesStack', color: true },
  ];
  await pool(jobs, 4, async (j) => {
    const text = await diff(after, join(before, `${j.stack}.template.json`), j.stack, work, j.extra, j.color);
    await writeFile(join(out, `diff/${j.name}`), text);
  });
}
