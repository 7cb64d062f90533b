/** The CLI: parse arguments once into typed settings, run the pipeline, render, write, exit 0/1/2. */
import { existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { describeError, InputError, isInputError } from '../errors.js';
import { runProgram } from '../exec.js';
import type { InputSpec, ReaderContext } from '../inputs.js';
import { createInventorySource, preloadLiveInventory, type LiveInventoryOptions } from '../inventory/index.js';
import { inventorySnapshotSchema } from '../model/inventory.js';
import type { Report } from '../model/report.js';
import { DEFAULT_WINDOW_DAYS, runPipeline, type AnalysisSettings } from '../pipeline.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { writeAtomically } from './output.js';
import { parseFailOn, parseInstant, parseLabelled, parseRegions, parseTimeoutSeconds, parseMaxAttempts, parseWindowDays } from './values.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  clock: () => Date;
}

const DEFAULT_TIMEOUT_SECONDS = 120;

interface InputOptions {
  plan: string[];
  cdkDiff: string[];
  cdkOut: string[];
  deployed?: string;
  changeSet: string[];
  hclBase?: string;
  hclHead?: string;
  regions?: string;
  assumeRoleArnTemplate?: string;
  timeout?: string;
  maxAttempts?: string;
  cloudtrail?: boolean;
  debug?: boolean;
}

interface AnalyzeOptions extends InputOptions {
  sourceDir?: string;
  inventory: string;
  windowDays?: string;
  failOn?: string;
  ignoreRoles: string[];
  maskAccountIds?: boolean;
  format: string;
  output?: string;
  now?: string;
}

interface InventoryOptions extends InputOptions {
  out: string;
}

const repeat = (value: string, previous: string[]) => [...previous, value];

function inputOptions(cmd: Command): Command {
  return cmd
    .option('--plan <[name=]file>', 'Terraform plan JSON (`terraform show -json plan.out`); repeatable', repeat, [])
    .option('--cdk-diff <file>', 'text output of `cdk diff`; repeatable', repeat, [])
    .option('--cdk-out <dir>', 'a cdk.out directory; repeatable', repeat, [])
    .option('--deployed <dir>', 'deployed CloudFormation templates to diff --cdk-out against')
    .option('--change-set <file>', 'JSON of `aws cloudformation describe-change-set --include-property-values`; repeatable', repeat, [])
    .option('--hcl-base <dir>', 'Terraform source of the base branch (static reading, with --hcl-head)')
    .option('--hcl-head <dir>', 'Terraform source of the head branch (static reading, with --hcl-base)')
    .option('--regions <list>', 'regions to scan for dependents: a,b,c or all (live inventory)')
    .option('--assume-role-arn-template <arn>', 'role to read other accounts, e.g. arn:{partition}:iam::{account}:role/iam-blast-radius-read')
    .option('--timeout <seconds>', `deadline for live lookups (default ${DEFAULT_TIMEOUT_SECONDS})`)
    .option('--max-attempts <n>', 'attempts per AWS call, adaptive retry (default 5)')
    .option('--cloudtrail', 'also look up AssumeRole events in CloudTrail (live inventory)')
    .option('--debug', 'stage timings, API calls and stack traces on stderr');
}

export function buildProgram(io: CliIo, run: (p: Promise<number>) => void): Command {
  const program = new Command(TOOL_NAME)
    .description('Which IAM roles does this change hurt, and what runs on them?')
    .version(TOOL_VERSION, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showSuggestionAfterError(true);

  inputOptions(
    program
      .command('analyze')
      .description('report the blast radius of planned IAM changes and decide whether to block')
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr }),
  )
    .option('--source-dir <dir>', 'Terraform source checkout, to point each change at file:line')
    .option('--inventory <source>', 'facts about roles: none, live, or a snapshot file', 'none')
    .option('--window-days <n>', `usage window in days (default ${DEFAULT_WINDOW_DAYS})`)
    .option('--fail-on <level>', 'block (exit 1) at this risk or above: high, medium, low, never (default high)')
    .option('--ignore-roles <glob>', 'lift blocks for roles matching this glob; repeatable', repeat, [])
    .option('--mask-account-ids', 'mask 12-digit account IDs in the report')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--output <file>', 'write the report to this file instead of stdout')
    .option('--now <iso>', "measure ages from this instant (default: a snapshot's collectedAt, else the clock)")
    .action((opts: AnalyzeOptions) => run(analyzeCommand(opts, io)));

  inputOptions(
    program
      .command('inventory')
      .description('look up the live facts the changes need and write them to a snapshot file for replay')
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr }),
  )
    .requiredOption('--out <file>', 'where to write the inventory snapshot (JSON)')
    .action((opts: InventoryOptions) => run(inventoryCommand(opts, io)));

  return program;
}

