/**
 * GitHub faults around the sticky comment, through the real Octokit client (retry and throttling plugins)
 * against the loopback API: rate limits and 5xx on every comment call, a fork's 403, a 422 for a body too
 * long on update, and a newer run writing while an older one is still deciding. Complements
 * test/action/action.test.ts, which covers the first-order cases.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { markerLine, parseMarker } from '../../src/action/sticky-comment.js';
import { useFakeGitHub, type FakeGitHub } from '../helpers/github-server.js';
import { writeLargeCase } from '../action/builders.js';
import { FIXTURES, pullRequestPayload, runAction } from '../action/harness.js';

const DELETE_PLAN = path.join(FIXTURES, 'plan-delete-role.json');
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

const server = useFakeGitHub();
let gh: FakeGitHub;
beforeEach(() => {
  gh = server();
});

const ours = () => gh.commentsOn(7).filter((c) => parseMarker(c.body));
const secondaryLimit = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

/** A pass-through proxy in front of the fake API that runs `hook` once a request has been answered. */
async function proxyWithHook(hook: (method: string, path: string) => void): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(gh.url);
  const server: Server = createServer((req, res) => {
    const forward = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
      up.on('end', () => hook(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('rate limits and server errors on every comment call', () => {
  it('429 with retry-after on the list, 403 secondary limit on the update, 503 on the update: one updated comment', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN } });
    const first = ours()[0]!;
    gh.inject({ method: 'GET', path: /\/issues\/7\/comments$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'API rate limit exceeded' } });
    gh.inject({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 403, headers: { 'retry-after': '1' }, body: secondaryLimit });
    gh.inject({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 503 });
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, event: pullRequestPayload({ headSha: 'd'.repeat(40), updatedAt: '2026-11-28T20:05:00Z' }) });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(first.id);
    expect(parseMarker(ours()[0]!.body)?.sha).toBe('d'.repeat(40));
    expect(r.outputs['comment-url']).toContain(`#issuecomment-${first.id}`);
    expect(gh.requests.filter((x) => x.method === 'PATCH').map((x) => x.status)).toEqual([403, 503, 200]);
    // The gate still decides the step: the used role is deleted.
    expect(r.failed).toBe(true);
    expect(r.failure).not.toMatch(/comment|rate limit/i);
  });

  it('5xx on the delete of a duplicate does not leave two comments', async () => {
    const stale = `${markerLine({ tag: 'default', sha: '1'.repeat(40), run: '2026-11-28T19:00:00.000Z' })}\nold`;
    gh.addComment(7, stale, BOT);
    gh.addComment(7, stale, BOT);
    gh.inject({ method: 'DELETE', path: /\/issues\/comments\/\d+$/, status: 502, times: 2 });
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'fail-on': 'never' } });
    expect(ours()).toHaveLength(1);
    expect(parseMarker(ours()[0]!.body)?.sha).toBe('a'.repeat(40));
  });

  it('a rate limit that never lifts: a warning, the summary still written, the step decided by the gate alone', async () => {
    gh.inject({ method: 'GET', path: /\/issues\/7\/comments$/, status: 403, headers: { 'retry-after': '1' }, body: secondaryLimit, times: 50 });
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'fail-on': 'never' } });
    expect(r.failed).toBe(false);
    expect(r.summary).toContain('orders-worker');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning::Could not write the PR comment'))).toHaveLength(1);
    expect(gh.comments).toHaveLength(0);
  });
});

describe('fork pull requests', () => {
  it('403 "Resource not accessible by integration" on create: summary, one warning, and the gate still fails the step', async () => {
    gh.inject({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, body: { message: 'Resource not accessible by integration' }, times: 10 });
    const r = await runAction({ server: gh, inputs: { plan: DELETE_PLAN }, event: pullRequestPayload({ fork: true }) });
    expect(gh.comments).toHaveLength(0);
    expect(r.summary).toContain('orders-worker');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning::Could not write the PR comment'))).toHaveLength(1);
    expect(r.failed).toBe(true);
    expect(r.failure).not.toMatch(/comment|403/);
    expect(r.outputs.blocked).toBe('true');
  });
});

describe('422 body too long', () => {
  it('on the update of an existing comment: posts a shorter body in place', async () => {
    const large = writeLargeCase(100);
    await runAction({ server: gh, inputs: { plan: large.plan, inventory: large.inventory, 'fail-on': 'never' } });
    const id = ours()[0]!.id;
    gh.inject({
      method: 'PATCH',
      path: /\/issues\/comments\/\d+$/,
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
    });
    await runAction({ server: gh, inputs: { plan: large.plan, inventory: large.inventory, 'fail-on': 'never' }, event: pullRequestPayload({ headSha: 'e'.repeat(40), updatedAt: '2026-11-28T20:09:00Z' }) });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(id);
    expect(parseMarker(ours()[0]!.body)?.sha).toBe('e'.repeat(40));
    expect(ours()[0]!.body.length).toBeLessThanOrEqual(65_536 / 2);
  });
});

describe('runs racing on one pull request', () => {
  it('five concurrent runs of the same commit end with exactly one comment', async () => {
    await runAction({ server: gh, inputs: { plan: DELETE_PLAN, 'fail-on': 'never' }, concurrent: 5 });
    expect(ours()).toHaveLength(1);
  });

  it('a newer run that writes while an older run is deciding is never overwritten by the older one', async () => {
    // The older run has listed the comments; the newer run's update lands before the older one writes.
    const newer = { tag: 'default', sha: 'f'.repeat(40), run: '2026-11-28T20:30:00.000Z' };
    const existing = gh.addComment(7, `${markerLine({ tag: 'default', sha: '1'.repeat(40), run: '2026-11-28T19:00:00.000Z' })}\nolder still`, BOT);
    let landed = false;
    const proxy = await proxyWithHook((method, p) => {
      if (!landed && method === 'GET' && p.endsWith('/issues/7/comments')) {
        landed = true;
        existing.body = `${markerLine(newer)}\nthe newer run's report`;
      }
    });
    try {
      await runAction({ server: { url: proxy.url } as FakeGitHub, inputs: { plan: DELETE_PLAN, 'fail-on': 'never' } });
    } finally {
      await proxy.close();
    }
    expect(landed).toBe(true);
    expect(ours()).toHaveLength(1);
    expect(parseMarker(ours()[0]!.body)).toEqual(newer);
  });

  it('a newer run that creates while an older run is deciding: one comment, the newer one', async () => {
    const newer = { tag: 'default', sha: 'f'.repeat(40), run: '2026-11-28T20:30:00.000Z' };
    let landed = false;
    const proxy = await proxyWithHook((method, p) => {
      if (!landed && method === 'GET' && p.endsWith('/issues/7/comments')) {
        landed = true;
        gh.addComment(7, `${markerLine(newer)}\nthe newer run's report`, BOT);
      }
    });
    try {
      await runAction({ server: { url: proxy.url } as FakeGitHub, inputs: { plan: DELETE_PLAN, 'fail-on': 'never' } });
    } finally {
      await proxy.close();
    }
    expect(ours()).toHaveLength(1);
    expect(parseMarker(ours()[0]!.body)).toEqual(newer);
  });
});
