/**
 * A report that attaches and detaches ReadOnlyAccess (~2,900 permissions) refers to the policy instead of
 * repeating it: small, with the right count, and with the verdict, reasons and rendered text the fully
 * expanded deltas gave.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { readPlan } from '../../src/changes/terraform/index.js';
import type { Effect, InputReading, PermissionDelta } from '../../src/model/change.js';
import type { Report } from '../../src/model/report.js';
import { reportSchema } from '../../src/model/report.js';
import { awsManagedPolicyDocument, deltaPermissions, isAwsManagedReference, permissionsOf } from '../../src/policy/index.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { daysAgo, facts, hoursAgo, NOW, settings, snapshot } from '../helpers/builders.js';

const RO = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const DENY_ALL = 'arn:aws:iam::aws:policy/AWSDenyAll';
const dir = mkdtempSync(join(tmpdir(), 'ibr-managed-ref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const attachment = (name: string, actions: string[], before: unknown, after: unknown) => ({
  address: `aws_iam_role_policy_attachment.${name}`,
  mode: 'managed',
  type: 'aws_iam_role_policy_attachment',
  name,
  change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
});

let reading: InputReading;
beforeAll(async () => {
  const path = join(dir, 'plan.json');
  writeFileSync(
    path,
    JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.8',
      resource_changes: [
        attachment('detach', ['delete'], { id: 'reader-ro', role: 'reader', policy_arn: RO }, null),
        attachment('attach', ['create'], null, { role: 'writer', policy_arn: RO }),
        // policy_arn forces a replacement: ReadOnlyAccess goes, AWSDenyAll (a Deny of everything) comes.
        attachment('swap', ['delete', 'create'], { id: 'idle-ro', role: 'idle', policy_arn: RO }, { role: 'idle', policy_arn: DENY_ALL }),
      ],
    }),
  );
  reading = await readPlan({ kind: 'plan', label: 'plan.json', path }, {});
});

/** What a delta of an AWS managed policy carried before references: the whole parsed document, without its text. */
function carried(delta: PermissionDelta): PermissionDelta {
  if (!isAwsManagedReference(delta)) return delta;
  const { before: _b, after: _a, ...old } = permissionsOf(awsManagedPolicyDocument(delta.awsManaged!.name), delta.policy);
  return old;
}

function expanded(r: InputReading): InputReading {
  const effect = (e: Effect): Effect => (e.kind === 'permissions-added' || e.kind === 'permissions-removed' ? { ...e, delta: carried(e.delta) } : e);
  return { ...r, changes: r.changes.map((c) => ({ ...c, effects: c.effects.map(effect) })) };
}

const inventory = snapshot([
  // Used S3 (action-level tracked) yesterday: losing ReadOnlyAccess is high, judged on s3:GetObject.
  facts('reader', { lastUsed: hoursAgo(20), services: [{ namespace: 's3', lastAccessed: hoursAgo(20), actions: [{ action: 'GetObject', lastAccessed: hoursAgo(20) }] }] }),
  facts('writer', { lastUsed: hoursAgo(2), services: [] }),
  // Last used 200 days ago: a periodic job, both for what it loses and for what the Deny takes.
  facts('idle', { lastUsed: daysAgo(200), services: [{ namespace: 'ec2', lastAccessed: daysAgo(200) }] }),
]);

const run = (r: InputReading, withInventory = true): Report =>
  analyze([r], withInventory ? inventory : null, settings({ failOn: 'medium' }), NOW, { inventory: { kind: withInventory ? 'snapshot' : 'none' }, generatedAt: NOW });

describe('a report that attaches and detaches ReadOnlyAccess', () => {
  it('refers to the policy in every delta, with the right count, and no permission list', () => {
    const deltas = reading.changes.flatMap((c) => c.effects).flatMap((e) => ('delta' in e ? [e.delta] : []));
    expect(deltas.map((d) => [d.policy, d.awsManaged?.name, d.permissions])).toEqual([
      [RO, 'ReadOnlyAccess', undefined],
      [RO, 'ReadOnlyAccess', undefined],
      [RO, 'ReadOnlyAccess', undefined],
      [DENY_ALL, 'AWSDenyAll', undefined],
    ]);
    const whole = permissionsOf(awsManagedPolicyDocument('ReadOnlyAccess'), RO);
    expect(whole.permissions.length).toBeGreaterThan(2000);
    expect(deltas[0]?.permissionCount).toBe(whole.permissions.length);
    expect(deltas[0]?.services).toEqual(whole.services);
    const n = whole.permissions.length;
    const more = whole.services.length - 5;
    expect(reading.changes[0]?.effects[0]?.summary).toBe(
      `reader loses ${n} permissions of ${RO} on ${whole.services.slice(0, 5).join(', ')} and ${more} more (policy detached)`,
    );
  });

  it('is small: the JSON is a fraction of what the expanded deltas made', () => {
    const report = run(reading);
    const json = renderJson(report);
    const before = renderJson(run(expanded(reading)));
    // Four deltas of ~2,900 and 1 permissions, each in changes[] and roles[]: ~2 MB expanded; now the 315
    // service names of ReadOnlyAccess, pretty-printed, are most of what is left.
    expect(before.length).toBeGreaterThan(1_000_000);
    expect(json.length).toBeLessThan(80_000);
    expect(json.length * 20).toBeLessThan(before.length);
    const parsed = reportSchema.parse(JSON.parse(json));
    // roles[].effects repeats the changes' effects: cheap now, and still there for consumers.
    const roleDeltas = parsed.roles.flatMap((r) => r.effects).flatMap((e) => ('delta' in e ? [e.delta] : []));
    expect(roleDeltas).toHaveLength(4);
    for (const d of roleDeltas) {
      expect(d.permissions).toBeUndefined();
      expect(d.permissionCount).toBe(deltaPermissions(d).length);
    }
  });

  it('keeps the verdict, the reasons and the rendered report the expanded deltas gave', () => {
    for (const withInventory of [true, false]) {
      const now = run(reading, withInventory);
      const then = run(expanded(reading), withInventory);
      expect(now.decision).toEqual(then.decision);
      expect(now.roles.map((r) => [r.name, r.risk, r.reasons])).toEqual(then.roles.map((r) => [r.name, r.risk, r.reasons]));
      expect(renderText(now)).toBe(renderText(then));
      expect(renderMarkdown(now)).toBe(renderMarkdown(then));
    }
    const byName = Object.fromEntries(run(reading).roles.map((r) => [r.name, r]));
    expect(byName['reader']).toMatchObject({ risk: 'high' });
    expect(byName['reader']?.reasons[0]).toMatch(/^`reader` loses a4b:get\*, .* and \d+ more \(from `arn:aws:iam::aws:policy\/ReadOnlyAccess`\), which it used within the last 90 days: s3:GetObject last used 20 hours ago$/);
    expect(byName['writer']).toMatchObject({ risk: 'none' });
    expect(byName['idle']?.risk).toBe('medium');
    expect(byName['idle']?.reasons.some((r) => r.startsWith('`idle` is denied everything but'))).toBe(false);
    expect(byName['idle']?.reasons.some((r) => r.startsWith('`idle` is denied *'))).toBe(true);
  });
});