/** Runs the CLI; never throws: returns the exit code (0 pass, 1 blocked, 2 usage or input error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let pending: Promise<number> | undefined;
  const program = buildProgram(io, (p) => {
    // Awaited below; the no-op handler only keeps Node from calling it unhandled in the meantime.
    p.catch(() => undefined);
    pending = p;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.stderr(`error: ${describeError(e)}\n`);
    return 2;
  }
  if (!pending) {
    io.stderr(program.helpInformation());
    return 2;
  }
  try {
    return await pending;
  } catch (e) {
    const debug = argv.includes('--debug');
    io.stderr(`error: ${describeError(e)}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    else if (!isInputError(e)) io.stderr('(an internal error: run again with --debug for the stack trace, and please report it)\n');
    return 2;
  }
}

async function analyzeCommand(opts: AnalyzeOptions, io: CliIo): Promise<number> {
  // The AWS SDK loads while the inputs are checked and read, not after.
  if (opts.inventory === 'live') preloadLiveInventory();
  const inputs = await inputSpecs(opts, 'analyze');
  const settings: AnalysisSettings = {
    windowDays: opts.windowDays !== undefined ? parseWindowDays(opts.windowDays) : DEFAULT_WINDOW_DAYS,
    failOn: opts.failOn !== undefined ? parseFailOn(opts.failOn) : 'high',
    ignoreRoles: opts.ignoreRoles,
    maskAccountIds: opts.maskAccountIds === true,
  };
  const asOf = opts.now !== undefined ? parseInstant(opts.now) : undefined;
  const live = liveOptions(opts, io);
  if (opts.inventory !== 'none' && opts.inventory !== 'live') await mustExist(opts.inventory, 'file', '--inventory');
  if (opts.sourceDir !== undefined) await mustExist(opts.sourceDir, 'dir', '--source-dir');
  if (opts.output !== undefined) {
    if (existsSync(opts.output) && statSync(opts.output).isDirectory()) throw new InputError(opts.output, 'is a directory (--output)');
    await mustExist(dirname(opts.output), 'dir', '--output');
  }
  // Load the renderer before the work, so a broken format fails fast and the output is never half-made.
  const render = await renderer(opts.format);

  const report = await runPipeline({
    inputs,
    inventory: createInventorySource(opts.inventory, live, io.clock),
    settings,
    readerContext: readerContext(opts.inventory === 'live', live),
    ...(opts.sourceDir !== undefined ? { sourceDirs: { head: opts.sourceDir, ...(opts.hclBase ? { base: opts.hclBase } : {}) } } : {}),
    clock: io.clock,
    ...(asOf ? { asOf } : {}),
  });
  if (opts.debug) debugReport(report, io);
  const pieces = render(report);
  if (opts.output !== undefined) await writeAtomically(opts.output, pieces);
  else for (const piece of pieces) io.stdout(piece);
  return report.decision.block ? 1 : 0;
}

async function inventoryCommand(opts: InventoryOptions, io: CliIo): Promise<number> {
  preloadLiveInventory();
  if (existsSync(opts.out) && statSync(opts.out).isDirectory()) throw new InputError(opts.out, 'is a directory (--out)');
  await mustExist(dirname(opts.out), 'dir', '--out');
  const inputs = await inputSpecs(opts, 'inventory');
  const { readInput } = await import('../inputs.js');
  const { requestFor } = await import('../analysis/request.js');
  const readings = [];
  const live = liveOptions(opts, io);
  for (const spec of inputs) readings.push(await readInput(spec, readerContext(true, live)));
  const request = requestFor(readings);
  const source = createInventorySource('live', live, io.clock);
  const snapshot = inventorySnapshotSchema.parse(await source.collect(request));
  await writeAtomically(opts.out, `${JSON.stringify(snapshot, null, 2)}\n`);
  const dependents = snapshot.roles.reduce((n, r) => n + r.dependents.length, 0);
  const gaps = snapshot.gaps.length + snapshot.roles.reduce((n, r) => n + r.usage.gaps.length + r.dependentGaps.length, 0);
  io.stderr(`wrote ${opts.out}: ${snapshot.roles.length} roles, ${dependents} dependents, ${gaps} failed lookups\n`);
  return 0;
}

/** Readers may reach AWS (deployed CloudFormation templates for --cdk-out) only when the run is live. */
function readerContext(live: boolean, options: LiveInventoryOptions): ReaderContext {
  // Binary plans are converted with `terraform show -json` / `tofu show -json` when either is on PATH.
  if (!live) return { exec: runProgram };
  return {
    exec: runProgram,
    fetchDeployedTemplate: async (stack) => (await import('../inventory/live/index.js')).fetchDeployedTemplate(stack, options),
  };
}

