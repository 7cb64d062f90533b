/**
 * Which parts of a plan are read, over the byte scanner: the elements the analysis needs are parsed and
 * handed to the DigestBuilder (as digestParsedPlan does for a parsed plan), everything else is skipped.
 *
 * - resource_changes: every element is counted; an element whose top-level `mode` and `type` are valid and
 *   of a type the analysis never reads is skipped unparsed; anything else (relevant, or not the shape of a
 *   resource change) is parsed and validated, so a bad envelope fails with its JSON path.
 * - configuration: relevant resource blocks, module call arguments and module outputs, through nested modules.
 * - prior_state: the resources the analysis looks up there (isPriorLookup), through child modules.
 * - planned_values: resources are counted (to tell a cut file from a plan with nothing to do).
 * - resource_drift: counted. Other top-level members: scalars parsed, objects and arrays stood in for by
 *   `{}` / `[]`, which is all the envelope check (planTopSchema) and the state-file check look at.
 */
import { InputError } from '../../errors.js';
import type { DigestBuilder } from './digest.js';
import { OPEN_ARRAY, OPEN_OBJECT, WordTable, type JsonScanner } from './scan.js';
import { isPriorLookup, isRelevant, READ_NAMES } from './types.js';

/** Type and mode values the decisions below depend on; any other value reads as OTHER_WORD, which none matches. */
const NAMES = new WordTable(READ_NAMES);

export interface ScannedTop {
  /** Every top-level member name (a state file is told from a plan by them). */
  keys: Set<string>;
  /** Top-level members: scalars as written, objects as `{}`, arrays as `[]`. */
  fields: Record<string, unknown>;
  /** Resources listed in planned_values (module depth capped as the whole-plan check caps it). */
  plannedResources: number;
  /**
   * The first resource change that fails validation. Thrown after the top-level checks, as reading the
   * plan whole would (there a bad `format_version` is reported before a bad change).
   */
  invalidChange?: InputError;
}

/** Module nesting followed in configuration and prior_state; deeper modules are skipped (no real plan nests this far). */
const MAX_MODULE_DEPTH = 100;
/** The depth the planned_values count stops at (as `plannedResources` in load.ts always has). */
const PLANNED_DEPTH = 12;

export function walkPlan(s: JsonScanner, builder: DigestBuilder): ScannedTop {
  const top: ScannedTop = { keys: new Set(), fields: {}, plannedResources: 0 };
  const set = (key: string, value: unknown): void => {
    // A `__proto__` member would set the prototype; the envelope check has no use for it.
    if (key !== '__proto__') top.fields[key] = value;
  };
  s.members((key) => {
    top.keys.add(key);
    const next = s.peek();
    if (key === 'resource_changes' && next === OPEN_ARRAY) {
      set(key, []);
      resourceChanges(s, builder, top);
    } else if (key === 'resource_drift' && next === OPEN_ARRAY) {
      set(key, []);
      s.elements(() => {
        s.skipValue();
        builder.drift();
      });
    } else if (key === 'configuration' && next === OPEN_OBJECT) {
      set(key, {});
      s.members((k) => (k === 'root_module' && s.peek() === OPEN_OBJECT ? configModule(s, builder, '', 0) : s.skipValue()));
    } else if (key === 'prior_state' && next === OPEN_OBJECT) {
      set(key, {});
      priorState(s, builder);
    } else if (key === 'planned_values' && next === OPEN_OBJECT) {
      set(key, {});
      let n = 0;
      s.members((k) => (k === 'root_module' && s.peek() === OPEN_OBJECT ? (n += plannedModule(s, 0)) : s.skipValue()));
      top.plannedResources = n;
    } else {
      set(key, s.standIn());
    }
  });
  return top;
}

function resourceChanges(s: JsonScanner, builder: DigestBuilder, top: ScannedTop): void {
  s.elements((index) => {
    if (top.invalidChange) {
      // The run fails on the first bad change; the rest is only walked for the top-level checks.
      s.skipValue();
      builder.skippedResourceChange();
      return;
    }
    try {
      if (s.peek() !== OPEN_OBJECT) {
        // Validation words the error from the element's JSON type.
        builder.resourceChange(s.standIn(), index);
        return;
      }
      s.scanObject(NAMES);
      const { mode, type } = s;
      if (type && (mode === 'managed' || mode === 'data') && !isRelevant(mode, type)) {
        s.dropScanned();
        builder.skippedResourceChange();
        return;
      }
      builder.resourceChange(s.parseScanned(), index);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      top.invalidChange = e;
    }
  });
}

