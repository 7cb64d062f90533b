/**
 * Every real plan parses, and yields exactly the (address, effects, roles) read off the file by hand.
 * An exact list fails when a change is dropped (a deletion, a replacement) or invented.
 */
import { describe, expect, it } from 'vitest';
import { read, realPlan, summarize } from './helpers.js';

const eks = '123456789123-acme-corp-iam-for-eks';
const expected: Record<string, [string, string[], string[]][]> = {
  'tfplan-checkov-create-before-destroy-create-delete-tf1.2-noiam.json': [],
  'tfplan-checkov-eks-lambda-ec2-roles-55-creates-tf0.12.json': [
    ['aws_eks_cluster.eks_cluster', ['dependent-added'], [eks]],
    ['aws_iam_role.ec2role', ['created'], ['123456789123-acme-corp-role']],
    ['aws_iam_role.iam_for_eks', ['created'], [eks]],
    ['aws_iam_role.iam_for_lambda', ['created'], ['123456789123-acme-corp-analysis-lambda']],
    ['aws_iam_role_policy.ec2policy', ['permissions-added'], ['123456789123-acme-corp-role']],
    ['aws_iam_role_policy_attachment.policy_attachment-AmazonEKSClusterPolicy', ['permissions-added'], [eks]],
    ['aws_iam_role_policy_attachment.policy_attachment-AmazonEKSServicePolicy', ['permissions-added'], [eks]],
    ['aws_lambda_function.analysis_lambda', ['dependent-added'], ['123456789123-acme-corp-analysis-lambda']],
  ],
  'tfplan-checkov-iam-policy-document-data-read-tf1.3.json': [],
  'tfplan-checkov-iam-role-user-group-policies-tf1.1.json': [
    // The role's name is known only after apply: the address stands in for it.
    ['aws_iam_role.example', ['created'], ['aws_iam_role.example']],
    ['aws_iam_role_policy.fail_1', ['permissions-added'], ['aws_iam_role.example']],
  ],
  'tfplan-checkov-nested-modules-eks-clusters-tf0.13.json': [
    ['module.child_0.module.child_1_a.aws_eks_cluster.cluster', ['dependent-added'], ['test']],
    ['module.child_0.module.child_1_b.aws_eks_cluster.cluster', ['dependent-added'], ['test']],
    ['module.child_0.module.child_1_c.aws_eks_cluster.cluster', ['dependent-added'], ['test']],
  ],
  'tfplan-infracost-nested-modules-rds-monitoring-role-count-tf0.12.json': [
    ['module.db.module.db_2.module.db_instance.aws_iam_role.enhanced_monitoring[0]', ['created'], ['MyRDSMonitoringRole']],
    ['module.db.module.db_2.module.db_instance.aws_iam_role_policy_attachment.enhanced_monitoring[0]', ['permissions-added'], ['MyRDSMonitoringRole']],
  ],
  'tfplan-infracost-setup-terraform-wrapper-noise-lambda-tf1.0.json': [
    ['aws_lambda_function.hello_world', ['dependent-added'], ['arn:aws:lambda:us-east-1:aws:resource-id']],
  ],
  'tfplan-regula-admin-policy-role-inline-policies-tf0.13.json': [
    ['aws_iam_role.my_test_role', ['created'], ['my_test_role']],
    ['aws_iam_role_policy.invalid_role_policy', ['permissions-added'], ['my_test_role']],
    ['aws_iam_role_policy.valid_role_policy', ['permissions-added'], ['my_test_role']],
  ],
  'tfplan-snyk-all-actions-create-update-delete-noop-tf1.2-noiam.json': [],
  'tfplan-terraformjson-action-invocations-no-resource-changes-noiam.json': [],
  'tfplan-terraformjson-moved-block-previous-address-tf1.5-noiam.json': [],
  'tfplan-terraformjson-replace-tainted-action-reason-tf1.15-noiam.json': [],
  'tfplan-tfcompliance-foreach-iam-roles-modules-tf0.13.json': [
    ['aws_iam_role.test_iam_role["repository_1"]', ['created'], ['1234']],
    ['aws_iam_role.test_iam_role["repository_2"]', ['created'], ['1234']],
  ],
  'tfplan-tfcompliance-lambda-functions-roles-tf1.0.json': [
    ['aws_iam_role.iam_for_lambda1', ['created'], ['iam_for_lambda']],
    ['aws_iam_role.iam_for_lambda2', ['created'], ['iam_for_lambda']],
    ['aws_iam_role.iam_for_lambda3', ['created'], ['iam_for_lambda']],
    ['aws_lambda_function.test_lambda1', ['dependent-added'], ['aws_iam_role.iam_for_lambda.arn']],
    ['aws_lambda_function.test_lambda2', ['dependent-added'], ['aws_iam_role.iam_for_lambda.arn']],
    ['aws_lambda_function.test_lambda3', ['dependent-added'], ['aws_iam_role.iam_for_lambda.arn']],
    ['aws_lambda_function.test_lambda4', ['dependent-added'], ['aws_iam_role.iam_for_lambda.arn']],
  ],
  'tfplan-tipv-identity-policies-roles-users-groups-tf1.5.json': [
    ['aws_iam_role.example', ['created'], ['yak_role']],
    ['aws_iam_role.test_role', ['created'], ['test_role']],
    ['aws_iam_role_policy.test_policy', ['permissions-added'], ['test_role']],
  ],
  'tfplan-tipv-role-inline-assume-policy-tf1.5.json': [['aws_iam_role.test_role', ['created'], ['test_role']]],
};

