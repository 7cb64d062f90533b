import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, reportSchema, type Report } from '../../src/model/report.js';
import { JSON_PIECE_SIZE, jsonPieces, prettyChunks, renderJson, renderJsonChunks } from '../../src/render/json.js';
import { maskAccountIds } from '../../src/render/mask.js';
import { demoReport } from './text-demo.js';

describe('JSON report', () => {
  it('is the report, valid against the schema, with the fields the issue names', async () => {
    const report = await demoReport();
    const parsed = reportSchema.parse(JSON.parse(renderJson(report)));
    expect(parsed.schemaVersion).toBe(2);
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

  it('comes in pieces that add up to exactly the pretty JSON', async () => {
    const report = await demoReport();
    const pieces = renderJsonChunks(report);
    // The schema fixes the key order, as the whole-string rendering always did.
    expect(pieces.join('')).toBe(`${JSON.stringify(reportSchema.parse(report), null, 2)}\n`);
  });

  it('keeps every piece small however large the report: split down to single effects, joined up to JSON_PIECE_SIZE', async () => {
    const demo = await demoReport();
    // Thousands of changes and roles, and one role with thousands of effects: MBs of JSON.
    const changes = Array.from({ length: 200 }, (_, i) => demo.changes.map((c) => ({ ...c, address: `${c.address}-${i}` }))).flat();
    const effects = changes.flatMap((c) => c.effects);
    const roles = [{ ...demo.roles[0]!, effects }, ...Array.from({ length: 200 }, (_, i) => demo.roles.map((r) => ({ ...r, name: `${r.name}-${i}` }))).flat()];
    const big: Report = { ...demo, changes, roles };
    const text = `${JSON.stringify(reportSchema.parse(big), null, 2)}\n`;
    expect(text.length).toBeGreaterThan(20 * JSON_PIECE_SIZE);
    const pieces = [...jsonPieces(big)];
    expect(pieces.join('')).toBe(text);
    // A piece is closed once it reaches JSON_PIECE_SIZE: about that, never the whole report or a whole role.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 * JSON_PIECE_SIZE);
    expect(pieces.length).toBeGreaterThan(text.length / (2 * JSON_PIECE_SIZE));
  });

  it('splits any object the same way JSON.stringify prints it, empty arrays and odd keys included', () => {
    const value = { a: [], 'b"\n': [1, { x: 'y\nz' }, null], c: { d: [1, 2] }, e: 'é', f: undefined };
    expect(prettyChunks(value).join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(prettyChunks({}).join('')).toBe('{}\n');
    // Split as deep as reports are (4 levels), with a piece per token, it still prints the same.
    const deep = { a: [{ b: [{ c: [1, { d: [undefined, () => 1, 'x'] }] }, [], {}], e: undefined }, null], f: 1.5, g: [[[[[]]]]] };
    expect(prettyChunks(deep, 1).join('')).toBe(`${JSON.stringify(deep, null, 2)}\n`);
    expect(prettyChunks(deep, 1).length).toBeGreaterThan(5);
    expect(prettyChunks([1, [2, [3]]]).join('')).toBe(`${JSON.stringify([1, [2, [3]]], null, 2)}\n`);
  });

  it('refuses to write a report that breaks its schema', async () => {
    const report = await demoReport();
    const broken = { ...report, roles: [{ ...report.roles[0]!, risk: 'severe' }] } as unknown as Report;
    expect(() => renderJson(broken)).toThrow(/^internal error: report does not match its schema at roles\[0\]\.risk/);
  });

  it('matches the committed JSON Schema file', () => {
    const schema = JSON.parse(readFileSync('docs/report.schema.json', 'utf8'));
    expect(schema.properties.schemaVersion.const).toBe(REPORT_SCHEMA_VERSION);
    expect(schema.title).toContain(`schema version ${REPORT_SCHEMA_VERSION}`);
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
