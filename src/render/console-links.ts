/**
 * AWS console URLs for dependents and roles. Built only from parsed ARN parts and validated regions,
 * every free-form part percent-encoded: a crafted id can yield no link, never a different one.
 */
import type { Dependent } from '../model/dependent.js';
import { encodeSegment as enc } from './escape.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(value: string): Arn | undefined {
  const m = /^arn:(aws|aws-cn|aws-us-gov):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:(.+)$/.exec(value);
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3]!, account: m[4] ?? '', resource: m[5]! };
}

function consoleHost(partition: string): string {
  if (partition === 'aws-cn') return 'console.amazonaws.cn';
  if (partition === 'aws-us-gov') return 'console.amazonaws-us-gov.com';
  return 'console.aws.amazon.com';
}

function regional(partition: string, region: string): string | undefined {
  if (!REGION.test(region)) return undefined;
  return `https://${region}.${consoleHost(partition)}`;
}

/** IAM console page of a role (global service). */
export function roleConsoleUrl(name: string, arn?: string): string {
  const partition = (arn && parseArn(arn)?.partition) || 'aws';
  return `https://${consoleHost(partition)}/iam/home#/roles/details/${enc(name)}`;
}

/** Console page of a dependent, when its kind and id say enough to build one. */
export function dependentConsoleUrl(d: Dependent): string | undefined {
  const arn = parseArn(d.id);
  const partition = arn?.partition ?? 'aws';
  const region = arn?.region || d.region;
  const base = regional(partition, region);
  const q = `region=${region}`;
  const resource = arn?.resource ?? d.id;
  const after = (prefix: string): string | undefined =>
    resource.startsWith(prefix) ? resource.slice(prefix.length) : undefined;
  switch (d.kind) {
    case 'lambda-function': {
      const name = after('function:')?.split(':')[0] ?? (arn ? undefined : d.name ?? d.id);
      return base && name ? `${base}/lambda/home?${q}#/functions/${enc(name)}` : undefined;
    }
    case 'eks-cluster': {
      const name = after('cluster/') ?? d.name;
      return base && name ? `${base}/eks/home?${q}#/clusters/${enc(name)}` : undefined;
    }
    case 'eks-nodegroup': {
      const [cluster, nodegroup] = (after('nodegroup/') ?? d.name ?? '').split('/');
      return base && cluster && nodegroup
        ? `${base}/eks/home?${q}#/clusters/${enc(cluster)}/nodegroups/${enc(nodegroup)}`
        : undefined;
    }
    case 'eks-fargate-profile': {
      const [cluster, profile] = (after('fargateprofile/') ?? '').split('/');
      return base && cluster && profile
        ? `${base}/eks/home?${q}#/clusters/${enc(cluster)}/fargate-profiles/${enc(profile)}`
        : undefined;
    }
    case 'eks-pod-identity':
    case 'eks-addon':
    case 'eks-access-entry':
    case 'irsa-service-account': {
      const cluster = (arn ? resource.split('/')[1] : d.id.split('/')[0]) ?? '';
      return base && cluster ? `${base}/eks/home?${q}#/clusters/${enc(cluster)}` : undefined;
    }
    case 'ec2-instance': {
      const id = after('instance/') ?? (/^i-[0-9a-f]+$/.test(d.id) ? d.id : undefined);
      return base && id ? `${base}/ec2/home?${q}#InstanceDetails:instanceId=${enc(id)}` : undefined;
    }
    case 'ecs-task-definition': {
      const [family, revision] = (after('task-definition/') ?? '').split(':');
      return base && family
        ? `${base}/ecs/v2/task-definitions/${enc(family)}${revision ? `/${enc(revision)}` : ''}?${q}`
        : undefined;
    }
    case 'ecs-service': {
      const [cluster, service] = (after('service/') ?? '').split('/');
      return base && cluster && service
        ? `${base}/ecs/v2/clusters/${enc(cluster)}/services/${enc(service)}?${q}`
        : undefined;
    }
    case 'sfn-state-machine':
      return base && arn ? `${base}/states/home?${q}#/statemachines/view/${enc(d.id)}` : undefined;
    case 'codebuild-project': {
      const name = after('project/') ?? d.name;
      return base && name ? `${base}/codesuite/codebuild/projects/${enc(name)}/history?${q}` : undefined;
    }
    case 'cloudformation-stack':
      return base && arn ? `${base}/cloudformation/home?${q}#/stacks/stackinfo?stackId=${enc(d.id)}` : undefined;
    case 'iam-role': {
      const name = after('role/')?.split('/').pop() ?? d.name;
      return name ? `https://${consoleHost(partition)}/iam/home#/roles/details/${enc(name)}` : undefined;
    }
    case 'iam-user': {
      const name = after('user/')?.split('/').pop() ?? d.name;
      return name ? `https://${consoleHost(partition)}/iam/home#/users/details/${enc(name)}` : undefined;
    }
  }
}
