#!/usr/bin/env node
/**
 * Bundles the CLI and the action into dist/ (committed; CI fails when a rebuild changes it).
 * `node scripts/build.mjs [--outdir DIR]` — tests build into a temporary directory.
 * Dynamic import() stays a split point (chunks/), so `--version` does not load the AWS SDK.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argOut = process.argv.indexOf('--outdir');
const outdir = argOut > 0 ? resolve(process.argv[argOut + 1] ?? '') : join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const entryPoints = { cli: join(root, 'src/cli/index.ts') };
if (existsSync(join(root, 'src/action/index.ts'))) entryPoints.action = join(root, 'src/action/index.ts');

/**
 * zod re-exports all its ~50 message locales (`z.locales`, 290 KB, much of it non-Latin-1 text, which makes
 * V8 hold and scan the whole zod chunk as two-byte source). We use none but English, which zod imports
 * itself: `z.locales` keeps `en` only. Saves compiling them on every run that loads zod.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    // The namespaced path is relative to the repository: esbuild writes it into the bundle, which must not
    // depend on where the repository is checked out (CI compares a rebuild with the committed dist/).
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: relative(root, join(dirname(args.importer), '../locales/index.js')).split(sep).join('/'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from './en.js';`,
      loader: 'js',
      resolveDir: dirname(join(root, args.path)),
    }));
  },
};

/**
 * The AWS SDK clients' package `main` is one CommonJS file per client (client-ec2: 2.3 MB), which a bundle
 * cannot tree-shake and which a live run compiles whole just as its first pages come back. Their ES module
 * build (`dist-es/`) shakes to the commands we send: 0.5–0.7 s less CPU per live run, measured in bench/.
 */
const awsSdkEsm = {
  name: 'aws-sdk-esm',
  setup(b) {
    b.onResolve({ filter: /^@aws-sdk\/client-[a-z0-9-]+$/ }, (args) => ({ path: join(root, 'node_modules', args.path, 'dist-es/index.js') }));
  },
};

rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
for (const name of Object.keys(entryPoints)) rmSync(join(outdir, `${name}.js`), { force: true });

await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { __IBR_VERSION__: JSON.stringify(pkg.version) },
  // cloudformation-diff reads a 2.6 MB database next to its module at run time, which a bundle run
  // without node_modules cannot do: serve the embedded extract of the resource types we read instead.
  alias: { '@aws-cdk/aws-service-spec': join(root, 'src/changes/cdk/service-spec/shim.ts') },
  plugins: [englishOnlyZod, awsSdkEsm],
  // CommonJS dependencies call require(); ESM output has none unless we make one.
  banner: {
    js: [
      "import { createRequire as __ibrCreateRequire } from 'node:module';",
      'const require = __ibrCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

// The shebang must be the very first line of the CLI entry, ahead of the banner.
const cliPath = join(outdir, 'cli.js');
const { writeFileSync, chmodSync } = await import('node:fs');
writeFileSync(cliPath, `#!/usr/bin/env node\n${readFileSync(cliPath, 'utf8')}`);
chmodSync(cliPath, 0o755);
// Data files the policy code reads at run time (src/policy/embedded.ts readDataFile) sit next to the
// chunks, where its `import.meta.url` points; a module bundled into an entry file would look in dist/.
const { copyDataFiles, DATA_FILES } = await import('./data-files.mjs');
copyDataFiles(join(outdir, 'chunks'));
for (const name of Object.keys(entryPoints)) {
  const entry = readFileSync(join(outdir, `${name}.js`), 'utf8');
  const inlined = DATA_FILES.find((f) => entry.includes(f));
  if (inlined) throw new Error(`dist/${name}.js reads ${inlined} itself: the policy code must stay in dist/chunks/, next to the data`);
}
// Chunks are ESM `.js`: say so, or Node 20 (outside this package, e.g. a benchmark's temporary directory)
// looks for a package scope and sniffs every chunk's syntax before compiling it.
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
