/**
 * The action's wiring: inputs → pipeline → report file, job summary, PR comment, annotations, outputs,
 * gate. The analysis, rendering and GitHub calls are modules of their own; this file only connects them.
 * Heavy modules load lazily, so a pull request without IAM changes finishes quickly, and a step that fails
 * at its inputs loads none of them: what this file imports statically (./core.js, not @actions/core; no
 * zod, no picomatch) is all that loads before the inputs are read. test/action/dist.test.ts holds that.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeError } from '../errors.js';
import type { IamChange } from '../model/change.js';
import type { Report } from '../model/report.js';
import type { ReaderContext } from '../inputs.js';
import type { AnalysisSettings } from '../pipeline.js';
import { readRunContext, workspaceOf, type RunContext } from './context.js';
import * as core from './core.js';
import type { GitHubApi } from './github.js';
import { parseInputs, type ActionInputs, type InputName } from './inputs.js';

export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  clock: () => Date;
  /** Test seams for the real Octokit client: shorter retry waits, no write pacing. */
  github: { retryUnitMs?: number; paceWrites?: boolean };
}

/** GitHub's limit on a step summary is 1 MiB (bytes); keep clear of it. */
const SUMMARY_LIMIT = 900_000;

export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps: ActionDeps = { env: process.env, clock: () => new Date(), github: {}, ...overrides };
  try {
    await runAction(deps);
  } catch (e) {
    // Any thrown value, also a string or an object, fails the step with one line.
    core.setFailed(describeError(e));
  }
}

async function runAction(deps: ActionDeps): Promise<void> {
  // hrtime, not the `performance` global, which loads perf_hooks.
  const started = process.hrtime.bigint();
  const elapsedMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const stage = (name: string) => core.debug(`${name}: ${elapsedMs()} ms`);
  const token = core.getInput('github-token').trim();
  if (token) core.setSecret(token);
  // configure-aws-credentials masks these in its own step; a debug line of ours must not unmask them.
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    const value = deps.env[name]?.trim();
    if (value) core.setSecret(value);
  }

  const inputs = await parseInputs((name: InputName) => core.getInput(name), { cwd: workspaceOf(deps.env) });
  // Load the analysis while the event is read and GitHub answers the labels call.
  const pipelineModules = loadPipeline();
  pipelineModules.catch(() => undefined);
  const ctx = await readRunContext(deps.env);
  const api = token && ctx.repo ? await githubApi(token, ctx, deps) : undefined;

  const acknowledgedBy = await acknowledgement(api, ctx, inputs);
  stage('labels');
  const pipeline = await pipelineModules;
  const report = await analyse(pipeline, inputs, deps, acknowledgedBy);
  stage('analysis');

  const reportPath = await writeReportFile(report, ctx, inputs);
  const { renderMarkdown } = await import('../render/markdown.js');
  const sourceLinks = sourceLinksOf(ctx, inputs);
  const baseOptions = {
    acknowledgeLabel: inputs.acknowledgeLabel,
    ...(inputs.commentTag !== 'default' ? { title: `IAM blast radius · ${inputs.commentTag}` } : {}),
    ...(sourceLinks ? { sourceLinks } : {}),
    ...(ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}),
    footer: footer(ctx),
  };
  const summaryOptions = {
    ...baseOptions,
    shortenedNote: (leftOut: string) =>
      `This summary leaves out ${leftOut} to stay within GitHub's 1 MiB job summary limit. The full report is the JSON file of the \`report-json\` output.`,
  };
  let summary = renderMarkdown(report, { ...summaryOptions, maxLength: SUMMARY_LIMIT });
  // The limit is in bytes; emoji and arrows take up to four.
  const bytes = Buffer.byteLength(summary);
  if (bytes > SUMMARY_LIMIT) {
    summary = renderMarkdown(report, { ...summaryOptions, maxLength: Math.floor((SUMMARY_LIMIT * summary.length) / bytes) - 1000 });
  }
  await writeJobSummary(summary);
  stage('job summary');

  const commentUrl = await comment(api, ctx, inputs, report, deps, (maxLength) =>
    renderMarkdown(report, { ...baseOptions, maxLength }),
  );
  stage('comment');
  annotate(report, ctx, inputs, pipeline.riskRank);

  core.setOutput('risk', report.decision.risk);
  core.setOutput('blocked', String(report.decision.block));
  core.setOutput('affected-roles', String(report.roles.length));
  core.setOutput('report-json', reportPath);
  core.setOutput('comment-url', commentUrl ?? '');
  core.info(`iam-blast-radius: ${report.roles.length} role(s) affected, risk ${report.decision.risk}, ${elapsedMs()} ms`);

  if (report.decision.block) core.setFailed(blockedMessage(report, inputs, pipeline.riskRank));
}

