/**
 * docs/iam-policy.json is exactly what the live source can call: every `new XCommand(` and `paginateX(`
 * in src/inventory/live appears in it (nothing missing), nothing else does (least privilege), and every
 * action is a read (plus sts:AssumeRole limited to the read role).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PREFIX: Record<string, string> = {
  'client-iam': 'iam',
  'client-sts': 'sts',
  'client-lambda': 'lambda',
  'client-eks': 'eks',
  'client-ec2': 'ec2',
  'client-ecs': 'ecs',
  'client-sfn': 'states',
  'client-codebuild': 'codebuild',
  'client-cloudformation': 'cloudformation',
  'client-cloudtrail': 'cloudtrail',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** `service:Operation` for each command or paginator the code uses, resolved through its import. */
function operationsCalled(): Set<string> {
  const ops = new Set<string>();
  for (const file of sources(join(ROOT, 'src', 'inventory', 'live'))) {
    const text = readFileSync(file, 'utf8');
    const origin = new Map<string, string>();
    for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@aws-sdk\/(client-[a-z0-9-]+)'/g)) {
      const prefix = PREFIX[m[2]!];
      if (!prefix) throw new Error(`${file}: unknown SDK package ${m[2]}`);
      for (const spec of m[1]!.split(',')) {
        const [imported, local] = spec.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
        if (imported) origin.set((local ?? imported).trim(), `${prefix}:${imported.trim()}`);
      }
    }
    for (const m of text.matchAll(/new ([A-Za-z]+Command)\(|(paginate[A-Za-z]+)\(/g)) {
      const local = m[1] ?? m[2]!;
      const resolved = origin.get(local);
      if (!resolved) throw new Error(`${file}: ${local} is not imported from an @aws-sdk client`);
      ops.add(resolved.replace(/Command$/, '').replace(/:paginate/, ':'));
    }
  }
  return ops;
}

describe('docs/iam-policy.json', () => {
  const policy = JSON.parse(readFileSync(join(ROOT, 'docs', 'iam-policy.json'), 'utf8')) as { Statement: { Action: string[]; Resource: string }[] };
  const allowed = new Set(policy.Statement.flatMap((s) => s.Action));
  const called = operationsCalled();

  it('finds the operations in the source', () => {
    expect(called.size).toBeGreaterThan(30);
    expect(called).toContain('lambda:ListFunctions');
    expect(called).toContain('iam:GenerateServiceLastAccessedDetails');
  });

  it('allows every operation the code can call, and nothing more', () => {
    expect([...called].filter((op) => !allowed.has(op)).sort()).toEqual([]);
    expect([...allowed].filter((op) => !called.has(op)).sort()).toEqual([]);
  });

  it('is read-only: only reads, plus sts:AssumeRole on the read role alone', () => {
    const writes = [...allowed].filter((a) => !/^[a-z0-9]+:(Get|List|Describe|BatchGet|Lookup|Generate)[A-Za-z]*$/.test(a));
    expect(writes).toEqual(['sts:AssumeRole']);
    const assume = policy.Statement.find((s) => s.Action.includes('sts:AssumeRole'));
    expect(assume?.Action).toEqual(['sts:AssumeRole']);
    expect(assume?.Resource).toBe('arn:aws:iam::*:role/iam-blast-radius-read');
  });
});
