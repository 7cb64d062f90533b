/**
 * The report as GitHub-flavoured markdown: the PR comment and the job summary. Pure: report in, string out.
 * Every string that came from an input or from AWS goes through escape.ts. A length budget keeps the
 * verdict and the summary table and shortens the rest, saying so.
 */
import type { IamChange } from '../model/change.js';
import type { Dependent } from '../model/dependent.js';
import type { LookupGap } from '../model/inventory.js';
import type { Report, Risk, RoleImpact } from '../model/report.js';
import { riskRank } from '../model/report.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { dependentConsoleUrl, roleConsoleUrl } from './console-links.js';
import { codeSpan, encodeSegment, escapeHtmlText, escapeProse, escapeText, fencedBlock, link, safeUrl, truncate } from './escape.js';
import { mermaidGraph } from './mermaid.js';
import { policyDiffs } from './policy-diff.js';

/** GitHub refuses issue comment bodies longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface SourceLinks {
  /** `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** `owner/name`. */
  repo: string;
  /** Head commit: lines on the head side link here. */
  sha: string;
  /** Base commit: lines of resources removed in this PR link here. */
  baseSha?: string;
  /** Path of the Terraform source directory inside the repository, when locations are relative to it. */
  pathPrefix?: string;
}

export interface MarkdownOptions {
  /** Longest body to produce (JS string length, which is never less than what GitHub counts). */
  maxLength?: number;
  /** Heading; defaults to "IAM blast radius". */
  title?: string;
  /** The label that acknowledges a block, named in the "how to proceed" text. */
  acknowledgeLabel?: string;
  /** Link each change to its `file:line` on GitHub. */
  sourceLinks?: SourceLinks;
  /** Where the unshortened report is (the run's job summary), for the note when details are left out. */
  fullReportUrl?: string;
  /** The note when the budget leaves things out, given what was left out ("the details of 3 of 9 roles"). */
  shortenedNote?: (leftOut: string) => string;
  /** Trusted markdown line appended at the end (commit, run link). */
  footer?: string;
  /** Include the mermaid graph (default true). */
  mermaid?: boolean;
}

const RISK_ICON: Record<Risk, string> = { high: '🔴', medium: '🟠', low: '🟡', none: '⚪' };

/** Caps that keep one pathological role from eating the whole body. */
const MAX_NAME = 120;
const MAX_LINE = 400;
const MAX_LIST = 40;
const MAX_PATCH = 12_000;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const roles = sortRoles(report.roles);
  const head = [heading(options), verdict(report), ...notices(report), ...gate(report, options)].join('\n\n');
  const footer = footerLine(report, options);
  const tableHeader = '| Role | Effects | Usage | Dependents | Risk |\n| --- | --- | --- | --- | --- |';
  const rows = roles.map(tableRow);
  const graph = options.mermaid === false || roles.length === 0 ? '' : mermaidGraph(roles);
  const details = roles.map((r) => roleDetails(r, report.changes, options));

  const full = assemble(head, tableHeader, rows, graph, details, footer, '');
  if (full.length <= maxLength) return full;
  return withinBudget({ head, tableHeader, rows, graph, details, footer, maxLength, options });
}

function sortRoles(roles: readonly RoleImpact[]): RoleImpact[] {
  return roles
    .map((role, index) => ({ role, index }))
    .sort((a, b) => riskRank(b.role.risk) - riskRank(a.role.risk) || a.index - b.index)
    .map((x) => x.role);
}

function assemble(
  head: string,
  tableHeader: string,
  rows: readonly string[],
  graph: string,
  details: readonly string[],
  footer: string,
  note: string,
): string {
  const parts = [head];
  if (rows.length > 0) parts.push(`${tableHeader}\n${rows.join('\n')}`);
  if (note) parts.push(note);
  if (graph) parts.push(graph);
  if (details.length > 0) parts.push(details.join('\n\n'));
  parts.push(footer);
  return `${parts.join('\n\n')}\n`;
}

interface Budget {
  head: string;
  tableHeader: string;
  rows: string[];
  graph: string;
  details: string[];
  footer: string;
  maxLength: number;
  options: MarkdownOptions;
}

/**
 * Verdict and gate first, then as many table rows as fit (highest risk first), then the graph and
 * details while room remains. The note says what was left out and where the full report is.
 */
