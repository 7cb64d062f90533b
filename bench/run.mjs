#!/usr/bin/env node
/**
 * npm run bench            — the whole benchmark (< 15 min on 2 cores), writes bench/results.md
 * node bench/run.mjs --smoke  — a tiny version of each part (< 60 s), for CI: exits non-zero when a
 *                               part crashes, never for a missed target; writes bench/out/results-smoke.md
 * Options: --only part1,part2,part3 · --sizes 10,100 (plan MB) · --dist <dir> (default dist/, `npm run build`)
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { generatePlan } from './gen-plan.mjs';
import { runPart1, renderPart1 } from './part1-plan.mjs';
import { runPart2, renderPart2, renderAccountCurve } from './part2-live.mjs';
import { runPart3, renderPart3 } from './part3-startup.mjs';
import { rssMethod } from './lib/proc.mjs';
import { table, ms, mb } from './lib/table.mjs';

// The SDK's notice about Node 20 support is noise on every seeding and tool run.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const here = import.meta.dirname;
const root = resolve(here, '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const opt = (k) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const wants = (p) => !only || only.includes(p);
const distDir = resolve(opt('--dist') ?? join(root, 'dist'));
const cli = existsSync(join(distDir, 'cli.js')) ? join(distDir, 'cli.js') : null;
const outDir = join(here, 'out');
mkdirSync(outDir, { recursive: true });

const started = Date.now();
const log = (s) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${s}\n`);
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

/** Plans are regenerated from the seed whenever the generator changes; older ones are removed. */
function plan(mbSize, variant = '') {
  const hash = createHash('sha256').update(readFileSync(join(here, 'gen-plan.mjs'))).digest('hex').slice(0, 8);
  const stem = `plan-${mbSize}mb${variant ? `-${variant}` : ''}-`;
  const path = join(outDir, `${stem}${hash}.json`);
  const meta = `${path}.meta.json`;
  if (existsSync(path) && existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8'));
  for (const f of readdirSync(outDir)) if (f.startsWith(stem)) rmSync(join(outDir, f), { force: true });
  log(`generating a ${mbSize} MB plan ${variant}`);
  const t0 = Date.now();
  const r = generatePlan({ mb: mbSize, seed: 7, out: path, customerManaged: variant === 'customer-managed' });
  const m = { mb: mbSize, variant, path, bytes: r.bytes, resourceChanges: r.resourceChanges, iamChanges: r.iamChanges, genMs: Date.now() - t0 };
  writeFileSync(meta, JSON.stringify(m));
  return m;
}

const COMPLEXITY = `**Complexity.** Plan: one pass over the bytes, so time is O(plan size) — every byte must be tokenized once whatever keeps it; the analysis after the pass is O(IAM changes), a few per cent of the plan. Memory: reading whole, the plan string plus its parsed tree (≈ 3–4× the file) is live at once, so peak RSS grows linearly with the plan; streaming keeps only the IAM resource changes and the indexes of \`configuration\` and \`prior_state\` it needs, so memory grows with the IAM part, not the plan. Account: the dependent scans are O(Σ regions ⌈functions / 50⌉ + clusters + node groups) pages, paid once per run and shared by every affected role; each affected role adds O(1) IAM calls (identity, instance profiles, Access Advisor). With latency, wall time is bounded below by the longest page chain (ListFunctions pages of the largest region follow each other), not by the number of calls.`;

const sections = [];
const crashes = [];
async function part(name, fn) {
  if (!wants(name)) return;
  const loadBefore = load();
  const t0 = Date.now();
  try {
    const md = await fn();
    sections.push(`${md}\n\n<sub>${ms(Date.now() - t0)} for this part; load average before: ${loadBefore}, after: ${load()}.</sub>`);
  } catch (e) {
    crashes.push(`${name}: ${e?.stack ?? e}`);
    sections.push(`**${name} crashed:** \`${String(e?.message ?? e).split('\n')[0]}\``);
    log(`${name} crashed: ${e?.stack ?? e}`);
  }
}

let p1;
let p2;
await part('part1', async () => {
  const sizes = opt('--sizes')?.split(',').map(Number) ?? (smoke ? [2] : [10, 100, 600]);
  const plans = sizes.map((s) => plan(s));
  // Diagnostic: the same estate with attachments to customer-managed policies (no AWS-managed content
  // for the tool to expand into the report), to separate the reader's cost from the report's.
  const diag = smoke ? null : sizes.includes(100) ? 100 : null;
  if (diag) plans.splice(plans.findIndex((p) => p.mb === diag) + 1, 0, plan(diag, 'customer-managed'));
  // 600 MB: fewer runs, to stay inside 15 minutes; the bare JSON.parse cannot read it at all.
  const runsFor = (size, who, variant) => {
    if (smoke) return 1;
    if (variant) return who === 'iam-blast-radius' ? 3 : 0;
    if (size < 600) return 5;
    return { 'iam-blast-radius': 3, 'scan prototype': 3, 'stream floor': 1, jq: 1, 'JSON.parse': 1 }[who] ?? 1;
  };
  p1 = await runPart1({ plans, cli, runsFor, outDir, log });
  const note = smoke ? 'Smoke run: one run each.' : 'Runs: 5 per process for 10 and 100 MB; for 600 MB 3 of the tool and 1 of each other process (a jq run takes tens of seconds and several GB).';
  const gen = plans.map((p) => `${Math.round(p.bytes / 1e6)} MB: ${p.resourceChanges.toLocaleString('en')} resource changes, ${p.iamChanges.toLocaleString('en')} IAM`).join('; ');
  return `## 1. Plan → IAM changes\n\nPlans from \`bench/gen-plan.mjs\` (seed 7): ${gen}. Whole processes; peak RSS by ${rssMethod}. Ratios are against the bare \`JSON.parse(readFileSync())\` process, or the streaming floor where that process cannot read the file.\n\n${renderPart1(p1, note)}`;
});

await part('part2', async () => {
  p2 = await runPart2({ cli, outDir, smoke, log });
  if (!p2.ok) throw new Error(`a live run failed: ${JSON.stringify(p2.headline?.last?.stderr ?? p2.cliScript?.stderr ?? '').slice(0, 300)}`);
  return `## 2. Live inventory\n\n${renderPart2(p2)}`;
});

await part('part3', async () => {
  const r = await runPart3({ distDir, runs: smoke ? 3 : 20, log });
  return `## 3. Start-up\n\n${renderPart3(r)}`;
});

if (wants('part1') || wants('part2')) {
  await part('part4', async () => {
    const md = ['## 4. Scaling'];
    if (p1) {
      const rows = p1.results.filter(({ plan: p }) => !p.variant).map(({ plan: p, contenders: c }) => {
        const t = c['iam-blast-radius'];
        const b = c['JSON.parse'];
        const f = c['stream floor'];
        return [
          `${Math.round(p.bytes / 1e6)} MB`,
          p.resourceChanges.toLocaleString('en'),
          t?.ok ? ms(t.ms.median) : '—',
          t?.ok ? mb(t.rssMB.median) : '—',
          t?.ok ? `${(p.bytes / 1e6 / (t.ms.median / 1000)).toFixed(0)} MB/s` : '—',
          t?.parseMode ?? '',
          b?.ok ? `${ms(b.ms.median)}, ${mb(b.rssMB.median)}` : 'cannot (string too long)',
          f?.ok ? `${ms(f.ms.median)}, ${mb(f.rssMB.median)}` : '—',
        ];
      });
      md.push(table(['plan', 'resource changes', 'tool time', 'tool peak RSS', 'throughput', 'parse path', 'JSON.parse process', 'stream floor'], rows));
    }
    if (p2) md.push(renderAccountCurve(p2));
    md.push(COMPLEXITY);
    return md.join('\n\n');
  });
}


const header = `# Benchmarks

Generated by \`${smoke ? 'node bench/run.mjs --smoke' : 'npm run bench'}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.release()}${commit()}. Medians, min–max in brackets; "met?" compares each figure with the target of issue #7. Total: ${'{{TOTAL}}'}.`;

function commit() {
  try {
    return `, commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()}`;
  } catch {
    return '';
  }
}

const doc = `${header.replace('{{TOTAL}}', ms(Date.now() - started))}\n\n${sections.join('\n\n')}\n`;
const target = smoke ? join(outDir, 'results-smoke.md') : only ? join(outDir, 'results-partial.md') : join(here, 'results.md');
writeFileSync(target, doc);
process.stdout.write(doc);
log(`wrote ${target} in ${ms(Date.now() - started)}`);
if (crashes.length) {
  process.stderr.write(`\n${crashes.length} part(s) crashed:\n${crashes.join('\n')}\n`);
  process.exit(1);
}