describe('real plans', () => {
  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: exact changes`, async () => {
      const reading = await read(realPlan(file), {}, file);
      expect(summarize(reading)).toEqual(want);
      expect(reading.input).toBe(file);
      for (const c of reading.changes) expect(c.input).toBe(file);
    });
  }

  it('reads every real plan in the fixtures directory (none left untested)', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(realPlan('.')).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it('extracts the plan from setup-terraform wrapper noise and says so', async () => {
    const reading = await read(realPlan('tfplan-infracost-setup-terraform-wrapper-noise-lambda-tf1.0.json'));
    expect(reading.warnings.join('\n')).toMatch(/terraform_wrapper: false/);
    expect(reading.meta?.terraformVersion).toBe('1.0.11');
  });

  it('names the quoted-reference mistake instead of crashing', async () => {
    const reading = await read(realPlan('tfplan-tfcompliance-lambda-functions-roles-tf1.0.json'));
    expect(reading.warnings.some((w) => w.includes('looks like a quoted reference'))).toBe(true);
  });

  it('resolves an unknown role of a policy through configuration references (role known after apply)', async () => {
    const reading = await read(realPlan('tfplan-checkov-eks-lambda-ec2-roles-55-creates-tf0.12.json'));
    const lambda = reading.changes.find((c) => c.address === 'aws_lambda_function.analysis_lambda')!;
    expect(lambda.effects[0]).toMatchObject({
      kind: 'dependent-added',
      dependent: { kind: 'lambda-function', id: '123456789123-acme-corp-analysis', via: 'function configuration Role' },
    });
    const attach = reading.changes.find((c) => c.address.endsWith('AmazonEKSClusterPolicy'))!;
    const delta = (attach.effects[0] as { delta: { policy: string; services: string[] } }).delta;
    expect(delta.policy).toBe('arn:aws:iam::aws:policy/AmazonEKSClusterPolicy');
    expect(delta.services).toContain('ec2');
  });

  it('keeps the unknown role name visible as unknown, never guessed', async () => {
    const reading = await read(realPlan('tfplan-checkov-iam-role-user-group-policies-tf1.1.json'));
    const [role] = reading.changes[0]!.effects;
    expect(role!.unknowns).toEqual(['role name known after apply (aws_iam_role.example)']);
  });
});
