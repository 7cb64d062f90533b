/** Writes a file whole or not at all: a temporary file in the same directory, then a rename. */
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

export async function writeAtomically(file: string, content: string | Iterable<string>): Promise<void> {
  // node:crypto is loaded here, not at start-up: most runs write to stdout only.
  const { randomBytes } = await import('node:crypto');
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (typeof content === 'string') await writeFile(tmp, content, { encoding: 'utf8', flag: 'wx' });
    else {
      // Piece by piece: a large JSON report may not fit in one string.
      const handle = await open(tmp, 'wx');
      try {
        for (const piece of content) await handle.write(piece, null, 'utf8');
      } finally {
        await handle.close();
      }
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, `cannot write the output file (${code ?? (e as Error).message})`);
  }
}
