import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Data files are embedded gzip+base64 in JSON so the bundle stays small; inflated once, on first use. */
export function inflateEmbedded<T>(base64: string): T {
  return JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')) as T;
}

/** The data files readDataFile serves: scripts/data-files.mjs copies these next to the bundle (keep both lists equal). */
type DataFile = 'managed-policies.generated.json' | 'catalog.generated.json';

/**
 * A JSON data file of src/policy/, read on first use. Not imported: esbuild would inline it as a string
 * literal that V8 scans on every run that loads the policy code (~15 ms for these 575 KB), where reading
 * and parsing the file costs ~1 ms. In the bundle `import.meta.url` is the chunk's, in dist/chunks/.
 */
export function readDataFile<T>(name: DataFile): T {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as T;
}
