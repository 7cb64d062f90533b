/** The JSON report: the Report itself, checked against its schema so nothing off-contract ever leaves. */
import { reportSchema, type Report } from '../model/report.js';
import { formatPath } from '../errors.js';

export function renderJson(report: Report): string {
  const checked = reportSchema.safeParse(report);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    // A bug, not bad input: the analysis produced something the published schema does not allow.
    throw new Error(`internal error: report does not match its schema at ${formatPath(issue?.path ?? [])}: ${issue?.message}`);
  }
  return `${JSON.stringify(checked.data, null, 2)}\n`;
}
