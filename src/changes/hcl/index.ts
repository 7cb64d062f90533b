/**
 * Static mode: the IAM changes a pull request makes, read from its Terraform source alone (base vs head
 * checkouts), for pull requests that cannot produce a plan. Less exact than a plan, and it says so.
 */
import type { Reader } from '../../inputs.js';
import type { InputReading } from '../../model/change.js';
import { InputError } from '../../errors.js';
import { loadCheckout, nodeSourceFiles, type Checkout, type ModuleConfig, type SourceFiles } from './config.js';
import { diffWorlds } from './diff.js';
import { buildWorld, type World } from './world.js';

export { locateChanges } from './locate.js';

export const STATIC_BANNER =
  'Static reading of Terraform source (no plan): values Terraform computes at plan time (variables set outside the code, data sources, functions, module outputs) are reported as unknown; a plan is more exact.';

/** `moved` blocks of the head: base address → head address, for each block's module and every instance key. */
function movedAddresses(head: Checkout, base: World): Map<string, string> {
  const rules: Array<{ from: string; to: string }> = [];
  const visit = (module: ModuleConfig, prefix: string, seen: Set<ModuleConfig>): void => {
    if (seen.has(module)) return;
    seen.add(module);
    for (const m of module.moved) rules.push({ from: prefix + m.from, to: prefix + m.to });
    for (const call of module.calls.values()) if (call.target) visit(call.target, `${prefix}module.${call.name}.`, seen);
  };
  visit(head.root, '', new Set());
  const out = new Map<string, string>();
  for (const address of base.instances.keys()) {
    for (const rule of rules) {
      if (address === rule.from || address.startsWith(`${rule.from}.`) || address.startsWith(`${rule.from}[`)) {
        out.set(address, rule.to + address.slice(rule.from.length));
        break;
      }
    }
  }
  return out;
}

export async function readHclDirs(spec: { label: string; baseDir: string; headDir: string }, fs: SourceFiles = nodeSourceFiles): Promise<InputReading> {
  if ((await fs.listTf(spec.headDir)) === null) throw new InputError(spec.headDir, 'the head directory (--hcl-head) is not a readable directory');
  const baseMissing = (await fs.listTf(spec.baseDir)) === null;
  const [base, head] = [await loadCheckout(spec.baseDir, fs), await loadCheckout(spec.headDir, fs)];
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
  const { changes, managedPolicies, skipped } = diffWorlds(baseWorld, headWorld, movedAddresses(head, baseWorld), unread);
  if (skipped.length > 0) warnings.push(`Static reading: not compared because a file did not parse: ${skipped.join(', ')}`);
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
