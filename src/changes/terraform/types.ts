/** Resource types the reader looks at, and which attribute of each names a role. */
import type { DependentKind } from '../../model/dependent.js';

export const ROLE = 'aws_iam_role';
export const ROLE_POLICY = 'aws_iam_role_policy';
export const ROLE_POLICY_ATTACHMENT = 'aws_iam_role_policy_attachment';
export const POLICY_ATTACHMENT = 'aws_iam_policy_attachment';
export const ROLE_POLICIES_EXCLUSIVE = 'aws_iam_role_policies_exclusive';
export const ROLE_POLICY_ATTACHMENTS_EXCLUSIVE = 'aws_iam_role_policy_attachments_exclusive';
export const MANAGED_POLICY = 'aws_iam_policy';
export const INSTANCE_PROFILE = 'aws_iam_instance_profile';
export const POLICY_DOCUMENT = 'aws_iam_policy_document';

export interface ComputeLink {
  attribute: string;
  kind: DependentKind;
  via: string;
}

/** Compute resources whose configuration names a role: they break when it goes. */
export const computeLinks: Record<string, ComputeLink[]> = {
  aws_lambda_function: [{ attribute: 'role', kind: 'lambda-function', via: 'function configuration Role' }],
  aws_eks_cluster: [{ attribute: 'role_arn', kind: 'eks-cluster', via: 'cluster role_arn' }],
  aws_eks_node_group: [{ attribute: 'node_role_arn', kind: 'eks-nodegroup', via: 'node group node_role_arn' }],
  aws_eks_fargate_profile: [
    { attribute: 'pod_execution_role_arn', kind: 'eks-fargate-profile', via: 'fargate profile pod_execution_role_arn' },
  ],
  aws_eks_pod_identity_association: [
    { attribute: 'role_arn', kind: 'eks-pod-identity', via: 'pod identity association role_arn' },
  ],
  aws_ecs_task_definition: [
    { attribute: 'task_role_arn', kind: 'ecs-task-definition', via: 'task definition task_role_arn' },
    { attribute: 'execution_role_arn', kind: 'ecs-task-definition', via: 'task definition execution_role_arn' },
  ],
  aws_sfn_state_machine: [{ attribute: 'role_arn', kind: 'sfn-state-machine', via: 'state machine role_arn' }],
  aws_codebuild_project: [{ attribute: 'service_role', kind: 'codebuild-project', via: 'project service_role' }],
};

const managedTypes = new Set<string>([
  ROLE,
  ROLE_POLICY,
  ROLE_POLICY_ATTACHMENT,
  POLICY_ATTACHMENT,
  ROLE_POLICIES_EXCLUSIVE,
  ROLE_POLICY_ATTACHMENTS_EXCLUSIVE,
  MANAGED_POLICY,
  INSTANCE_PROFILE,
  ...Object.keys(computeLinks),
]);
/** Data sources whose results resolve references: a policy document's `json`, a role's name/arn. */
const dataTypes = new Set<string>([POLICY_DOCUMENT, ROLE, 'aws_iam_policy']);

export function isRelevant(mode: string | undefined, type: string | undefined): boolean {
  if (type === undefined) return false;
  return mode === 'data' ? dataTypes.has(type) : managedTypes.has(type);
}

/**
 * prior_state entries the analysis looks up (PlanContext.priorSide): the name and ARN of a role (managed or
 * data source), the `json` of a policy document, the `policy` of a managed policy. The other relevant types
 * are read from their changes only, so their prior_state entries (Lambda functions are most of them) are
 * neither parsed nor kept. A new prior_state lookup must add its type here.
 */
const priorManaged = new Set<string>([ROLE, MANAGED_POLICY]);
const priorData = new Set<string>([ROLE, POLICY_DOCUMENT]);

export function isPriorLookup(mode: string | undefined, type: string | undefined): boolean {
  if (type === undefined) return false;
  return mode === 'data' ? priorData.has(type) : priorManaged.has(type);
}

/** Every type and mode name the reader tells apart (the byte scanner matches them without decoding). */
export const READ_NAMES: ReadonlySet<string> = new Set(['managed', 'data', ...managedTypes, ...dataTypes, ...priorManaged, ...priorData]);
