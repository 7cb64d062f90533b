/**
 * The byte-scanning reader gives exactly what reading the plan whole gives: for every fixture plan the
 * digest, the warnings and the analysed reading equal those of the reference path (JSON.parse, then
 * digestParsedPlan: `parseText`), whole and cut into windows of a few bytes.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePlan, toReading } from '../../src/changes/terraform/analyse.js';
import { DigestBuilder, digestParsedPlan } from '../../src/changes/terraform/digest.js';
import { parseText, scanPlan, type LoadedPlan } from '../../src/changes/terraform/load.js';
import { bufferSource, JsonScanner } from '../../src/changes/terraform/scan.js';
import { InputError } from '../../src/errors.js';
import { inputReadingSchema } from '../../src/model/change.js';
import { handPlan, read, realPlan } from './helpers.js';

const fixtures = [
  ...readdirSync(realPlan('.')).filter((f) => f.endsWith('.json')).map((f) => realPlan(f)),
  ...readdirSync(handPlan('.')).filter((f) => f.endsWith('.json')).map((f) => handPlan(f)),
  join(import.meta.dirname, '../../fixtures/demo/plan.json'),
];

/** The reference: the whole text through JSON.parse (setup-terraform wrapper handling included). */
function reference(file: string): LoadedPlan {
  return parseText(file, readFileSync(file, 'utf8'));
}

function scanned(file: string, chunk?: number): LoadedPlan {
  const bytes = readFileSync(file);
  return scanPlan(file, chunk ? new JsonScanner(bufferSource(bytes, chunk), undefined, chunk) : JsonScanner.ofBuffer(bytes));
}

function reading(file: string, loaded: LoadedPlan) {
  const { meta: _parse, ...rest } = loaded.meta;
  return toReading(analysePlan(loaded.digest, file), file, file, loaded.digest, { warnings: loaded.warnings, meta: rest });
}

describe('scanner reading = whole reading', () => {
  for (const file of fixtures) {
    it(file.split('/').slice(-2).join('/'), async () => {
      const ref = reference(file);
      for (const chunk of [undefined, 1, 7, 64]) {
        const got = scanned(file, chunk);
        expect(got.digest).toEqual(ref.digest);
        expect(got.warnings).toEqual(ref.warnings);
        expect(got.meta.parse).toBe('scan');
      }
      const viaFile = await read(file);
      expect(viaFile.meta?.parse).toBe('scan');
      const { parse: _p, ...meta } = viaFile.meta ?? {};
      expect({ ...viaFile, meta }).toEqual(reading(file, ref));
      // The reading is exactly the model's shape: parsing strips nothing and rejects nothing.
      expect(inputReadingSchema.parse(viaFile)).toEqual(viaFile);
    });
  }

  it('the reference is JSON.parse + digestParsedPlan', () => {
    const file = handPlan('role-lifecycle.json');
    const digest = digestParsedPlan(new DigestBuilder(file), JSON.parse(readFileSync(file, 'utf8')));
    expect(scanned(file).digest).toEqual(digest);
  });
});

describe('scanner reading: what the whole reading rejects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iam-br-scan-'));
  const write = (name: string, content: string): string => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const errored = readFileSync(handPlan('errored.json'), 'utf8');

  it('state files, with the same messages', async () => {
    const state = write('terraform.tfstate', JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 1, lineage: 'x', resources: [] }));
    await expect(read(state)).rejects.toThrow(/is a Terraform state file/);
    const shown = write('shown.json', JSON.stringify({ format_version: '1.0', values: { root_module: { resources: [{ address: 'a.b' }] } } }));
    await expect(read(shown)).rejects.toThrow(/is the JSON of a Terraform state/);
  });

  it('a cut file: JSON.parse names the place', async () => {
    const cut = write('cut.json', errored.slice(0, 500));
    const e = await read(cut).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).where).toMatch(/^line 1 column \d+$/);
  });

  it('a bad envelope, found after the top-level checks as in the whole reading', async () => {
    const plan = JSON.parse(errored);
    plan.resource_changes[0].change.actions = 'delete';
    await expect(read(write('shape.json', JSON.stringify(plan)))).rejects.toThrow('(resource_changes[0].change.actions): expected array');
    // A bad format_version written after the bad change is still the one reported.
    const { format_version: _f, ...rest } = plan;
    await expect(read(write('order.json', JSON.stringify({ ...rest, format_version: 3 })))).rejects.toThrow('(format_version): expected string, received number');
    await expect(read(write('major.json', JSON.stringify({ ...rest, format_version: '2.0' })))).rejects.toThrow(/format version 2.0 is not one this reader knows/);
  });

  it('a bad change of an irrelevant type is skipped unvalidated; a bad type or mode is not', async () => {
    const plan = JSON.parse(errored);
    const s3 = { ...plan.resource_changes[0], address: 'aws_s3_bucket.b', type: 'aws_s3_bucket', name: 'b', change: { actions: 'delete' } };
    plan.resource_changes.push(s3);
    const ok = await read(write('irrelevant.json', JSON.stringify(plan)));
    expect(ok.meta?.resourceChanges).toBe('2');
    s3.type = '';
    await expect(read(write('empty-type.json', JSON.stringify(plan)))).rejects.toThrow('(resource_changes[1].type): Too small');
    s3.type = 'aws_s3_bucket';
    s3.mode = 'other';
    await expect(read(write('bad-mode.json', JSON.stringify(plan)))).rejects.toThrow('(resource_changes[1].mode)');
  });

  it('resource_changes missing while planned_values lists resources', async () => {
    const plan = JSON.parse(errored);
    delete plan.resource_changes;
    plan.planned_values = { root_module: { child_modules: [{ resources: [{ address: 'aws_iam_role.x' }] }] } };
    await expect(read(write('missing.json', JSON.stringify(plan)))).rejects.toThrow('(resource_changes): missing, but planned_values lists resources');
    plan.planned_values = { root_module: { resources: [], child_modules: [{ resources: [] }] } };
    expect((await read(write('none.json', JSON.stringify(plan)))).meta?.resourceChanges).toBe('0');
  });
});
