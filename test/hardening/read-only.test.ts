/**
 * Read-only by construction: every AWS API the source can call reads (Get, List, Describe, BatchGet,
 * LookupEvents), plus Access Advisor's report job and STS AssumeRole, which change nothing in the account.
 * A new write call anywhere in src/ fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const READS = /^(Get|List|Describe|BatchGet|LookupEvents|GenerateServiceLastAccessedDetails|AssumeRole$)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('read-only AWS access', () => {
  const text = sources(SRC)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const commands = [...new Set([...text.matchAll(/\b([A-Z][A-Za-z]+)Command\b/g)].map((m) => m[1]!))].filter((c) => c !== 'Commander' && c !== '');
  const paginators = [...new Set([...text.matchAll(/\bpaginate([A-Z][A-Za-z]+)\b/g)].map((m) => m[1]!))];

  it('finds the calls it checks (the scan works)', () => {
    expect(commands).toContain('GetRole');
    expect(paginators).toContain('ListFunctions');
  });

  it('every SDK command and paginator in src/ only reads', () => {
    expect([...commands, ...paginators].filter((name) => !READS.test(name))).toEqual([]);
  });
});
