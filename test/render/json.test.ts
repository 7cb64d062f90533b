import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../src/model/report.js';
import { prettyChunks, renderJson, renderJsonChunks } from '../../src/render/json.js';
import { maskAccountIds } from '../../src/render/mask.js';
import { demoReport } from './text-demo.js';

describe('JSON report', () => {
  it('is the report, valid against the schema, with the fields the issue names', async () => {
    const report = await demoReport();
    const parsed = reportSchema.parse(JSON.parse(renderJson(report)));
    expect(parsed.schemaVersion).toBe(1);
    const orders = parsed.roles.find((r) => r.name === 'orders-worker')!;
    expect(orders).toMatchObject({ risk: 'high', usage: { status: 'used', lastUsed: '2026-11-28T19:00:00Z', lastUsedRegion: 'eu-west-1' } });
    expect(orders.dependents.map((d) => [d.kind, d.region])).toEqual([
      ['lambda-function', 'eu-west-1'],
      ['lambda-function', 'eu-west-1'],
      ['irsa-service-account', 'eu-west-1'],
    ]);
    expect(parsed.meta.apiCalls?.['lambda:ListFunctions']).toBe(2);
    expect(Object.keys(parsed.meta.timings).sort()).toEqual(['analysis', 'inventory', 'parse']);
    expect(parsed.meta.inventory).toMatchObject({ kind: 'snapshot', file: 'fixtures/demo/inventory.json', collectedAt: '2026-11-28T21:00:00.000Z' });
  });

  it('comes in pieces, one change or role each, that add up to exactly the pretty JSON', async () => {
    const report = await demoReport();
    const pieces = renderJsonChunks(report);
    // The schema fixes the key order, as the whole-string rendering always did.
    expect(pieces.join('')).toBe(`${JSON.stringify(reportSchema.parse(report), null, 2)}\n`);
    // Each change and each role is a piece of its own: no piece holds the whole report.
    expect(pieces.length).toBeGreaterThanOrEqual(report.changes.length + report.roles.length);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(pieces.join('').length / 2);
  });

  it('splits any object the same way JSON.stringify prints it, empty arrays and odd keys included', () => {
    const value = { a: [], 'b"\n': [1, { x: 'y\nz' }, null], c: { d: [1, 2] }, e: 'é', f: undefined };
    expect(prettyChunks(value).join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(prettyChunks({}).join('')).toBe('{}\n');
  });

  it('refuses to write a report that breaks its schema', async () => {
    const report = await demoReport();
    const broken = { ...report, roles: [{ ...report.roles[0]!, risk: 'severe' }] } as unknown as Report;
    expect(() => renderJson(broken)).toThrow(/^internal error: report does not match its schema at roles\[0\]\.risk/);
  });

  it('matches the committed JSON Schema file', () => {
    const schema = JSON.parse(readFileSync('docs/report.schema.json', 'utf8'));
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'changes', 'roles', 'decision', 'meta']));
  });
});

describe('maskAccountIds', () => {
  it('masks every 12-digit account ID anywhere in the report, and nothing else', async () => {
    const masked = maskAccountIds(await demoReport());
    const text = JSON.stringify(masked);
    expect(text).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
    expect(text).toContain('arn:aws:iam::********9012:role/orders-worker');
    expect(masked.roles[0]!.account).toBe('********9012');
    expect(masked.generatedAt).toBe('2027-03-01T00:00:00.000Z');
    expect(reportSchema.safeParse(masked).success).toBe(true);
  });

  it('is applied by the pipeline when the setting is on', async () => {
    const text = JSON.stringify(await demoReport(undefined, { maskAccountIds: true }));
    expect(text).not.toContain('123456789012');
  });
});

describe('maskAccountIds edges', () => {
  it('masks only standalone 12-digit runs', async () => {
    const { maskText } = await import('../../src/render/mask.js');
    expect(maskText('123456789012 and arn:aws:iam::210987654321:root')).toBe('********9012 and arn:aws:iam::********4321:root');
    expect(maskText('1234567890123 12345678901 AROA123456789012X')).toBe('1234567890123 12345678901 AROA********9012X');
  });
});
