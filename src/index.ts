/** Library entry: the pipeline, the pure analysis and the renderers, for use without the CLI. */
export { runPipeline, DEFAULT_WINDOW_DAYS, type AnalysisSettings, type PipelineOptions } from './pipeline.js';
export { analyze, requestFor, RULES, type AnalysisContext } from './analysis/index.js';
export { createInventorySource, noInventory, readSnapshot, parseSnapshot, snapshotSource } from './inventory/index.js';
export { renderText } from './render/text.js';
export { renderJson } from './render/json.js';
export { maskAccountIds } from './render/mask.js';
export { InputError, isInputError, describeError } from './errors.js';
export type { Report, RoleImpact, Risk, FailOn, Decision } from './model/report.js';
export type { InventorySnapshot, InventorySource, InventoryRequest, RoleFacts } from './model/inventory.js';
export type { IamChange, InputReading, Effect } from './model/change.js';
