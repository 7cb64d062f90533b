/**
 * The action end to end, in-process: real inputs, event file, output and summary files, and the real
 * Octokit client against the loopback GitHub API.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/action/sticky-comment.js';
import { useFakeGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { writeLargeCase } from './builders.js';
import { FIXTURES, pullRequestPayload, runAction } from './harness.js';

const DELETE_PLAN = path.join(FIXTURES, 'plan-delete-role.json');
const NO_IAM_PLAN = path.join(FIXTURES, 'plan-no-iam.json');

const server = useFakeGitHub();
let gh: FakeGitHub;
beforeEach(() => {
  gh = server();
});

const ours = () => gh.commentsOn(7).filter((c) => parseMarker(c.body));
const commentWrites = () => gh.writes().filter((r) => r.path.includes('/comments') || r.path === '/graphql');
const at = (minute: number) => `2026-11-28T20:${String(minute).padStart(2, '0')}:00Z`;
const sha = (n: number) => n.toString(16).padStart(40, '0');

describe('sticky comment', () => {
  it('first run creates one comment with the marker, the verdict and the outputs', async () => {
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN } });
    expect(ours()).toHaveLength(1);
    const body = ours()[0]!.body;
    expect(body.split('\n')[0]).toBe(`<!-- iam-blast-radius:default sha=${'a'.repeat(40)} run=2026-11-28T20:00:00.000Z -->`);
    expect(body).toContain('⛔ **Blocked:**');
    expect(r.outputs).toMatchObject({ risk: 'high', blocked: 'true', 'affected-roles': '1' });
    expect(r.outputs['comment-url']).toBe(`https://github.com/acme/infra/pull/7#issuecomment-${ours()[0]!.id}`);
    const report = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(report.roles[0].name).toBe('orders-worker');
    expect(r.summary).toContain('orders-worker');
  });

  it('keeps exactly one comment over 5 runs when 120 other comments push it to page 2', async () => {
    for (let i = 0; i < 120; i++) gh.addComment(7, `unrelated comment ${i}`);
    for (let run = 1; run <= 5; run++) {
      await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, event: pullRequestPayload({ headSha: sha(run), updatedAt: at(run) }) });
    }
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain(`sha=${sha(5)}`);
    expect(gh.commentsOn(7)).toHaveLength(121);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(4);
    // The marker sits on page 2: the runs read it.
    expect(gh.requests.some((r) => r.method === 'GET' && r.query.includes('page=2'))).toBe(true);
  });

  it('makes no write when the body would not change', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN } });
    const before = commentWrites().length;
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, clock: new Date('2026-11-28T22:00:00Z') });
    expect(commentWrites()).toHaveLength(before);
    expect(ours()).toHaveLength(1);
  });

  it('never lets an older run overwrite a newer one', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, event: pullRequestPayload({ headSha: sha(2), updatedAt: at(30) }) });
    const stale = await runAction({
      server: gh,
      inputs: { plan: DELETE_PLAN, 'fail-on': 'never' },
      event: pullRequestPayload({ headSha: sha(1), updatedAt: at(10) }),
    });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain(`sha=${sha(2)}`);
    expect(ours()[0]!.body).toContain('⛔ **Blocked:**');
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
    expect(stale.stdout).toContain('A newer run');
  });

  it('hide-and-new posts a new comment and minimizes the old one as outdated', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'hide-and-new' }, event: pullRequestPayload({ headSha: sha(1), updatedAt: at(1) }) });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'hide-and-new' }, event: pullRequestPayload({ headSha: sha(2), updatedAt: at(2) }) });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'hide-and-new' }, event: pullRequestPayload({ headSha: sha(3), updatedAt: at(3) }) });
    expect(ours().map((c) => c.minimized)).toEqual([true, true, false]);
    const mutations = gh.requests.filter((r) => r.path === '/graphql' && JSON.stringify(r.body).includes('minimizeComment'));
    // Each old comment is minimized once, not again on later runs.
    expect(mutations).toHaveLength(2);
    expect(JSON.stringify(mutations[0]!.body)).toContain('OUTDATED');
  });

  it('new posts one comment per run', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'new' }, event: pullRequestPayload({ headSha: sha(1), updatedAt: at(1) }) });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'new' }, event: pullRequestPayload({ headSha: sha(2), updatedAt: at(2) }) });
    expect(ours()).toHaveLength(2);
  });

  it('comment: off writes nothing to the PR but still writes the summary and outputs', async () => {
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'off' } });
    expect(gh.requests.filter((x) => x.path.includes('/comments'))).toHaveLength(0);
    expect(r.summary).toContain('orders-worker');
    expect(r.outputs['comment-url']).toBe('');
    expect(r.failed).toBe(true);
  });

  it('keeps separate comments per comment-tag', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'comment-tag': 'prod' } });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'comment-tag': 'staging' } });
    expect(ours().map((c) => parseMarker(c.body)!.tag)).toEqual(['prod', 'staging']);
    expect(ours()[0]!.body).toContain('### IAM blast radius · prod');
  });

  it('ignores a marker pasted by a person', async () => {
    gh.addComment(7, '<!-- iam-blast-radius:default sha=ffff run=2099-01-01T00:00:00.000Z -->\nfake', { login: 'mallory', type: 'User' });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN } });
    expect(ours()).toHaveLength(2);
    expect(gh.commentsOn(7)[0]!.body).toContain('fake');
  });

  it('update removes duplicates that an earlier `new` left behind', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'new' }, event: pullRequestPayload({ headSha: sha(1), updatedAt: at(1) }) });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'new' }, event: pullRequestPayload({ headSha: sha(2), updatedAt: at(2) }) });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, event: pullRequestPayload({ headSha: sha(3), updatedAt: at(3) }) });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain(`sha=${sha(3)}`);
  });

  it('with a personal token, updates its own comment and not one pasted by someone else', async () => {
    gh.addComment(7, '<!-- iam-blast-radius:default sha=ffff run=2026-11-28T19:00:00.000Z -->\npasted', { login: 'mallory', type: 'User' });
    const inputs = { plan: DELETE_PLAN, 'github-token': 'ghp-user' };
    await runAction({ server: gh, inputs, event: pullRequestPayload({ headSha: sha(1), updatedAt: at(1) }) });
    await runAction({ server: gh, inputs, event: pullRequestPayload({ headSha: sha(2), updatedAt: at(2) }) });
    const byOctocat = ours().filter((c) => c.user.login === 'octocat');
    expect(byOctocat).toHaveLength(1);
    expect(byOctocat[0]!.body).toContain(`sha=${sha(2)}`);
    expect(ours().find((c) => c.user.login === 'mallory')!.body).toContain('pasted');
  });

  it('two runs racing on a PR without a comment end with exactly one', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, concurrent: 2 });
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(2);
    expect(ours()).toHaveLength(1);
  });
});

describe('pull requests without IAM changes', () => {
  it('finishes without a comment when there was none, and says so in the summary', async () => {
    const r = await runAction({ server: gh, inputs: { plan: NO_IAM_PLAN } });
    expect(gh.commentsOn(7)).toHaveLength(0);
    expect(r.outputs).toMatchObject({ risk: 'none', blocked: 'false', 'affected-roles': '0' });
    expect(r.summary).toContain('No IAM role changes');
    expect(r.failed).toBe(false);
    // Its speed is measured in bench/ (part 3); a timed assertion here would flake on a loaded machine.
    console.info(`no-IAM-change run: ${r.ms.toFixed(0)} ms`);
  });

  it('does not load the live inventory (the AWS SDK) when nothing asks about a role', async () => {
    const r = await runAction({ server: gh, inputs: { plan: NO_IAM_PLAN, inventory: 'live' } });
    const report = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as { meta: { inventory: { kind: string }; timings: Record<string, number> } };
    expect(report.meta.inventory.kind).toBe('live');
    // Loading the SDK takes seconds; answering the empty request locally takes none.
    expect(report.meta.timings['inventory']).toBeLessThan(50);
  });

  it('updates an earlier comment to say there are no IAM changes any more', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, event: pullRequestPayload({ headSha: sha(1), updatedAt: at(1) }) });
    await runAction({ server: gh, inputs: { plan: NO_IAM_PLAN }, event: pullRequestPayload({ headSha: sha(2), updatedAt: at(2) }) });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('No IAM role changes');
  });
});

describe('the gate', () => {
  it('fails the step when a used role is deleted', async () => {
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN } });
    expect(r.failed).toBe(true);
    expect(r.failure).toMatch(/^IAM blast radius: blocked at fail-on high, risk high \(orders-worker\)/);
  });

  it('passes once the acknowledgement label is on the PR, and records who added it', async () => {
    gh.labels.set(7, ['iam-blast-radius:acknowledged']);
    const r = await runAction({
      server: gh,
      inputs: { plan: DELETE_PLAN },
      event: pullRequestPayload({ action: 'labeled', label: 'iam-blast-radius:acknowledged', sender: 'carol', labels: ['iam-blast-radius:acknowledged'] }),
    });
    expect(r.failed).toBe(false);
    expect(r.outputs['blocked']).toBe('false');
    const body = ours()[0]!.body;
    expect(body).toContain('Not blocked — acknowledged');
    expect(body).toContain('label iam-blast-radius:acknowledged (added by carol)');
  });

  it('reads the labels from the API, so a re-run of an older event sees a label added since', async () => {
    gh.labels.set(7, ['iam-blast-radius:acknowledged']);
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, event: pullRequestPayload({ labels: [] }) });
    expect(r.failed).toBe(false);
  });

  it('ignore-roles lifts the block for matching roles', async () => {
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'ignore-roles': 'orders-*' } });
    expect(r.failed).toBe(false);
    expect(ours()[0]!.body).toContain('ignore-roles');
  });
});

describe('GitHub faults', () => {
  it('fork PR with a read-only token: summary written, one warning, no failure from the comment', async () => {
    const r = await runAction({
      server: gh,
      inputs: { plan: DELETE_PLAN, 'github-token': 'ghs-readonly', 'fail-on': 'never' },
      event: pullRequestPayload({ fork: true }),
    });
    expect(r.failed).toBe(false);
    expect(gh.commentsOn(7)).toHaveLength(0);
    expect(r.summary).toContain('orders-worker');
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toEqual([
      '::warning::Could not write the PR comment: the token cannot write to this pull request (403; fork pull requests and tokens without pull-requests: write get a read-only token). The report is in the job summary.',
    ]);
  });

  it('retries a secondary rate limit and 5xx on the comment calls', async () => {
    gh.inject({ method: 'GET', path: /\/issues\/7\/comments$/, status: 502, times: 2 });
    gh.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN } });
    expect(ours()).toHaveLength(1);
    expect(r.outputs['comment-url']).toContain('#issuecomment-');
    expect(gh.requests.filter((x) => x.status === 502)).toHaveLength(2);
    expect(gh.requests.filter((x) => x.method === 'POST' && x.path.endsWith('/comments')).map((x) => x.status)).toEqual([403, 201]);
  });

  it('posts a shorter body when GitHub still refuses one as too long', async () => {
    gh.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
    });
    const large = writeLargeCase(100);
    const r = await runAction({ server: gh, inputs: { plan: large.plan, inventory: large.inventory, 'fail-on': 'never' } });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body.length).toBeLessThanOrEqual(65_536 / 2);
    expect(r.stdout).toContain('::warning::GitHub refused the comment as too long; posting a shorter one.');
  });

  it('a comment call that keeps failing is a warning, not a failed step', async () => {
    gh.inject({ method: 'GET', path: /\/issues\/7\/comments$/, status: 500, times: 10 });
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'fail-on': 'never' } });
    expect(r.failed).toBe(false);
    expect(r.stdout).toMatch(/::warning::Could not write the PR comment: injected 500/);
  });
});

describe('source locations (static mode)', () => {
  const hcl = { mode: 'static', 'hcl-base': 'test/action/fixtures/hcl/base', 'source-dir': 'test/action/fixtures/hcl/head' };

  it('annotates the line of a high-risk change and links it in the comment', async () => {
    const r = await runAction({ server: gh, inputs: hcl, event: pullRequestPayload({ baseSha: 'b'.repeat(40) }) });
    expect(r.stdout).toContain(
      '::error title=IAM blast radius%3A high risk,file=test/action/fixtures/hcl/head/main.tf,line=5::aws_iam_role.orders_worker (removed in this PR) — orders-worker: deleting `orders-worker`',
    );
    expect(ours()[0]!.body).toContain(
      `at [test/action/fixtures/hcl/head/main.tf:5](https://github.com/acme/infra/blob/${'b'.repeat(40)}/test/action/fixtures/hcl/head/main.tf#L5) (removed in this PR)`,
    );
  });

  it('annotates medium risk as a warning (unknown usage without inventory)', async () => {
    const r = await runAction({ server: gh, inputs: { ...hcl, inventory: 'none', 'fail-on': 'never' } });
    const annotations = r.stdout.split('\n').filter((l) => /^::(warning|error) title=IAM blast radius/.test(l));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning title=IAM blast radius%3A medium risk,file=test\/action\/fixtures\/hcl\/head\/main.tf,line=5::/);
  });
});

describe('size limit', () => {
  it('posts a 500-role report within 65,536 characters, keeping the verdict and the whole table', async () => {
    const large = writeLargeCase(500);
    const r = await runAction({ server: gh, inputs: { plan: large.plan, inventory: large.inventory, 'fail-on': 'never' } });
    const body = ours()[0]!.body;
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(50_000);
    expect(body).toContain('500 roles affected');
    expect(body.match(/^\| service-\d{3}-worker-role \|/gm)).toHaveLength(500);
    expect(body).toContain("to stay within GitHub's 65,536-character limit");
    expect(body).toContain('[job summary of this run](https://github.com/acme/infra/actions/runs/4242)');
    // The job summary has room for every role's details.
    expect(r.summary.match(/<details>/g)).toHaveLength(500);
    console.info(`largest comment body: ${body.length} characters; summary ${r.summary.length}`);
  });
});

describe('mask-account-ids', () => {
  it('hides the account ID in the comment, the summary, the JSON report and the log', async () => {
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'mask-account-ids': 'true' } });
    expect(ours()[0]!.body).toContain('orders-worker');
    for (const text of [ours()[0]!.body, r.summary, readFileSync(r.outputs['report-json']!, 'utf8'), r.stdout]) {
      expect(text).not.toContain('123456789012');
    }
  });
});

describe('inputs', () => {
  it.each([
    [{ 'fail-on': 'hgh' }, 'input fail-on: must be one of high, medium, low, never (got "hgh")'],
    [{ 'window-days': '30d' }, 'input window-days: must be a whole number from 1 to 400 (got "30d")'],
    [{ comment: 'sticky' }, 'input comment: must be one of update, new, hide-and-new, off (got "sticky")'],
    [{ plan: 'nowhere/*.json' }, `input plan: "nowhere/*.json" matched no files under ${path.resolve(FIXTURES, '../../..')}`],
  ])('%j fails with one line', async (inputs, message) => {
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN, ...inputs } });
    expect(r.failed).toBe(true);
    expect(r.failure).toBe(message);
    expect(gh.requests.filter((x) => x.path.includes('/comments'))).toHaveLength(0);
  });

  it('registers the token as a secret before anything else', async () => {
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN, comment: 'off' } });
    expect(r.stdout.split('\n')[0]).toBe('::add-mask::ghs-write');
  });
});
