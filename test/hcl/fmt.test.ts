import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fixture, fixturesRoot } from './helpers.js';

const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' });
const hasTerraform = terraform.status === 0;
/** bad-syntax is invalid on purpose: it is the unparseable-input case. */
const valid = readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'bad-syntax')
  .map((d) => d.name);

describe('fixtures are valid, formatted HCL', () => {
  it.skipIf(!hasTerraform)('terraform fmt -check -recursive on every valid case (skipped: terraform not on PATH)', () => {
    expect(valid.length).toBeGreaterThanOrEqual(10);
    for (const name of valid) {
      const r = spawnSync('terraform', ['fmt', '-check', '-recursive', '-no-color', fixture(name)], { encoding: 'utf8' });
      expect({ name, status: r.status, out: r.stdout }).toEqual({ name, status: 0, out: '' });
    }
  });

  it.skipIf(!hasTerraform)('terraform rejects the bad-syntax case, on the line the reader reports', () => {
    const r = spawnSync('terraform', ['fmt', '-check', '-no-color', fixture('bad-syntax', 'head')], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/broken\.tf line 8/);
  });
});
