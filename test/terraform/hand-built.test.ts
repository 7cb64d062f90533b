/** Hand-built plans: every row of the issue 3 table that the real plans do not cover. */
import { describe, expect, it } from 'vitest';
import type { Effect, EffectOf } from '../../src/model/change.js';
import { inputReadingSchema } from '../../src/model/change.js';
import { deltaPermissions } from '../../src/policy/index.js';
import { effectsOf, handPlan, read, summarize } from './helpers.js';

const of = <K extends Effect['kind']>(effects: Effect[], kind: K): EffectOf<K>[] => effects.filter((e): e is EffectOf<K> => e.kind === kind);

describe('aws_iam_role lifecycle', async () => {
  const reading = await read(handPlan('role-lifecycle.json'), {}, 'lifecycle');

  it('exact changes: deletes and replaces are never dropped, no-ops never invented', () => {
    expect(summarize(reading)).toEqual([
      ['aws_iam_role.legacy', ['deleted'], ['legacy-batch']],
      ['aws_iam_role.api', ['replaced'], ['api-role']],
      ['aws_iam_role.worker', ['replaced'], ['worker-20240301100000000000000001']],
      ['aws_iam_role.tainted', ['replaced'], ['etl-runner']],
      ['aws_iam_role.triggered', ['replaced'], ['queue-consumer']],
      ['aws_iam_role.app', ['trust-changed', 'permissions-removed', 'permissions-removed', 'permissions-removed', 'boundary-changed'], ['app-runtime']],
      ['aws_iam_role.fresh', ['created'], ['reporting']],
      ['aws_iam_role.audit', [], []],
      ['aws_iam_role.forgotten', [], []],
      ['aws_iam_role.blue', ['deleted'], ['blue-old']],
    ]);
    expect(inputReadingSchema.parse(reading)).toEqual(reading);
  });

  it('delete: name and ARN', () => {
    expect(effectsOf(reading, 'aws_iam_role.legacy')[0]).toMatchObject({
      kind: 'deleted',
      role: 'legacy-batch',
      roleArn: 'arn:aws:iam::111122223333:role/legacy-batch',
      summary: 'role legacy-batch deleted',
    });
  });

  it('["delete","create"] rename: old and new name, because', () => {
    const [e] = of(effectsOf(reading, 'aws_iam_role.api'), 'replaced');
    expect(e).toMatchObject({ role: 'api-role', newName: 'api-role-v2', because: 'name changed' });
    expect(e!.summary).toMatch(/^role api-role replaced by api-role-v2 \(name changed\)/);
  });

  it('["create","delete"] with the new name known after apply', () => {
    const [e] = of(effectsOf(reading, 'aws_iam_role.worker'), 'replaced');
    expect(e!.role).toBe('worker-20240301100000000000000001');
    expect(e!.unknowns).toEqual(['role name known after apply (aws_iam_role.worker)']);
    expect(e!.because).toBe('name changed (new name known after apply), name_prefix changed');
  });

  it('action_reason: tainted, replace_triggered_by', () => {
    expect(of(effectsOf(reading, 'aws_iam_role.tainted'), 'replaced')[0]!.because).toBe('tainted');
    expect(of(effectsOf(reading, 'aws_iam_role.triggered'), 'replaced')[0]!.because).toBe('replace_triggered_by');
    expect(reading.changes.find((c) => c.address === 'aws_iam_role.tainted')!.notes).toContain('action_reason: replace_because_tainted');
  });

  it('update: trust principals, inline policies, managed_policy_arns, boundary', () => {
    const effects = effectsOf(reading, 'aws_iam_role.app');
    const [trust] = of(effects, 'trust-changed');
    expect(trust!.principalsRemoved).toEqual([{ type: 'Service', value: 'lambda.amazonaws.com' }]);
    expect(trust!.principalsAdded).toEqual([{ type: 'Service', value: 'ecs-tasks.amazonaws.com' }]);
    expect(trust!.before).toContain('lambda.amazonaws.com');
    const removed = of(effects, 'permissions-removed').map((e) => e.delta);
    expect(removed.map((d) => d.policy)).toEqual(['inline:old-queue', 'inline:s3-access', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess']);
    expect(deltaPermissions(removed[1]!).map((p) => p.action)).toEqual(['s3:*']);
    expect(removed[1]!.services).toEqual(['s3']);
    expect(removed[2]!.services).toContain('s3');
    // An AWS managed policy is referred to, not repeated; the accessor expands it.
    expect(removed[2]).toMatchObject({ awsManaged: { name: 'AmazonS3ReadOnlyAccess', path: '/' } });
    expect(removed[2]!.permissions).toBeUndefined();
    expect(deltaPermissions(removed[2]!).map((p) => p.action)).toEqual(expect.arrayContaining(['s3:get*', 's3:list*']));
    expect(removed[2]!.permissionCount).toBe(deltaPermissions(removed[2]!).length);
    const [boundary] = of(effects, 'boundary-changed');
    expect(boundary).toMatchObject({ before: null, after: 'arn:aws:iam::111122223333:policy/team-boundary' });
  });

  it('moved is a note, not a deletion; forget is not a deletion; importing/no-op/drift/data read add nothing', () => {
    const moved = reading.changes.find((c) => c.address === 'aws_iam_role.audit')!;
    expect(moved.notes).toEqual(['moved from aws_iam_role.old_audit (not a deletion)']);
    expect(moved.effects).toEqual([]);
    expect(reading.changes.find((c) => c.address === 'aws_iam_role.forgotten')!.notes).toEqual([
      'removed from Terraform state without being destroyed (forget)',
    ]);
    const addresses = reading.changes.map((c) => c.address);
    expect(addresses).not.toContain('aws_iam_role.imported');
    expect(addresses).not.toContain('aws_iam_role.drifted');
    expect(addresses.some((a) => a.startsWith('data.'))).toBe(false);
    expect(reading.meta?.resourceDrift).toBe('1');
  });

  it('a deposed object being deleted is a deletion of the old role', () => {
    const blue = reading.changes.find((c) => c.address === 'aws_iam_role.blue')!;
    expect(blue.effects[0]).toMatchObject({ kind: 'deleted', role: 'blue-old' });
    expect(blue.notes).toContain('deposed object 1a2b3c4d');
  });

  it('labels every change with the input', () => {
    expect(new Set(reading.changes.map((c) => c.input))).toEqual(new Set(['lifecycle']));
    expect(reading.input).toBe('lifecycle');
    expect(reading.source).toBe('terraform');
  });
});

describe('errored plan', () => {
  it('is read and warned about', async () => {
    const reading = await read(handPlan('errored.json'));
    expect(reading.warnings[0]).toMatch(/errored: true/);
    expect(summarize(reading)).toEqual([['aws_iam_role.gone', ['deleted'], ['half-planned']]]);
  });
});

describe('policies and attachments', async () => {
  const reading = await read(handPlan('policies-attachments.json'));

  it('exact changes', () => {
    expect(summarize(reading)).toEqual([
      ['aws_iam_role_policy.svc_s3', ['permissions-removed', 'permissions-added'], ['svc-api']],
      ['aws_iam_role_policy.svc_old', ['permissions-removed'], ['svc-api']],
      ['aws_iam_role_policy.svc_new', ['permissions-added'], ['svc-api']],
      ['aws_iam_role_policy.kms', ['permissions-removed', 'permissions-added'], ['svc-api', 'svc-worker']],
      ['aws_iam_role_policy.from_doc', ['permissions-added'], ['svc-api']],
      ['aws_iam_role_policy.pending_doc', ['permissions-removed', 'permissions-added'], ['svc-api']],
      ['aws_iam_role_policy_attachment.detach', ['permissions-removed'], ['svc-api']],
      ['aws_iam_role_policy_attachment.attach', ['permissions-added'], ['svc-api']],
      ['aws_iam_role_policy_attachment.swap', ['permissions-removed', 'permissions-added'], ['svc-api']],
      ['aws_iam_role_policy_attachment.custom', ['permissions-added'], ['svc-api']],
      ['aws_iam_policy.shared', ['permissions-removed'], ['svc-api']],
      ['aws_iam_policy.obsolete', [], []],
      ['aws_iam_policy_attachment.everyone', ['permissions-removed', 'permissions-removed', 'permissions-added'], ['svc-worker', 'batch', 'reporting']],
      ['aws_iam_role_policies_exclusive.svc', ['permissions-removed'], ['svc-api']],
      ['aws_iam_role_policy_attachments_exclusive.svc', ['permissions-removed', 'permissions-added'], ['svc-api']],
      ['aws_iam_instance_profile.web', ['instance-profile-changed'], ['web-role']],
      ['aws_iam_instance_profile.batch', ['instance-profile-changed', 'instance-profile-changed'], ['batch-old', 'batch-new']],
      ['aws_iam_instance_profile.bastion', ['instance-profile-changed'], ['bastion-role']],
    ]);
  });

  it('role policy update: statement-level removal named with its service', () => {
    const [removed] = of(effectsOf(reading, 'aws_iam_role_policy.svc_s3'), 'permissions-removed');
    expect(removed!.delta.policy).toBe('inline:svc_s3');
    expect(deltaPermissions(removed!.delta)[0]).toMatchObject({ effect: 'Allow', action: 's3:*' });
    expect(removed!.delta.services).toEqual(['s3']);
  });

  it('role policy replaced onto another role: removed from the old, added to the new', () => {
    const [rm, add] = effectsOf(reading, 'aws_iam_role_policy.kms');
    expect(rm).toMatchObject({ kind: 'permissions-removed', role: 'svc-api' });
    expect(add).toMatchObject({ kind: 'permissions-added', role: 'svc-worker' });
  });

  it('policy read through data.aws_iam_policy_document json; unknown when the read is deferred', () => {
    const [add] = of(effectsOf(reading, 'aws_iam_role_policy.from_doc'), 'permissions-added');
    expect(deltaPermissions(add!.delta).map((p) => p.action)).toEqual(['s3:getobject']);
    const pending = effectsOf(reading, 'aws_iam_role_policy.pending_doc');
    for (const e of pending) {
      expect(e.unknowns).toEqual(['policy known after apply (data.aws_iam_policy_document.pending.json)']);
      expect((e as EffectOf<'permissions-removed'>).delta.permissions).toEqual([]);
    }
  });

  it('attachments: detach, attach, replace in order; ARN via an aws_iam_policy reference', () => {
    expect(of(effectsOf(reading, 'aws_iam_role_policy_attachment.detach'), 'permissions-removed')[0]!.delta.policy).toBe(
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    );
    const swap = effectsOf(reading, 'aws_iam_role_policy_attachment.swap') as EffectOf<'permissions-removed'>[];
    expect(swap.map((e) => [e.kind, e.delta.policy])).toEqual([
      ['permissions-removed', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      ['permissions-added', 'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'],
    ]);
    const [custom] = of(effectsOf(reading, 'aws_iam_role_policy_attachment.custom'), 'permissions-added');
    expect(custom!.delta.policy).toBe('reports');
    expect(custom!.delta.services).toEqual(['athena']);
  });

  it('managed policy: managedPolicies entries for live fan-out, and direct effects for roles attached in the plan', () => {
    expect(reading.managedPolicies?.map((m) => [m.policy, m.address, !!m.removed, !!m.added, m.deleted ?? false])).toEqual([
      ['arn:aws:iam::111122223333:policy/shared', 'aws_iam_policy.shared', true, false, false],
      ['arn:aws:iam::111122223333:policy/obsolete', 'aws_iam_policy.obsolete', true, false, true],
    ]);
    const shared = reading.managedPolicies![0]!;
    expect(deltaPermissions(shared.removed!).map((p) => p.action)).toEqual(['ec2:*']);
    expect(shared.removed!.expandedActions?.length).toBeGreaterThan(10);
    const [direct] = of(effectsOf(reading, 'aws_iam_policy.shared'), 'permissions-removed');
    expect(direct!.role).toBe('svc-api');
  });

  it('aws_iam_policy_attachment: dropped roles lose the policy, new ones gain it', () => {
    const effects = effectsOf(reading, 'aws_iam_policy_attachment.everyone');
    expect(effects.map((e) => [e.kind, e.role])).toEqual([
      ['permissions-removed', 'svc-worker'],
      ['permissions-removed', 'batch'],
      ['permissions-added', 'reporting'],
    ]);
  });

  it('exclusive resources: names dropped from the set are removed (content found in the role)', () => {
    const [inline] = of(effectsOf(reading, 'aws_iam_role_policies_exclusive.svc'), 'permissions-removed');
    expect(inline!.delta.policy).toBe('inline:legacy-inline');
    expect(inline!.delta.services).toEqual(['sns']);
    const arns = effectsOf(reading, 'aws_iam_role_policy_attachments_exclusive.svc') as EffectOf<'permissions-removed'>[];
    expect(arns.map((e) => [e.kind, e.delta.policy])).toEqual([
      ['permissions-removed', 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess'],
      ['permissions-added', 'arn:aws:iam::aws:policy/AmazonSNSReadOnlyAccess'],
    ]);
  });

  it('instance profiles: delete, role change, replace', () => {
    expect(effectsOf(reading, 'aws_iam_instance_profile.web')[0]).toMatchObject({ role: 'web-role', instanceProfile: 'web-profile' });
    expect(effectsOf(reading, 'aws_iam_instance_profile.batch').map((e) => e.role)).toEqual(['batch-old', 'batch-new']);
    expect(effectsOf(reading, 'aws_iam_instance_profile.bastion')[0]).toMatchObject({ role: 'bastion-role', instanceProfile: 'bastion' });
  });
});

describe('compute that names a role', async () => {
  const reading = await read(handPlan('compute.json'));

  it('exact changes', () => {
    expect(summarize(reading)).toEqual([
      ['aws_iam_role.fn', ['replaced'], ['orders-fn']],
      ['aws_lambda_function.orders', ['dependent-removed', 'dependent-added'], ['orders-fn', 'orders-fn-v2']],
      ['aws_lambda_function.legacy', ['dependent-removed'], ['legacy-report-role']],
      ['aws_lambda_function.newfn', ['dependent-added'], ['thumbs']],
      ['aws_eks_cluster.main', ['dependent-removed', 'dependent-added'], ['eks-cluster-old', 'eks-cluster']],
      ['aws_eks_node_group.workers', ['dependent-removed'], ['eks-node-role']],
      ['aws_eks_fargate_profile.fp', ['dependent-added'], ['fargate-pods']],
      ['aws_eks_pod_identity_association.api', ['dependent-removed'], ['payments-api']],
      ['aws_eks_pod_identity_association.worker', ['dependent-added'], ['payments-worker']],
      ['aws_ecs_task_definition.app', ['dependent-removed', 'dependent-added'], ['app-task-old', 'app-task']],
      ['aws_sfn_state_machine.flow', ['dependent-removed'], ['flow-role']],
      ['aws_codebuild_project.build', ['dependent-removed', 'dependent-added'], ['codebuild-old', 'codebuild-new']],
    ]);
  });

  it('plannedDependent shape with kind, id and via', () => {
    expect(effectsOf(reading, 'aws_eks_node_group.workers')[0]).toMatchObject({
      kind: 'dependent-removed',
      role: 'eks-node-role',
      roleArn: 'arn:aws:iam::111122223333:role/eks-node-role',
      dependent: { kind: 'eks-nodegroup', id: 'main/workers', via: 'node group node_role_arn' },
    });
    expect(effectsOf(reading, 'aws_eks_pod_identity_association.api')[0]).toMatchObject({
      dependent: { kind: 'eks-pod-identity', id: 'main/payments/api' },
    });
    expect(effectsOf(reading, 'aws_lambda_function.legacy')[0]!.roleArn).toBe('arn:aws:iam::111122223333:role/service-role/legacy-report-role');
  });

  it('an unknown role_arn is resolved through configuration (the replaced role) and prior_state', () => {
    const [removed, added] = effectsOf(reading, 'aws_lambda_function.orders');
    expect(removed).toMatchObject({ role: 'orders-fn' });
    expect(added).toMatchObject({ role: 'orders-fn-v2' });
    expect(effectsOf(reading, 'aws_eks_pod_identity_association.worker')[0]).toMatchObject({
      role: 'payments-worker',
      roleArn: 'arn:aws:iam::111122223333:role/payments-worker',
    });
  });

  it('an update that keeps the role adds nothing', () => {
    expect(reading.changes.map((c) => c.address)).not.toContain('aws_lambda_function.same');
  });
});

describe('modules, for_each keys and references', async () => {
  const reading = await read(handPlan('modules-addresses.json'));

  it('exact changes, with keys holding dots, quotes, brackets and escapes', () => {
    expect(summarize(reading)).toEqual([
      ['module.iam["team.a"].aws_iam_role_policy.this["reader \\"ro\\" [x]"]', ['permissions-added'], ['team-a-reader']],
      ['module.iam["team.a"].aws_iam_role_policy.this["writer.v2"]', ['permissions-added'], ['team-a-writer']],
      ['module.svc[0].aws_iam_role.r[1]', ['deleted'], ['svc-0-r-1']],
      ['module.core.aws_iam_role.core', ['created'], ['core-svc']],
      ['aws_lambda_function.fn', ['dependent-added'], ['core-svc']],
      ['module.iam["a\\\\b"].aws_iam_role.this["${x}"]', ['deleted'], ['escaped-key']],
      ['aws_iam_role.fnrole', ['replaced'], ['fn-role']],
      ['module.fn.aws_lambda_function.this', ['dependent-removed', 'dependent-added'], ['fn-role', 'fn-role-2']],
    ]);
  });

  it('follows var.role_arn inside a module to the module call argument in the parent', () => {
    const [removed, added] = effectsOf(reading, 'module.fn.aws_lambda_function.this');
    expect(removed).toMatchObject({ role: 'fn-role', dependent: { kind: 'lambda-function', id: 'arn:aws:lambda:eu-west-1:111122223333:function:wrapped' } });
    expect(added).toMatchObject({ role: 'fn-role-2' });
  });

  it('follows a module output (module.core.role_arn) to the role in the module', () => {
    expect(effectsOf(reading, 'aws_lambda_function.fn')[0]).toMatchObject({ role: 'core-svc', dependent: { id: 'core-fn' } });
  });
});

describe('refactor without a moved block', () => {
  it('is a real delete + create of the same name, and says so', async () => {
    const reading = await read(handPlan('refactor-without-moved.json'));
    expect(summarize(reading)).toEqual([
      ['aws_iam_role.orders', ['deleted'], ['orders-api']],
      ['module.orders.aws_iam_role.this', ['created'], ['orders-api']],
    ]);
    for (const c of reading.changes) expect(c.notes?.join('\n')).toMatch(/created again at module\.orders\.aws_iam_role\.this: a new role/);
  });
});

describe('replaced role whose new name is known only after apply', () => {
  it('has no newName, and says the name is unknown', async () => {
    const reading = await read(handPlan('role-lifecycle.json'));
    const [e] = of(effectsOf(reading, 'aws_iam_role.worker'), 'replaced');
    expect(e!.newName).toBeUndefined();
    expect(e!.unknowns).toEqual(['role name known after apply (aws_iam_role.worker)']);
    expect(of(effectsOf(reading, 'aws_iam_role.api'), 'replaced')[0]!.newName).toBe('api-role-v2');
  });
});

describe('edges', () => {
  it('role through data.aws_iam_role in prior_state; whole after_sensitive; complete: false', async () => {
    const reading = await read(handPlan('edges.json'));
    expect(summarize(reading)).toEqual([
      ['aws_iam_role_policy.via_data', ['permissions-added'], ['existing-role']],
      ['aws_iam_role.secret_after', ['trust-changed'], ['secret-after']],
    ]);
    const trust = reading.changes[1]!.effects[0] as EffectOf<'trust-changed'>;
    expect(trust.unknowns).toEqual(['trust policy marked sensitive in the plan']);
    expect(trust.after).toBeUndefined();
    expect(trust.principalsAdded).toEqual([]);
    expect(reading.sensitiveMasked).toBe(1);
    expect(reading.warnings).toEqual(['the plan is incomplete (`complete: false`: some changes are deferred to a later plan)']);
  });

  it('a newer format_version and an unknown action are read, with warnings', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const plan = JSON.parse(readFileSync(handPlan('errored.json'), 'utf8'));
    plan.format_version = '1.9';
    delete plan.errored;
    plan.resource_changes[0].change.actions = ['delete', 'archive'];
    const file = join(mkdtempSync(join(tmpdir(), 'iam-br-edge-')), 'p.json');
    writeFileSync(file, JSON.stringify(plan));
    const reading = await read(file);
    expect(reading.warnings).toEqual([
      'aws_iam_role.gone: unknown action "archive" (newer Terraform?); read as written',
    ]);
    expect(reading.changes[0]!.actions).toEqual(['delete', 'archive']);
  });
});

describe('several plans in one run', () => {
  it('each change keeps the label of its plan', async () => {
    const [a, b] = await Promise.all([read(handPlan('errored.json'), {}, 'network'), read(handPlan('compute.json'), {}, 'app')]);
    expect(new Set(a.changes.map((c) => c.input))).toEqual(new Set(['network']));
    expect(new Set(b.changes.map((c) => c.input))).toEqual(new Set(['app']));
    expect(a.file).toBe(handPlan('errored.json'));
  });
});
