/**
 * The byte scanner (src/changes/terraform/scan.ts) and the plan walk over it (walk.ts): windows cut at
 * every byte (inside strings, escapes, multi-byte characters, elements), exact `type`/`mode` detection,
 * key order, wrapper text, truncation, and bounded memory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText, scanPlan, type LoadedPlan } from '../../src/changes/terraform/load.js';
import { bufferSource, JsonScanner, OTHER_WORD, ScanError, WordTable } from '../../src/changes/terraform/scan.js';
import { InputError } from '../../src/errors.js';
import { handPlan, read } from './helpers.js';

function scanner(text: string | Buffer, chunk?: number): JsonScanner {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return chunk ? new JsonScanner(bufferSource(bytes, chunk), undefined, chunk) : JsonScanner.ofBuffer(bytes);
}

/** Rebuilds a value through the scanner's walking API (members, elements, value). */
function rebuild(s: JsonScanner): unknown {
  const c = s.peek();
  if (c === 0x7b) {
    const o: Record<string, unknown> = {};
    s.members((k) => Object.defineProperty(o, k, { value: rebuild(s), enumerable: true, writable: true, configurable: true }));
    return o;
  }
  if (c === 0x5b) {
    const a: unknown[] = [];
    s.elements(() => a.push(rebuild(s)));
    return a;
  }
  return s.value();
}

/** Whole, and cut into windows of every size up to `upTo` bytes. */
function everyWindow(text: string, upTo: number, check: (s: JsonScanner, chunk: number | undefined) => void): void {
  check(scanner(text), undefined);
  for (let chunk = 1; chunk <= upTo; chunk++) check(scanner(text, chunk), chunk);
}

const tricky = JSON.stringify({
  quote: 'say "hi"',
  slash: 'C:\\dir\\',
  runs: ['\\', '\\\\', '\\"', '\\\\"', '"\\'],
  escapes: '\n\t\u0000\u001f\u2028 \ud83d\ude00',
  unicode: { 'clé': 'été', '日本': '語', emoji: '😀 🇪🇺', 'k"ey': 'v' },
  nested: [[[{ a: [] }], {}], [], [{ '}': ']' }]],
  numbers: [0, -1, 1.5, 2e10, -3.25e-7, Number.MAX_VALUE],
  literals: [true, false, null],
});

