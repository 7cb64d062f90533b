/**
 * src/action/core.ts stands in for @actions/core on the action's start path. The runner parses what it
 * writes, so it must write what the library writes: each writer runs against the library on the same
 * values (random ones included) and the output must be identical, byte for byte.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as actionsCore from '@actions/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '../../src/action/core.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ibr-core-'));
const saved = { ...process.env };
beforeEach(() => {
  for (const key of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) delete process.env[key];
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

/** What fn writes to stdout. */
function stdoutOf(fn: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

/** Strings heavy in what the escaping is about, and any string at all. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('%', '\r', '\n', ':', ',', '=', ' ', 'a', '0', '%0A', '::', 'é', '🔥') }),
  fc.string({ unit: 'binary' }),
);
const properties = fc.record(
  {
    title: text,
    file: text,
    startLine: fc.nat(),
    endLine: fc.nat(),
    startColumn: fc.nat(),
    endColumn: fc.nat(),
  },
  { requiredKeys: [] },
);
const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.dictionary(fc.string(), fc.string()));

describe('workflow commands on stdout', () => {
  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    const props = core.toCommandProperties({ title: 'IAM blast radius: high risk', file: 'a,b.tf', startLine: 5 });
    expect(core.formatCommand('error', props, '100% done\r\nnext %0A')).toBe(
      '::error title=IAM blast radius%3A high risk,file=a%2Cb.tf,line=5::100%25 done%0D%0Anext %250A',
    );
    expect(core.formatCommand('warning', {}, 'x')).toBe('::warning::x');
    // Falsy properties are left out (line 0 too); the space after the name stays, as in the library.
    expect(core.formatCommand('error', { title: '', line: 0 }, 'm')).toBe('::error ::m');
  });

  it.each<[string, (lib: typeof core | typeof actionsCore) => void]>([
    ['error with properties', (c) => c.error('bad: 50%\nsee a,b', { title: 't: 1', file: 'x,y.tf', startLine: 3, endLine: 4, startColumn: 1, endColumn: 2 })],
    ['warning', (c) => c.warning('careful\r\n%')],
    ['notice', (c) => c.notice('fyi')],
    ['error from an Error', (c) => c.error(new Error('boom\nline 2'))],
    ['debug', (c) => c.debug('12 ms: %')],
    ['info', (c) => c.info('plain %0A text')],
    ['add-mask', (c) => c.setSecret('s3cr%t\nx')],
    ['group', (c) => (c.startGroup('Group: a,b'), c.endGroup())],
    ['setFailed', (c) => c.setFailed('input plan: no input given')],
    ['set-output without GITHUB_OUTPUT', (c) => c.setOutput('risk', 'high\nx')],
    ['save-state without GITHUB_STATE', (c) => c.saveState('tag', { a: 1 })],
  ])('%s: as @actions/core', (_name, call) => {
    const ours = stdoutOf(() => call(core));
    const oursExit = process.exitCode;
    process.exitCode = undefined;
    const theirs = stdoutOf(() => call(actionsCore));
    expect(ours).toBe(theirs);
    expect(oursExit).toBe(process.exitCode);
  });

  it('group() ends the group also when the function throws', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    await expect(
      core.group('g', async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(out).toBe(`::group::g${os.EOL}::endgroup::${os.EOL}`);
  });

  it('any message and properties: the same line as @actions/core', () => {
    fc.assert(
      fc.property(fc.constantFrom('error', 'warning', 'notice') as fc.Arbitrary<'error' | 'warning' | 'notice'>, text, properties, (kind, message, props) => {
        expect(stdoutOf(() => core[kind](message, props))).toBe(stdoutOf(() => actionsCore[kind](message, props)));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(text, (message) => {
        for (const name of ['debug', 'setSecret', 'startGroup', 'info'] as const) {
          expect(stdoutOf(() => core[name](message))).toBe(stdoutOf(() => actionsCore[name](message)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('file commands: GITHUB_OUTPUT and GITHUB_STATE', () => {
  const delimiters = (s: string) => [...new Set([...s.matchAll(/ghadelimiter_[0-9a-f-]{36}/g)].map((m) => m[0]))];
  const normalized = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');

  it('writes name<<delimiter, the value, the delimiter, with a fresh delimiter each time', () => {
    const file = path.join(dir, 'output-format');
    writeFileSync(file, '');
    process.env['GITHUB_OUTPUT'] = file;
    core.setOutput('report-json', 'line 1\nline 2\r\n::error::not a command');
    core.setOutput('blocked', true);
    const written = readFileSync(file, 'utf8');
    const [d1, d2] = delimiters(written);
    expect(d1).not.toBe(d2);
    expect(written).toBe(
      `report-json<<${d1}${os.EOL}line 1\nline 2\r\n::error::not a command${os.EOL}${d1}${os.EOL}blocked<<${d2}${os.EOL}true${os.EOL}${d2}${os.EOL}`,
    );
    expect(core.prepareKeyValueMessage('risk', 'high')).toMatch(/^risk<<(ghadelimiter_[0-9a-f-]{36})\nhigh\n\1$/);
  });

  it('any name and value: the same file content as @actions/core (delimiters aside)', () => {
    const ours = path.join(dir, 'output-ours');
    const theirs = path.join(dir, 'output-theirs');
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), value, fc.boolean(), (name, v, state) => {
        const variable = state ? 'GITHUB_STATE' : 'GITHUB_OUTPUT';
        const write = (lib: typeof core | typeof actionsCore) => (state ? lib.saveState(name, v) : lib.setOutput(name, v));
        writeFileSync(ours, '');
        writeFileSync(theirs, '');
        process.env[variable] = ours;
        write(core);
        process.env[variable] = theirs;
        write(actionsCore);
        const [a, b] = [readFileSync(ours, 'utf8'), readFileSync(theirs, 'utf8')];
        expect(normalized(a)).toBe(normalized(b));
        expect(delimiters(a)).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('fails as @actions/core does when the runner named a file that is not there', () => {
    process.env['GITHUB_OUTPUT'] = path.join(dir, 'missing', 'output');
    expect(() => core.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env['GITHUB_OUTPUT']}`);
    expect(() => actionsCore.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env['GITHUB_OUTPUT']}`);
  });
});

describe('inputs', () => {
  it('reads INPUT_<NAME> as @actions/core: spaces to _, upper case, trimmed unless asked not to', () => {
    process.env['INPUT_FAIL-ON'] = '  high \n';
    process.env['INPUT_MY_INPUT'] = ' x ';
    for (const [name, options] of [
      ['fail-on', undefined],
      ['Fail-On', undefined],
      ['my input', undefined],
      ['my input', { trimWhitespace: false }],
      ['absent', undefined],
    ] as const) {
      expect(core.getInput(name, options)).toBe(actionsCore.getInput(name, options));
    }
    expect(core.getInput('fail-on')).toBe('high');
    expect(() => core.getInput('absent', { required: true })).toThrow('Input required and not supplied: absent');
    expect(() => actionsCore.getInput('absent', { required: true })).toThrow('Input required and not supplied: absent');
  });
});

describe('job summary', () => {
  // @actions/core caches the summary path on first success: the failures are compared first.
  it('fails as @actions/core does without a summary file', async () => {
    await expect(core.appendSummary('x')).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
    await expect(actionsCore.summary.addRaw('x', true).write()).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
    actionsCore.summary.emptyBuffer();
    const missing = path.join(dir, 'no-such-dir', 'summary.md');
    process.env['GITHUB_STEP_SUMMARY'] = missing;
    await expect(core.appendSummary('x')).rejects.toThrow(`Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`);
    await expect(actionsCore.summary.addRaw('x', true).write()).rejects.toThrow(`Unable to access summary file: '${missing}'.`);
    actionsCore.summary.emptyBuffer();
  });

  it('appends the markdown and a line end, as summary.addRaw(text, true).write()', async () => {
    const file = path.join(dir, 'summary.md');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    const markdown = '## IAM blast radius\n\n| a | b |\n';
    writeFileSync(file, 'before\n');
    await core.appendSummary(markdown);
    await core.appendSummary('second');
    const ours = readFileSync(file, 'utf8');
    writeFileSync(file, 'before\n');
    await actionsCore.summary.addRaw(markdown, true).write();
    await actionsCore.summary.addRaw('second', true).write();
    expect(ours).toBe(readFileSync(file, 'utf8'));
    expect(ours).toBe(`before\n${markdown}${os.EOL}second${os.EOL}`);
    rmSync(file);
  });
});
