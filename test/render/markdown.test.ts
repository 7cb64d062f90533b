import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/render/markdown.js';
import { change, dependent, report, representativeReport, role } from './markdown-builders.js';

const LINKS = { serverUrl: 'https://github.com', repo: 'acme/infra', sha: 'a'.repeat(40), baseSha: 'b'.repeat(40) };

/** Table rows of the summary table (the lines that start with `| ` after the header). */
function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Role') && !l.startsWith('| ---'));
}

/** Count of `|` that GFM would treat as cell separators (not escaped, not entities). */
function cellSeparators(row: string): number {
  return row.replace(/\\\|/g, '').split('|').length - 1;
}

describe('renderMarkdown', () => {
  it('renders a representative report', async () => {
    const md = renderMarkdown(representativeReport(), { sourceLinks: LINKS, fullReportUrl: 'https://github.com/acme/infra/actions/runs/1' });
    await expect(md).toMatchFileSnapshot('__snapshots__/representative.md');
  });

  it('links a change to its line, on the base side when the PR removes it', () => {
    const md = renderMarkdown(representativeReport(), { sourceLinks: LINKS });
    expect(md).toContain(`[modules/orders/iam.tf:12](https://github.com/acme/infra/blob/${'b'.repeat(40)}/modules/orders/iam.tf#L12) (removed in this PR)`);
    expect(md).toContain(`[billing/iam.tf:40](https://github.com/acme/infra/blob/${'a'.repeat(40)}/billing/iam.tf#L40)`);
  });

  it('links dependents to the AWS console of their region', () => {
    const md = renderMarkdown(representativeReport());
    expect(md).toContain('(https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/orders-api)');
    expect(md).toContain('(https://eu-west-1.console.aws.amazon.com/eks/home?region=eu-west-1#/clusters/prod/nodegroups/general)');
    expect(md).toContain('(https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#InstanceDetails:instanceId=i-0abc123def456)');
    expect(md).toContain('(https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod/services/billing?region=eu-west-1)');
    expect(md).toContain('(https://eu-west-1.console.aws.amazon.com/codesuite/codebuild/projects/reports/history?region=eu-west-1)');
    expect(md).toContain('(https://console.aws.amazon.com/iam/home#/roles/details/orders-api)');
  });

  it('links other partitions to their console and builds no link from a crafted id', () => {
    const r = report(
      [
        role('cn-role', {
          arn: 'arn:aws-cn:iam::123456789012:role/cn-role',
          dependents: [
            dependent({ id: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:fn', name: 'fn', region: 'cn-north-1' }),
            dependent({ kind: 'ec2-instance', id: 'i-0abc"onmouseover=x', name: 'box', region: 'eu-west-1' }),
            dependent({ id: 'arn:aws:lambda:evil.example/x:123456789012:function:fn', name: 'odd', region: 'evil.example/x' }),
          ],
        }),
      ],
      [],
    );
    const md = renderMarkdown(r);
    expect(md).toContain('[fn](https://cn-north-1.console.amazonaws.cn/lambda/home?region=cn-north-1#/functions/fn)');
    expect(md).toContain('(https://console.amazonaws.cn/iam/home#/roles/details/cn-role)');
    expect(md).toContain('- EC2 instance box in eu-west-1');
    expect(md).toContain('- Lambda function odd in evil.example/x');
  });

  it('shows policy changes as a unified diff', () => {
    const md = renderMarkdown(representativeReport());
    expect(md).toMatch(/```diff\n--- a\/inline:queue-access\n\+\+\+ b\/inline:queue-access\n@@/);
    expect(md).toContain('-        "sqs:ReceiveMessage",');
    expect(md).toContain('-        "Service": "lambda.amazonaws.com"');
    expect(md).toContain('+        "Service": "ecs-tasks.amazonaws.com"');
  });

  it('says explicitly when there are no IAM changes', () => {
    const md = renderMarkdown(report([], []));
    expect(md).toContain('✅ **No IAM role changes.** Read 1 input; none of them changes an IAM role');
    expect(md).not.toContain('| Role |');
  });

  it('when blocked, says why and the three ways to proceed, naming the configured label', () => {
    const md = renderMarkdown(representativeReport(), { acknowledgeLabel: 'ship-it' });
    expect(md).toContain('⛔ **Blocked:** 1 role at or above `fail-on: high`');
    expect(md).toContain('#### Why this is blocked');
    expect(md).toContain('add the label `ship-it` to this pull request');
    expect(md).toContain('`ignore-roles`');
  });

  it('when waived, says who lifted the block', () => {
    const r = report([role('orders-api', { waived: 'label iam-blast-radius:acknowledged (added by carol)' })], [], {
      block: false,
      waivedBy: ['label iam-blast-radius:acknowledged (added by carol)'],
    });
    const md = renderMarkdown(r);
    expect(md).toContain('⚠️ **Not blocked — acknowledged:** highest risk **high** would block at `fail-on: high`; lifted by label iam-blast-radius:acknowledged (added by carol).');
    expect(md).toContain('🔴 high (waived)');
  });

  it('shows notices: masked values, snapshot inventory, failed account-wide lookups', () => {
    const r = representativeReport();
    r.meta.inventory = { kind: 'snapshot', collectedAt: '2026-11-27T00:00:00Z', regions: [], gaps: [{ operation: 'eks:ListClusters', region: 'ap-south-1', reason: 'region not enabled' }] };
    const md = renderMarkdown(r);
    expect(md).toContain('- 2 sensitive values masked by the input are not shown.');
    expect(md).toContain('- Facts from an inventory snapshot collected 2026-11-27T00:00:00Z, not live.');
    expect(md).toContain('  - eks:ListClusters in ap-south-1: region not enabled');
    expect(md).toContain('> [!IMPORTANT]\n> Account IDs are masked');
  });
});

describe('escaping untrusted strings', () => {
  const canaries = [
    '<img src=x onerror=alert(1)>',
    '</details><script>alert(1)</script>',
    '@acme/security-team',
    '[click](javascript:alert(1))',
    '`code` ``` fence',
    '`<img src=x onerror=alert(1)>` and `@acme/team`',
    'a|b|c',
    'line1\nline2\r\nline3',
    'https://evil.example/phish',
    '#123 and acme/infra#9',
    '![x](https://evil.example/t.png)',
    '\u202Egnp.exe',
  ];

  function injected(canary: string) {
    const name = `role-${canary}`;
    const policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: canary, Resource: '*' }] });
    const r = report(
      [
        role(name, {
          changes: [`aws_iam_role.${canary}`],
          effects: [
            { kind: 'deleted', role: name, summary: `deleted ${canary}` },
            {
              kind: 'permissions-removed',
              role: name,
              summary: canary,
              delta: { policy: `inline:${canary}`, permissions: [], services: [], before: policy, after: '{}' },
            },
          ],
          dependents: [dependent({ name: canary, id: canary, via: canary }), dependent({ kind: 'cloudformation-stack', id: `arn:aws:cloudformation:eu-west-1:123456789012:stack/${canary}/1`, name: canary, via: canary })],
          reasons: [canary],
          usage: { status: 'used', windowDays: 90, evidence: canary, gaps: [{ operation: 'iam:GetRole', reason: canary }] },
        }),
      ],
      [change(`aws_iam_role.${canary}`, [name], [{ kind: 'deleted', role: name, summary: canary }], { input: canary, notes: [canary], location: { file: `${canary}.tf`, line: 3 } })],
    );
    r.meta.notices = [canary];
    r.meta.inputs[0]!.warnings = [canary];
    return r;
  }

  it.each(canaries)('%j is inert everywhere', (canary) => {
    const md = renderMarkdown(injected(canary), { sourceLinks: LINKS });
    const outsideFences = md.replace(/^(`{3,})[a-z]*\n[\s\S]*?^\1$/gm, '');
    expect(outsideFences).not.toMatch(/<(?!\/?(details|summary|b|sub|code|br\/)>)[a-z/!]/i);
    expect(outsideFences.match(/<\/details>/g)).toHaveLength(1);
    expect(outsideFences).not.toMatch(/@(?!&#8203;)/);
    expect(outsideFences).not.toMatch(/(?<!\\)\]\((?!https:\/\/)/);
    expect(outsideFences).not.toMatch(/#(?!&#8203;|\/|L\d|\d+;|InstanceDetails|### |### )\d/);
    expect(outsideFences).not.toMatch(/(?<!\()https?:\/\/evil/);
    expect(outsideFences).not.toContain('\u202E');
    for (const row of tableRows(md)) expect(cellSeparators(row)).toBe(6);
  });

  it('a fence inside a policy cannot close the diff block', () => {
    const md = renderMarkdown(injected('``` \n</details>\n````'));
    const fence = /^(`{3,})diff$/m.exec(md)?.[1];
    expect(fence!.length).toBeGreaterThan(4);
  });

  it('never emits raw HTML, a mention or a broken table row for any role name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (name) => {
        const md = renderMarkdown(report([role(name)], []), { mermaid: false });
        const outsideFences = md.replace(/^(`{3,})[a-z]*\n[\s\S]*?^\1$/gm, '');
        expect(outsideFences).not.toMatch(/<(?!\/?(details|summary|b|sub|code)>)[a-z/!?]/i);
        expect(outsideFences).not.toMatch(/@(?!&#8203;)/);
        const rows = tableRows(md);
        expect(rows).toHaveLength(1);
        expect(cellSeparators(rows[0]!)).toBe(6);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every field inert: reasons, dependents, evidence, addresses, labels, notices (property)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...canaries));
    fc.assert(
      fc.property(fc.array(text, { minLength: 8, maxLength: 8 }), ([name, reason, depName, via, evidence, address, label, notice]) => {
        const r = report(
          [
            role(name!, {
              changes: [address!],
              reasons: [reason!],
              dependents: [dependent({ name: depName!, via: via! })],
              usage: { status: 'used', windowDays: 90, evidence: evidence!, gaps: [] },
            }),
          ],
          [change(address!, [name!], [{ kind: 'deleted', role: name!, summary: reason! }], { input: label! })],
        );
        r.meta.notices = [notice!];
        const md = renderMarkdown(r);
        const outsideFences = md.replace(/^(`{3,})[a-z]*\n[\s\S]*?^\1$/gm, '');
        expect(outsideFences).not.toMatch(/<(?!\/?(details|summary|b|sub|code|br\/)>)[a-z/!?]/i);
        expect(outsideFences).not.toMatch(/@(?!&#8203;)/);
        expect(outsideFences.match(/<\/details>/g)).toHaveLength(1);
        expect(outsideFences).not.toMatch(/(?<!\\)\]\((?!https:\/\/)/);
        for (const row of tableRows(md)) expect(cellSeparators(row)).toBe(6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('length budget', () => {
  function largeReport(count: number) {
    const roles = Array.from({ length: count }, (_, i) =>
      role(`service-${String(i).padStart(3, '0')}-worker-role`, {
        dependents: Array.from({ length: 3 }, (_, j) => dependent({ name: `service-${i}-fn-${j}`, id: `arn:aws:lambda:eu-west-1:123456789012:function:service-${i}-fn-${j}` })),
        risk: i % 3 === 0 ? 'high' : i % 3 === 1 ? 'medium' : 'low',
      }),
    );
    return report(roles, []);
  }

  it('keeps the verdict and the whole table of 500 roles within 65,536 characters', async () => {
    const md = renderMarkdown(largeReport(500), { maxLength: GITHUB_COMMENT_LIMIT, fullReportUrl: 'https://github.com/acme/infra/actions/runs/1' });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toContain('⛔ **Blocked:** 167 roles');
    expect(tableRows(md)).toHaveLength(500);
    // Highest risk first, so what is cut is the least important.
    expect(tableRows(md)[0]).toContain('🔴 high');
    expect(tableRows(md)[499]).toContain('🟡 low');
    expect(md).toMatch(/This comment leaves out the details of \d+ of 500 roles to stay within GitHub's 65,536-character limit\. The full report is in the \[job summary of this run\]/);
    await expect(md).toMatchFileSnapshot('__snapshots__/large-500-roles.md');
  });

  it('cuts table rows too when even the table does not fit, and says how many', () => {
    const md = renderMarkdown(largeReport(2000), { maxLength: GITHUB_COMMENT_LIMIT });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toMatch(/leaves out \d+ of 2000 roles from the table/);
    expect(md).toContain('⛔ **Blocked:**');
  });

  it('fits any budget it is given, down to a few thousand characters', () => {
    for (const max of [3000, 10_000, 30_000]) {
      expect(renderMarkdown(largeReport(300), { maxLength: max }).length).toBeLessThanOrEqual(max);
    }
  });

  it('lets the caller word the note (the job summary points at the JSON report)', () => {
    const md = renderMarkdown(largeReport(100), { maxLength: 20_000, shortenedNote: (leftOut) => `Summary leaves out ${leftOut}.` });
    expect(md).toMatch(/^> Summary leaves out the details of \d+ of 100 roles( and the graph)?\.$/m);
  });

  it('leaves a report that fits untouched', () => {
    const r = representativeReport();
    expect(renderMarkdown(r, { maxLength: GITHUB_COMMENT_LIMIT })).toBe(renderMarkdown(r));
  });
});