function withinBudget(b: Budget): string {
  const runUrl = b.options.fullReportUrl ? safeUrl(b.options.fullReportUrl) : undefined;
  const where = runUrl ? `the [job summary of this run](${runUrl}) and the JSON report` : 'the job summary of this run and the JSON report';
  const sentence =
    b.options.shortenedNote ??
    ((leftOut: string) =>
      `This comment leaves out ${leftOut} to stay within GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character limit. The full report is in ${where}.`);
  const makeNote = (rowsLeft: number, detailsLeft: number, graphLeft: boolean): string => {
    const parts: string[] = [];
    if (rowsLeft > 0) parts.push(`${rowsLeft} of ${b.rows.length} roles from the table`);
    if (detailsLeft > 0) parts.push(`the details of ${detailsLeft} of ${b.details.length} roles`);
    if (graphLeft) parts.push('the graph');
    const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join('');
    return `> [!NOTE]\n> ${sentence(listed)}`;
  };
  // Room for the longest possible note, computed with the largest counts.
  const noteReserve = makeNote(b.rows.length, b.details.length, true).length + 4;
  const fixed = b.head.length + b.footer.length + b.tableHeader.length + noteReserve + 16;
  let room = b.maxLength - fixed;

  const rows: string[] = [];
  for (const row of b.rows) {
    if (row.length + 1 > room) break;
    rows.push(row);
    room -= row.length + 1;
  }
  let graph = '';
  if (rows.length === b.rows.length && b.graph && b.graph.length + 2 <= room && b.graph.length <= room / 2) {
    graph = b.graph;
    room -= graph.length + 2;
  }
  const details: string[] = [];
  if (rows.length === b.rows.length) {
    for (const d of b.details) {
      if (d.length + 2 > room) break;
      details.push(d);
      room -= d.length + 2;
    }
  }
  const note = makeNote(b.rows.length - rows.length, b.details.length - details.length, Boolean(b.graph) && !graph);
  const head = b.head.length + b.footer.length + noteReserve + 16 > b.maxLength ? truncate(b.head, Math.max(0, b.maxLength - b.footer.length - noteReserve - 32)) : b.head;
  return assemble(head, b.tableHeader, rows, graph, details, b.footer, note);
}

function heading(options: MarkdownOptions): string {
  return `### ${options.title ? escapeText(options.title) : 'IAM blast radius'}`;
}

