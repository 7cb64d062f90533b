/**
 * Reading attribute values of one side of a change, honouring the plan's sensitivity and
 * unknown markers. Every value that leaves the reader goes through here, so a value marked
 * sensitive can never reach any output: it is masked and counted instead.
 */

export type Read =
  | { state: 'known'; value: unknown }
  | { state: 'unknown' }
  | { state: 'sensitive' }
  | { state: 'absent' };

type PathPart = string | number;

/** Counts masked values once per (address, side, path). */
export class Masker {
  private readonly seen = new Set<string>();
  mask(key: string): void {
    this.seen.add(key);
  }
  get count(): number {
    return this.seen.size;
  }
}

/** Whether a marker tree (before_sensitive / after_unknown) is `true` at the path or any prefix of it. */
export function markedAt(marker: unknown, path: readonly PathPart[]): boolean {
  let cur: unknown = marker;
  if (cur === true) return true;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[part as never];
    if (cur === true) return true;
  }
  return false;
}

/** Whether anything at or below the path is marked. */
export function markedWithin(marker: unknown, path: readonly PathPart[]): boolean {
  let cur: unknown = marker;
  for (const part of path) {
    if (cur === true) return true;
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[part as never];
  }
  return containsTrue(cur);
}

function containsTrue(v: unknown): boolean {
  if (v === true) return true;
  if (v === null || typeof v !== 'object') return false;
  for (const x of Object.values(v)) if (containsTrue(x)) return true;
  return false;
}

function dig(value: unknown, path: readonly PathPart[]): unknown {
  let cur = value;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part as never];
  }
  return cur;
}

export class Side {
  constructor(
    readonly values: unknown,
    private readonly sensitive: unknown,
    private readonly unknown: unknown,
    private readonly masker: Masker,
    private readonly maskKey: string,
  ) {}

  /** True when the side exists (the resource exists before / after the change). */
  get exists(): boolean {
    return this.values !== null && this.values !== undefined;
  }

  get(...path: PathPart[]): Read {
    if (markedWithin(this.sensitive, path)) {
      this.masker.mask(`${this.maskKey}|${path.join('.')}`);
      return { state: 'sensitive' };
    }
    const v = dig(this.values, path);
    if (markedAt(this.unknown, path)) return { state: 'unknown' };
    if (v === undefined || v === null) {
      // Inside an unknown container the value is simply not in `after` yet.
      return markedWithin(this.unknown, path) ? { state: 'unknown' } : { state: 'absent' };
    }
    return { state: 'known', value: v };
  }

  /** The known string, or undefined for absent/unknown/sensitive/non-string. */
  text(...path: PathPart[]): string | undefined {
    const r = this.get(...path);
    return r.state === 'known' && typeof r.value === 'string' ? r.value : undefined;
  }
}

/** Masked placeholder shown where a sensitive value would be. */
export const SENSITIVE = '(sensitive value)';
export const KNOWN_AFTER_APPLY = 'known after apply';
