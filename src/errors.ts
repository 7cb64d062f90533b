/**
 * The one error type users see for bad input: one line naming the file and the place in it.
 * The CLI prints `message` and exits 2; the action calls setFailed(message). Anything else is a bug.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The file (or action input) at fault. */
    readonly file: string,
    /** What is wrong and, where it helps, what to do. */
    readonly problem: string,
    /** Where in the file: a JSON path (`resource_changes[3].change.actions`) or `line 12`. */
    readonly where?: string,
  ) {
    super(`${file}${where ? ` (${where})` : ''}: ${problem}`);
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** Turns anything thrown into a one-line message (a thrown string must not end a step green). */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? e.name;
  if (typeof e === 'string') return e.split('\n')[0] ?? e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Formats a zod issue path as `a.b[3].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || 'top level';
}