function countAtOrAbove(report: Report): number {
  const failOn = report.decision.failOn;
  if (failOn === 'never') return 0;
  return report.roles.filter((r) => riskRank(r.risk) >= riskRank(failOn)).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function verdict(report: Report): string {
  const { decision } = report;
  const n = report.roles.length;
  if (n === 0 && report.changes.length === 0) {
    const files = report.meta.inputs.length;
    return `✅ **No IAM role changes.** ${files > 0 ? `Read ${plural(files, 'input')}; none of them changes an IAM role, its policies, or what runs on it.` : 'No input was given.'}`;
  }
  const highest = `highest risk **${decision.risk}**`;
  if (decision.block) {
    const count = report.roles.filter((r) => riskRank(r.risk) >= riskRank(decision.failOn as Risk) && !r.waived).length;
    return `⛔ **Blocked:** ${plural(count, 'role')} at or above \`fail-on: ${decision.failOn}\` (${highest}, ${plural(n, 'role')} affected).`;
  }
  if (decision.waivedBy.length > 0 && countAtOrAbove(report) > 0) {
    return `⚠️ **Not blocked — acknowledged:** ${highest} would block at \`fail-on: ${decision.failOn}\`; lifted by ${decision.waivedBy.map((w) => escapeProse(w)).join(', ')}.`;
  }
  if (decision.failOn === 'never') {
    return `ℹ️ **${plural(n, 'role')} affected**, ${highest}. The gate is off (\`fail-on: never\`).`;
  }
  return `${decision.risk === 'none' || decision.risk === 'low' ? '✅' : '🟠'} **Not blocking:** ${plural(n, 'role')} affected, ${highest} (blocks at \`fail-on: ${decision.failOn}\`).`;
}

function capList<T>(items: readonly T[], max: number, render: (item: T) => string, more: (n: number) => string): string[] {
  const out = items.slice(0, max).map(render);
  if (items.length > max) out.push(more(items.length - max));
  return out;
}

function gapLine(g: LookupGap): string {
  return `${escapeText(g.operation)}${g.region ? ` in ${escapeText(g.region)}` : ''}: ${escapeText(truncate(g.reason, MAX_LINE))}`;
}

function notices(report: Report): string[] {
  const lines: string[] = [];
  for (const n of report.meta.notices) lines.push(`> [!IMPORTANT]\n> ${escapeProse(truncate(n, MAX_LINE))}`);
  const warnings = report.meta.inputs.flatMap((i) => i.warnings.map((w) => `${i.label}: ${w}`));
  const bullets: string[] = [];
  bullets.push(...capList(warnings, 10, (w) => `- ${escapeProse(truncate(w, MAX_LINE))}`, (k) => `- … ${k} more warnings in the JSON report`));
  if (report.meta.sensitiveMasked > 0) {
    bullets.push(`- ${plural(report.meta.sensitiveMasked, 'sensitive value')} masked by the input ${report.meta.sensitiveMasked === 1 ? 'is' : 'are'} not shown.`);
  }
  const inv = report.meta.inventory;
  if (inv.kind === 'none' && report.roles.length > 0) {
    bullets.push('- No inventory was read: usage and dependents are **unknown**, not absent.');
  } else if (inv.kind === 'snapshot') {
    bullets.push(`- Facts from an inventory snapshot${inv.collectedAt ? ` collected ${escapeText(inv.collectedAt)}` : ''}, not live.`);
  }
  if (inv.gaps.length > 0) {
    bullets.push(`- ${plural(inv.gaps.length, 'account-wide lookup')} failed, so some facts are unknown:`);
    bullets.push(...capList(inv.gaps, 5, (g) => `  - ${gapLine(g)}`, (k) => `  - … ${k} more`));
  }
  if (bullets.length > 0) lines.push(bullets.join('\n'));
  return lines;
}

function gate(report: Report, options: MarkdownOptions): string[] {
  const { decision } = report;
  const label = options.acknowledgeLabel ?? 'iam-blast-radius:acknowledged';
  const out: string[] = [];
  if (decision.block) {
    const reasons = capList(decision.reasons, 15, (r) => `- ${escapeProse(truncate(r, MAX_LINE))}`, (k) => `- … ${k} more (see the roles below)`);
    out.push(
      [
        '#### Why this is blocked',
        ...reasons,
        '',
        '**To proceed**, do one of:',
        '1. Change the infrastructure so these roles keep what their dependents use (keep the role, its trust, or the permissions they use).',
        `2. If the impact is intended, add the label ${codeSpan(label)} to this pull request. The check re-runs and this comment records who acknowledged it.`,
        '3. To exempt a role from the gate for good, add its name (or a glob) to `ignore-roles` in the workflow.',
      ].join('\n'),
    );
  }
  if (decision.waivedBy.length > 0) {
    const waived = report.roles.filter((r) => r.waived);
    out.push(
      [
        `**Block lifted by** ${decision.waivedBy.map((w) => escapeProse(truncate(w, MAX_LINE))).join('; ')}.`,
        ...capList(waived, 15, (r) => `- ${escapeText(truncate(r.name, MAX_NAME))}: ${escapeProse(truncate(r.waived ?? '', MAX_LINE))}`, (k) => `- … ${k} more`),
      ].join('\n'),
    );
  }
  return out;
}

function effectKinds(role: RoleImpact): string {
  return [...new Set(role.effects.map((e) => e.kind))].join(', ') || '—';
}

function usageCell(role: RoleImpact): string {
  const u = role.usage;
  if (u.status === 'used') {
    if (u.lastUsedDaysAgo === undefined) return 'used';
    return u.lastUsedDaysAgo === 0 ? 'used today' : `used ${u.lastUsedDaysAgo} d ago`;
  }
  if (u.status === 'unused') return `unused in ${u.windowDays} d`;
  return '❔ unknown';
}

function dependentsCell(role: RoleImpact): string {
  const n = role.dependents.length;
  if (role.dependentsStatus === 'known') return String(n);
  if (role.dependentsStatus === 'partial') return `${n}+ (partial)`;
  return n > 0 ? `${n}+ (unknown)` : '❔ unknown';
}

function roleTitle(role: RoleImpact): string {
  return role.newName ? `${role.name} → ${role.newName}` : role.name;
}

function tableRow(role: RoleImpact): string {
  const risk = `${RISK_ICON[role.risk]} ${role.risk}${role.waived ? ' (waived)' : ''}`;
  return `| ${escapeText(truncate(roleTitle(role), MAX_NAME))} | ${effectKinds(role)} | ${usageCell(role)} | ${dependentsCell(role)} | ${risk} |`;
}

/** The file as the repository names it: the source directory's path inside the repository, then the file. */
function repoPath(file: string, links: SourceLinks | undefined): string {
  const prefix = links?.pathPrefix ? links.pathPrefix.replace(/^\.?\/+|\/+$/g, '') : '';
  return [prefix, file.replace(/^\.?\/+/, '')].filter(Boolean).join('/');
}

function lineUrl(change: IamChange, links: SourceLinks | undefined): string | undefined {
  const loc = change.location;
  if (!loc || !links) return undefined;
  const sha = loc.side === 'base' ? links.baseSha : links.sha;
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha) || !/^[\w.-]+\/[\w.-]+$/.test(links.repo)) return undefined;
  const file = repoPath(loc.file, links);
  if (file.split('/').some((s) => s === '..')) return undefined;
  const path = file.split('/').filter(Boolean).map(encodeSegment).join('/');
  return `${links.serverUrl.replace(/\/+$/, '')}/${links.repo}/blob/${sha}/${path}#L${loc.line}`;
}

