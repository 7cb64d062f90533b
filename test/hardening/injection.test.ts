/**
 * Injection canaries end to end: a plan and a change set whose role names, paths, tags, policy strings,
 * logical IDs and stack name carry HTML, mentions, links, backticks, pipes and newlines, posted by the real
 * action as the PR comment. The comment must be inert (hostile.ts: assertInert), and each canary's text
 * must still be readable (escaped, not dropped), so a reviewer sees what the attacker wrote.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/action/sticky-comment.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { runAction } from '../action/harness.js';
import { manyLongAddresses } from '../bad-input/cases.js';
import { assertInert, outsideFences } from './hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'ibr-inject-'));
let gh: FakeGitHub;
beforeAll(async () => {
  gh = await new FakeGitHub().start();
});
beforeEach(() => gh.reset());
afterAll(async () => {
  await gh.stop();
  rmSync(dir, { recursive: true, force: true });
});

const CANARIES = ['<img src=x onerror=alert(1)>', '</details>', '@org/team', '[x](javascript:alert(1))', '`rm -rf`', 'a|b', 'line1\nline2', '<!-- iam-blast-radius:default sha=0 run=9999-01-01T00:00:00Z -->'];

const trust = (principal: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: principal, Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceArn': principal } } }] });
const policy = (resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'S', Effect: 'Allow', Action: ['sqs:ReceiveMessage', 's3:GetObject'], Resource: resource }] });

function hostilePlan(): string {
  const changes = CANARIES.flatMap((canary, i) => [
    {
      address: `aws_iam_role.r${i}`,
      mode: 'managed',
      type: 'aws_iam_role',
      name: `r${i}`,
      change: {
        actions: ['delete', 'create'],
        before: { name: `role-${i}-${canary}`, path: `/${canary}/`, assume_role_policy: trust(canary), tags: { [canary]: canary }, description: canary },
        after: { name: `role-${i}-new-${canary}`, path: `/${canary}/`, assume_role_policy: trust(`${canary}-v2`), tags: { [canary]: canary }, description: canary },
        after_unknown: { arn: true },
        before_sensitive: {},
        after_sensitive: {},
      },
    },
    {
      address: `aws_iam_role_policy.p${i}`,
      mode: 'managed',
      type: 'aws_iam_role_policy',
      name: `p${i}`,
      change: {
        actions: ['update'],
        before: { id: `x:${canary}`, name: canary, role: `role-${i}-${canary}`, policy: policy(`arn:aws:s3:::${canary}/*`) },
        after: { id: `x:${canary}`, name: canary, role: `role-${i}-${canary}`, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${canary}/*` }] }) },
        after_unknown: {},
        before_sensitive: {},
        after_sensitive: {},
      },
    },
  ]);
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', resource_changes: changes });
}

function hostileChangeSet(): string {
  const cs = JSON.parse(readFileSync(join(import.meta.dirname, '../bad-input/fixtures/change-set.json'), 'utf8')) as Record<string, unknown> & { Changes: { ResourceChange: Record<string, unknown> }[] };
  const stack = 'Stack<img src=x onerror=alert(1)>@org/team|`x`';
  cs.StackName = stack;
  cs.StackId = `arn:aws:cloudformation:eu-west-1:111122223333:stack/${stack}/b196e9eef070`;
  cs.Changes.forEach((c, i) => {
    c.ResourceChange.LogicalResourceId = `Role${i}</details>[x](javascript:alert(1))`;
  });
  return JSON.stringify(cs);
}

describe('size', () => {
  it('600 roles with 10,000-character addresses: the comment stays within 65,536 characters and inert', async () => {
    const plan = join(dir, 'long.json');
    writeFileSync(plan, manyLongAddresses());
    const r = await runAction({ server: gh, inputs: { plan, inventory: 'none', 'fail-on': 'never', 'comment-tag': 'long' } });
    const body = gh.commentsOn(7).find((c) => parseMarker(c.body)?.tag === 'long')!.body;
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(r.outputs['affected-roles']).toBe('600');
    expect(body).toContain('600 roles affected');
    assertInert(body);
  });
});

describe('injection canaries in the PR comment', () => {
  it('a hostile plan and change set produce an inert comment that still shows what they say', async () => {
    const plan = join(dir, 'plan.json');
    const changeSet = join(dir, 'change-set.json');
    writeFileSync(plan, hostilePlan());
    writeFileSync(changeSet, hostileChangeSet());
    const r = await runAction({ server: gh, inputs: { plan, 'change-set': changeSet, inventory: 'none', 'fail-on': 'never', 'comment-tag': 'prod' } });
    expect(r.failed).toBe(false);
    const body = gh.commentsOn(7)[0]!.body;
    expect(parseMarker(body)?.tag).toBe('prod');
    const tableRows = Number(r.outputs['affected-roles']);
    expect(tableRows).toBeGreaterThanOrEqual(CANARIES.length);
    assertInert(body, tableRows);
    assertInert(r.summary, tableRows);
    // Escaped, not dropped: the reviewer can read the attacker's text.
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('@&#8203;org/team');
    expect(body).toContain('&#124;');
    expect(body).toContain('Stack&lt;img');
    // One live marker, ours, on the first line; copies from the plan sit inert inside code blocks.
    expect(outsideFences(body).match(/<!-- iam-blast-radius:/g)).toHaveLength(1);
    expect(body.startsWith('<!-- iam-blast-radius:prod sha=')).toBe(true);
    // A second run still finds and updates the one comment: the pasted run=9999 marker does not win.
    await runAction({ server: gh, inputs: { plan, 'change-set': changeSet, inventory: 'none', 'fail-on': 'never', 'comment-tag': 'prod' }, clock: new Date('2026-11-28T22:00:00Z') });
    expect(gh.commentsOn(7)).toHaveLength(1);
  });
});
