/** The streaming path (plans above V8's string limit) gives the same reading as JSON.parse. */
import { readdirSync, writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { streaming } from '../../src/changes/terraform/index.js';
import { InputError } from '../../src/errors.js';
import { inputReadingSchema } from '../../src/model/change.js';
import { handPlan, read, realPlan } from './helpers.js';

const original = streaming.thresholdBytes;
afterEach(() => {
  streaming.thresholdBytes = original;
});

const fixtures = [
  ...readdirSync(realPlan('.')).filter((f) => f.endsWith('.json')).map((f) => realPlan(f)),
  ...readdirSync(handPlan('.')).filter((f) => f.endsWith('.json')).map((f) => handPlan(f)),
];

describe('streaming path', () => {
  it('the threshold defaults to 256 MB', () => {
    expect(original).toBe(256 * 1024 * 1024);
  });

  for (const file of fixtures) {
    it(`identical reading: ${file.split('/').slice(-2).join('/')}`, async () => {
      streaming.thresholdBytes = Number.MAX_SAFE_INTEGER;
      const whole = await read(file);
      streaming.thresholdBytes = 0;
      const streamed = await read(file);
      expect(streamed).toEqual(whole);
      // The reading is exactly the model's shape: parsing strips nothing and rejects nothing.
      expect(inputReadingSchema.parse(whole)).toEqual(whole);
      for (const c of whole.changes) for (const e of c.effects) expect(e.summary.includes('\n')).toBe(false);
    });
  }

  it('rejects a state file and broken JSON with the same messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-br-stream-'));
    streaming.thresholdBytes = 0;
    const state = join(dir, 'terraform.tfstate');
    writeFileSync(state, JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 1, lineage: 'x', resources: [] }));
    await expect(read(state)).rejects.toThrow(/is a Terraform state file/);
    const shown = join(dir, 'shown.json');
    writeFileSync(shown, JSON.stringify({ format_version: '1.0', values: { root_module: { resources: [{ address: 'a.b' }] } } }));
    await expect(read(shown)).rejects.toThrow(/is the JSON of a Terraform state/);
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, readFileSync(handPlan('errored.json'), 'utf8').slice(0, 500));
    await expect(read(cut)).rejects.toBeInstanceOf(InputError);
    const shape = join(dir, 'shape.json');
    const plan = JSON.parse(readFileSync(handPlan('errored.json'), 'utf8'));
    plan.resource_changes[0].change.actions = 'delete';
    writeFileSync(shape, JSON.stringify(plan));
    await expect(read(shape)).rejects.toThrow('(resource_changes[0].change.actions): expected array');
  });
});
