/**
 * Which dependent kinds are worth scanning for a role. A service can only run with a role whose trust
 * policy lets that service assume it, so when the live trust policy is known and admits no such service,
 * the scan for that service is skipped for this role (the answer "none" is then inferred from the trust
 * policy that was read successfully, not guessed). Access entries need no service principal: always scanned.
 */
import type { DependentKind } from '../../model/dependent.js';
import { admitsService } from './trust.js';
import { ALL_KINDS, type RoleWork } from './work.js';

export function kindsNeeded(work: RoleWork): Set<DependentKind> {
  if (work.facts.existence === 'absent') return new Set();
  if (work.facts.existence === 'unknown') return new Set(ALL_KINDS);
  const t = work.trust;
  const kinds = new Set<DependentKind>(['eks-access-entry', 'iam-role', 'iam-user']);
  if (admitsService(t, 'lambda', 'edgelambda')) kinds.add('lambda-function');
  if (admitsService(t, 'eks')) kinds.add('eks-cluster');
  if (admitsService(t, 'ec2')) kinds.add('eks-nodegroup');
  if (admitsService(t, 'eks-fargate-pods')) kinds.add('eks-fargate-profile');
  if (admitsService(t, 'pods.eks')) kinds.add('eks-pod-identity');
  if (admitsService(t, 'pods.eks') || t.federated.length > 0) kinds.add('eks-addon');
  if (t.irsa.length > 0) kinds.add('irsa-service-account');
  if ((work.facts.instanceProfiles ?? []).length > 0) kinds.add('ec2-instance');
  if (admitsService(t, 'ecs-tasks')) {
    kinds.add('ecs-task-definition');
    kinds.add('ecs-service');
  }
  if (admitsService(t, 'states')) kinds.add('sfn-state-machine');
  if (admitsService(t, 'codebuild')) kinds.add('codebuild-project');
  if (admitsService(t, 'cloudformation')) kinds.add('cloudformation-stack');
  return kinds;
}
