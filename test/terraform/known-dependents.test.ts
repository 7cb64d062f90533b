/** Compute resources a plan leaves on a changing role: `knownDependents`, judged without any inventory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { inputReadingSchema } from '../../src/model/change.js';
import { handPlan, read, summarize } from './helpers.js';

const ACCOUNT = '111122223333';
const lambdaArn = (name: string): string => `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:${name}`;

describe('knownDependents from unchanged compute in the plan', async () => {
  const reading = await read(handPlan('known-dependents.json'), {}, 'kept');
  const change = (address: string) => reading.changes.find((c) => c.address === address);

  it('exact changes: no change is created just to carry dependents', () => {
    expect(summarize(reading)).toEqual([
      ['aws_iam_role.runtime', ['trust-changed'], ['fn-runtime']],
      ['aws_lambda_function.mover', ['dependent-removed', 'dependent-added'], ['fn-runtime', 'mover-own']],
      ['aws_iam_role.batch', ['deleted'], ['batch-task']],
      ['aws_iam_role.etl', ['replaced'], ['etl-role']],
      ['aws_eks_cluster.old', [], []],
    ]);
    expect(inputReadingSchema.parse(reading)).toEqual(reading);
  });

  it('trust drops lambda.amazonaws.com while a no-op Lambda still uses the role: the role change carries it', () => {
    // The Lambda that switches roles is a dependent-removed effect already, never a known dependent.
    expect(change('aws_iam_role.runtime')!.knownDependents).toEqual([
      { role: 'fn-runtime', dependent: { kind: 'lambda-function', id: lambdaArn('reports'), via: 'aws_lambda_function.role in the plan (unchanged)' } },
    ]);
  });

  it('a deleted role still named by a no-op task definition and an updated state machine that keeps it', () => {
    expect(change('aws_iam_role.batch')!.knownDependents).toEqual([
      {
        role: 'batch-task',
        dependent: { kind: 'ecs-task-definition', id: `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/batch`, via: 'aws_ecs_task_definition.task_role_arn in the plan (unchanged)' },
      },
      {
        role: 'batch-task',
        dependent: { kind: 'sfn-state-machine', id: `arn:aws:states:eu-west-1:${ACCOUNT}:stateMachine:nightly`, via: 'aws_sfn_state_machine.role_arn in the plan (updated, same role)' },
      },
    ]);
  });

  it('a replaced role: a project replaced on the same role and a cluster forgotten (it stays in AWS) still use it', () => {
    expect(change('aws_iam_role.etl')!.knownDependents).toEqual([
      { role: 'etl-role', dependent: { kind: 'codebuild-project', id: 'etl-v2', via: 'aws_codebuild_project.service_role in the plan (replaced, same role)' } },
      {
        role: 'etl-role',
        dependent: { kind: 'eks-cluster', id: `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/old`, via: 'aws_eks_cluster.role_arn in the plan (removed from Terraform state, stays in AWS)' },
      },
    ]);
    expect(change('aws_eks_cluster.old')!.knownDependents).toBeUndefined();
  });

  it('compute on roles without a change adds nothing anywhere', () => {
    const carried = reading.changes.flatMap((c) => c.knownDependents ?? []);
    expect(carried.map((k) => k.role).sort()).toEqual(['batch-task', 'batch-task', 'etl-role', 'etl-role', 'fn-runtime']);
    expect(change('aws_lambda_function.mover')!.knownDependents).toBeUndefined();
    expect(carried.some((k) => k.dependent.id === lambdaArn('idle') || k.dependent.id === lambdaArn('mover'))).toBe(false);
  });

  it('analysis without an inventory: the trust change is high, naming lambda.amazonaws.com', () => {
    const report = analyze([reading], null, { windowDays: 90, failOn: 'high', ignoreRoles: [], maskAccountIds: false }, new Date('2026-11-28T00:00:00Z'));
    const runtime = report.roles.find((r) => r.name === 'fn-runtime');
    expect(runtime?.risk).toBe('high');
    // The Lambda that moves off the role is listed as leaving; the one left on it is what breaks.
    expect(runtime?.dependents.map((d) => [d.id, d.origin, d.leavesInChange ?? false])).toEqual([
      [lambdaArn('mover'), 'plan', true],
      [lambdaArn('reports'), 'template', false],
    ]);
    expect(runtime?.reasons.find((r) => r.includes('lambda.amazonaws.com'))).toMatch(/reports/);
    const batch = report.roles.find((r) => r.name === 'batch-task');
    expect(batch?.risk).toBe('high');
    expect(batch?.dependents.filter((d) => d.origin === 'template').map((d) => d.kind)).toEqual(['ecs-task-definition', 'sfn-state-machine']);
    expect(report.roles.find((r) => r.name === 'quiet-role')).toBeUndefined();
  });
});

describe('knownDependents at scale', () => {
  // 5,000 roles whose trust changes, each left under two no-op Lambdas (plus a third, on no changed role):
  // one pass and an index by role name, no scan of every resource per role.
  it('20,000 resource changes: every role change carries its two Lambdas', async () => {
    const trust = (s: string): string => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: s }, Action: 'sts:AssumeRole' }] });
    const rcs: unknown[] = [];
    const rc = (address: string, type: string, name: string, actions: string[], before: unknown, after: unknown) => ({
      address,
      mode: 'managed',
      type,
      name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
    });
    const roles = 5000;
    for (let i = 0; i < roles; i++) {
      const role = { arn: `arn:aws:iam::${ACCOUNT}:role/r-${i}`, assume_role_policy: trust('lambda.amazonaws.com'), id: `r-${i}`, inline_policy: [], managed_policy_arns: [], name: `r-${i}`, path: '/' };
      rcs.push(rc(`aws_iam_role.r${i}`, 'aws_iam_role', `r${i}`, ['update'], role, { ...role, assume_role_policy: trust('states.amazonaws.com') }));
    }
    for (let j = 0; j < roles * 3; j++) {
      const fn = { arn: lambdaArn(`f-${j}`), function_name: `f-${j}`, role: `arn:aws:iam::${ACCOUNT}:role/${j < roles * 2 ? `r-${j % roles}` : `other-${j}`}` };
      rcs.push(rc(`aws_lambda_function.f${j}`, 'aws_lambda_function', `f${j}`, ['no-op'], fn, fn));
    }
    const file = join(mkdtempSync(join(tmpdir(), 'iam-br-kept-')), 'plan.json');
    writeFileSync(file, JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', resource_changes: rcs, configuration: { root_module: {} } }));
    const t0 = performance.now();
    const reading = await read(file);
    const ms = performance.now() - t0;
    expect(reading.changes).toHaveLength(roles);
    expect(reading.changes.every((c) => c.knownDependents?.length === 2)).toBe(true);
    expect(reading.changes[7]!.knownDependents!.map((k) => k.dependent.id)).toEqual([lambdaArn('f-7'), lambdaArn(`f-${roles + 7}`)]);
    // Loose bound for a loaded CI machine: a per-role scan of all 20,000 changes would be 10^8 steps.
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
