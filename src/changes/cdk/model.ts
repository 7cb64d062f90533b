/**
 * The one shape every CDK/CloudFormation input is brought into before effects are derived: per stack,
 * the resources that change, with their properties on each side when the input has them.
 */
import type { DependentKind } from '../../model/dependent.js';

export type Properties = Record<string, unknown>;

export interface TemplateResource {
  Type: string;
  Properties?: Properties;
}

export interface ResourceDelta {
  logicalId: string;
  type: string;
  action: 'add' | 'remove' | 'modify';
  /** `maybe` = CloudFormation decides at deploy time (Conditional). */
  replacement: 'yes' | 'maybe' | 'no';
  /** Properties that force (or may force) the replacement. */
  replacedBecause: string[];
  /** Properties the input says changed; used when values are not included. */
  changedProperties: string[];
  before?: Properties;
  after?: Properties;
  /** The actions as the input wrote them. */
  actions: string[];
  /** `Role.Arn`-style entities that make this resource change (change set Dynamic evaluations). */
  causedBy?: string[];
}

export interface StackView {
  stack: string;
  input: string;
  source: 'cdk' | 'cloudformation';
  deltas: ResourceDelta[];
  /** Resources of each side known to the input (the whole template for cdk.out; changed ones for a change set). */
  oldResources: Record<string, TemplateResource>;
  newResources: Record<string, TemplateResource>;
  /** Logical ID → physical ID of the deployed stack, when known. */
  physicalIds: Record<string, string>;
  /** True when property values are in the input (a change set without them gives only property names). */
  valuesKnown: boolean;
}

/** Resources that name the role they run as, and the property that names it. */
export const ROLE_USERS: Record<string, { props: string[]; kind: DependentKind }> = {
  'AWS::Lambda::Function': { props: ['Role'], kind: 'lambda-function' },
  'AWS::ECS::TaskDefinition': { props: ['TaskRoleArn', 'ExecutionRoleArn'], kind: 'ecs-task-definition' },
  'AWS::EKS::Cluster': { props: ['RoleArn'], kind: 'eks-cluster' },
  'AWS::EKS::Nodegroup': { props: ['NodeRole'], kind: 'eks-nodegroup' },
  'AWS::EKS::FargateProfile': { props: ['PodExecutionRoleArn'], kind: 'eks-fargate-profile' },
  'AWS::EKS::PodIdentityAssociation': { props: ['RoleArn'], kind: 'eks-pod-identity' },
  'AWS::StepFunctions::StateMachine': { props: ['RoleArn'], kind: 'sfn-state-machine' },
  'AWS::CodeBuild::Project': { props: ['ServiceRole'], kind: 'codebuild-project' },
};

export const IAM_POLICY_TYPES = new Set(['AWS::IAM::Policy', 'AWS::IAM::RolePolicy', 'AWS::IAM::ManagedPolicy']);

/** Every resource type the CDK readers derive effects from. */
export function isRelevantType(type: string): boolean {
  return type === 'AWS::IAM::Role' || type === 'AWS::IAM::InstanceProfile' || IAM_POLICY_TYPES.has(type) || type in ROLE_USERS;
}

export const PHYSICAL_NAME_UNKNOWN = 'physical name resolved at deploy';
