/**
 * Part 3 — start-up: `node dist/cli.js --version` and loading the action bundle, against `node -e 0`;
 * bundle sizes, and the bytes each entry loads before doing anything (its static import graph).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { benchEnv, measure, repeat } from './lib/proc.mjs';
import { table, ms, mb, range, met } from './lib/table.mjs';

/** Files an ESM bundle loads eagerly: itself and its static imports, recursively (dynamic import() excluded). */
export function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    // Static import/export-from statements only; `import(` is a lazy split point.
    for (const m of src.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), m[1]));
    }
  };
  visit(entry);
  return [...seen];
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const EXTRA_CA_ROW = 'node -e 0 with NODE_EXTRA_CA_CERTS (diagnostic)';
const smokeRuns = (runs) => Math.max(3, Math.round(runs / 4));

export async function runPart3({ distDir, runs, log, chunks = true }) {
  const cli = join(distDir, 'cli.js');
  const action = join(distDir, 'action.js');
  const out = { runs, rows: {}, sizes: null, notes: [] };
  // The action with no inputs: loads, reads its inputs, fails the step at the first required one.
  // Same environment as every other row (benchEnv), so that only the program differs.
  const actionEnv = benchEnv({ RUNNER_TEMP: '/tmp' });
  for (const k of Object.keys(actionEnv)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete actionEnv[k];
  const contenders = [['node -e 0', ['-e', '0'], undefined]];
  // What every Node process here would pay without benchEnv (a diagnostic row, not a contender).
  if (process.env.NODE_EXTRA_CA_CERTS) contenders.push([EXTRA_CA_ROW, ['-e', '0'], { ...process.env }]);
  if (existsSync(cli)) contenders.push(['cli --version', [cli, '--version'], undefined]);
  else out.notes.push(`${cli} is missing: run \`npm run build\`.`);
  if (existsSync(action)) contenders.push(['action bundle (load, no inputs)', [action], actionEnv]);
  else out.notes.push(`${action} is missing (the action entry is not built yet).`);
  for (const [who, args, env] of contenders) {
    log(`part 3: ${who} × ${runs}`);
    out.rows[who] = await repeat(runs, () => measure(process.execPath, args, { env, captureStdout: true }), {
      warmup: 2,
      okCodes: who.startsWith('action') ? [0, 1] : [0],
    });
  }
  // Where the eager load time goes: import each eagerly loaded chunk alone (its own static imports
  // included), and name the packages esbuild put in it.
  out.chunks = [];
  if (chunks && existsSync(join(distDir, 'chunks'))) {
    const eager = new Map();
    for (const entry of [action, cli]) if (existsSync(entry)) for (const f of staticGraph(entry).slice(1)) eager.set(f, entry === action ? 'action, eager' : 'cli, eager');
    const big = readdirSync(join(distDir, 'chunks'))
      .map((f) => join(distDir, 'chunks', f))
      .filter((f) => f.endsWith('.js') && (statSync(f).size >= 500_000 || (eager.has(f) && statSync(f).size >= 50_000)));
    for (const file of big) {
      const size = statSync(file).size;
      const r = await repeat(smokeRuns(runs), () => measure(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(file)})`], {}), { warmup: 1 });
      const pkgs = {};
      for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ (?:node_modules\/((?:@[^/]+\/)?[^/]+)|(src)\/)/gm)) {
        const p = m[1] ?? 'project code';
        pkgs[p] = (pkgs[p] ?? 0) + 1;
      }
      const top = Object.entries(pkgs).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p]) => p);
      out.chunks.push({ file, entry: eager.get(file) ?? 'lazy', size, ms: r.ms.median, pkgs: top });
    }
    out.chunks.sort((a, b) => b.ms - a.ms);
  }
  if (existsSync(distDir)) {
    const files = [];
    const walk = (d) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.js')) files.push(p);
      }
    };
    walk(distDir);
    const total = files.reduce((a, f) => a + statSync(f).size, 0);
    const size = (f) => (existsSync(f) ? statSync(f).size : 0);
    const graph = (f) => (existsSync(f) ? staticGraph(f).reduce((a, g) => a + statSync(g).size, 0) : 0);
    const largest = files
      .map((f) => [f.slice(distDir.length + 1), statSync(f).size])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    out.sizes = { total, files: files.length, cli: size(cli), action: size(action), cliEager: graph(cli), actionEager: graph(action), largest };
  }
  return out;
}

export function renderPart3(r) {
  const base = r.rows['node -e 0'];
  const rows = [];
  const checks = [];
  for (const [who, x] of Object.entries(r.rows)) {
    const extra = base && x !== base && x.ok && base.ok ? x.ms.median - base.ms.median : null;
    rows.push([who, `${x.ok}/${x.runs}`, x.ok ? ms(x.ms.median) : '—', x.ok ? range(x.ms, ms) : '—', x.ok ? mb(x.rssMB.median) : '—', extra === null ? '' : signed(extra)]);
    if (extra !== null && who !== EXTRA_CA_ROW) checks.push([who, '≤ +150 ms over `node -e 0`', signed(extra), met(extra <= 150)]);
  }
  let md = table(['process', 'ok/runs', 'time median', 'min–max', 'peak RSS', 'over node -e 0'], rows);
  if (checks.length) md += '\n\n' + table(['what', 'target', 'measured', 'met?'], checks);
  if (r.sizes) {
    const s = r.sizes;
    md += `\n\nBundle: ${s.files} files, ${kb(s.total)} in all; \`cli.js\` ${kb(s.cli)} (loads ${kb(s.cliEager)} eagerly, the rest on demand), \`action.js\` ${kb(s.action)} (loads ${kb(s.actionEager)} eagerly). Largest files: ${s.largest.map(([f, n]) => `\`${f}\` ${kb(n)}`).join(', ')}.`;
  }
  const base0 = base?.ok ? base.ms.median : null;
  if (r.chunks?.length && base0 !== null)
    md += `\n\nLoad cost of the big chunks and of every eagerly loaded one, each imported alone (median, minus \`node -e 0\`; "lazy" ones load on first use — the analysis pays them on its first run): ${r.chunks.map((c) => `\`${c.file.split('/').pop()}\` (${c.entry}, ${kb(c.size)}: ${c.pkgs.join(', ') || 'project code'}) ${c.ms - base0 < 0 ? `−${ms(base0 - c.ms)} (noise)` : `+${ms(c.ms - base0)}`}`).join('; ')}.`;
  if (r.rows[EXTRA_CA_ROW])
    md += `\n\nEvery row runs without \`NODE_EXTRA_CA_CERTS\`, which this sandbox sets (\`${process.env.NODE_EXTRA_CA_CERTS}\`) and a GitHub runner does not: Node reads and parses that bundle at start-up, before any program code, which the diagnostic row measures. Parts 1 and 2 drop it the same way (bench/lib/proc.mjs \`benchEnv\`).`;
  md += `\n\nThe action row runs \`node dist/action.js\` with no inputs: it loads, reads its inputs and fails the step at the first required one (exit 1), so it measures loading, not analysis.`;
  for (const n of r.notes) md += `\n\n${n}`;
  return md;
}

/** +17 ms, −21 ms: a process can start faster than `node -e 0` within the noise of the runs. */
function signed(x) {
  return x < 0 ? `−${ms(-x)}` : `+${ms(x)}`;
}
