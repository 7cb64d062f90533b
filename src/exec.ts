/**
 * The edge that runs other programs (`terraform show -json` on a binary plan). Only programs found on
 * PATH are run; a missing one is reported as such, so the reader can say how to convert by hand.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export class ProgramNotFound extends Error {
  override readonly name = 'ProgramNotFound';
}

/** A plan's JSON may be hundreds of MB; V8 strings end near 512 MB anyway. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

export function onPath(program: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export function runProgram(program: string, args: string[]): Promise<{ stdout: string; code: number }> {
  const found = onPath(program);
  if (!found) return Promise.reject(new ProgramNotFound(`${program} is not on PATH`));
  return new Promise((resolve) => {
    execFile(found, args, { maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ stdout, code });
    });
  });
}
