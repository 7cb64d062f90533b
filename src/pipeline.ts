/**
 * CONTRACT between the front doors (CLI, action) and the core. The foundation implements it.
 * inputs → readers → changes; changes → inventory request → facts; (changes, facts, settings) → report.
 */
import { analyze } from './analysis/analyze.js';
import { prepareRoleGlobs } from './analysis/decision.js';
import { requestFor } from './analysis/request.js';
import { readInput, type InputSpec, type ReaderContext } from './inputs.js';
import type { InputReading } from './model/change.js';
import type { InventorySnapshot, InventorySource } from './model/inventory.js';
import type { FailOn, Report } from './model/report.js';
import { maskAccountIds } from './render/mask.js';

export interface AnalysisSettings {
  /** Usage window in days (default 90). */
  windowDays: number;
  failOn: FailOn;
  /** Role-name globs whose blocks are lifted ("ignore-roles"). */
  ignoreRoles: string[];
  /** Set when the acknowledgement label is on the PR: lifts every block, recorded in the report. */
  acknowledgedBy?: string;
  /** Replace every 12-digit account ID in the report with a mask. */
  maskAccountIds: boolean;
}

export interface PipelineOptions {
  inputs: InputSpec[];
  inventory: InventorySource;
  settings: AnalysisSettings;
  readerContext: ReaderContext;
  /** Source checkouts, to point each change at its `file:line` (HCL locator). */
  sourceDirs?: { head: string; base?: string };
  /** The clock lives at the edge. */
  clock: () => Date;
  /**
   * The instant ages are measured from ("last used 2 hours ago"). Default: a snapshot's `collectedAt`
   * when replaying one (so a replay gives the report the recording run gave), else `clock()`.
   */
  asOf?: Date;
}

export const DEFAULT_WINDOW_DAYS = 90;

export async function runPipeline(options: PipelineOptions): Promise<Report> {
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };

  // Sequential on purpose: the first bad input stops the run with its own message.
  let readings = await timed('parse', async () => {
    const out: InputReading[] = [];
    for (const spec of options.inputs) out.push(await readInput(spec, options.readerContext));
    return out;
  });
  if (options.sourceDirs) {
    const dirs = options.sourceDirs;
    readings = await timed('locate', () => locate(readings, dirs));
  }

  const request = requestFor(readings);
  const snapshot = await timed('inventory', () => options.inventory.collect(request));
  const now = options.asOf ?? (options.inventory.kind === 'snapshot' ? replayInstant(snapshot, options.clock) : options.clock());
  const file = 'file' in options.inventory && typeof options.inventory.file === 'string' ? options.inventory.file : undefined;

  await prepareRoleGlobs(options.settings.ignoreRoles);
  const start = performance.now();
  let report = analyze(readings, snapshot, options.settings, now, {
    inventory: { kind: options.inventory.kind, ...(file ? { file } : {}) },
    timings,
    generatedAt: options.clock(),
  });
  timings.analysis = Math.round(performance.now() - start);
  report.meta.timings = { ...timings };
  if (options.settings.maskAccountIds) report = maskAccountIds(report);
  return report;
}

function replayInstant(snapshot: InventorySnapshot, clock: () => Date): Date {
  const d = new Date(snapshot.collectedAt);
  return Number.isNaN(d.getTime()) ? clock() : d;
}

/** Points changes at `file:line`; the locator (and the HCL parser) is loaded only when source directories are given. */
async function locate(readings: InputReading[], dirs: { head: string; base?: string }): Promise<InputReading[]> {
  const { locateChanges } = await import('./changes/hcl/locate.js');
  const out: InputReading[] = [];
  for (const reading of readings) {
    const { changes, warnings } = await locateChanges(reading.changes, dirs);
    out.push({ ...reading, changes, warnings: [...reading.warnings, ...warnings] });
  }
  return out;
}
