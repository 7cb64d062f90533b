/** Bad input: one InputError naming the file, the place and what to do. */
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { handPlan, read } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'iam-br-tf-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function errorOf(path: string, ctx = {}): Promise<InputError> {
  try {
    await read(path, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(40, 1)]);
const validPlan = readFileSync(handPlan('errored.json'), 'utf8');

describe('bad input', () => {
  it('missing file', async () => {
    const e = await errorOf(join(dir, 'nope.json'));
    expect(e.message).toBe(`${join(dir, 'nope.json')}: file not found`);
  });

  it('a directory', async () => {
    mkdirSync(join(dir, 'adir'));
    expect((await errorOf(join(dir, 'adir'))).problem).toMatch(/is a directory/);
  });

  it('empty file, and a file of only whitespace', async () => {
    expect((await errorOf(file('empty.json', ''))).problem).toMatch(/^is empty/);
    expect((await errorOf(file('blank.json', ' \n\t\n'))).problem).toMatch(/^is empty/);
  });

  it('not JSON, with the line and column', async () => {
    const e = await errorOf(file('bad.json', '{\n  "format_version": "1.2",\n  oops\n}'));
    expect(e.problem).toMatch(/^is not JSON/);
    expect(e.where).toMatch(/^line 3 column \d+$/);
  });

  it('the text output of terraform plan', async () => {
    const e = await errorOf(file('plan.txt', 'Terraform will perform the following actions:\n\n  # aws_iam_role.r will be destroyed\n'));
    expect(e.problem).toMatch(/is not JSON \(starts with "Terraform will perform/);
  });

  it('a binary plan without exec: says how to convert', async () => {
    const e = await errorOf(file('plan.out', zip));
    expect(e.problem).toBe('is a binary plan: run `terraform show -json plan.out > plan.json` and pass plan.json');
  });

  it('a binary plan with terraform on PATH: converted with show -json', async () => {
    const calls: string[][] = [];
    const path = file('plan2.out', zip);
    const reading = await read(path, {
      exec: async (cmd, args) => {
        calls.push([cmd, ...args]);
        return { stdout: validPlan, code: 0 };
      },
    });
    expect(calls).toEqual([['terraform', 'show', '-json', path]]);
    expect(reading.changes.map((c) => c.address)).toEqual(['aws_iam_role.gone']);
    expect(reading.warnings).toContain('binary plan converted with `terraform show -json`');
  });

  it('a binary plan: falls back to tofu when terraform is not there', async () => {
    const path = file('plan3.out', zip);
    const reading = await read(path, {
      exec: async (cmd) => {
        if (cmd === 'terraform') throw Object.assign(new Error('spawn terraform ENOENT'), { code: 'ENOENT' });
        return { stdout: validPlan, code: 0 };
      },
    });
    expect(reading.meta?.converted).toBe('tofu show -json');
  });

  it('a binary plan that neither tool can show', async () => {
    const e = await errorOf(file('plan4.out', zip), {
      exec: async (cmd: string) => {
        if (cmd === 'tofu') throw new Error('ENOENT');
        return { stdout: '', code: 1 };
      },
    });
    expect(e.problem).toMatch(/^is a binary plan and `terraform show -json` exited 1, tofu not runnable/);
  });

  it('a terraform.tfstate file', async () => {
    const state = { version: 4, terraform_version: '1.9.8', serial: 12, lineage: 'a1b2', outputs: {}, resources: [], check_results: null };
    expect((await errorOf(file('terraform.tfstate', JSON.stringify(state)))).problem).toMatch(/^is a Terraform state file \(terraform.tfstate\), not a plan/);
  });

  it('the JSON of a state (terraform show -json without a plan)', async () => {
    const state = { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { resources: [] } } };
    expect((await errorOf(file('state.json', JSON.stringify(state)))).problem).toMatch(/^is the JSON of a Terraform state/);
  });

  it('other JSON (a CloudFormation change set, an array)', async () => {
    expect((await errorOf(file('cs.json', JSON.stringify({ Changes: [], ChangeSetName: 'x' })))).problem).toMatch(/not a Terraform plan/);
    expect((await errorOf(file('arr.json', '[]'))).problem).toMatch(/top level is an array/);
  });

  it('a shape error names the JSON path', async () => {
    const plan = JSON.parse(validPlan);
    plan.resource_changes.push(structuredClone(plan.resource_changes[0]), structuredClone(plan.resource_changes[0]), structuredClone(plan.resource_changes[0]));
    plan.resource_changes[3].change.actions = 'delete';
    const e = await errorOf(file('shape.json', JSON.stringify(plan)));
    expect(e.where).toBe('resource_changes[3].change.actions');
    expect(e.message).toMatch(/shape\.json \(resource_changes\[3\]\.change\.actions\): expected array/);
  });

  it('a missing format_version is a shape error at the top level', async () => {
    const plan = JSON.parse(validPlan);
    delete plan.format_version;
    const e = await errorOf(file('nofv.json', JSON.stringify(plan)));
    expect(e.where).toBe('format_version');
  });

  it('wrapper noise without a complete JSON line', async () => {
    const text = '[command]/usr/bin/terraform-bin show -json plan.tfplan\n::debug::Terraform exited with code 0.\n';
    expect((await errorOf(file('wrapped.json', text))).problem).toMatch(/terraform_wrapper: false/);
  });
});

describe('resource change envelope', () => {
  const plan = JSON.parse(validPlan);
  type RawChange = Record<string, unknown> & { change?: Record<string, unknown> };
  const cases: [string, (rc: RawChange) => void, string][] = [
    ['address missing', (rc) => delete rc.address, 'resource_changes[0].address'],
    ['mode unknown', (rc) => (rc.mode = 'weird'), 'resource_changes[0].mode'],
    ['type a number', (rc) => (rc.type = 3), 'resource_changes[0].type'],
    ['change missing', (rc) => delete rc.change, 'resource_changes[0].change'],
    ['actions empty', (rc) => (rc.change!.actions = []), 'resource_changes[0].change.actions'],
    ['an action not a string', (rc) => (rc.change!.actions = [1]), 'resource_changes[0].change.actions[0]'],
    ['index an object', (rc) => (rc.index = {}), 'resource_changes[0].index'],
    ['previous_address a number', (rc) => (rc.previous_address = 1), 'resource_changes[0].previous_address'],
  ];
  for (const [name, mutate, where] of cases) {
    it(name, async () => {
      const p = structuredClone(plan);
      mutate(p.resource_changes[0]);
      const e = await errorOf(file(`env-${name.replace(/\W/g, '_')}.json`, JSON.stringify(p)));
      expect(e.where).toBe(where);
    });
  }
});

describe('JSON error position without V8 help', () => {
  it('the tokenizer finds the byte offset of the first bad token', async () => {
    const { jsonErrorOffset } = await import('../../src/changes/terraform/load.js');
    expect(jsonErrorOffset('{\n  "format_version": "1.2",\n  oops\n}')).toBe(31);
    expect(jsonErrorOffset('{"a": "é", x}')).toBe(12);
    expect(jsonErrorOffset('{"a": 1}')).toBeUndefined();
  });
});
