/**
 * Unified diffs of policy documents for the report: pretty-printed so a reviewer sees statements,
 * not one changed line of minified JSON.
 */
import { createTwoFilesPatch } from 'diff';
import type { Effect } from '../model/change.js';

export interface PolicyDiff {
  /** `trust policy`, `inline:app`, a managed policy ARN… */
  title: string;
  patch: string;
}

/** JSON pretty-printed with sorted-as-written keys; anything else as it came. */
export function prettyPolicy(text: string | null | undefined): string {
  if (text === undefined || text === null || text === '') return '';
  try {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  } catch {
    return text.endsWith('\n') ? text : `${text}\n`;
  }
}

export function unifiedDiff(title: string, before: string | null | undefined, after: string | null | undefined): string {
  const name = title.replace(/[\r\n\t]/g, ' ');
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, prettyPolicy(before), prettyPolicy(after), undefined, undefined, {
    context: 3,
  });
  // Drop the `Index:`/`====` banner: the fence already says what the block is.
  return patch
    .split('\n')
    .filter((line) => !/^(Index: |={10,}$)/.test(line))
    .join('\n')
    .trimEnd();
}

/** The policy text changes among a role's effects, each once (removed and added often share one document). */
export function policyDiffs(effects: readonly Effect[]): PolicyDiff[] {
  const seen = new Set<string>();
  const out: PolicyDiff[] = [];
  const add = (title: string, before: string | null | undefined, after: string | null | undefined): void => {
    if ((before ?? '') === (after ?? '')) return;
    const key = JSON.stringify([title, before ?? '', after ?? '']);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ title, patch: unifiedDiff(title, before, after) });
  };
  for (const e of effects) {
    if (e.kind === 'trust-changed') add(`trust policy of ${e.role}`, e.before, e.after);
    else if (e.kind === 'permissions-added' || e.kind === 'permissions-removed') {
      if (e.delta.before !== undefined || e.delta.after !== undefined) add(e.delta.policy, e.delta.before, e.delta.after);
    } else if (e.kind === 'boundary-changed') add(`permissions boundary of ${e.role}`, e.before, e.after);
  }
  return out;
}