describe('JsonScanner', () => {
  it('walks strings, escapes and unicode with windows cut at every byte', () => {
    const expected = JSON.parse(tricky);
    everyWindow(tricky, 64, (s, chunk) => {
      expect(rebuild(s), `chunk ${chunk}`).toEqual(expected);
      expect(s.atEnd()).toBe(true);
    });
  });

  it('skips any value with windows cut at every byte', () => {
    const doc = `[${tricky}, "a\\\\", "\\"", {"x": "\\\\\\""}] `;
    everyWindow(doc, 40, (s) => {
      s.skipValue();
      expect(s.offset).toBe(Buffer.byteLength(doc) - 1);
      expect(s.atEnd()).toBe(true);
    });
  });

  it('reads arbitrary JSON exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 16 }), (value, chunk) => {
        const text = JSON.stringify(value, null, chunk % 3 === 0 ? 2 : undefined);
        expect(rebuild(scanner(text, chunk))).toEqual(JSON.parse(text));
        const s = scanner(` ${text}\n`, chunk);
        s.skipValue();
        expect(s.atEnd()).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the top-level type and mode only, exactly', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['{"mode":"managed","type":"aws_iam_role"}', 'aws_iam_role', 'managed'],
      // Look-alikes inside string values and nested objects are not members of the element.
      ['{"description":"\\"type\\":\\"aws_iam_role\\"","type":"aws_s3_bucket"}', 'aws_s3_bucket', undefined],
      ['{"change":{"after":{"type":"aws_iam_role","mode":"data"}},"type":"aws_s3_bucket","mode":"managed"}', 'aws_s3_bucket', 'managed'],
      ['{"tags":["type","aws_iam_role"],"mode":"managed"}', undefined, 'managed'],
      // Anywhere in the object, escaped names decoded, the last one wins (as JSON.parse).
      ['{"a":1,"b":{"c":[1,2,{"d":"}"}]},"type":"aws_iam_role"}', 'aws_iam_role', undefined],
      ['{"\\u0074ype":"aws_iam_role","mod\\u0065":"data"}', 'aws_iam_role', 'data'],
      ['{"type":"aws_s3_bucket","type":"aws_iam_role"}', 'aws_iam_role', undefined],
      ['{"type":"aws_iam_role","type":3}', undefined, undefined],
      ['{"type":"aws_\\u0069am_role"}', 'aws_iam_role', undefined],
      ['{"typ":"aws_iam_role","types":"aws_iam_role","Type":"aws_iam_role"}', undefined, undefined],
      ['{}', undefined, undefined],
      // Values outside the word table are told apart from the words without being decoded.
      ['{"type":"aws_sqs_queue","mode":"ephemeral"}', OTHER_WORD, OTHER_WORD],
      ['{"type":"","mode":"managedx"}', '', OTHER_WORD],
      ['{"type":"aws_iam_rol","mode":"Managed"}', OTHER_WORD, OTHER_WORD],
      ['{"type":"aws_s\\u0071s_queue"}', 'aws_sqs_queue', undefined],
    ];
    const words = new WordTable(['aws_iam_role', 'aws_s3_bucket', 'managed', 'data']);
    for (const [text, type, mode] of cases) {
      everyWindow(text, text.length, (s) => {
        s.scanObject(words);
        expect([s.type, s.mode], text).toEqual([type, mode]);
        expect(s.parseScanned()).toEqual(JSON.parse(text));
      });
    }
  });

  it('rejects malformed structure with the byte offset', () => {
    const bad: [string, number][] = [
      ['{"a":[}]}', 6],
      ['{"a":[1,2]]', 10],
      ['{"a" 1}', 5],
      ['{"a":1,}', 7],
      ['{"a":tru}', 5],
      ['{"a":"x', 5],
      ['{"a":{"b":[1,2', 0],
      ['[1 2]', 3],
    ];
    for (const [text, offset] of bad) {
      for (const chunk of [undefined, 1, 3]) {
        let error: unknown;
        try {
          rebuild(scanner(text, chunk));
        } catch (e) {
          error = e;
        }
        expect(error, text).toBeInstanceOf(ScanError);
        expect((error as ScanError).offset, text).toBeGreaterThanOrEqual(offset);
      }
    }
  });

  it('checks scalars at walked positions on their bytes: the common literals pass, look-alikes fail', () => {
    // true/false/null and single digits take the byte check; anything else the regular expression.
    const good = ['true', 'false', 'null', '0', '7', '10', '-1', '1.5e3', '0.25'];
    for (const v of good) {
      for (const chunk of [undefined, 1, 2]) {
        const text = `{"a":${v},"b":[${v}],"c":{"d":${v}}}`;
        const s = scanner(text, chunk);
        s.members(() => s.skipValue());
        expect(s.atEnd(), text).toBe(true);
        expect(rebuild(scanner(text, chunk)), text).toEqual(JSON.parse(text));
      }
    }
    const bad = ['tru', 'truee', 'nul', 'nulll', 'fals', 'falsee', 'ture', 'nuln', 'flase', '-', '.', 'e', '01', 'n', 't', 'f', '1.', '+1'];
    for (const v of bad) {
      for (const chunk of [undefined, 1, 2]) {
        const s = scanner(`{"a":${v}}`, chunk);
        expect(() => s.members(() => s.skipValue()), v).toThrow(ScanError);
      }
    }
  });

  it('skips 100,000 nested arrays without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const s = scanner(deep, 4096);
    s.skipValue();
    expect(s.atEnd()).toBe(true);
  });

  it('holds a chunk while skipping, and the largest kept value while capturing', () => {
    const element = JSON.stringify({ type: 'aws_iam_role', blob: 'x'.repeat(3 * 2 ** 20) });
    const big = `[${Array.from({ length: 8 }, () => element).join(',')}]`;
    const skipping = scanner(big, 64 * 1024);
    skipping.skipValue();
    expect(skipping.windowBytes).toBeLessThanOrEqual(128 * 1024);
    const capturing = scanner(big, 64 * 1024);
    capturing.elements(() => {
      capturing.scanObject(new WordTable([]));
      expect((capturing.parseScanned() as { blob: string }).blob).toHaveLength(3 * 2 ** 20);
    });
    expect(capturing.windowBytes).toBeGreaterThan(3 * 2 ** 20);
    expect(capturing.windowBytes).toBeLessThan(16 * 2 ** 20);
  });
});

