#!/usr/bin/env node
/**
 * Generates docs/report.schema.json and docs/inventory.schema.json from the zod schemas (z.toJSONSchema).
 * `--check` exits 1 when a committed file differs from what the schemas produce.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

// The schemas are TypeScript: bundle a tiny entry (zod included) and import it.
const result = await build({
  stdin: {
    contents: [
      "export { z } from 'zod';",
      "export { reportSchema } from './src/model/report.ts';",
      "export { inventorySnapshotSchema } from './src/model/inventory.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const dir = mkdtempSync(join(tmpdir(), 'ibr-schemas-'));
const entry = join(dir, 'schemas.mjs');
writeFileSync(entry, result.outputFiles[0].text);
const { z, reportSchema, inventorySnapshotSchema } = await import(pathToFileURL(entry).href);
rmSync(dir, { recursive: true, force: true });

const outputs = [
  {
    file: 'docs/report.schema.json',
    // What the tool writes: defaults are filled, so every field it always writes is required.
    schema: z.toJSONSchema(reportSchema, { io: 'output' }),
    title: `iam-blast-radius report (JSON output, schema version ${reportSchema.shape.schemaVersion.value})`,
  },
  {
    file: 'docs/inventory.schema.json',
    // What a snapshot file may contain: fields with defaults may be left out.
    schema: z.toJSONSchema(inventorySnapshotSchema, { io: 'input' }),
    title: 'iam-blast-radius inventory snapshot (schema version 1)',
  },
];

let stale = 0;
for (const { file, schema, title } of outputs) {
  const text = `${JSON.stringify({ ...schema, title }, null, 2)}\n`;
  const path = join(root, file);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${file} is stale: run node scripts/schemas.mjs`);
      stale++;
    }
  } else writeFileSync(path, text);
}
process.exit(stale > 0 ? 1 : 0);
