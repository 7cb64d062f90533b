import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/changes/terraform/types.ts
var ROLE = "aws_iam_role";
var ROLE_POLICY = "aws_iam_role_policy";
var ROLE_POLICY_ATTACHMENT = "aws_iam_role_policy_attachment";
var POLICY_ATTACHMENT = "aws_iam_policy_attachment";
var ROLE_POLICIES_EXCLUSIVE = "aws_iam_role_policies_exclusive";
var ROLE_POLICY_ATTACHMENTS_EXCLUSIVE = "aws_iam_role_policy_attachments_exclusive";
var MANAGED_POLICY = "aws_iam_policy";
var INSTANCE_PROFILE = "aws_iam_instance_profile";
var POLICY_DOCUMENT = "aws_iam_policy_document";
var computeLinks = {
  aws_lambda_function: [{ attribute: "role", kind: "lambda-function", via: "function configuration Role" }],
  aws_eks_cluster: [{ attribute: "role_arn", kind: "eks-cluster", via: "cluster role_arn" }],
  aws_eks_node_group: [{ attribute: "node_role_arn", kind: "eks-nodegroup", via: "node group node_role_arn" }],
  aws_eks_fargate_profile: [
    { attribute: "pod_execution_role_arn", kind: "eks-fargate-profile", via: "fargate profile pod_execution_role_arn" }
  ],
  aws_eks_pod_identity_association: [
    { attribute: "role_arn", kind: "eks-pod-identity", via: "pod identity association role_arn" }
  ],
  aws_ecs_task_definition: [
    { attribute: "task_role_arn", kind: "ecs-task-definition", via: "task definition task_role_arn" },
    { attribute: "execution_role_arn", kind: "ecs-task-definition", via: "task definition execution_role_arn" }
  ],
  aws_sfn_state_machine: [{ attribute: "role_arn", kind: "sfn-state-machine", via: "state machine role_arn" }],
  aws_codebuild_project: [{ attribute: "service_role", kind: "codebuild-project", via: "project service_role" }]
};
var managedTypes = /* @__PURE__ */ new Set([
  ROLE,
  ROLE_POLICY,
  ROLE_POLICY_ATTACHMENT,
  POLICY_ATTACHMENT,
  ROLE_POLICIES_EXCLUSIVE,
  ROLE_POLICY_ATTACHMENTS_EXCLUSIVE,
  MANAGED_POLICY,
  INSTANCE_PROFILE,
  ...Object.keys(computeLinks)
]);
var dataTypes = /* @__PURE__ */ new Set([POLICY_DOCUMENT, ROLE, "aws_iam_policy"]);
function isRelevant(mode, type) {
  if (type === void 0) return false;
  return mode === "data" ? dataTypes.has(type) : managedTypes.has(type);
}
var priorManaged = /* @__PURE__ */ new Set([ROLE, MANAGED_POLICY]);
var priorData = /* @__PURE__ */ new Set([ROLE, POLICY_DOCUMENT]);
function isPriorLookup(mode, type) {
  if (type === void 0) return false;
  return mode === "data" ? priorData.has(type) : priorManaged.has(type);
}
var READ_NAMES = /* @__PURE__ */ new Set(["managed", "data", ...managedTypes, ...dataTypes, ...priorManaged, ...priorData]);

export {
  ROLE,
  ROLE_POLICY,
  ROLE_POLICY_ATTACHMENT,
  POLICY_ATTACHMENT,
  ROLE_POLICIES_EXCLUSIVE,
  ROLE_POLICY_ATTACHMENTS_EXCLUSIVE,
  MANAGED_POLICY,
  INSTANCE_PROFILE,
  POLICY_DOCUMENT,
  computeLinks,
  isRelevant,
  isPriorLookup,
  READ_NAMES
};
