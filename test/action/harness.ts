/**
 * Runs the action's run() in-process the way the runner does: INPUT_* variables, an event file, output and
 * summary files, GITHUB_API_URL at the loopback server. Captures workflow commands written to stdout.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/action/main.js';
import type { FakeGitHub } from '../helpers/github-server.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

export interface PullRequestEvent {
  number?: number;
  headSha?: string;
  baseSha?: string;
  updatedAt?: string;
  labels?: string[];
  fork?: boolean;
  action?: string;
  label?: string;
  sender?: string;
}

export function pullRequestPayload(e: PullRequestEvent = {}): unknown {
  const base = 'acme/infra';
  return {
    action: e.action ?? 'synchronize',
    number: e.number ?? 7,
    ...(e.label ? { label: { name: e.label } } : {}),
    sender: { login: e.sender ?? 'alice' },
    pull_request: {
      number: e.number ?? 7,
      updated_at: e.updatedAt ?? '2026-11-28T20:00:00Z',
      labels: (e.labels ?? []).map((name) => ({ name })),
      head: { sha: e.headSha ?? 'a'.repeat(40), repo: { full_name: e.fork ? 'mallory/infra' : base } },
      base: { sha: e.baseSha ?? 'b'.repeat(40), repo: { full_name: base } },
    },
  };
}

export interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  failed: boolean;
  /** The `::error::` message setFailed wrote, when the step failed. */
  failure?: string;
  ms: number;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ibr-action-'));
// One summary file for the whole test process, emptied before each run.
const summaryFile = path.join(scratch, 'summary.md');

export async function runAction(options: {
  server: FakeGitHub;
  inputs: Record<string, string>;
  event?: unknown;
  eventName?: string;
  env?: Record<string, string>;
  clock?: Date;
  /** Start this many runs at once on the same environment (two workflow runs racing). */
  concurrent?: number;
}): Promise<ActionRun> {
  const saved = { ...process.env };
  const dir = mkdtempSync(path.join(scratch, 'run-'));
  const eventFile = path.join(dir, 'event.json');
  const outputFile = path.join(dir, 'output.txt');
  writeFileSync(eventFile, JSON.stringify(options.event ?? pullRequestPayload()));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_WORKSPACE: REPO_ROOT,
    RUNNER_TEMP: dir,
    ...options.env,
  });
  const defaults = { 'github-token': 'ghs-write', inventory: path.join(FIXTURES, 'inventory.json') };
  for (const [k, v] of Object.entries({ ...defaults, ...options.inputs })) process.env[`INPUT_${k.toUpperCase()}`] = v;

  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const start = performance.now();
  try {
    const deps = { clock: () => options.clock ?? new Date('2026-11-28T21:00:00Z'), github: { retryUnitMs: 1, paceWrites: false } };
    await Promise.all(Array.from({ length: options.concurrent ?? 1 }, () => run(deps)));
  } finally {
    spy.mockRestore();
  }
  const ms = performance.now() - start;
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);

  const failure = failed ? /::error::(.*)/.exec(stdout)?.[1] : undefined;
  return {
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    stdout,
    failed,
    ...(failure ? { failure } : {}),
    ms,
  };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
