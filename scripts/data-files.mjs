/**
 * Data files the bundled code reads at run time instead of inlining them (src/policy/embedded.ts
 * readDataFile): they are copied next to the code that reads them — dist/chunks/ for the build, the output
 * directory of a test's own bundle.
 */
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Keep equal to the `DataFile` type of src/policy/embedded.ts. */
export const DATA_FILES = ['managed-policies.generated.json', 'catalog.generated.json'];

export function copyDataFiles(targetDir) {
  for (const name of DATA_FILES) copyFileSync(join(root, 'src/policy', name), join(targetDir, name));
}
