import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IamChange } from '../../src/model/change.js';
import { locateChanges } from '../../src/changes/hcl/locate.js';
import { fixture } from './helpers.js';

const change = (address: string, source: IamChange['source'] = 'terraform'): IamChange => ({
  source,
  input: 'plan',
  address,
  resourceType: address.split('.').at(-2) ?? '',
  actions: ['delete'],
  roles: ['r'],
  effects: [{ kind: 'deleted', role: 'r', summary: 'role r deleted' }],
});

describe('locateChanges', () => {
  it('follows local modules, maps instance keys to the block, points registry modules at the call', async () => {
    const dirs = { head: fixture('module-delete', 'head'), base: fixture('module-delete', 'base') };
    const { changes, warnings } = await locateChanges(
      [
        change('module.app.aws_iam_role.reporter'),
        change('module.app.aws_lambda_function.report'),
        change('module.vpc.aws_iam_role.flow_logs[0]'),
        change('module.app.aws_iam_role.worker'),
        change('Stack/Role', 'cdk'),
      ],
      dirs,
    );
    expect(changes.map((c) => c.location)).toEqual([
      { file: 'modules/app/iam.tf', line: 1, side: 'head' },
      { file: 'modules/app/iam.tf', line: 13, side: 'head' },
      { file: 'main.tf', line: 6, side: 'head' },
      { file: 'modules/app/iam.tf', line: 1, side: 'base' },
      undefined,
    ]);
    expect(changes[3]?.notes).toEqual(['removed in this PR']);
    expect(warnings).toEqual([]);
  });

  it('for_each keys with dots and brackets, count indexes', async () => {
    const { changes } = await locateChanges(
      [change('aws_iam_role.svc["jobs.nightly"]'), change('aws_iam_role_policy_attachment.team_read["green"]'), change('aws_iam_role.team["blue"]')],
      { head: fixture('for-each', 'head'), base: fixture('for-each', 'base') },
    );
    expect(changes.map((c) => c.location)).toEqual([
      { file: 'main.tf', line: 7, side: 'head' },
      { file: 'main.tf', line: 36, side: 'head' },
      { file: 'main.tf', line: 20, side: 'head' },
    ]);
  });

  it('a whole file deleted: the base file and line, with a note', async () => {
    const { changes } = await locateChanges([change('aws_iam_role_policy_attachment.log_shipper_basic')], {
      head: fixture('file-deleted', 'head'),
      base: fixture('file-deleted', 'base'),
    });
    expect(changes[0]?.location).toEqual({ file: 'iam.tf', line: 9, side: 'base' });
    expect(changes[0]?.notes).toEqual(['removed in this PR with the whole file iam.tf']);
  });

  it('a module moved to another directory resolves through its new source', async () => {
    const { changes } = await locateChanges([change('module.ci.aws_iam_role.runner'), change('module.new_name.aws_iam_role.runner')], {
      head: fixture('module-moved', 'head'),
    });
    expect(changes.map((c) => c.location)).toEqual([
      { file: 'platform/ci/main.tf', line: 6, side: 'head' },
      { file: 'platform/ci/main.tf', line: 6, side: 'head' },
    ]);
  });

  it('without a base checkout, a block missing in head is a warning, not a guess', async () => {
    const { changes, warnings } = await locateChanges([change('module.app.aws_iam_role.worker'), change('not an address')], {
      head: fixture('module-delete', 'head'),
    });
    expect(changes.map((c) => c.location)).toEqual([undefined, undefined]);
    expect(warnings).toEqual([
      'no source location for module.app.aws_iam_role.worker: no matching block in the Terraform source',
      'no source location for not an address: not a Terraform resource address',
    ]);
  });

  it('finds block lines in a file HCL rejects inside a block (the locator only scans them)', async () => {
    const { changes, warnings } = await locateChanges([change('aws_iam_role.api'), change('aws_iam_role.ok'), change('aws_iam_role.broken')], {
      head: fixture('bad-syntax', 'head'),
    });
    expect(changes.map((c) => c.location)).toEqual([
      { file: 'main.tf', line: 1, side: 'head' },
      { file: 'broken.tf', line: 1, side: 'head' },
      { file: 'broken.tf', line: 6, side: 'head' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('a file whose structure is broken is named with its line, and other files are still located', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hcl-locate-'));
    await writeFile(join(dir, 'ok.tf'), 'resource "aws_iam_role" "a" {\n  name = "a"\n}\n');
    await writeFile(join(dir, 'broken.tf'), '\nresource "aws_iam_role" "b" {\n  name = "b\n}\n');
    const { changes, warnings } = await locateChanges([change('aws_iam_role.a'), change('aws_iam_role.b')], { head: dir, base: dir });
    expect(changes.map((c) => c.location)).toEqual([{ file: 'ok.tf', line: 1, side: 'head' }, undefined]);
    expect(warnings).toContain('broken.tf:3: unterminated string; source locations in this file are unavailable');
    expect(warnings).toContain('no source location for aws_iam_role.b: no matching block in the Terraform source');
  });

  it('a module that calls its caller does not hang the loader', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hcl-cycle-'));
    await writeFile(join(dir, 'main.tf'), 'module "self" {\n  source = "./"\n}\n\nresource "aws_iam_role" "r" {\n  name = "r"\n}\n');
    const { changes } = await locateChanges([change('aws_iam_role.r'), change('module.self.aws_iam_role.r')], { head: dir });
    expect(changes.map((c) => c.location)).toEqual([
      { file: 'main.tf', line: 5, side: 'head' },
      { file: 'main.tf', line: 1, side: 'head' },
    ]);
  });

  it('leaves changes that already have a location alone and loads nothing when there is nothing to locate', async () => {
    const located = { ...change('aws_iam_role.x'), location: { file: 'a.tf', line: 3 } };
    const { changes, warnings } = await locateChanges([located], { head: '/does/not/exist' });
    expect(changes).toEqual([located]);
    expect(warnings).toEqual([]);
  });
});
