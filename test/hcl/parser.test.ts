import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/changes/hcl/parser.js';

describe('parseHcl (hcl2-parser + line scanner)', () => {
  it('returns the structure without any positions: lines come from the scanner', async () => {
    const r = await parseHcl('resource "aws_iam_role" "r" {\n  name = "a"\n}\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // hcl2json output holds values only; if it ever starts carrying positions, the scanner can go.
    expect(JSON.stringify(r.body)).toBe('{"resource":{"aws_iam_role":{"r":[{"name":"a"}]}}}');
    expect(r.statements[0]?.line).toBe(1);
  });

  it('locates an error the scanner cannot see by parsing statements one at a time', async () => {
    const text = 'resource "a" "ok" {\n  x = 1\n}\n\nresource "a" "bad" {\n  y = 2\n  z = jsonencode({ V = })\n}\n';
    const r = await parseHcl(text);
    expect(r).toEqual({ ok: false, line: 7, message: 'invalid attribute "z"' });
  });

  it('names duplicate-free HCL errors in nested blocks', async () => {
    const text = 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions = [,]\n  }\n}\n';
    const r = await parseHcl(text);
    expect(r).toEqual({ ok: false, line: 3, message: 'invalid attribute "actions"' });
  });

  it('reports structural errors from the scanner with their line', async () => {
    const r = await parseHcl('resource "a" "b" {\n  x = "never closed\n}\n');
    expect(r).toEqual({ ok: false, line: 2, message: 'unterminated string' });
  });
});
