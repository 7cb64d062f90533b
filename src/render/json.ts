/** The JSON report: the Report itself, checked against its schema so nothing off-contract ever leaves. */
import { reportSchema, type Report } from '../model/report.js';
import { formatPath } from '../errors.js';

/**
 * The report as pieces whose concatenation is `JSON.stringify(report, null, 2)` plus a newline. A plan of
 * hundreds of MB can give a report larger than V8's longest string (~512 MB): writers write the pieces
 * one by one, one change or role at a time, and never join them.
 */
export function renderJsonChunks(report: Report): string[] {
  const checked = reportSchema.safeParse(report);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    // A bug, not bad input: the analysis produced something the published schema does not allow.
    throw new Error(`internal error: report does not match its schema at ${formatPath(issue?.path ?? [])}: ${issue?.message}`);
  }
  return prettyChunks(checked.data as Record<string, unknown>);
}

/** One string; fine for reports of ordinary size (the action's file, tests). */
export function renderJson(report: Report): string {
  return renderJsonChunks(report).join('');
}

/** Pretty JSON (2-space indent) of an object, split at top-level keys and at elements of top-level arrays. */
export function prettyChunks(value: Record<string, unknown>): string[] {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return ['{}\n'];
  const out: string[] = ['{\n'];
  entries.forEach(([key, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      out.push(`${head}[\n`);
      // JSON.stringify turns undefined elements into null: keep that.
      v.forEach((el, j) => out.push(`    ${indent(JSON.stringify(el ?? null, null, 2), '    ')}${j < v.length - 1 ? ',' : ''}\n`));
      out.push(`  ]${comma}\n`);
    } else {
      out.push(`${head}${indent(JSON.stringify(v, null, 2), '  ')}${comma}\n`);
    }
  });
  out.push('}\n');
  return out;
}

/** JSON text never holds a raw newline inside a string, so every newline starts a line to indent. */
function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}
