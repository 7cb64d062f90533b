import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EffectOf, IamChange } from '../../src/model/change.js';
import { readHcl, readHclDirs } from '../../src/changes/hcl/index.js';
import { isInputError } from '../../src/errors.js';
import { deltaPermissions } from '../../src/policy/index.js';
import { fixture, readCase, summarize } from './helpers.js';

const byAddress = (changes: IamChange[], address: string): IamChange => {
  const c = changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change for ${address}; have ${changes.map((x) => x.address).join(', ')}`);
  return c;
};

describe('readHcl: static reading of base vs head', () => {
  it('says at the top that it is a static reading', async () => {
    const r = await readHcl({ kind: 'hcl', label: 'static', baseDir: fixture('heredoc', 'base'), headDir: fixture('heredoc', 'head') }, {});
    expect(r.source).toBe('hcl');
    expect(r.warnings[0]).toMatch(/^Static reading/);
    expect(r.meta?.mode).toBe('static');
    expect(r.changes.every((c) => c.source === 'hcl' && c.input === 'static')).toBe(true);
  });

  it('module-delete: a role deleted inside a local module, located on the base side', async () => {
    const r = await readCase('module-delete');
    expect(summarize(r)).toEqual([['module.app.aws_iam_role.worker', ['deleted'], ['worker-prod']]]);
    expect(r.changes[0]?.location).toEqual({ file: 'modules/app/iam.tf', line: 1, side: 'base' });
    expect(r.changes[0]?.notes).toEqual(['removed in this PR']);
    expect(r.warnings).toContain(
      'Static reading: module "vpc" (terraform-aws-modules/vpc/aws, main.tf:6) is not a local path; its IAM resources are not read',
    );
  });

  it('count: the dropped instance and its instance profile', async () => {
    expect(summarize(await readCase('count'))).toEqual([
      ['aws_iam_instance_profile.shard[2]', ['instance-profile-changed'], ['shard-2']],
      ['aws_iam_role.shard[2]', ['deleted'], ['shard-2']],
    ]);
  });

  it('for_each with string keys (dots included), and for_each over another resource', async () => {
    const r = await readCase('for-each');
    expect(summarize(r)).toEqual([
      ['aws_iam_role.svc["jobs.nightly"]', ['deleted'], ['svc-jobs.nightly']],
      ['aws_iam_role.team["green"]', ['deleted'], ['team-green']],
      ['aws_iam_role_policy_attachment.team_read["green"]', ['permissions-removed'], ['team-green']],
    ]);
    expect(byAddress(r.changes, 'aws_iam_role.team["green"]').location).toEqual({ file: 'main.tf', line: 21, side: 'base' });
  });

  it('heredoc: statement-level removal, IAM policy variables kept literal', async () => {
    const r = await readCase('heredoc');
    expect(summarize(r)).toEqual([['aws_iam_role_policy.uploader_s3', ['permissions-removed'], ['uploader']]]);
    const e = r.changes[0]?.effects[0] as EffectOf<'permissions-removed'>;
    expect(deltaPermissions(e.delta).map((p) => [p.action, p.resources])).toEqual([
      ['s3:deleteobject', ['arn:aws:s3:::uploads/${aws:username}/*']],
      ['s3:putobject', ['arn:aws:s3:::uploads/${aws:username}/*']],
    ]);
    expect(r.changes[0]?.location).toEqual({ file: 'main.tf', line: 6, side: 'head' });
  });

  it('jsonencode: trust principal added, inline_policy narrowed, rename → replaced', async () => {
    const r = await readCase('jsonencode');
    expect(summarize(r)).toEqual([
      ['aws_iam_role.auditor', ['replaced'], ['auditor']],
      ['aws_iam_role.deployer', ['trust-changed', 'permissions-removed'], ['deployer']],
    ]);
    const replaced = byAddress(r.changes, 'aws_iam_role.auditor').effects[0] as EffectOf<'replaced'>;
    expect(replaced.newName).toBe('security-auditor');
    expect(replaced.unknowns).toBeUndefined();
    const trust = byAddress(r.changes, 'aws_iam_role.deployer').effects[0] as EffectOf<'trust-changed'>;
    expect(trust.principalsAdded).toEqual([
      { type: 'AWS', value: 'arn:aws:iam::444455556666:root', conditions: ['StringEquals sts:externalid = build'] },
    ]);
    expect(trust.principalsRemoved).toEqual([]);
  });

  it('aws_iam_policy_document: trust principal removed; managed policy narrowed for the role it is attached to', async () => {
    const r = await readCase('policy-document');
    expect(summarize(r)).toEqual([
      ['aws_iam_policy.queue', ['permissions-removed'], ['payments-api']],
      ['aws_iam_role.payments', ['trust-changed'], ['payments-api']],
    ]);
    const trust = byAddress(r.changes, 'aws_iam_role.payments').effects[0] as EffectOf<'trust-changed'>;
    expect(trust.principalsRemoved).toEqual([{ type: 'Service', value: 'ec2.amazonaws.com' }]);
    expect(r.managedPolicies?.map((m) => [m.policy, m.address, (m.removed ? deltaPermissions(m.removed) : undefined)?.map((p) => p.action)])).toEqual([
      ['payments-queue', 'aws_iam_policy.queue', ['sqs:deletemessage', 'sqs:receivemessage']],
    ]);
  });

  it('a file deleted in the PR: its resources point at the base file', async () => {
    const r = await readCase('file-deleted');
    expect(summarize(r)).toEqual([
      ['aws_iam_role.log_shipper', ['deleted'], ['log-shipper']],
      ['aws_iam_role_policy_attachment.log_shipper_basic', ['permissions-removed'], ['log-shipper']],
    ]);
    expect(r.changes[0]?.location).toEqual({ file: 'iam.tf', line: 1, side: 'base' });
    expect(r.changes[0]?.notes).toEqual(['removed in this PR with the whole file iam.tf']);
  });

  it('a module moved to a new directory and a module renamed with a moved block: no change', async () => {
    const r = await readCase('module-moved');
    expect(r.changes).toEqual([]);
  });

  it('attachments: roles list, exclusive sets, a deleted inline policy', async () => {
    expect(summarize(await readCase('attachments'))).toEqual([
      ['aws_iam_policy_attachment.glue_service', ['permissions-removed'], ['etl-backfill']],
      ['aws_iam_role_policies_exclusive.etl', ['permissions-removed'], ['etl']],
      ['aws_iam_role_policy.etl_logs', ['permissions-removed'], ['etl']],
      ['aws_iam_role_policy_attachments_exclusive.etl', ['permissions-removed'], ['etl']],
    ]);
  });

  it('compute resources naming a role: switched and destroyed dependents', async () => {
    const r = await readCase('dependents');
    expect(summarize(r)).toEqual([
      ['aws_lambda_function.ingest', ['dependent-removed', 'dependent-added'], ['ingest', 'ingest-v2']],
      ['aws_sfn_state_machine.pipeline', ['dependent-removed'], ['pipeline-sfn']],
    ]);
    const removed = byAddress(r.changes, 'aws_lambda_function.ingest').effects[0] as EffectOf<'dependent-removed'>;
    expect(removed.dependent).toEqual({ kind: 'lambda-function', id: 'aws_lambda_function.ingest', via: 'function configuration Role' });
  });

  it('removed blocks: destroy = false leaves the role in AWS; a plain removed block destroys it', async () => {
    const r = await readCase('removed-block');
    expect(summarize(r)).toEqual([['aws_iam_role.scratch', ['deleted'], ['scratch']]]);
    expect(r.warnings).toContain(
      'Static reading: aws_iam_role.legacy_admin leaves the code through a removed block with destroy = false; it stays in AWS, not reported as deleted',
    );
  });

  it('what a static reading cannot know is reported unknown, never guessed', async () => {
    const r = await readCase('unknowns');
    expect(summarize(r)).toEqual([
      ['aws_iam_role.env_role', ['trust-changed'], []],
      ['aws_iam_role.generated', ['deleted'], []],
      ['aws_iam_role_policy_attachment.shared', ['permissions-removed'], []],
    ]);
    const unknownsOf = (a: string) => byAddress(r.changes, a).effects[0]?.unknowns;
    // The root variable `env` has a default, but tfvars may override it: the role name is not claimed.
    expect(byAddress(r.changes, 'aws_iam_role.env_role').effects[0]?.role).toBe('aws_iam_role.env_role (role unknown)');
    expect(unknownsOf('aws_iam_role.env_role')).toEqual(expect.arrayContaining([expect.stringContaining('data.aws_caller_identity.current.account_id')]));
    expect(unknownsOf('aws_iam_role.generated')).toEqual(['name generated by AWS from name_prefix']);
    expect(unknownsOf('aws_iam_role_policy_attachment.shared')).toEqual([expect.stringContaining('module.shared.role_name')]);
    // for_each over a data source on both sides, unchanged: nothing to report, and nothing invented.
    expect(r.changes.some((c) => c.address.startsWith('aws_iam_role.per_team'))).toBe(false);
  });

  it('a .tf file that does not parse: one warning with file:line, the rest is still read', async () => {
    const r = await readCase('bad-syntax');
    expect(r.warnings).toContain('head: broken.tf:8: invalid attribute "assume_role_policy"; this file was not read');
    expect(r.meta?.filesNotRead).toBe('broken.tf');
    expect(summarize(r)).toEqual([['aws_iam_role.old', ['deleted'], ['old']]]);
  });

  it('does not report blocks as deleted when their file only fails to parse in head', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hcl-unread-'));
    await mkdir(join(dir, 'base'));
    await mkdir(join(dir, 'head'));
    await writeFile(join(dir, 'base', 'iam.tf'), 'resource "aws_iam_role" "r" {\n  name = "r"\n}\n');
    await writeFile(join(dir, 'head', 'iam.tf'), 'resource "aws_iam_role" "r" {\n  name = "r"\n  path = \n}\n');
    const r = await readHclDirs({ label: 'x', baseDir: join(dir, 'base'), headDir: join(dir, 'head') });
    expect(r.changes).toEqual([]);
    expect(r.warnings).toContain('head: iam.tf:3: invalid attribute "path"; this file was not read');
    expect(r.warnings.some((w) => w.includes('aws_iam_role.r (iam.tf did not parse in head)'))).toBe(true);
  });

  it('module variables come from the calling block; a changed argument is a rename', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hcl-var-'));
    for (const [side, env] of [
      ['base', 'prod'],
      ['head', 'production'],
    ] as const) {
      await mkdir(join(dir, side, 'mod'), { recursive: true });
      await writeFile(join(dir, side, 'main.tf'), `module "svc" {\n  source = "./mod"\n  env    = "${env}"\n}\n`);
      await writeFile(join(dir, side, 'mod', 'main.tf'), 'variable "env" {}\n\nresource "aws_iam_role" "r" {\n  name = "svc-${var.env}"\n}\n');
    }
    const r = await readHclDirs({ label: 'x', baseDir: join(dir, 'base'), headDir: join(dir, 'head') });
    expect(summarize(r)).toEqual([['module.svc.aws_iam_role.r', ['replaced'], ['svc-prod']]]);
    expect((r.changes[0]?.effects[0] as EffectOf<'replaced'>).newName).toBe('svc-production');
    expect(r.changes[0]?.location).toEqual({ file: 'mod/main.tf', line: 3, side: 'head' });
  });

  it('module for_each with literal keys expands to instance addresses', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hcl-modeach-'));
    for (const [side, keys] of [
      ['base', '"a.b", "c"'],
      ['head', '"c"'],
    ] as const) {
      await mkdir(join(dir, side, 'mod'), { recursive: true });
      await writeFile(join(dir, side, 'main.tf'), `module "team" {\n  for_each = toset([${keys}])\n  source   = "./mod"\n  team     = each.key\n}\n`);
      await writeFile(join(dir, side, 'mod', 'main.tf'), 'variable "team" {}\n\nresource "aws_iam_role" "r" {\n  name = "team-${var.team}"\n}\n');
    }
    const r = await readHclDirs({ label: 'x', baseDir: join(dir, 'base'), headDir: join(dir, 'head') });
    expect(summarize(r)).toEqual([['module.team["a.b"].aws_iam_role.r', ['deleted'], ['team-a.b']]]);
    expect(r.changes[0]?.location).toEqual({ file: 'mod/main.tf', line: 3, side: 'base' });
  });

  it('giving a generated-name role a name replaces it; an unchanged default path does not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hcl-name-'));
    await mkdir(join(dir, 'base'));
    await mkdir(join(dir, 'head'));
    await writeFile(join(dir, 'base', 'main.tf'), 'resource "aws_iam_role" "r" {\n  assume_role_policy = "{}"\n}\n\nresource "aws_iam_role" "p" {\n  name = "p"\n}\n');
    await writeFile(join(dir, 'head', 'main.tf'), 'resource "aws_iam_role" "r" {\n  name               = "named"\n  assume_role_policy = "{}"\n}\n\nresource "aws_iam_role" "p" {\n  name = "p"\n  path = "/"\n}\n');
    const r = await readHclDirs({ label: 'x', baseDir: join(dir, 'base'), headDir: join(dir, 'head') });
    expect(summarize(r)).toEqual([['aws_iam_role.r', ['replaced'], []]]);
    expect(r.changes[0]?.effects[0]?.role).toBe('aws_iam_role.r (role unknown)');
    const e = r.changes[0]?.effects[0] as EffectOf<'replaced'>;
    expect([e.newName, e.because]).toEqual(['named', 'name changed']);
  });

  it('a head directory that does not exist is bad input', async () => {
    await expect(readHclDirs({ label: 'x', baseDir: fixture('heredoc', 'base'), headDir: fixture('nope') })).rejects.toSatisfy(isInputError);
  });
});
