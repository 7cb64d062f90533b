/**
 * Part 1 — plan → IAM changes, as whole processes: the tool with no inventory against a bare
 * `JSON.parse(readFileSync())` process, the streaming floor (@streamparser/json keeping only IAM
 * resource changes) and jq. Median of N runs, min–max, peak RSS, ratios against the targets.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { interleave, measure } from './lib/proc.mjs';
import { table, ms, mb, ratio, range, met } from './lib/table.mjs';

export function hasJq() {
  try {
    return execFileSync('jq', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

const JQ_FILTER = '[.resource_changes[] | select(.type | startswith("aws_iam_"))] | length';

/**
 * @param {{plans: {mb:number, path:string, bytes:number, resourceChanges:number, iamChanges:number}[],
 *   cli: string|null, runsFor: (mb:number, who:string)=>number, outDir: string, log: (s:string)=>void}} o
 */
export async function runPart1({ plans, cli, runsFor, outDir, log }) {
  const jq = hasJq();
  const results = [];
  const notes = [];
  if (!jq) notes.push('jq is not installed on this machine: its row is skipped (`apt-get install -y jq` adds it).');
  if (!cli) notes.push('dist/cli.js is missing: run `npm run build` first; the tool rows are skipped.');
  notes.push(
    '"stream floor" is @streamparser/json over the whole file keeping only IAM resource changes: the least a reader built on that library can cost. The tool reads every size with one chunked byte scanner (src/changes/terraform/scan.ts): it finds element boundaries without building the tree and JSON.parses only the elements whose `type` the analysis reads.',
  );
  for (const plan of plans) {
    const row = { plan, contenders: {} };
    const contenders = [
      ['JSON.parse', 'node', ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(plan.path)},'utf8'))`]],
      ['stream floor', 'node', [join(import.meta.dirname, 'lib/stream-floor.mjs'), plan.path]],
    ];
    if (jq) contenders.push(['jq', 'jq', [JQ_FILTER, plan.path]]);
    const report = join(outDir, `report-${plan.mb}mb${plan.variant ? `-${plan.variant}` : ''}.json`);
    if (cli)
      contenders.push([
        'iam-blast-radius',
        'node',
        [cli, 'analyze', '--plan', plan.path, '--format', 'json', '--inventory', 'none', '--fail-on', 'never', '--output', report],
      ]);
    const measured = await interleave(
      contenders.filter(([who]) => runsFor(plan.mb, who, plan.variant) > 0).map(([who, cmd, args]) => [
        who,
        runsFor(plan.mb, who, plan.variant),
        () => measure(cmd, args, { captureStdout: who !== 'iam-blast-radius', timeoutMs: 900_000 }),
      ]),
      { onRound: (i, n) => log(`part 1: ${plan.mb} MB${plan.variant ? ` ${plan.variant}` : ''}, round ${i + 1} of ${n}`) },
    );
    for (const [who, r] of measured) {
      if (r.failed && !r.ok) r.error = (r.failed.stderr.split('\n').find((l) => /Error|error:/.test(l)) ?? r.failed.stderr.split('\n')[0] ?? `exit ${r.failed.code}`).trim().slice(0, 160);
      if (who === 'iam-blast-radius' && r.ok) {
        try {
          r.reportBytes = statSync(report).size;
          const rep = JSON.parse(readFileSync(report, 'utf8'));
          r.timings = rep.meta?.timings;
          r.changes = rep.changes?.length;
          r.roles = rep.roles?.length;
          r.parseMode = rep.meta?.inputs?.[0]?.meta?.parse ?? 'whole';
        } catch (e) {
          r.reportError = String(e);
        }
        rmSync(report, { force: true });
      } else if (r.ok) {
        const text = r.last.stdout.trim();
        r.found = text.startsWith('{') ? JSON.parse(text).iam : Number(text);
      }
      row.contenders[who] = r;
    }
    results.push(row);
  }
  return { results, notes, jq };
}

/** The table of part 1 and the per-plan target checks. */
export function renderPart1({ results, notes, jq }, runsNote) {
  const rows = [];
  const checks = [];
  const byMb = Object.fromEntries(results.filter((x) => !x.plan.variant).map((x) => [x.plan.mb, x.contenders]));
  for (const { plan, contenders: own } of results) {
    // A variant plan has only the tool's row; its references are the main plan's of the same size.
    const contenders = plan.variant ? { ...byMb[plan.mb], 'iam-blast-radius': own['iam-blast-radius'] } : own;
    const shown = plan.variant ? { 'iam-blast-radius': own['iam-blast-radius'] } : own;
    const base = contenders['JSON.parse'];
    const baseOk = base && base.ok > 0;
    const floor = contenders['stream floor'];
    const ref = baseOk ? base : floor;
    const refName = baseOk ? 'JSON.parse' : 'stream floor';
    for (const [who, r] of Object.entries(shown)) {
      if (!r) continue;
      const label = `${(plan.bytes / 1e6).toFixed(0)} MB (${plan.resourceChanges.toLocaleString('en')} changes, ${plan.iamChanges.toLocaleString('en')} IAM)${plan.variant ? `, ${plan.variant} attachments (diagnostic)` : ''}`;
      const what =
        who === 'iam-blast-radius'
          ? r.ok
            ? `${r.changes ?? '?'} IAM changes, ${r.roles ?? '?'} roles (${r.parseMode ?? '?'}); report ${mb((r.reportBytes ?? 0) / 2 ** 20)}`
            : `fails: ${r.error ?? '?'}`
          : r.ok
            ? who === 'JSON.parse'
              ? 'parsed'
              : `${r.found} IAM resource changes`
            : `fails: ${r.error ?? '?'}`;
      rows.push([
        label,
        who,
        `${r.ok}/${r.runs}`,
        r.ok ? ms(r.ms.median) : '—',
        r.ok ? range(r.ms, ms) : '—',
        r.ok ? mb(r.rssMB.median) : '—',
        r.ok ? range(r.rssMB, mb) : '—',
        r.ok && ref?.ok && who !== refName ? `${ratio(r.ms.median / ref.ms.median)} / ${ratio(r.rssMB.median / ref.rssMB.median)}` : '',
        what,
      ]);
    }
    const tool = contenders['iam-blast-radius'];
    if (plan.variant) {
      if (tool?.ok && ref?.ok) checks.push([`${Math.round(plan.bytes / 1e6)} MB ${plan.variant} (diagnostic)`, `time / RSS vs ${refName}`, `${ratio(tool.ms.median / ref.ms.median)} / ${ratio(tool.rssMB.median / ref.rssMB.median)}`, 'n/a']);
      continue;
    }
    if (tool?.ok && ref?.ok && !baseOk) {
      // Beyond V8's string limit no JSON.parse process exists to be 1.3× of: the target is that the plan is
      // analysed at all; the streaming floor and jq are shown for scale.
      const j = contenders.jq;
      checks.push([`${Math.round(plan.bytes / 1e6)} MB`, 'tool analyses the plan (JSON.parse cannot read it)', `ok in ${ms(tool.ms.median)}, ${mb(tool.rssMB.median)}`, met(true)]);
      checks.push([`${Math.round(plan.bytes / 1e6)} MB`, `time / RSS vs ${refName} (scale, not a target)`, `${ratio(tool.ms.median / ref.ms.median)} / ${ratio(tool.rssMB.median / ref.rssMB.median)}`, 'n/a']);
      if (j?.ok) checks.push([`${Math.round(plan.bytes / 1e6)} MB`, 'faster than jq', `${ms(tool.ms.median)} vs ${ms(j.ms.median)}`, met(tool.ms.median < j.ms.median)]);
    } else if (tool?.ok && ref?.ok) {
      const t = tool.ms.median / ref.ms.median;
      const m = tool.rssMB.median / ref.rssMB.median;
      checks.push([`${Math.round(plan.bytes / 1e6)} MB`, `time ≤ 1.3× ${refName}`, ratio(t), met(t <= 1.3)]);
      checks.push([`${Math.round(plan.bytes / 1e6)} MB`, `peak RSS ≤ 1.2× ${refName}`, ratio(m), met(m <= 1.2)]);
      const j = contenders.jq;
      if (j?.ok) checks.push([`${Math.round(plan.bytes / 1e6)} MB`, 'faster than jq', `${ms(tool.ms.median)} vs ${ms(j.ms.median)}`, met(tool.ms.median < j.ms.median)]);
      else checks.push([`${Math.round(plan.bytes / 1e6)} MB`, 'faster than jq', jq ? `jq ${j ? 'failed' : 'not run'}` : 'jq absent', 'n/a']);
    } else if (contenders['iam-blast-radius']) {
      checks.push([`${Math.round(plan.bytes / 1e6)} MB`, 'tool analyses the plan', tool?.ok ? 'ok' : `fails: ${tool?.error ?? '?'}`, met(Boolean(tool?.ok))]);
    }
  }
  let md = table(['plan', 'process', 'ok/runs', 'time median', 'time min–max', 'peak RSS median', 'RSS min–max', 'time / RSS vs JSON.parse', 'result'], rows);
  if (checks.length) md += '\n\n' + table(['plan', 'target', 'measured', 'met?'], checks);
  const stages = results
    .map(({ plan, contenders }) => {
      const t = contenders['iam-blast-radius']?.timings;
      return t ? `${Math.round(plan.bytes / 1e6)} MB${plan.variant ? ` ${plan.variant}` : ''}: ${Object.entries(t).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}` : null;
    })
    .filter(Boolean);
  if (stages.length) md += `\n\nStages inside the tool (report \`meta.timings\`, median run's last report): ${stages.join('; ')}.`;
  if (runsNote) md += `\n\n${runsNote}`;
  for (const n of notes) md += `\n\n${n}`;
  return md;
}
