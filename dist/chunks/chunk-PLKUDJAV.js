import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  deltaPermissions
} from "./chunk-A2HSOLLW.js";

// src/analysis/describe.ts
var kindNames = {
  "lambda-function": ["Lambda function", "Lambda functions"],
  "eks-cluster": ["EKS cluster", "EKS clusters"],
  "eks-nodegroup": ["EKS node group", "EKS node groups"],
  "eks-fargate-profile": ["EKS Fargate profile", "EKS Fargate profiles"],
  "eks-pod-identity": ["EKS pod via Pod Identity", "EKS pods via Pod Identity"],
  "eks-addon": ["EKS add-on", "EKS add-ons"],
  "eks-access-entry": ["EKS access entry", "EKS access entries"],
  "irsa-service-account": ["EKS pod via IRSA", "EKS pods via IRSA"],
  "ec2-instance": ["EC2 instance", "EC2 instances"],
  "ecs-task-definition": ["ECS task definition", "ECS task definitions"],
  "ecs-service": ["ECS service", "ECS services"],
  "sfn-state-machine": ["Step Functions state machine", "Step Functions state machines"],
  "codebuild-project": ["CodeBuild project", "CodeBuild projects"],
  "cloudformation-stack": ["CloudFormation stack", "CloudFormation stacks"],
  "iam-role": ["IAM role that assumes it", "IAM roles that assume it"],
  "iam-user": ["IAM user that assumes it", "IAM users that assume it"]
};
function kindName(kind, count) {
  const names = kindNames[kind];
  return count === 1 ? names[0] : names[1];
}
function displayName(d) {
  if (d.name) return d.name;
  const tail = d.id.split(":").pop() ?? d.id;
  return tail.replace(/^(function|role|user)\//, "");
}
var NAMES_SHOWN = 3;
function describeDependents(ds) {
  const groups = [];
  for (const d of ds) {
    const last = groups[groups.length - 1];
    if (last && last.kind === d.kind && last.region === d.region) last.names.push(displayName(d));
    else groups.push({ kind: d.kind, region: d.region, names: [displayName(d)] });
  }
  return joinAnd(
    groups.map((g) => {
      const where = g.region === "global" || g.region === "unknown" ? "" : ` in ${g.region}`;
      const shown = g.names.slice(0, NAMES_SHOWN).join(", ");
      const more = g.names.length > NAMES_SHOWN ? ` and ${g.names.length - NAMES_SHOWN} more` : "";
      return `${g.names.length} ${kindName(g.kind, g.names.length)}${where} (${shown}${more})`;
    })
  );
}
function joinAnd(parts) {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
var ACTIONS_SHOWN = 4;
function describePermissions(delta) {
  const actions = [
    ...new Set(deltaPermissions(delta).filter((p) => p.effect === "Allow").map((p) => p.notAction ? `everything but ${p.action}` : p.action))
  ];
  const list = actions.length === 0 ? delta.services.length > 0 ? `permissions on ${delta.services.join(", ")}` : "permissions" : actions.slice(0, ACTIONS_SHOWN).join(", ") + (actions.length > ACTIONS_SHOWN ? ` and ${actions.length - ACTIONS_SHOWN} more` : "");
  return `${list} (from \`${delta.policy}\`)`;
}

export {
  kindName,
  displayName,
  describeDependents,
  joinAnd,
  describePermissions
};
