import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/changes/cdk/intrinsics.ts
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var KNOWN_AFTER_APPLY = "{{changeSet:KNOWN_AFTER_APPLY}}";
function intrinsicKey(v) {
  const keys = Object.keys(v);
  if (keys.length !== 1) return void 0;
  const k = keys[0];
  return k === "Ref" || k.startsWith("Fn::") ? k : void 0;
}
function renderIntrinsics(value) {
  if (Array.isArray(value)) return value.map(renderIntrinsics);
  if (!isRecord(value)) return value;
  const key = intrinsicKey(value);
  if (key === void 0) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderIntrinsics(v);
    return out;
  }
  return renderIntrinsic(key, value[key]);
}
function renderIntrinsic(key, arg) {
  if (key === "Ref" && typeof arg === "string") return `\${${arg}}`;
  if (key === "Fn::GetAtt") {
    if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string") {
      const attr = typeof arg[1] === "string" ? arg[1] : JSON.stringify(renderIntrinsics(arg[1]));
      return `\${${arg[0]}.${attr}}`;
    }
    if (typeof arg === "string") return `\${${arg}}`;
  }
  if (key === "Fn::Join" && Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string" && Array.isArray(arg[1])) {
    const parts = arg[1].map((p) => {
      const r = renderIntrinsics(p);
      return typeof r === "string" ? r : JSON.stringify(r);
    });
    return parts.join(arg[0]);
  }
  if (key === "Fn::Sub") {
    if (typeof arg === "string") return arg;
    if (Array.isArray(arg) && typeof arg[0] === "string" && isRecord(arg[1])) {
      const vars = arg[1];
      return arg[0].replace(/\$\{([^}!]+)\}/g, (whole, name) => {
        if (!(name in vars)) return whole;
        const r = renderIntrinsics(vars[name]);
        return typeof r === "string" ? r : JSON.stringify(r);
      });
    }
  }
  return `\${${key}(${JSON.stringify(renderIntrinsics(arg))})}`;
}
var ROLE_ARN = /^arn:[^:]+:iam::[^:]*:role\/(?:[^/]+\/)*([^/]+)$/;
var RENDERED_ROLE_ARN = /^arn:(?:\$\{AWS::Partition\}|aws[a-z-]*):iam::(?:\$\{AWS::AccountId\}|\d{12}):role\/(?:[^/${}]+\/)*([^/${}]+)$/;
function resolveRoleRef(value) {
  if (typeof value === "string") {
    if (value === KNOWN_AFTER_APPLY) return { kind: "unknown", reason: "known only when the change set executes" };
    const arn = ROLE_ARN.exec(value);
    if (arn) return { kind: "name", name: arn[1], arn: value };
    if (value.startsWith("arn:")) return { kind: "unknown", reason: `"${value}" is not a role ARN` };
    if (value.includes("${") || value.includes("{{")) return { kind: "unknown", reason: `unresolvable value "${value}"` };
    return { kind: "name", name: value };
  }
  if (isRecord(value)) {
    const key = intrinsicKey(value);
    const arg = key ? value[key] : void 0;
    if (key === "Ref" && typeof arg === "string") {
      if (arg.startsWith("AWS::")) return { kind: "unknown", reason: `Ref ${arg} is not a role` };
      return { kind: "logical", logicalId: arg };
    }
    if (key === "Fn::GetAtt") {
      const [id, attr] = Array.isArray(arg) ? arg : typeof arg === "string" ? arg.split(".") : [];
      if (typeof id === "string" && (attr === "Arn" || attr === "RoleId" || attr === void 0)) return { kind: "logical", logicalId: id };
    }
    if (key === "Fn::Join" || key === "Fn::Sub") {
      const text = renderIntrinsic(key, arg);
      const m = RENDERED_ROLE_ARN.exec(text);
      if (m) return { kind: "name", name: m[1] };
      const ref = /^\$\{([A-Za-z0-9]+)(?:\.Arn)?\}$/.exec(text);
      if (ref) return { kind: "logical", logicalId: ref[1] };
      return { kind: "unknown", reason: `unresolvable intrinsic ${text}` };
    }
    return { kind: "unknown", reason: `unresolvable intrinsic ${JSON.stringify(value)}` };
  }
  return { kind: "unknown", reason: `unexpected value ${JSON.stringify(value)}` };
}
var AWS_MANAGED = /^arn:(?:\$\{AWS::Partition\}|aws[a-z-]*):iam::aws:policy\/(?:.+\/)?([^/]+)$/;
function resolveManagedPolicyRef(value) {
  if (isRecord(value) && intrinsicKey(value) === "Ref" && typeof value.Ref === "string" && !value.Ref.startsWith("AWS::")) {
    return { kind: "logical", logicalId: value.Ref };
  }
  const rendered = renderIntrinsics(value);
  const text = typeof rendered === "string" ? rendered : JSON.stringify(rendered);
  const aws = AWS_MANAGED.exec(text);
  if (aws) return { kind: "aws", name: aws[1], arn: text };
  if (/^arn:[^:]+:iam::\d{12}:policy\//.test(text)) return { kind: "arn", arn: text };
  if (text === KNOWN_AFTER_APPLY) return { kind: "unknown", reason: "known only when the change set executes", text };
  return { kind: "unknown", reason: `unresolvable managed policy reference ${text}`, text };
}
function literal(value) {
  return typeof value === "string" && !value.includes("{{") ? value : void 0;
}

// src/changes/cdk/model.ts
var ROLE_USERS = {
  "AWS::Lambda::Function": { props: ["Role"], kind: "lambda-function" },
  "AWS::ECS::TaskDefinition": { props: ["TaskRoleArn", "ExecutionRoleArn"], kind: "ecs-task-definition" },
  "AWS::EKS::Cluster": { props: ["RoleArn"], kind: "eks-cluster" },
  "AWS::EKS::Nodegroup": { props: ["NodeRole"], kind: "eks-nodegroup" },
  "AWS::EKS::FargateProfile": { props: ["PodExecutionRoleArn"], kind: "eks-fargate-profile" },
  "AWS::EKS::PodIdentityAssociation": { props: ["RoleArn"], kind: "eks-pod-identity" },
  "AWS::StepFunctions::StateMachine": { props: ["RoleArn"], kind: "sfn-state-machine" },
  "AWS::CodeBuild::Project": { props: ["ServiceRole"], kind: "codebuild-project" }
};
var IAM_POLICY_TYPES = /* @__PURE__ */ new Set(["AWS::IAM::Policy", "AWS::IAM::RolePolicy", "AWS::IAM::ManagedPolicy"]);
function isRelevantType(type) {
  return type === "AWS::IAM::Role" || type === "AWS::IAM::InstanceProfile" || IAM_POLICY_TYPES.has(type) || type in ROLE_USERS;
}
var PHYSICAL_NAME_UNKNOWN = "physical name resolved at deploy";

export {
  isRecord,
  KNOWN_AFTER_APPLY,
  renderIntrinsics,
  resolveRoleRef,
  resolveManagedPolicyRef,
  literal,
  ROLE_USERS,
  isRelevantType,
  PHYSICAL_NAME_UNKNOWN
};
