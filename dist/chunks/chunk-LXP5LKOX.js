import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  lookupGapSchema,
  serviceAccessSchema
} from "./chunk-MQSTEF4H.js";
import {
  dependentKindSchema,
  dependentSchema
} from "./chunk-ZPBOZSP3.js";
import {
  external_exports
} from "./chunk-2QYDT5QO.js";

// src/model/change.ts
var effectKinds = [
  "deleted",
  "replaced",
  "trust-changed",
  "permissions-removed",
  "permissions-added",
  "boundary-changed",
  "instance-profile-changed",
  "created",
  "dependent-removed",
  "dependent-added"
];
var effectKindSchema = external_exports.enum(effectKinds);
var changeSourceSchema = external_exports.enum(["terraform", "cdk", "cloudformation", "hcl"]);
var principalSchema = external_exports.object({
  type: external_exports.string(),
  // AWS | Service | Federated | CanonicalUser | *
  value: external_exports.string(),
  /** Conditions of the statement that grants it, rendered `Operator key = value[,value]`. */
  conditions: external_exports.array(external_exports.string()).optional(),
  /** True when the statement uses NotPrincipal. */
  not: external_exports.boolean().optional()
});
var permissionSchema = external_exports.object({
  effect: external_exports.enum(["Allow", "Deny"]),
  /** Lower-cased action (`s3:getobject`) or pattern (`s3:get*`); `*` for everything. */
  action: external_exports.string(),
  /** True when the statement used NotAction: `action` is then what is excluded. */
  notAction: external_exports.boolean().optional(),
  resources: external_exports.array(external_exports.string()).optional(),
  conditions: external_exports.array(external_exports.string()).optional()
});
var awsManagedRefSchema = external_exports.object({
  name: external_exports.string(),
  /** IAM path: `/`, `/service-role/`, `/job-function/`. */
  path: external_exports.string(),
  /** Default version of the embedded document (`v42`). */
  version: external_exports.string(),
  /** When AWS last updated that version (ISO 8601), as embedded. */
  updated: external_exports.string()
}).meta({ description: "An AWS-managed policy, by name and the version of its document the tool embeds." });
var permissionDeltaSchema = external_exports.object({
  /** Where the permissions came from: `inline:<name>`, a managed policy ARN or name, `AmazonSQSFullAccess`… */
  policy: external_exports.string(),
  awsManaged: awsManagedRefSchema.optional().meta({
    description: "Set when the delta is a whole AWS-managed policy: its permissions are not repeated in the report (`permissions` is absent); `permissionCount` says how many there are and `services` which services they reach."
  }),
  permissionCount: external_exports.number().int().nonnegative().optional().meta({
    description: "Number of permissions of the referenced AWS-managed policy (what `permissions` would hold); set exactly when `awsManaged` is."
  }),
  permissions: external_exports.array(permissionSchema).optional().meta({
    description: "The permissions; empty when the policy content is unknown (then `unknown` says why). Absent exactly when `awsManaged` is set: then the permissions are those of that AWS-managed policy, not none."
  }),
  /** Service prefixes touched (`s3`, `lambda`): Access Advisor answers per service. */
  services: external_exports.array(external_exports.string()),
  expandedActions: external_exports.array(external_exports.string()).optional().meta({
    description: "Concrete actions named when a wildcard was expanded against the IAM action catalog (at most 200, then a `+N more` entry). Not set for an `awsManaged` reference."
  }),
  /** Why the content is not fully known ("policy known after apply"). */
  unknown: external_exports.string().optional(),
  /** Policy text before/after, for a unified diff in the report (sensitive values never reach here). */
  before: external_exports.string().optional(),
  after: external_exports.string().optional()
}).check((ctx) => {
  const d = ctx.value;
  const ref = d.awsManaged !== void 0;
  if (ref === (d.permissions !== void 0) || ref !== (d.permissionCount !== void 0)) {
    ctx.issues.push({
      code: "custom",
      input: d,
      message: ref ? "a delta with awsManaged has permissionCount and no permissions" : "a delta without awsManaged has permissions and no permissionCount"
    });
  }
}).meta({
  description: "Permissions that came from one policy: either `permissions`, or (a whole AWS-managed policy) `awsManaged` with `permissionCount`, never both.",
  // What the check above enforces, for JSON Schema validators (zod copies meta into the generated schema).
  oneOf: [{ required: ["permissions"] }, { required: ["awsManaged", "permissionCount"] }],
  dependentRequired: { awsManaged: ["permissionCount"], permissionCount: ["awsManaged"] }
});
var plannedDependentSchema = external_exports.object({
  kind: dependentKindSchema,
  id: external_exports.string(),
  via: external_exports.string()
});
var effectBase = {
  /** Name of the affected role before the change (after, for creations). */
  role: external_exports.string(),
  /** ARN of the role when the input knows it. */
  roleArn: external_exports.string().optional(),
  /** One line a reviewer can read: "role renamed from a to b". */
  summary: external_exports.string(),
  /** Parts of the change the input cannot know yet ("name known after apply"). */
  unknowns: external_exports.array(external_exports.string()).optional()
};
var effectSchema = external_exports.discriminatedUnion("kind", [
  external_exports.object({ ...effectBase, kind: external_exports.literal("deleted") }),
  external_exports.object({ ...effectBase, kind: external_exports.literal("created") }),
  external_exports.object({
    ...effectBase,
    kind: external_exports.literal("replaced"),
    newName: external_exports.string().optional(),
    /** Why the role is replaced: "name changed", "tainted", "replace_triggered_by"… */
    because: external_exports.string().optional()
  }),
  external_exports.object({
    ...effectBase,
    kind: external_exports.literal("trust-changed"),
    principalsAdded: external_exports.array(principalSchema),
    principalsRemoved: external_exports.array(principalSchema),
    before: external_exports.string().optional(),
    after: external_exports.string().optional()
  }),
  external_exports.object({ ...effectBase, kind: external_exports.literal("permissions-removed"), delta: permissionDeltaSchema }),
  external_exports.object({ ...effectBase, kind: external_exports.literal("permissions-added"), delta: permissionDeltaSchema }),
  external_exports.object({
    ...effectBase,
    kind: external_exports.literal("boundary-changed"),
    before: external_exports.string().nullable().optional(),
    after: external_exports.string().nullable().optional()
  }),
  external_exports.object({
    ...effectBase,
    kind: external_exports.literal("instance-profile-changed"),
    instanceProfile: external_exports.string()
  }),
  external_exports.object({ ...effectBase, kind: external_exports.literal("dependent-removed"), dependent: plannedDependentSchema }),
  external_exports.object({ ...effectBase, kind: external_exports.literal("dependent-added"), dependent: plannedDependentSchema })
]);
var sourceLocationSchema = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number().int().positive(),
  /** "removed in this PR": the line is on the base side. */
  side: external_exports.enum(["head", "base"]).optional()
});
var iamChangeSchema = external_exports.object({
  source: changeSourceSchema,
  /** Label of the input it came from: `--plan name=path` name, the file path, or the stack name. */
  input: external_exports.string(),
  /** Terraform address, or `Stack/LogicalId` for CDK/CloudFormation. */
  address: external_exports.string(),
  resourceType: external_exports.string(),
  /** The actions as the input wrote them (`["delete","create"]`, `Remove`, `[-]`…). */
  actions: external_exports.array(external_exports.string()),
  /** Names of the roles it affects. */
  roles: external_exports.array(external_exports.string()),
  effects: external_exports.array(effectSchema),
  location: sourceLocationSchema.optional(),
  /**
   * Dependents the input itself shows on a role and leaves in place (a Lambda of the same template that
   * runs as the role whose trust changes): known without any inventory.
   */
  knownDependents: external_exports.array(external_exports.object({ role: external_exports.string(), dependent: plannedDependentSchema })).optional(),
  /** Facts about the change itself: "moved from module.old.aws_iam_role.r", "action_reason: tainted". */
  notes: external_exports.array(external_exports.string()).optional()
});
var inputReadingSchema = external_exports.object({
  input: external_exports.string(),
  source: changeSourceSchema,
  file: external_exports.string(),
  changes: external_exports.array(iamChangeSchema),
  /** Count of values masked because the input marked them sensitive. */
  sensitiveMasked: external_exports.number().int().nonnegative(),
  /** Warnings about the input (errored plan, unresolvable references…), never secrets. */
  warnings: external_exports.array(external_exports.string()),
  /** Managed policies the input changes whose attachments must be looked up live (ARN or name). */
  managedPolicies: external_exports.array(
    external_exports.object({
      policy: external_exports.string(),
      address: external_exports.string(),
      removed: permissionDeltaSchema.optional(),
      added: permissionDeltaSchema.optional(),
      deleted: external_exports.boolean().optional()
    })
  ).optional(),
  /** Extra facts for the report (terraform version, format version, static-mode banner). */
  meta: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  /**
   * Role name → its trust policy (JSON) as the input shows it before the change, where the input has it
   * (a plan's `before` or `prior_state`, refreshed from AWS at plan time; a deployed CloudFormation template;
   * a change set's before values). Only a hint for the live inventory, which starts
   * the scans it points to before IAM answers; never reported.
   */
  trustBefore: external_exports.record(external_exports.string(), external_exports.string()).optional()
});