function changeLine(change: IamChange, role: RoleImpact, options: MarkdownOptions): string[] {
  const where = change.location
    ? ` at ${link(`${repoPath(change.location.file, options.sourceLinks)}:${change.location.line}`, lineUrl(change, options.sourceLinks))}${change.location.side === 'base' ? ' (removed in this PR)' : ''}`
    : '';
  const lines = [`- ${escapeText(truncate(change.address, MAX_NAME * 2))} (${escapeText(change.actions.join(', '))}, ${escapeText(truncate(change.input, MAX_NAME))})${where}`];
  for (const e of change.effects.filter((x) => x.role === role.name || x.role === role.newName)) {
    lines.push(`  - ${escapeProse(truncate(e.summary, MAX_LINE))}${e.unknowns?.length ? ` — unknown: ${escapeProse(truncate(e.unknowns.join('; '), MAX_LINE))}` : ''}`);
  }
  for (const note of change.notes ?? []) lines.push(`  - ${escapeProse(truncate(note, MAX_LINE))}`);
  return lines;
}

const KIND_LABEL: Record<Dependent['kind'], string> = {
  'lambda-function': 'Lambda function',
  'eks-cluster': 'EKS cluster',
  'eks-nodegroup': 'EKS node group',
  'eks-fargate-profile': 'EKS Fargate profile',
  'eks-pod-identity': 'EKS Pod Identity association',
  'eks-addon': 'EKS add-on',
  'eks-access-entry': 'EKS access entry',
  'irsa-service-account': 'Kubernetes service account (IRSA)',
  'ec2-instance': 'EC2 instance',
  'ecs-task-definition': 'ECS task definition',
  'ecs-service': 'ECS service',
  'sfn-state-machine': 'Step Functions state machine',
  'codebuild-project': 'CodeBuild project',
  'cloudformation-stack': 'CloudFormation stack',
  'iam-role': 'IAM role',
  'iam-user': 'IAM user',
};

function dependentLine(d: Dependent): string {
  const name = truncate(d.name ?? d.id, MAX_NAME);
  const region = d.region && d.region !== 'global' ? ` in ${escapeText(d.region)}` : '';
  const active = d.lastActive ? `, last active ${escapeText(d.lastActive)}` : '';
  const leaves = d.leavesInChange ? ' _(moves off this role in this change)_' : '';
  return `- ${KIND_LABEL[d.kind]} ${link(name, dependentConsoleUrl(d))}${region} — ${escapeText(truncate(d.via, MAX_LINE))}${active}${leaves}`;
}