// ---- the plan walk ----

const base = readFileSync(handPlan('role-lifecycle.json'), 'utf8');

function scanned(text: string, chunk?: number): LoadedPlan {
  return scanPlan('plan.json', scanner(text, chunk));
}

function expectSameAsWhole(text: string, chunks: (number | undefined)[] = [undefined, 1, 5, 64]): void {
  const ref = parseText('plan.json', text);
  for (const chunk of chunks) {
    const got = scanned(text, chunk);
    expect(got.digest, `chunk ${chunk}`).toEqual(ref.digest);
    expect(got.warnings).toEqual(ref.warnings);
  }
}

describe('plan walk', () => {
  it('reads the plan whatever the order of the top-level members', () => {
    const plan = JSON.parse(base) as Record<string, unknown>;
    const keys = Object.keys(plan);
    const orders = [keys, [...keys].reverse(), [...keys.filter((k) => k !== 'format_version'), 'format_version'], ['configuration', 'prior_state', ...keys.filter((k) => k !== 'configuration' && k !== 'prior_state')]];
    for (const order of orders) {
      const text = JSON.stringify(Object.fromEntries(order.map((k) => [k, plan[k]])), null, order === keys ? 1 : undefined);
      expectSameAsWhole(text, [undefined, 7]);
    }
  });

  it('nested modules: configuration calls, outputs and arguments, prior_state child modules', () => {
    const role = (address: string) => ({
      address,
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'r',
      change: { actions: ['create'], before: null, after: { name: null, assume_role_policy: '{}' }, after_unknown: { name: true } },
    });
    const module = (depth: number): Record<string, unknown> => ({
      outputs: { role_name: { expression: { references: ['aws_iam_role.r.name', 'aws_iam_role.r'] } }, n: 'not an object' },
      resources: [
        { address: 'aws_iam_role.r', mode: 'managed', type: 'aws_iam_role', name: 'r', expressions: { name: { references: ['var.name'] } } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', expressions: { bucket: { constant_value: 'x' } } },
        { address: 'data.aws_iam_role.d', mode: 'data', type: 'aws_iam_role', name: 'd', expressions: { name: { constant_value: 'd' } } },
      ],
      ...(depth < 3
        ? {
            module_calls: {
              [`m.${depth}`]: { source: './m', expressions: { name: { constant_value: `n${depth}` } }, module: module(depth + 1) },
              // Arguments of a call without a module are not indexed (as reading the plan whole).
              orphan: { source: './o', expressions: { name: { constant_value: 'o' } } },
              late: { source: './l', module: { resources: [] }, expressions: { name: { constant_value: 'late' } } },
            },
          }
        : {}),
    });
    const prior = (depth: number): Record<string, unknown> => ({
      address: depth ? `module.m${depth}` : undefined,
      resources: [
        { address: `module.m${depth}.aws_iam_role.r`, mode: 'managed', type: 'aws_iam_role', name: 'r', values: { name: `r${depth}` } },
        { address: `module.m${depth}.aws_s3_bucket.b`, mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: {} },
      ],
      child_modules: depth < 3 ? [prior(depth + 1), 'not a module'] : [],
    });
    const plan = {
      format_version: '1.2',
      resource_changes: [role('module.a.aws_iam_role.r'), role('module.a.module.b.aws_iam_role.r')],
      configuration: { root_module: module(0) },
      prior_state: { values: { root_module: prior(0) } },
    };
    const text = JSON.stringify(plan);
    expectSameAsWhole(text);
    const digest = scanned(text).digest;
    expect([...digest.moduleInputs.keys()].sort()).toEqual(['late|name', 'm.0.late|name', 'm.0.m.1.late|name', 'm.0.m.1.m.2|name', 'm.0.m.1|name', 'm.0|name']);
    expect([...digest.moduleOutputs.keys()].sort()).toEqual(['m.0.m.1.m.2|role_name', 'm.0.m.1|role_name', 'm.0|role_name']);
    expect(digest.prior.size).toBe(4);
    expect(digest.config.size).toBe(8);
  });

  it('a relevant change whose strings hold type look-alikes, unicode and escaped quotes', () => {
    const plan = JSON.parse(base);
    const rc = plan.resource_changes[0];
    rc.change.after = { ...(rc.change.after ?? {}), description: '"type":"aws_s3_bucket","mode":"data" — 日本 😀 \\"' };
    plan.resource_changes.push({ ...rc, address: 'aws_s3_bucket.x', type: 'aws_s3_bucket', name: 'x', change: { ...rc.change, after: { note: '"type":"aws_iam_role"' } } });
    expectSameAsWhole(JSON.stringify(plan));
    const got = scanned(JSON.stringify(plan));
    expect(got.digest.changes.map((c) => c.address)).not.toContain('aws_s3_bucket.x');
    expect(got.digest.resourceChangeCount).toBe(plan.resource_changes.length);
  });

  it('setup-terraform wrapper lines before and after the JSON', () => {
    const wrapped = `[command]/home/runner/work/_temp/abc/terraform-bin show -json plan.tfplan\n${base.trim()}\n::debug::Terraform exited with code 0.\n::debug::stdout: ${base.trim()}%0A\n::set-output name=exitcode::0\n`;
    expectSameAsWhole(wrapped, [undefined, 1, 9]);
    expect(scanned(wrapped).warnings[0]).toMatch(/setup-terraform wrapper output/);
    // A UTF-8 byte order mark is skipped, and plain trailing white space is not wrapper output.
    expect(scanned(`\ufeff${base}\r\n\n`).warnings).toEqual([]);
  });

  it('a file cut anywhere before its last brace is malformed, never a shorter plan', () => {
    const text = JSON.stringify(JSON.parse(readFileSync(handPlan('errored.json'), 'utf8')));
    for (let cut = 0; cut < text.length - 1; cut++) {
      let error: unknown;
      try {
        scanned(text.slice(0, cut), 1 + (cut % 5));
      } catch (e) {
        error = e;
      }
      expect(error, `cut at ${cut}`).toBeInstanceOf(ScanError);
    }
  });

  it('a truncated or garbled file read through loadPlan fails with the JSON.parse place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-br-scan-walk-'));
    const file = join(dir, 'cut.json');
    writeFileSync(file, base.slice(0, 3000));
    await expect(read(file)).rejects.toThrow(/\(line \d+ column \d+\): is not JSON/);
    // Bad bytes inside a skipped element: brackets that do not pair.
    const plan = JSON.parse(base);
    plan.resource_changes.push({ address: 'aws_s3_bucket.x', mode: 'managed', type: 'aws_s3_bucket', name: 'x', change: { actions: ['create'], after: { a: 'MARK' } } });
    writeFileSync(file, JSON.stringify(plan).replace('{"a":"MARK"}', '{"a":["MARK"}}'));
    const e = await read(file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/\(line 1 column \d+\): is not JSON/);
  });

  it('a generated estate (bench/gen-plan.mjs, one team): nested keyed modules, drift, every section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-br-scan-gen-'));
    const file = join(dir, 'gen.json');
    const gen = (await import(pathToFileURL(join(import.meta.dirname, '../../bench/gen-plan.mjs')).href)) as {
      generatePlan: (o: { mb: number; seed: number; out: string; customerManaged?: boolean }) => { resourceChanges: number };
    };
    const { resourceChanges } = gen.generatePlan({ mb: 1, seed: 3, out: file });
    const text = readFileSync(file, 'utf8');
    expectSameAsWhole(text, [undefined, 4093]);
    expect(scanned(text).digest.resourceChangeCount).toBe(resourceChanges);
  }, 60_000);
});

describe('the error of a file too large for JSON.parse', () => {
  it('names the line and column (UTF-16 units, after a byte order mark) of the byte the scanner stopped at', async () => {
    const { notJsonAt } = await import('../../src/changes/terraform/load.js');
    const dir = mkdtempSync(join(tmpdir(), 'iam-br-scan-at-'));
    const file = join(dir, 'big.json');
    const text = '\ufeff{"format_version":"1.2",\n "a": "é😀", oops';
    writeFileSync(file, text);
    const e = notJsonAt(file, Buffer.byteLength(text) - 4);
    expect(e.where).toBe('line 2 column 14');
    expect(e.problem).toBe('is not JSON (starts with "{\\"format_version\\":\\"1.2\\","): expected `terraform show -json` output');
    // The same place JSON.parse names for the text (the whole-text path).
    expect(parseTextError(text)).toBe('line 2 column 14');
  });
});

function parseTextError(text: string): string | undefined {
  try {
    parseText('x.json', text);
  } catch (e) {
    return (e as InputError).where;
  }
  return undefined;
}