// src/model/report.ts
var riskLevels = ["none", "low", "medium", "high"];
var riskSchema = external_exports.enum(riskLevels);
var failOnSchema = external_exports.enum(["high", "medium", "low", "never"]);
var usageStatusSchema = external_exports.enum(["used", "unused", "unknown"]);
var roleImpactSchema = external_exports.object({
  /** Name before the change. */
  name: external_exports.string(),
  newName: external_exports.string().optional(),
  arn: external_exports.string().optional(),
  account: external_exports.string().optional(),
  /** Addresses of the changes that affect it. */
  changes: external_exports.array(external_exports.string()),
  effects: external_exports.array(effectSchema),
  usage: external_exports.object({
    status: usageStatusSchema,
    windowDays: external_exports.number(),
    lastUsed: external_exports.string().nullable().optional(),
    lastUsedRegion: external_exports.string().nullable().optional(),
    /** Days between lastUsed and the run's clock. */
    lastUsedDaysAgo: external_exports.number().optional(),
    createDate: external_exports.string().optional(),
    services: external_exports.array(serviceAccessSchema).optional(),
    /** One line: "RoleLastUsed 2026-11-28 in eu-west-1 (2 hours ago)". */
    evidence: external_exports.string(),
    gaps: external_exports.array(lookupGapSchema)
  }),
  dependents: external_exports.array(dependentSchema),
  /** `known`: every lookup succeeded; `partial`: some failed (see gaps); `unknown`: no inventory. */
  dependentsStatus: external_exports.enum(["known", "partial", "unknown"]),
  dependentGaps: external_exports.array(lookupGapSchema),
  risk: riskSchema,
  reasons: external_exports.array(external_exports.string()),
  /** Set when an ignore glob or the acknowledgement label lifted a block for this role. */
  waived: external_exports.string().optional()
});
var decisionSchema = external_exports.object({
  block: external_exports.boolean(),
  failOn: failOnSchema,
  risk: riskSchema,
  reasons: external_exports.array(external_exports.string()),
  /** Who or what lifted blocks: "label iam-blast-radius:acknowledged", "ignore-roles legacy-*". */
  waivedBy: external_exports.array(external_exports.string()).default([])
});
var REPORT_SCHEMA_VERSION = 2;
var reportSchema = external_exports.object({
  schemaVersion: external_exports.literal(REPORT_SCHEMA_VERSION),
  generatedAt: external_exports.string(),
  changes: external_exports.array(iamChangeSchema),
  roles: external_exports.array(roleImpactSchema),
  decision: decisionSchema,
  meta: external_exports.object({
    tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }),
    inputs: external_exports.array(
      external_exports.object({
        label: external_exports.string(),
        source: changeSourceSchema,
        file: external_exports.string(),
        changes: external_exports.number(),
        sensitiveMasked: external_exports.number(),
        warnings: external_exports.array(external_exports.string()),
        meta: external_exports.record(external_exports.string(), external_exports.string()).optional()
      })
    ),
    inventory: external_exports.object({
      kind: external_exports.enum(["live", "snapshot", "none"]),
      file: external_exports.string().optional(),
      collectedAt: external_exports.string().optional(),
      regions: external_exports.array(external_exports.string()),
      gaps: external_exports.array(lookupGapSchema)
    }),
    windowDays: external_exports.number(),
    /** Milliseconds per stage: parse, inventory, analysis, render. */
    timings: external_exports.record(external_exports.string(), external_exports.number()),
    /** `service:Operation` → count, when live. */
    apiCalls: external_exports.record(external_exports.string(), external_exports.number()).optional(),
    sensitiveMasked: external_exports.number(),
    /** Banner lines shown at the top ("static reading of HCL, less exact than a plan"). */
    notices: external_exports.array(external_exports.string()).default([])
  })
});
function riskRank(risk) {
  return riskLevels.indexOf(risk);
}
function maxRisk(risks) {
  let best = "none";
  for (const r of risks) if (riskRank(r) > riskRank(best)) best = r;
  return best;
}

export {
  riskLevels,
  riskSchema,
  failOnSchema,
  usageStatusSchema,
  roleImpactSchema,
  decisionSchema,
  REPORT_SCHEMA_VERSION,
  reportSchema,
  riskRank,
  maxRisk
};
