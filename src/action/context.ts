/**
 * What the run knows about where it runs, read from the environment when the run starts (not at import,
 * as @actions/github's `context` does), so tests and re-runs see the right event. The event payload is
 * checked with a zod schema that loads only when there is a payload to read, after the inputs.
 */
import { readFileSync } from 'node:fs';
import type { EventPayload } from './payload.js';

export interface RunContext {
  eventName: string;
  repo?: { owner: string; repo: string };
  serverUrl: string;
  apiUrl: string;
  runUrl?: string;
  workspace: string;
  tempDir?: string;
  pr?: {
    number: number;
    headSha: string;
    baseSha?: string;
    /** Head repository differs from the base: the token is read-only and has no secrets. */
    fromFork: boolean;
    labels: string[];
    /** Time of the event: a re-run of an old event keeps its old time, so it cannot win over newer runs. */
    updatedAt?: string;
  };
  /** The label this event added and who added it (a `labeled` event). */
  labeled?: { label: string; by?: string };
  sha?: string;
}

/** Where relative paths and globs of the inputs resolve. */
export function workspaceOf(env: NodeJS.ProcessEnv): string {
  return env['GITHUB_WORKSPACE'] || process.cwd();
}

export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  const payload = await readPayload(env['GITHUB_EVENT_PATH']);
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const pr = payload.pull_request;
  const repoRef = owner && repo ? { owner, repo } : undefined;
  const runUrl =
    repoRef && env['GITHUB_RUN_ID'] ? `${serverUrl}/${repoRef.owner}/${repoRef.repo}/actions/runs/${env['GITHUB_RUN_ID']}` : undefined;
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    ...(repoRef ? { repo: repoRef } : {}),
    serverUrl,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    ...(runUrl ? { runUrl } : {}),
    workspace: workspaceOf(env),
    ...(env['RUNNER_TEMP'] ? { tempDir: env['RUNNER_TEMP'] } : {}),
    ...(pr
      ? {
          pr: {
            number: pr.number,
            headSha: pr.head.sha,
            ...(pr.base.sha ? { baseSha: pr.base.sha } : {}),
            fromFork: Boolean(pr.head.repo && pr.base.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
            labels: (pr.labels ?? []).map((l) => l.name),
            ...(pr.updated_at ? { updatedAt: pr.updated_at } : {}),
          },
        }
      : {}),
    ...(payload.action === 'labeled' && payload.label
      ? { labeled: { label: payload.label.name, ...(payload.sender ? { by: payload.sender.login } : {}) } }
      : {}),
    ...(env['GITHUB_SHA'] ? { sha: env['GITHUB_SHA'] } : {}),
  };
}

/** The event, or nothing when it is missing, unreadable or not the shape we read. */
async function readPayload(file: string | undefined): Promise<EventPayload> {
  if (!file) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  const { parsePayload } = await import('./payload.js');
  return parsePayload(raw);
}
