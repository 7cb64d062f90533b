/**
 * Static mode: the IAM changes a pull request makes, read from its Terraform source alone (base vs head
 * checkouts), for pull requests that cannot produce a plan. Less exact than a plan, and it says so.
 */
import type { Reader } from '../../inputs.js';
import type { InputReading } from '../../model/change.js';
import { InputError } from '../../errors.js';
import { loadCheckout, nodeSourceFiles, type Checkout, type ModuleConfig, type SourceFiles } from './config.js';
import { diffWorlds } from './diff.js';
import { buildWorld, staticBlocks, type World } from './world.js';

export { locateChanges } from './locate.js';

export const STATIC_BANNER =
  'Static reading of Terraform source (no plan): values Terraform computes at plan time (variables set outside the code, data sources, functions, module outputs) are reported as unknown; a plan is more exact.';

/** Whether `address` is `prefix` itself, one of its instances, or inside it (a module). */
const within = (address: string, prefix: string): boolean =>
  address === prefix || address.startsWith(`${prefix}.`) || address.startsWith(`${prefix}[`);

/** Visits each module of the head once, with the address prefix of its (first) call path. */
function eachModule(head: Checkout, visit: (module: ModuleConfig, prefix: string) => void): void {
  const seen = new Set<ModuleConfig>();
  const walk = (module: ModuleConfig, prefix: string): void => {
    if (seen.has(module)) return;
    seen.add(module);
    visit(module, prefix);
    for (const call of module.calls.values()) if (call.target) walk(call.target, `${prefix}module.${call.name}.`);
  };
  walk(head.root, '');
}

/** `moved` blocks of the head: base address → head address, for each block's module and every instance key. */
function movedAddresses(head: Checkout, base: World): Map<string, string> {
  const rules: Array<{ from: string; to: string }> = [];
  eachModule(head, (module, prefix) => {
    for (const m of module.moved) rules.push({ from: prefix + m.from, to: prefix + m.to });
  });
  const out = new Map<string, string>();
  for (const address of base.instances.keys()) {
    const rule = rules.find((r) => within(address, r.from));
    if (rule) out.set(address, rule.to + address.slice(rule.from.length));
  }
  return out;
}

/** `removed` blocks with `destroy = false`: those resources leave the code but stay in AWS. */
function forgottenAddresses(head: Checkout): Array<{ from: string; destroy: boolean | 'unknown' }> {
  const out: Array<{ from: string; destroy: boolean | 'unknown' }> = [];
  eachModule(head, (module, prefix) => {
    for (const r of module.removed) if (r.destroy !== true) out.push({ from: prefix + r.from, destroy: r.destroy });
  });
  return out;
}

export async function readHclDirs(spec: { label: string; baseDir: string; headDir: string }, fs: SourceFiles = nodeSourceFiles): Promise<InputReading> {
  if ((await fs.listTf(spec.headDir)) === null) throw new InputError(spec.headDir, 'the head directory (--hcl-head) is not a readable directory');
  const baseMissing = (await fs.listTf(spec.baseDir)) === null;
  const [base, head] = [await loadCheckout(spec.baseDir, fs, staticBlocks), await loadCheckout(spec.headDir, fs, staticBlocks)];
  const warnings = [STATIC_BANNER];
  if (baseMissing) warnings.push(`Static reading: the base directory ${spec.baseDir} does not exist; everything in head counts as created`);
  for (const [side, checkout] of [
    ['base', base],
    ['head', head],
  ] as const) {
    for (const p of checkout.problems) warnings.push(`${side}: ${p.file}:${p.line}: ${p.message}; this file was not read`);
  }
  const baseWorld = buildWorld(base);
  const headWorld = buildWorld(head);
  // Module calls are reported once, as the head declares them (the base's line would point at old text).
  const headCalls = new Set(headWorld.unreadModules.map((m) => m.name));
  for (const m of [...headWorld.unreadModules, ...baseWorld.unreadModules.filter((m) => !headCalls.has(m.name))]) {
    warnings.push(`Static reading: module "${m.name}" (${m.source}, ${m.file}:${m.line}) is not a local path; its IAM resources are not read`);
  }
  const unread = { base: new Set(base.problems.map((p) => p.file)), head: new Set(head.problems.map((p) => p.file)) };
  const diff = diffWorlds(baseWorld, headWorld, movedAddresses(head, baseWorld), unread);
  const { managedPolicies, skipped } = diff;
  if (skipped.length > 0) warnings.push(`Static reading: not compared because a file did not parse: ${skipped.join(', ')}`);
  const forgotten = forgottenAddresses(head);
  const changes = diff.changes.flatMap((c) => {
    const rule = c.actions.length === 1 && c.actions[0] === 'delete' ? forgotten.find((r) => within(c.address, r.from)) : undefined;
    if (!rule) return [c];
    if (rule.destroy === false) {
      warnings.push(`Static reading: ${c.address} leaves the code through a removed block with destroy = false; it stays in AWS, not reported as deleted`);
      return [];
    }
    for (const e of c.effects) e.unknowns = [...(e.unknowns ?? []), 'a removed block decides whether it is destroyed (lifecycle destroy is not literal)'];
    return [c];
  });
  for (const c of changes) {
    c.input = spec.label;
    if (c.location?.side === 'base') {
      const gone = !head.files.has(c.location.file);
      c.notes = [...(c.notes ?? []), gone ? `removed in this PR with the whole file ${c.location.file}` : 'removed in this PR'];
    }
  }
  const unreadFiles = [...base.problems, ...head.problems].map((p) => p.file);
  const reading: InputReading = {
    input: spec.label,
    source: 'hcl',
    file: spec.headDir,
    changes,
    sensitiveMasked: 0,
    warnings,
    meta: {
      mode: 'static',
      reading: 'Static reading of Terraform source: less exact than a plan',
      baseDir: spec.baseDir,
      headDir: spec.headDir,
      filesRead: String(base.files.size + head.files.size),
      ...(unreadFiles.length > 0 ? { filesNotRead: [...new Set(unreadFiles)].join(', ') } : {}),
    },
  };
  if (managedPolicies.length > 0) reading.managedPolicies = managedPolicies;
  return reading;
}

export const readHcl: Reader<'hcl'> = (spec) => readHclDirs(spec);
