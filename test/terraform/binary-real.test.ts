/**
 * A real binary plan converted with a real `terraform show -json` (runs only where terraform is on PATH:
 * the builtin terraform_data resource needs no provider download).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from './helpers.js';

function onPath(cmd: string): boolean {
  try {
    execFileSync(cmd, ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.runIf(onPath('terraform'))('binary plan with terraform on PATH', () => {
  it('is converted with terraform show -json and read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-br-tfbin-'));
    writeFileSync(join(dir, 'main.tf'), 'resource "terraform_data" "x" {\n  input = "hello"\n}\n');
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
    execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'ignore' });
    execFileSync('terraform', ['plan', '-input=false', '-no-color', '-out', 'plan.out'], { cwd: dir, env, stdio: 'ignore' });
    const planFile = join(dir, 'plan.out');
    expect(readFileSync(planFile).subarray(0, 2).toString()).toBe('PK');
    const reading = await read(planFile, {
      exec: (cmd, args) =>
        new Promise((resolve, reject) => {
          execFile(cmd, args, { cwd: dir, env, maxBuffer: 1 << 30 }, (err, stdout) => {
            if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') reject(err);
            else resolve({ stdout, code: err ? Number(err.code ?? 1) : 0 });
          });
        }),
    });
    expect(reading.changes).toEqual([]);
    expect(reading.meta?.converted).toBe('terraform show -json');
    expect(reading.meta?.resourceChanges).toBe('1');
  }, 60_000);
});
