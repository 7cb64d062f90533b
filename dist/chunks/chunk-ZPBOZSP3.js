import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-2QYDT5QO.js";

// src/model/dependent.ts
var dependentKinds = [
  "lambda-function",
  "eks-cluster",
  "eks-nodegroup",
  "eks-fargate-profile",
  "eks-pod-identity",
  "eks-addon",
  "eks-access-entry",
  "irsa-service-account",
  "ec2-instance",
  "ecs-task-definition",
  "ecs-service",
  "sfn-state-machine",
  "codebuild-project",
  "cloudformation-stack",
  "iam-role",
  "iam-user"
];
var dependentKindSchema = external_exports.enum(dependentKinds);
var dependentSchema = external_exports.object({
  kind: dependentKindSchema,
  /** ARN where one exists, otherwise the most specific id (`cluster/namespace/serviceaccount`). */
  id: external_exports.string(),
  /** Short display name (function name, `cluster/nodegroup`). */
  name: external_exports.string().optional(),
  /** Region, or `global` for IAM. */
  region: external_exports.string(),
  account: external_exports.string().optional(),
  /** How it is linked: "function configuration Role", "trust policy sub system:serviceaccount:payments:api". */
  via: external_exports.string(),
  /** Where the fact came from: `live`, `snapshot`, `plan`, `template`. */
  origin: external_exports.enum(["live", "snapshot", "plan", "template"]).optional(),
  /** The service principal this dependent needs in the role's trust policy (`lambda.amazonaws.com`). */
  needsPrincipal: external_exports.string().optional(),
  /** True when the change itself moves this dependent off the role or destroys it: it does not break. */
  leavesInChange: external_exports.boolean().optional(),
  /** Last time the dependent ran, when known. */
  lastActive: external_exports.string().optional()
});
var principalNeededBy = {
  "lambda-function": "lambda.amazonaws.com",
  "eks-cluster": "eks.amazonaws.com",
  "eks-nodegroup": "ec2.amazonaws.com",
  "eks-fargate-profile": "eks-fargate-pods.amazonaws.com",
  "eks-pod-identity": "pods.eks.amazonaws.com",
  "ec2-instance": "ec2.amazonaws.com",
  "ecs-task-definition": "ecs-tasks.amazonaws.com",
  "ecs-service": "ecs-tasks.amazonaws.com",
  "sfn-state-machine": "states.amazonaws.com",
  "codebuild-project": "codebuild.amazonaws.com",
  "cloudformation-stack": "cloudformation.amazonaws.com"
};

export {
  dependentKinds,
  dependentKindSchema,
  dependentSchema,
  principalNeededBy
};
