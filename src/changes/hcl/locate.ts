/**
 * Points each change at the line of the Terraform block that causes it: the resource block itself, followed
 * through local modules; for registry and git modules, the `module` block that calls them; for a resource
 * the pull request removes, its line on the base side.
 */
import type { IamChange, SourceLocation } from '../../model/change.js';
import { parseAddress, type ResourceAddress } from '../terraform/address.js';
import { loadCheckout, nodeSourceFiles, type BlockFilter, type Checkout, type ModuleConfig, type SourceFiles } from './config.js';

/** Locating needs HCL only for module sources; block lines come from the scanner. */
const moduleCalls: BlockFilter = (s) => s.name === 'module';

export type Located = SourceLocation & { note?: string };

/** Finds the block for an address in one checkout (instance keys map to the block itself). */
export function findBlock(checkout: Checkout, address: ResourceAddress): { file: string; line: number; viaModuleCall?: string } | null {
  let module: ModuleConfig = checkout.root;
  for (const step of address.modules) {
    const call = module.calls.get(step.name);
    if (!call) return null;
    if (!call.target) return { file: call.file, line: call.line, viaModuleCall: call.source ?? step.name };
    module = call.target;
  }
  const blocks = address.mode === 'data' ? module.data : module.resources;
  const block = blocks.get(`${address.type}.${address.name}`);
  return block ? { file: block.file, line: block.line } : null;
}

export async function locateChanges(
  changes: IamChange[],
  dirs: { head: string; base?: string },
  fs: SourceFiles = nodeSourceFiles,
): Promise<{ changes: IamChange[]; warnings: string[] }> {
  const warnings: string[] = [];
  const relevant = changes.some((c) => (c.source === 'terraform' || c.source === 'hcl') && !c.location);
  if (!relevant) return { changes, warnings };
  const head = await loadCheckout(dirs.head, fs, moduleCalls);
  const base = dirs.base !== undefined ? await loadCheckout(dirs.base, fs, moduleCalls) : undefined;
  for (const checkout of [head, base]) {
    for (const p of checkout?.problems ?? []) {
      warnings.push(`${p.file}:${p.line}: ${p.message}; source locations in this file are unavailable`);
    }
  }
  const out = changes.map((change) => {
    if (change.location || (change.source !== 'terraform' && change.source !== 'hcl')) return change;
    const found = locateAddress(change.address, head, base);
    if ('warning' in found) {
      warnings.push(found.warning);
      return change;
    }
    const { note, ...location } = found;
    return { ...change, location, ...(note ? { notes: [...(change.notes ?? []), note] } : {}) };
  });
  return { changes: out, warnings: [...new Set(warnings)] };
}

export function locateAddress(text: string, head: Checkout, base?: Checkout): Located | { warning: string } {
  let address: ResourceAddress;
  try {
    address = parseAddress(text);
  } catch {
    return { warning: `no source location for ${text}: not a Terraform resource address` };
  }
  const inHead = findBlock(head, address);
  if (inHead) return { file: inHead.file, line: inHead.line, side: 'head' };
  const inBase = base ? findBlock(base, address) : null;
  if (inBase && head.problems.some((p) => p.file === inBase.file)) {
    // Its head file did not parse: the block may well still be there, so "removed" would be a guess.
    return { warning: `no source location for ${text}: ${inBase.file} does not parse in head` };
  }
  if (inBase) {
    const gone = !head.files.has(inBase.file);
    return {
      file: inBase.file,
      line: inBase.line,
      side: 'base',
      note: gone ? `removed in this PR with the whole file ${inBase.file}` : 'removed in this PR',
    };
  }
  return { warning: `no source location for ${text}: no matching block in the Terraform source` };
}
