/**
 * A synthetic plan of many resource changes in the shape Terraform writes: roles in keyed modules,
 * inline policies whose role is known only through configuration, and non-IAM noise. Used by the
 * big-plan test; the benchmark can import it too.
 */
export function bigPlan(modules: number, perModule: number): string {
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  const doc = (a: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: a, Resource: '*' }] });
  const rcs: unknown[] = [];
  const prior: unknown[] = [];
  for (let m = 0; m < modules; m++) {
    const mod = `module.svc["m.${m}"]`;
    const priorResources: unknown[] = [];
    for (let i = 0; i < perModule; i++) {
      const name = `svc-${m}-${i}`;
      const role = { arn: `arn:aws:iam::111122223333:role/${name}`, assume_role_policy: trust, id: name, inline_policy: [], managed_policy_arns: [], name, path: '/', permissions_boundary: null, tags: {}, tags_all: {} };
      const deleting = i % 10 === 0;
      rcs.push({
        address: `${mod}.aws_iam_role.r["${i}"]`,
        module_address: mod,
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'r',
        index: String(i),
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: deleting
          ? { actions: ['delete'], before: role, after: null, after_unknown: {}, before_sensitive: { inline_policy: [], managed_policy_arns: [], tags: {}, tags_all: {} }, after_sensitive: false }
          : { actions: ['no-op'], before: role, after: role, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
      });
      rcs.push({
        address: `${mod}.aws_iam_role_policy.p["${i}"]`,
        module_address: mod,
        mode: 'managed',
        type: 'aws_iam_role_policy',
        name: 'p',
        index: String(i),
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: { actions: ['create'], before: null, after: { name: `p${i}`, policy: doc(i % 2 ? 's3:GetObject' : 'sqs:SendMessage') }, after_unknown: { id: true, role: true }, before_sensitive: false, after_sensitive: {} },
      });
      rcs.push({
        address: `${mod}.aws_s3_bucket.b["${i}"]`,
        module_address: mod,
        mode: 'managed',
        type: 'aws_s3_bucket',
        name: 'b',
        index: String(i),
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: { actions: ['update'], before: { bucket: `b-${m}-${i}`, tags: { a: '1' } }, after: { bucket: `b-${m}-${i}`, tags: { a: '2' } }, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
      });
      priorResources.push({ address: `${mod}.aws_iam_role.r["${i}"]`, mode: 'managed', type: 'aws_iam_role', name: 'r', index: String(i), values: role, sensitive_values: {} });
    }
    prior.push({ address: mod, resources: priorResources });
  }
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: {} },
    resource_changes: rcs,
    prior_state: { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { child_modules: prior } } },
    configuration: {
      root_module: {
        module_calls: {
          svc: {
            source: './svc',
            for_each_expression: { references: ['var.services'] },
            module: {
              resources: [
                { address: 'aws_iam_role.r', mode: 'managed', type: 'aws_iam_role', name: 'r', expressions: { assume_role_policy: { constant_value: trust } } },
                { address: 'aws_iam_role_policy.p', mode: 'managed', type: 'aws_iam_role_policy', name: 'p', expressions: { role: { references: ['aws_iam_role.r', 'each.key'] } } },
              ],
            },
          },
        },
      },
    },
  };
  return JSON.stringify(plan);
}