function liveOptions(opts: InputOptions, io: CliIo): LiveInventoryOptions {
  const timeout = opts.timeout !== undefined ? parseTimeoutSeconds(opts.timeout) : DEFAULT_TIMEOUT_SECONDS;
  return {
    ...(opts.regions !== undefined ? { regions: parseRegions(opts.regions) } : {}),
    ...(opts.assumeRoleArnTemplate !== undefined ? { assumeRoleArnTemplate: opts.assumeRoleArnTemplate } : {}),
    timeoutMs: timeout * 1000,
    ...(opts.maxAttempts !== undefined ? { maxAttempts: parseMaxAttempts(opts.maxAttempts) } : {}),
    cloudtrail: opts.cloudtrail === true,
    onProgress: (line) => io.stderr(`${line}\n`),
    ...(opts.debug ? { debug: (line: string) => io.stderr(`debug: ${line}\n`) } : {}),
  };
}

async function inputSpecs(opts: InputOptions, command: string): Promise<InputSpec[]> {
  const specs: InputSpec[] = [];
  for (const v of opts.plan) {
    const { label, path } = parseLabelled(v);
    await mustExist(path, 'file', '--plan');
    specs.push({ kind: 'plan', label, path });
  }
  for (const v of opts.cdkDiff) {
    const { label, path } = parseLabelled(v);
    await mustExist(path, 'file', '--cdk-diff');
    specs.push({ kind: 'cdk-diff', label, path });
  }
  if (opts.deployed !== undefined && opts.cdkOut.length === 0) throw new InputError('--deployed', 'needs --cdk-out');
  if (opts.deployed !== undefined) await mustExist(opts.deployed, 'dir', '--deployed');
  for (const v of opts.cdkOut) {
    const { label, path } = parseLabelled(v);
    await mustExist(path, 'dir', '--cdk-out');
    specs.push({ kind: 'cdk-out', label, dir: path, ...(opts.deployed !== undefined ? { deployedDir: opts.deployed } : {}) });
  }
  for (const v of opts.changeSet) {
    const { label, path } = parseLabelled(v);
    await mustExist(path, 'file', '--change-set');
    specs.push({ kind: 'change-set', label, path });
  }
  if ((opts.hclBase === undefined) !== (opts.hclHead === undefined)) {
    throw new InputError(opts.hclBase === undefined ? '--hcl-head' : '--hcl-base', 'needs both --hcl-base and --hcl-head');
  }
  if (opts.hclBase !== undefined && opts.hclHead !== undefined) {
    await mustExist(opts.hclBase, 'dir', '--hcl-base');
    await mustExist(opts.hclHead, 'dir', '--hcl-head');
    specs.push({ kind: 'hcl', label: opts.hclHead, baseDir: opts.hclBase, headDir: opts.hclHead });
  }
  if (specs.length === 0) {
    throw new InputError(command, 'no input: give --plan, --cdk-diff, --cdk-out, --change-set, or --hcl-base with --hcl-head');
  }
  return specs;
}

async function mustExist(path: string, kind: 'file' | 'dir', option: string): Promise<void> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    throw new InputError(path, `${kind === 'dir' ? 'directory' : 'file'} not found (${option})`);
  }
  if (kind === 'file' && isDir) throw new InputError(path, `is a directory, expected a file (${option})`);
  if (kind === 'dir' && !isDir) throw new InputError(path, `is a file, expected a directory (${option})`);
}

/**
 * Renderers give pieces of text: the JSON report of a huge plan may not fit in one string, and its pieces are
 * written as they are made rather than held together (the report is checked before the first piece).
 */
async function renderer(format: string): Promise<(report: Report) => Iterable<string>> {
  if (format === 'json') return (await import('../render/json.js')).jsonPieces;
  if (format === 'markdown') {
    const { renderMarkdown } = await import('../render/markdown.js');
    return (report) => [renderMarkdown(report)];
  }
  const { renderText } = await import('../render/text.js');
  return (report) => [renderText(report)];
}

function debugReport(report: Report, io: CliIo): void {
  const timings = Object.entries(report.meta.timings).map(([k, v]) => `${k} ${v} ms`);
  io.stderr(`debug: timings: ${timings.join(', ')}\n`);
  const calls = Object.entries(report.meta.apiCalls ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (calls.length > 0) io.stderr(`debug: api calls: ${calls.map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
}
