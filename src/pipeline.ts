/**
 * CONTRACT between the front doors (CLI, action) and the core. The foundation implements it.
 * inputs → readers → changes; changes → inventory request → facts; (changes, facts, settings) → report.
 */
import type { InputSpec, ReaderContext } from './inputs.js';
import type { InventorySource } from './model/inventory.js';
import type { FailOn, Report } from './model/report.js';

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
}

export declare function runPipeline(options: PipelineOptions): Promise<Report>;