/** A module's `resources` array: parses the objects whose (mode, type) `keep` accepts into `take`, skips the rest. */
function keptResources(s: JsonScanner, keep: (mode: string | undefined, type: string | undefined) => boolean, take: (raw: unknown) => void): void {
  s.elements(() => {
    if (s.peek() !== OPEN_OBJECT) return s.skipValue();
    s.scanObject(NAMES);
    if (keep(s.mode, s.type)) take(s.parseScanned());
    else s.dropScanned();
  });
}

/** A module of `configuration` (`path`: module call names joined with dots, '' for the root). */
function configModule(s: JsonScanner, builder: DigestBuilder, path: string, depth: number): void {
  s.members((key) => {
    const next = s.peek();
    if (key === 'resources' && next === OPEN_ARRAY) {
      keptResources(s, (mode, type) => isRelevant(mode ?? 'managed', type), (raw) => builder.configResource(path, raw));
    } else if (key === 'outputs' && depth > 0 && next === OPEN_OBJECT) {
      s.members((name) => {
        const output = s.objectValue();
        if (output) builder.moduleOutput(path, name, output);
      });
    } else if (key === 'module_calls' && next === OPEN_OBJECT && depth < MAX_MODULE_DEPTH) {
      s.members((name) => moduleCall(s, builder, path ? `${path}.${name}` : name, depth));
    } else {
      s.skipValue();
    }
  });
}

/** Arguments of a call count only when the call has a module (as in digestParsedPlan). */
function moduleCall(s: JsonScanner, builder: DigestBuilder, path: string, depth: number): void {
  if (s.peek() !== OPEN_OBJECT) return s.skipValue();
  let inputs: [string, Record<string, unknown>][] = [];
  let hasModule = false;
  const commit = (): void => {
    for (const [name, expression] of inputs) builder.moduleInput(path, name, expression);
    inputs = [];
  };
  s.members((key) => {
    const next = s.peek();
    if (key === 'expressions') {
      inputs = [];
      if (next !== OPEN_OBJECT) return s.skipValue();
      s.members((name) => {
        const expression = s.objectValue();
        if (expression) inputs.push([name, expression]);
      });
      if (hasModule) commit();
    } else if (key === 'module' && next === OPEN_OBJECT) {
      hasModule = true;
      // Terraform writes `expressions` before `module`: recorded first, in the parsed-plan walk's order.
      commit();
      configModule(s, builder, path, depth + 1);
    } else {
      s.skipValue();
    }
  });
}

function priorState(s: JsonScanner, builder: DigestBuilder): void {
  s.members((key) => {
    if (key !== 'values' || s.peek() !== OPEN_OBJECT) return s.skipValue();
    s.members((k) => (k === 'root_module' && s.peek() === OPEN_OBJECT ? priorModule(s, builder, 0) : s.skipValue()));
  });
}

function priorModule(s: JsonScanner, builder: DigestBuilder, depth: number): void {
  s.members((key) => {
    const next = s.peek();
    if (key === 'resources' && next === OPEN_ARRAY) {
      keptResources(s, isPriorLookup, (raw) => builder.priorResource(raw));
    } else if (key === 'child_modules' && next === OPEN_ARRAY && depth < MAX_MODULE_DEPTH) {
      s.elements(() => (s.peek() === OPEN_OBJECT ? priorModule(s, builder, depth + 1) : s.skipValue()));
    } else {
      s.skipValue();
    }
  });
}

function plannedModule(s: JsonScanner, depth: number): number {
  if (depth > PLANNED_DEPTH) {
    s.skipValue();
    return 0;
  }
  let n = 0;
  s.members((key) => {
    const next = s.peek();
    if (key === 'resources' && next === OPEN_ARRAY) {
      s.elements(() => {
        s.skipValue();
        n++;
      });
    } else if (key === 'child_modules' && next === OPEN_ARRAY) {
      s.elements(() => (s.peek() === OPEN_OBJECT ? (n += plannedModule(s, depth + 1)) : s.skipValue()));
    } else {
      s.skipValue();
    }
  });
  return n;
}
