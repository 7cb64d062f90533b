/**
 * The part of a plan the analysis needs, gathered item by item so that the byte scanner (walk.ts) and a
 * parsed plan (digestParsedPlan: the JSON.parse fallback, and the reference the tests compare with) fill
 * it the same way. Configuration and prior_state are indexed once, here.
 */
import { InputError } from '../../errors.js';
import { checkResourceChange, type ConfigResource, type PriorResource, type ResourceChange } from './schema.js';
import { isPriorLookup, isRelevant } from './types.js';

export interface PlanDigest {
  formatVersion?: string;
  terraformVersion?: string;
  errored?: boolean;
  complete?: boolean;
  applyable?: boolean;
  /** Relevant resource changes, in plan order. */
  changes: ResourceChange[];
  resourceChangeCount: number;
  driftCount: number;
  /** `modulePath|blockAddress` → expressions (module path without keys, `a.b`). */
  config: Map<string, Record<string, unknown>>;
  /** `modulePath|outputName` → output expression. */
  moduleOutputs: Map<string, unknown>;
  /** `modulePath|variableName` → the expression the module call passes (evaluated in the parent module). */
  moduleInputs: Map<string, unknown>;
  /** Instance address → prior_state resource (of the types the analysis looks up there: isPriorLookup). */
  prior: Map<string, PriorResource>;
}

export class DigestBuilder {
  readonly digest: PlanDigest = {
    changes: [],
    resourceChangeCount: 0,
    driftCount: 0,
    config: new Map(),
    moduleOutputs: new Map(),
    moduleInputs: new Map(),
    prior: new Map(),
  };
  constructor(private readonly file: string) {}

  top(fields: { format_version?: unknown; terraform_version?: unknown; errored?: unknown; complete?: unknown; applyable?: unknown }): void {
    const d = this.digest;
    if (typeof fields.format_version === 'string') {
      // A new major format may change what fields mean; reading it as 1.x could miss a deletion.
      const major = Number(fields.format_version.split('.')[0]);
      if (Number.isFinite(major) && major > 1) {
        throw new InputError(this.file, `format version ${fields.format_version} is not one this reader knows (0.x, 1.x): a new major version may change what fields mean, so it is not read as 1.x`, 'format_version');
      }
      d.formatVersion = fields.format_version;
    }
    if (typeof fields.terraform_version === 'string') d.terraformVersion = fields.terraform_version;
    if (typeof fields.errored === 'boolean') d.errored = fields.errored;
    if (typeof fields.complete === 'boolean') d.complete = fields.complete;
    if (typeof fields.applyable === 'boolean') d.applyable = fields.applyable;
  }

  resourceChange(raw: unknown, index: number): void {
    this.digest.resourceChangeCount++;
    const rc = checkResourceChange(this.file, raw, index);
    if (isRelevant(rc.mode, rc.type)) this.digest.changes.push(rc);
  }

  /** A resource change of a type the analysis never reads (the scanner did not parse it): counted only. */
  skippedResourceChange(): void {
    this.digest.resourceChangeCount++;
  }

  drift(): void {
    this.digest.driftCount++;
  }

  configResource(modulePath: string, raw: unknown): void {
    if (!isObject(raw)) return;
    const r = raw as unknown as ConfigResource & { mode?: string };
    if (typeof r.address !== 'string' || !isRelevant(r.mode ?? 'managed', r.type)) return;
    if (isObject(r.expressions)) this.digest.config.set(`${modulePath}|${r.address}`, r.expressions);
  }

  moduleOutput(modulePath: string, name: string, raw: unknown): void {
    if (isObject(raw) && 'expression' in raw) this.digest.moduleOutputs.set(`${modulePath}|${name}`, raw.expression);
  }

  moduleInput(modulePath: string, name: string, raw: unknown): void {
    if (isObject(raw)) this.digest.moduleInputs.set(`${modulePath}|${name}`, raw);
  }

  priorResource(raw: unknown): void {
    if (!isObject(raw)) return;
    const r = raw as unknown as PriorResource;
    if (typeof r.address !== 'string' || !isPriorLookup(r.mode, r.type)) return;
    this.digest.prior.set(r.address, r);
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Walks an already parsed plan into the builder (the in-memory path). */
export function digestParsedPlan(builder: DigestBuilder, plan: Record<string, unknown>): PlanDigest {
  builder.top(plan);
  const rcs = plan.resource_changes;
  if (Array.isArray(rcs)) rcs.forEach((rc, i) => builder.resourceChange(rc, i));
  const drift = plan.resource_drift;
  if (Array.isArray(drift)) for (let i = 0; i < drift.length; i++) builder.drift();
  const configuration = plan.configuration;
  if (isObject(configuration) && isObject(configuration.root_module)) walkConfigModule(builder, '', configuration.root_module);
  const prior = plan.prior_state;
  if (isObject(prior) && isObject(prior.values) && isObject(prior.values.root_module)) {
    walkPriorModule(builder, prior.values.root_module);
  }
  return builder.digest;
}

function walkConfigModule(builder: DigestBuilder, path: string, module: Record<string, unknown>): void {
  if (Array.isArray(module.resources)) for (const r of module.resources) builder.configResource(path, r);
  if (!isObject(module.module_calls)) return;
  for (const [name, call] of Object.entries(module.module_calls)) {
    if (!isObject(call) || !isObject(call.module)) continue;
    const childPath = path ? `${path}.${name}` : name;
    if (isObject(call.expressions)) for (const [v, e] of Object.entries(call.expressions)) builder.moduleInput(childPath, v, e);
    const outputs = call.module.outputs;
    if (isObject(outputs)) for (const [o, v] of Object.entries(outputs)) builder.moduleOutput(childPath, o, v);
    walkConfigModule(builder, childPath, call.module);
  }
}

function walkPriorModule(builder: DigestBuilder, module: Record<string, unknown>): void {
  if (Array.isArray(module.resources)) for (const r of module.resources) builder.priorResource(r);
  if (Array.isArray(module.child_modules)) {
    for (const child of module.child_modules) if (isObject(child)) walkPriorModule(builder, child);
  }
}