function roleDetails(role: RoleImpact, changes: readonly IamChange[], options: MarkdownOptions): string {
  const first = role.reasons[0] ? `: ${escapeProse(truncate(role.reasons[0], 160), true)}` : '';
  const summary = `${RISK_ICON[role.risk]} <b>${escapeHtmlText(truncate(roleTitle(role), MAX_NAME))}</b> — ${role.risk}${role.waived ? ' (waived)' : ''}${first}`;
  const body: string[] = [];

  body.push(`IAM console: ${link(truncate(role.name, MAX_NAME), roleConsoleUrl(role.name, role.arn))}${role.account ? ` · account ${escapeText(role.account)}` : ''}`);
  if (role.reasons.length > 0) {
    body.push(['**Why**', ...capList(role.reasons, MAX_LIST, (r) => `- ${escapeProse(truncate(r, MAX_LINE))}`, (k) => `- … ${k} more`)].join('\n'));
  }
  if (role.waived) body.push(`**Waived:** ${escapeProse(truncate(role.waived, MAX_LINE))}`);

  const own = changes.filter((c) => role.changes.includes(c.address) && (c.roles.includes(role.name) || (role.newName !== undefined && c.roles.includes(role.newName))));
  const changeLines = capList(own, MAX_LIST, (c) => changeLine(c, role, options).join('\n'), (k) => `- … ${k} more changes`);
  if (changeLines.length > 0) body.push(['**Changes**', ...changeLines].join('\n'));

  const depHeader = {
    known: role.dependents.length === 0 ? '**Dependents:** none found (every lookup answered).' : `**Dependents** (${role.dependents.length}):`,
    partial: `**Dependents** (${role.dependents.length} found; incomplete, some lookups failed):`,
    unknown: `**Dependents:** unknown${role.dependents.length > 0 ? ` (${role.dependents.length} known from the change itself)` : ''}.`,
  }[role.dependentsStatus];
  const depLines = capList(role.dependents, MAX_LIST, dependentLine, (k) => `- … ${k} more in the JSON report`);
  const gapLines = capList(role.dependentGaps, 10, (g) => `- ⚠️ not looked up: ${gapLine(g)}`, (k) => `- … ${k} more failed lookups`);
  body.push([depHeader, ...depLines, ...gapLines].join('\n'));

  const usage = [`**Usage** (${role.usage.status}, ${role.usage.windowDays}-day window): ${escapeText(truncate(role.usage.evidence, MAX_LINE))}`];
  const services = role.usage.services ?? [];
  if (services.length > 0) {
    usage.push(
      ...capList(
        [...services].sort((a, b) => (b.lastAccessed ?? '').localeCompare(a.lastAccessed ?? '')),
        15,
        (s) => `- ${escapeText(s.namespace)}: ${s.lastAccessed ? `last used ${escapeText(s.lastAccessed)}` : 'not used in the tracking period'}`,
        (k) => `- … ${k} more services`,
      ),
    );
  }
  usage.push(...capList(role.usage.gaps, 10, (g) => `- ⚠️ unknown: ${gapLine(g)}`, (k) => `- … ${k} more`));
  body.push(usage.join('\n'));

  const diffs = policyDiffs(role.effects);
  if (diffs.length > 0) {
    let used = 0;
    const blocks: string[] = ['**Policy changes**'];
    for (const d of diffs) {
      if (used + d.patch.length > MAX_PATCH) {
        blocks.push(`_${diffs.length - (blocks.length - 1)} more policy diffs are in the JSON report._`);
        break;
      }
      used += d.patch.length;
      blocks.push(fencedBlock(d.patch, 'diff'));
    }
    body.push(blocks.join('\n\n'));
  }
  return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

function footerLine(report: Report, options: MarkdownOptions): string {
  const inputs = report.meta.inputs.map((i) => `${escapeText(truncate(i.label, MAX_NAME))} (${i.source})`);
  const read = inputs.length > 0 ? ` · read ${capList(inputs, 5, (x) => x, (k) => `${k} more`).join(', ')}` : '';
  const extra = options.footer ? ` · ${options.footer}` : '';
  return `<sub>${TOOL_NAME} ${escapeText(report.meta.tool.version || TOOL_VERSION)}${read}${extra}</sub>`;
}