async function githubApi(token: string, ctx: RunContext, deps: ActionDeps): Promise<GitHubApi> {
  const { createOctokit, GitHubApi } = await import('./github.js');
  const octokit = createOctokit({
    token,
    baseUrl: ctx.apiUrl,
    log: { warning: (m) => core.warning(m), debug: (m) => core.debug(m) },
    ...deps.github,
  });
  return new GitHubApi(octokit, ctx.repo!);
}

/**
 * The label lifts blocks. The API has the labels as they are now (a re-run of an older event sees a label
 * added since); the payload is the fallback when the API cannot be asked.
 */
async function acknowledgement(api: GitHubApi | undefined, ctx: RunContext, inputs: ActionInputs): Promise<string | undefined> {
  if (!ctx.pr) return undefined;
  let labels = ctx.pr.labels;
  if (api) {
    try {
      labels = await api.listLabels(ctx.pr.number);
    } catch (e) {
      core.debug(`Could not list labels (${describeError(e)}); using the event's labels.`);
    }
  }
  if (!labels.includes(inputs.acknowledgeLabel)) return undefined;
  const by = ctx.labeled?.label === inputs.acknowledgeLabel && ctx.labeled.by ? ` (added by ${ctx.labeled.by})` : '';
  return `label ${inputs.acknowledgeLabel}${by}`;
}

/** The analysis and the report model (zod): none of it loads before the inputs are read. */
async function loadPipeline() {
  const [{ runPipeline }, { createInventorySource }, { riskRank }, { runProgram }] = await Promise.all([
    import('../pipeline.js'),
    import('../inventory/index.js'),
    import('../model/report.js'),
    import('../exec.js'),
  ]);
  return { runPipeline, createInventorySource, riskRank, runProgram };
}

type RiskRank = Awaited<ReturnType<typeof loadPipeline>>['riskRank'];

async function analyse(
  { runPipeline, createInventorySource, runProgram }: Awaited<ReturnType<typeof loadPipeline>>,
  inputs: ActionInputs,
  deps: ActionDeps,
  acknowledgedBy: string | undefined,
): Promise<Report> {
  const inventory = createInventorySource(
    inputs.inventory,
    {
      ...(inputs.regions ? { regions: inputs.regions } : {}),
      ...(inputs.assumeRoleArnTemplate ? { assumeRoleArnTemplate: inputs.assumeRoleArnTemplate } : {}),
      timeoutMs: inputs.timeoutSeconds * 1000,
      maxAttempts: inputs.maxAttempts,
      cloudtrail: inputs.cloudtrail,
      onProgress: (line) => core.info(line),
      debug: (line) => core.debug(line),
    },
    deps.clock,
  );
  const settings: AnalysisSettings = {
    windowDays: inputs.windowDays,
    failOn: inputs.failOn,
    ignoreRoles: inputs.ignoreRoles,
    maskAccountIds: inputs.maskAccountIds,
    ...(acknowledgedBy ? { acknowledgedBy } : {}),
  };
  return runPipeline({
    inputs: inputs.specs,
    inventory,
    settings,
    readerContext: readerContext(inputs, runProgram),
    ...(inputs.sourceDirs ? { sourceDirs: inputs.sourceDirs } : {}),
    clock: deps.clock,
  });
}

