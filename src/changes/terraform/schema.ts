/**
 * The parts of `terraform show -json` output the reader relies on, validated at the boundary.
 * Only the envelope is checked: attribute values differ per provider version and are read defensively.
 */
import { z } from 'zod';
import { InputError, formatPath } from '../../errors.js';
import { parseAddress } from './address.js';

export const changeSchema = z.looseObject({
  actions: z.array(z.string()).min(1),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  after_unknown: z.unknown().optional(),
  before_sensitive: z.unknown().optional(),
  after_sensitive: z.unknown().optional(),
  importing: z.unknown().optional(),
});

export const resourceChangeSchema = z.looseObject({
  address: z.string().min(1),
  previous_address: z.string().optional(),
  module_address: z.string().optional(),
  mode: z.enum(['managed', 'data']),
  type: z.string().min(1),
  name: z.string(),
  index: z.union([z.string(), z.number()]).optional(),
  deposed: z.string().optional(),
  action_reason: z.string().optional(),
  change: changeSchema,
});
export type ResourceChange = z.infer<typeof resourceChangeSchema>;

/** The top-level fields; resource_changes items are checked one by one (the streaming path sees them one at a time). */
export const planTopSchema = z.looseObject({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  errored: z.boolean().optional(),
  complete: z.boolean().optional(),
  applyable: z.boolean().optional(),
  resource_changes: z.array(z.unknown()).optional(),
  resource_drift: z.array(z.unknown()).optional(),
  configuration: z.looseObject({}).optional(),
  prior_state: z.looseObject({}).optional(),
});

/** A resource of prior_state (only what the reader uses). */
export interface PriorResource {
  address: string;
  mode?: string;
  type?: string;
  values?: unknown;
  sensitive_values?: unknown;
}

/** A resource block of `configuration`, with the module path it sits in. */
export interface ConfigResource {
  address: string;
  type?: string;
  expressions?: Record<string, unknown>;
}

export function validationError(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey>): InputError {
  const issue = error.issues[0];
  const path = [...prefix, ...(issue?.path ?? [])];
  const message = (issue?.message ?? 'invalid').replace(/^Invalid input:\s*/, '');
  return new InputError(file, `${message} (not the shape of \`terraform show -json\` output)`, formatPath(path));
}

/** The common case checked by hand (100,000 changes); zod runs only to word the error. */
function looksValid(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  if (typeof r.address !== 'string' || r.address === '' || typeof r.type !== 'string' || r.type === '' || typeof r.name !== 'string') return false;
  if (r.mode !== 'managed' && r.mode !== 'data') return false;
  for (const k of ['previous_address', 'module_address', 'deposed', 'action_reason'] as const) {
    if (r[k] !== undefined && typeof r[k] !== 'string') return false;
  }
  if (r.index !== undefined && typeof r.index !== 'string' && typeof r.index !== 'number') return false;
  const c = r.change;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return false;
  const actions = (c as Record<string, unknown>).actions;
  return Array.isArray(actions) && actions.length > 0 && actions.every((a) => typeof a === 'string');
}

export function checkResourceChange(file: string, raw: unknown, index: number): ResourceChange {
  if (!looksValid(raw)) {
    const parsed = resourceChangeSchema.safeParse(raw);
    if (!parsed.success) throw validationError(file, parsed.error, ['resource_changes', index]);
  }
  // The parsed copy would duplicate before/after; the validated original is used instead.
  const rc = raw as ResourceChange;
  if (!addressParses(rc.address, rc.module_address)) {
    const shown = rc.address.length > 80 ? `${rc.address.slice(0, 79)}…` : rc.address;
    throw new InputError(file, `${JSON.stringify(shown)} is not a Terraform resource address`, `resource_changes[${index}].address`);
  }
  return rc;
}

/** Module addresses known to be module steps only (`module.a["k"].module.b`): the changes of a module share one. */
const moduleOnly = new Map<string, boolean>();

/**
 * Whether parseAddress(address) succeeds: Terraform writes only addresses it can parse back, anything else
 * was edited by hand or by a tool. When the address is `<module_address>.<rest>`, the module part is checked
 * once per module and only the rest per change. The same verdict: the tokenizer ends every token of a
 * module-steps-only prefix at the `.` after it, and the parser's only state is its position, so the whole
 * parses exactly when the rest parses with no module steps of its own. Anything else takes the full parse.
 */
export function addressParses(address: string, moduleAddress: unknown): boolean {
  if (typeof moduleAddress === 'string' && address.length > moduleAddress.length + 1 && address.charCodeAt(moduleAddress.length) === 0x2e && address.startsWith(moduleAddress)) {
    let ok = moduleOnly.get(moduleAddress);
    if (ok === undefined) {
      ok = parses(`${moduleAddress}.m.m`) !== null;
      if (moduleOnly.size >= 10_000) moduleOnly.clear();
      moduleOnly.set(moduleAddress, ok);
    }
    if (ok && parses(address.slice(moduleAddress.length + 1))?.modules.length === 0) return true;
  }
  return parses(address) !== null;
}

function parses(address: string): ReturnType<typeof parseAddress> | null {
  try {
    return parseAddress(address);
  } catch {
    return null;
  }
}
