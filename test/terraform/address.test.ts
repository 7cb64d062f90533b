/** Addresses and references: a real grammar, never a split on dots. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAddress, formatModulePath, parseAddress, parseReference } from '../../src/changes/terraform/address.js';
import { addressParses } from '../../src/changes/terraform/schema.js';

type Address = Parameters<typeof formatAddress>[0];

/** Generated addresses as Terraform writes them: keys (numbers, or any string) on modules and the resource, or none. */
function generatedAddress({ minModules }: { minModules: number }): fc.Arbitrary<Address> {
  const ident = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/);
  const key = fc.option(fc.oneof(fc.nat(99), fc.string({ unit: 'binary', maxLength: 12 })), { nil: undefined });
  const withKey = <T extends object>(o: T, k: string | number | undefined) => (k === undefined ? o : { ...o, key: k });
  return fc
    .record({
      modules: fc.array(fc.record({ name: ident, key }), { minLength: minModules, maxLength: 3 }),
      mode: fc.constantFrom('managed' as const, 'data' as const),
      type: ident,
      name: ident,
      key,
    })
    .map((a) => withKey({ modules: a.modules.map((m) => withKey({ name: m.name }, m.key)), mode: a.mode, type: a.type, name: a.name }, a.key) as Address);
}

describe('parseAddress', () => {
  it('modules with keys holding dots, quotes, brackets and escapes', () => {
    expect(parseAddress('module.a["x.y"].aws_iam_role.r["k"]')).toEqual({
      modules: [{ name: 'a', key: 'x.y' }],
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'r',
      key: 'k',
    });
    expect(parseAddress('module.iam["a\\\\b"].module.x[3].data.aws_iam_policy_document.d["q \\"w\\" ].[e"]')).toEqual({
      modules: [{ name: 'iam', key: 'a\\b' }, { name: 'x', key: 3 }],
      mode: 'data',
      type: 'aws_iam_policy_document',
      name: 'd',
      key: 'q "w" ].[e',
    });
    expect(parseAddress('aws_iam_role.r["$${x}"]').key).toBe('${x}');
    expect(parseAddress('aws_iam_role.r["\\u00e9\\n"]').key).toBe('é\n');
    expect(parseAddress('aws_iam_role.r[0]').key).toBe(0);
  });

  it('rejects what is not an address', () => {
    for (const bad of ['aws_iam_role', 'aws_iam_role.r["x"', 'module.a.aws_iam_role', 'aws_iam_role.r.x', 'aws_iam_role.r[x]', '']) {
      expect(() => parseAddress(bad), bad).toThrow();
    }
  });

  it('format(parse(a)) round-trips for generated addresses', () => {
    fc.assert(
      fc.property(generatedAddress({ minModules: 0 }), (clean) => {
        const text = formatAddress(clean);
        expect(parseAddress(text)).toEqual(clean);
        expect(formatAddress(parseAddress(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseReference', () => {
  it('resource attributes, keys, data sources, module outputs, and the rest', () => {
    expect(parseReference('aws_iam_role.worker.name')).toEqual({ kind: 'resource', mode: 'managed', type: 'aws_iam_role', name: 'worker', attribute: 'name' });
    expect(parseReference('aws_iam_role.worker["a.b"].arn')).toMatchObject({ key: 'a.b', attribute: 'arn' });
    expect(parseReference('aws_iam_role.worker')).toEqual({ kind: 'resource', mode: 'managed', type: 'aws_iam_role', name: 'worker' });
    expect(parseReference('data.aws_iam_policy_document.d.json')).toMatchObject({ mode: 'data', type: 'aws_iam_policy_document', attribute: 'json' });
    expect(parseReference('module.core.role_arn')).toEqual({ kind: 'module-output', module: 'core', output: 'role_arn' });
    expect(parseReference('module.iam["x"].arn')).toEqual({ kind: 'module-output', module: 'iam', key: 'x', output: 'arn' });
    expect(parseReference('var.role_arn')).toEqual({ kind: 'variable', name: 'role_arn' });
    for (const other of ['local.x', 'each.key', 'count.index', 'module.core', 'path.module']) {
      expect(parseReference(other).kind, other).toBe('other');
    }
  });
});

describe('addressParses (the per-change address check, module part checked once per module)', () => {
  const full = (a: string): boolean => {
    try {
      parseAddress(a);
      return true;
    } catch {
      return false;
    }
  };

  it('gives the verdict of parsing the whole address, whatever module_address says', () => {
    const cases: [string, unknown][] = [
      ['module.a["x.y"].aws_iam_role.r["k"]', 'module.a["x.y"]'],
      ['module.a["x.y"].aws_iam_role.r["k"]', 'module.a["x'],
      ['module.a["x.aws_iam_role.r"]', 'module.a["x'],
      ['module.a.module.b[2].data.aws_iam_policy_document.d', 'module.a.module.b[2]'],
      ['module.a.module.b.aws_iam_role.r', 'module.a'],
      ['module.a.aws_iam_role.r', 'module.b'],
      ['module.a.aws_iam_role.r.x', 'module.a'],
      ['module.a.aws_iam_role', 'module.a'],
      ['module.a.aws_iam_role.r', 'module.a.aws_iam_role'],
      ['aws_x.y.aws_iam_role.r', 'aws_x.y'],
      ['data.x.y.aws_iam_role.r', 'data.x.y'],
      ['module.a["k"]aws_iam_role.r', 'module.a["k"]'],
      ['module.a["\\u00e9 \\"q\\""].aws_iam_role.r["$${x}"]', 'module.a["\\u00e9 \\"q\\""]'],
      ['module.a.aws_iam_role.r', undefined],
      ['module.a.aws_iam_role.r', 3],
      ['module.a.aws_iam_role.r', ''],
      ['module..aws_iam_role.r', 'module.'],
    ];
    for (const [address, moduleAddress] of cases) {
      // Twice: the second call answers from the module cache.
      expect([address, moduleAddress, addressParses(address, moduleAddress)]).toEqual([address, moduleAddress, full(address)]);
      expect([address, moduleAddress, addressParses(address, moduleAddress)]).toEqual([address, moduleAddress, full(address)]);
    }
  });

  it('agrees with parseAddress on generated addresses split anywhere', () => {
    const piece = fc.constantFrom('module', '.', 'a', 'data', '["x.y"]', '["q\\"]"]', '[0]', '[', ']', '"', 'aws_iam_role', 'r', '*', '\\', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(40), (pieces, cut) => {
        const address = pieces.join('');
        const moduleAddress = address.slice(0, Math.min(cut, address.length));
        expect(addressParses(address, moduleAddress)).toBe(full(address));
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts every address Terraform writes with its module_address, keys with dots, quotes and escapes included', () => {
    fc.assert(
      fc.property(generatedAddress({ minModules: 1 }), (clean) => {
        const text = formatAddress(clean);
        const moduleAddress = formatModulePath(clean.modules);
        expect(addressParses(text, moduleAddress)).toBe(true);
        expect(addressParses(`${text}.x`, moduleAddress)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