/** cdk.out without deployed templates: fetch them from CloudFormation, only when the run may call AWS. */
function readerContext(inputs: ActionInputs, runProgram: NonNullable<ReaderContext['exec']>): ReaderContext {
  // Binary plans are converted with `terraform show -json` / `tofu show -json` when either is on PATH.
  if (inputs.inventory !== 'live' || !inputs.specs.some((s) => s.kind === 'cdk-out' && !s.deployedDir)) return { exec: runProgram };
  return {
    exec: runProgram,
    fetchDeployedTemplate: async (stack) => {
      const { fetchDeployedTemplate } = await import('../inventory/live/index.js');
      return fetchDeployedTemplate(stack, {
        ...(inputs.regions ? { regions: inputs.regions } : {}),
        ...(inputs.assumeRoleArnTemplate ? { assumeRoleArnTemplate: inputs.assumeRoleArnTemplate } : {}),
        timeoutMs: inputs.timeoutSeconds * 1000,
      });
    },
  };
}

/** Written whole or not at all: a temporary name, then a rename. */
async function writeReportFile(report: Report, ctx: RunContext, inputs: ActionInputs): Promise<string> {
  // Loaded with the report, not at start-up: a no-change run should not pay for the schemas.
  const { jsonPieces } = await import('../render/json.js');
  const dir = ctx.tempDir ?? os.tmpdir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `iam-blast-radius-${inputs.commentTag.replace(/[^\w.-]/g, '_')}.json`);
  const tmp = `${file}.${crypto.randomUUID()}.tmp`;
  // Piece by piece: the report of a huge plan may not fit in one string.
  // Written as they are made, not held together; a failure leaves no temporary file behind.
  const fd = openSync(tmp, 'wx');
  try {
    try {
      for (const piece of jsonPieces(report)) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return file;
}

async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.appendSummary(markdown);
  } catch (e) {
    core.debug(`No job summary written: ${describeError(e)}`);
  }
}

async function comment(
  api: GitHubApi | undefined,
  ctx: RunContext,
  inputs: ActionInputs,
  report: Report,
  deps: ActionDeps,
  render: (maxLength: number) => string,
): Promise<string | undefined> {
  if (inputs.comment === 'off') return undefined;
  if (!ctx.pr) {
    core.info('Not a pull_request event: no PR comment (the report is in the job summary).');
    return undefined;
  }
  if (!api) {
    core.warning('No github-token: no PR comment (the report is in the job summary).');
    return undefined;
  }
  const { publishComment, markerLine } = await import('./sticky-comment.js');
  const { GITHUB_COMMENT_LIMIT } = await import('../render/markdown.js');
  const marker = {
    tag: inputs.commentTag,
    sha: /^[0-9a-f]{1,64}$/.test(ctx.pr.headSha) ? ctx.pr.headSha : 'unknown',
    run: eventTime(ctx, deps),
  };
  const budget = GITHUB_COMMENT_LIMIT - markerLine(marker).length - 1;
  const publish = (body: string) =>
    publishComment(api, {
      issue: ctx.pr!.number,
      marker,
      body,
      mode: inputs.comment as Exclude<typeof inputs.comment, 'off'>,
      hasChanges: report.changes.length > 0 || report.roles.length > 0,
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
    });
  try {
    let outcome;
    try {
      outcome = await publish(render(budget));
    } catch (e) {
      // GitHub may count differently from us (it did once for combining characters): retry much shorter.
      if (!isTooLong(e)) throw e;
      core.warning('GitHub refused the comment as too long; posting a shorter one.');
      outcome = await publish(render(Math.floor(budget / 2)));
    }
    core.info(`PR comment: ${outcome.action}${'url' in outcome ? ` ${outcome.url}` : ''}`);
    return 'url' in outcome ? outcome.url : undefined;
  } catch (e) {
    const status = (e as { status?: unknown } | null)?.status;
    const why =
      status === 403 || status === 404
        ? `the token cannot write to this pull request (${status}; fork pull requests and tokens without pull-requests: write get a read-only token)`
        : describeError(e);
    core.warning(`Could not write the PR comment: ${why}. The report is in the job summary.`);
    return undefined;
  }
}

