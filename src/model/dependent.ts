import { z } from 'zod';

export const dependentKinds = [
  'lambda-function',
  'eks-cluster',
  'eks-nodegroup',
  'eks-fargate-profile',
  'eks-pod-identity',
  'eks-addon',
  'eks-access-entry',
  'irsa-service-account',
  'ec2-instance',
  'ecs-task-definition',
  'ecs-service',
  'sfn-state-machine',
  'codebuild-project',
  'cloudformation-stack',
  'iam-role',
  'iam-user',
] as const;
export const dependentKindSchema = z.enum(dependentKinds);
export type DependentKind = z.infer<typeof dependentKindSchema>;

/** Something that breaks when the role goes away or loses what it needs. */
export const dependentSchema = z.object({
  kind: dependentKindSchema,
  /** ARN where one exists, otherwise the most specific id (`cluster/namespace/serviceaccount`). */
  id: z.string(),
  /** Short display name (function name, `cluster/nodegroup`). */
  name: z.string().optional(),
  /** Region, or `global` for IAM. */
  region: z.string(),
  account: z.string().optional(),
  /** How it is linked: "function configuration Role", "trust policy sub system:serviceaccount:payments:api". */
  via: z.string(),
  /** Where the fact came from: `live`, `snapshot`, `plan`, `template`. */
  origin: z.enum(['live', 'snapshot', 'plan', 'template']).optional(),
  /** The service principal this dependent needs in the role's trust policy (`lambda.amazonaws.com`). */
  needsPrincipal: z.string().optional(),
  /** True when the change itself moves this dependent off the role or destroys it: it does not break. */
  leavesInChange: z.boolean().optional(),
  /** Last time the dependent ran, when known. */
  lastActive: z.string().optional(),
});
export type Dependent = z.infer<typeof dependentSchema>;

/** The service principal each dependent kind needs to be able to assume the role. */
export const principalNeededBy: Partial<Record<DependentKind, string>> = {
  'lambda-function': 'lambda.amazonaws.com',
  'eks-cluster': 'eks.amazonaws.com',
  'eks-nodegroup': 'ec2.amazonaws.com',
  'eks-fargate-profile': 'eks-fargate-pods.amazonaws.com',
  'eks-pod-identity': 'pods.eks.amazonaws.com',
  'ec2-instance': 'ec2.amazonaws.com',
  'ecs-task-definition': 'ecs-tasks.amazonaws.com',
  'ecs-service': 'ecs-tasks.amazonaws.com',
  'sfn-state-machine': 'states.amazonaws.com',
  'codebuild-project': 'codebuild.amazonaws.com',
  'cloudformation-stack': 'cloudformation.amazonaws.com',
};