function isTooLong(e: unknown): boolean {
  const err = e as { status?: unknown; message?: unknown } | null;
  return err?.status === 422 && /too long/i.test(String(err.message));
}

/** The event's time orders runs; a run without one uses its clock. */
function eventTime(ctx: RunContext, deps: ActionDeps): string {
  const t = ctx.pr?.updatedAt ? Date.parse(ctx.pr.updatedAt) : Number.NaN;
  return (Number.isNaN(t) ? deps.clock() : new Date(t)).toISOString();
}

function sourceLinksOf(ctx: RunContext, inputs: ActionInputs) {
  const sha = ctx.pr?.headSha ?? ctx.sha;
  if (!ctx.repo || !sha) return undefined;
  const prefix = inputs.sourceDirs ? path.relative(ctx.workspace, inputs.sourceDirs.head).split(path.sep).join('/') : '';
  return {
    serverUrl: ctx.serverUrl,
    repo: `${ctx.repo.owner}/${ctx.repo.repo}`,
    sha,
    ...(ctx.pr?.baseSha ? { baseSha: ctx.pr.baseSha } : {}),
    ...(prefix && !prefix.startsWith('..') ? { pathPrefix: prefix } : {}),
  };
}

function footer(ctx: RunContext): string {
  const sha = ctx.pr?.headSha ?? ctx.sha;
  const parts: string[] = [];
  if (sha && /^[0-9a-f]{7,64}$/.test(sha)) parts.push(`commit ${sha.slice(0, 7)}`);
  if (ctx.runUrl) parts.push(`[run](${ctx.runUrl})`);
  return parts.join(' · ');
}

/** Annotations put the risk on the line in "Files changed" (medium: warning, high: error). */
function annotate(report: Report, ctx: RunContext, inputs: ActionInputs, riskRank: RiskRank): void {
  const riskOf = new Map(report.roles.map((r) => [r.name, r.risk] as const));
  const prefix = inputs.sourceDirs ? path.relative(ctx.workspace, inputs.sourceDirs.head) : '';
  for (const change of report.changes) {
    if (!change.location) continue;
    const risk = change.roles.map((r) => riskOf.get(r) ?? 'none').sort((a, b) => riskRank(b) - riskRank(a))[0];
    if (risk !== 'high' && risk !== 'medium') continue;
    const file = path.join(prefix, change.location.file).split(path.sep).join('/');
    const props = { file, startLine: change.location.line, title: `IAM blast radius: ${risk} risk` };
    const message = annotationMessage(change, report);
    if (risk === 'high') core.error(message, props);
    else core.warning(message, props);
  }
}

function annotationMessage(change: IamChange, report: Report): string {
  const roles = report.roles.filter((r) => change.roles.includes(r.name));
  const reasons = roles.flatMap((r) => r.reasons.slice(0, 2).map((x) => `${r.name}: ${x}`));
  const text = `${change.address} ${change.location?.side === 'base' ? '(removed in this PR) ' : ''}— ${reasons.join('; ') || change.effects.map((e) => e.summary).join('; ')}`;
  return text.replace(/[\r\n]+/g, ' ').slice(0, 1000);
}

function blockedMessage(report: Report, inputs: ActionInputs, riskRank: RiskRank): string {
  const roles = report.roles.filter((r) => !r.waived && inputs.failOn !== 'never' && riskRank(r.risk) >= riskRank(inputs.failOn));
  const names = roles.slice(0, 5).map((r) => r.name).join(', ');
  const more = roles.length > 5 ? ` and ${roles.length - 5} more` : '';
  return `IAM blast radius: blocked at fail-on ${inputs.failOn}, risk ${report.decision.risk} (${names}${more}). Fix the change, add the label "${inputs.acknowledgeLabel}", or list the roles in ignore-roles.`;
}
