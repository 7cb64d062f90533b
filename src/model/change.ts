/**
 * The change model: what every input parser (Terraform plan, HCL, cdk diff, cdk.out, change set)
 * emits. Parsers only add producers of these shapes; they never change them.
 */
import { z } from 'zod';
import { dependentKindSchema } from './dependent.js';

export const effectKinds = [
  'deleted',
  'replaced',
  'trust-changed',
  'permissions-removed',
  'permissions-added',
  'boundary-changed',
  'instance-profile-changed',
  'created',
  'dependent-removed',
  'dependent-added',
] as const;
export const effectKindSchema = z.enum(effectKinds);
export type EffectKind = z.infer<typeof effectKindSchema>;

export const changeSourceSchema = z.enum(['terraform', 'cdk', 'cloudformation', 'hcl']);
export type ChangeSource = z.infer<typeof changeSourceSchema>;

/** A principal of a trust policy, flattened: `{type: 'Service', value: 'lambda.amazonaws.com'}`. */
export const principalSchema = z.object({
  type: z.string(), // AWS | Service | Federated | CanonicalUser | *
  value: z.string(),
  /** Conditions of the statement that grants it, rendered `Operator key = value[,value]`. */
  conditions: z.array(z.string()).optional(),
  /** True when the statement uses NotPrincipal. */
  not: z.boolean().optional(),
});
export type Principal = z.infer<typeof principalSchema>;

/** One permission that a policy change adds or removes, at the finest level the documents allow. */
export const permissionSchema = z.object({
  effect: z.enum(['Allow', 'Deny']),
  /** Lower-cased action (`s3:getobject`) or pattern (`s3:get*`); `*` for everything. */
  action: z.string(),
  /** True when the statement used NotAction: `action` is then what is excluded. */
  notAction: z.boolean().optional(),
  resources: z.array(z.string()).optional(),
  conditions: z.array(z.string()).optional(),
});
export type Permission = z.infer<typeof permissionSchema>;

/** A set of permissions that came from one policy. */
export const permissionDeltaSchema = z.object({
  /** Where the permissions came from: `inline:<name>`, a managed policy ARN or name, `AmazonSQSFullAccess`… */
  policy: z.string(),
  /** The permissions; empty when the policy content is unknown (then `unknown` says why). */
  permissions: z.array(permissionSchema),
  /** Service prefixes touched (`s3`, `lambda`): Access Advisor answers per service. */
  services: z.array(z.string()),
  /** Concrete actions named when a wildcard was expanded against the IAM action catalog. */
  expandedActions: z.array(z.string()).optional(),
  /** Why the content is not fully known ("policy known after apply"). */
  unknown: z.string().optional(),
  /** Policy text before/after, for a unified diff in the report (sensitive values never reach here). */
  before: z.string().optional(),
  after: z.string().optional(),
});
export type PermissionDelta = z.infer<typeof permissionDeltaSchema>;

/** A dependent that the change itself reveals (a Lambda in the plan whose `role` changes). */
export const plannedDependentSchema = z.object({
  kind: dependentKindSchema,
  id: z.string(),
  via: z.string(),
});

const effectBase = {
  /** Name of the affected role before the change (after, for creations). */
  role: z.string(),
  /** ARN of the role when the input knows it. */
  roleArn: z.string().optional(),
  /** One line a reviewer can read: "role renamed from a to b". */
  summary: z.string(),
  /** Parts of the change the input cannot know yet ("name known after apply"). */
  unknowns: z.array(z.string()).optional(),
};

export const effectSchema = z.discriminatedUnion('kind', [
  z.object({ ...effectBase, kind: z.literal('deleted') }),
  z.object({ ...effectBase, kind: z.literal('created') }),
  z.object({
    ...effectBase,
    kind: z.literal('replaced'),
    newName: z.string().optional(),
    /** Why the role is replaced: "name changed", "tainted", "replace_triggered_by"… */
    because: z.string().optional(),
  }),
  z.object({
    ...effectBase,
    kind: z.literal('trust-changed'),
    principalsAdded: z.array(principalSchema),
    principalsRemoved: z.array(principalSchema),
    before: z.string().optional(),
    after: z.string().optional(),
  }),
  z.object({ ...effectBase, kind: z.literal('permissions-removed'), delta: permissionDeltaSchema }),
  z.object({ ...effectBase, kind: z.literal('permissions-added'), delta: permissionDeltaSchema }),
  z.object({
    ...effectBase,
    kind: z.literal('boundary-changed'),
    before: z.string().nullable().optional(),
    after: z.string().nullable().optional(),
  }),
  z.object({
    ...effectBase,
    kind: z.literal('instance-profile-changed'),
    instanceProfile: z.string(),
  }),
  z.object({ ...effectBase, kind: z.literal('dependent-removed'), dependent: plannedDependentSchema }),
  z.object({ ...effectBase, kind: z.literal('dependent-added'), dependent: plannedDependentSchema }),
]);
export type Effect = z.infer<typeof effectSchema>;
export type EffectOf<K extends EffectKind> = Extract<Effect, { kind: K }>;

/** A source location of the resource that causes a change (filled by the HCL locator). */
export const sourceLocationSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  /** "removed in this PR": the line is on the base side. */
  side: z.enum(['head', 'base']).optional(),
});
export type SourceLocation = z.infer<typeof sourceLocationSchema>;

/** One resource change of one input that touches IAM roles. */
export const iamChangeSchema = z.object({
  source: changeSourceSchema,
  /** Label of the input it came from: `--plan name=path` name, the file path, or the stack name. */
  input: z.string(),
  /** Terraform address, or `Stack/LogicalId` for CDK/CloudFormation. */
  address: z.string(),
  resourceType: z.string(),
  /** The actions as the input wrote them (`["delete","create"]`, `Remove`, `[-]`…). */
  actions: z.array(z.string()),
  /** Names of the roles it affects. */
  roles: z.array(z.string()),
  effects: z.array(effectSchema),
  location: sourceLocationSchema.optional(),
  /**
   * Dependents the input itself shows on a role and leaves in place (a Lambda of the same template that
   * runs as the role whose trust changes): known without any inventory.
   */
  knownDependents: z.array(z.object({ role: z.string(), dependent: plannedDependentSchema })).optional(),
  /** Facts about the change itself: "moved from module.old.aws_iam_role.r", "action_reason: tainted". */
  notes: z.array(z.string()).optional(),
});
export type IamChange = z.infer<typeof iamChangeSchema>;

/** What reading one input produced: the changes and what the reader had to leave out. */
export const inputReadingSchema = z.object({
  input: z.string(),
  source: changeSourceSchema,
  file: z.string(),
  changes: z.array(iamChangeSchema),
  /** Count of values masked because the input marked them sensitive. */
  sensitiveMasked: z.number().int().nonnegative(),
  /** Warnings about the input (errored plan, unresolvable references…), never secrets. */
  warnings: z.array(z.string()),
  /** Managed policies the input changes whose attachments must be looked up live (ARN or name). */
  managedPolicies: z
    .array(
      z.object({
        policy: z.string(),
        address: z.string(),
        removed: permissionDeltaSchema.optional(),
        added: permissionDeltaSchema.optional(),
        deleted: z.boolean().optional(),
      }),
    )
    .optional(),
  /** Extra facts for the report (terraform version, format version, static-mode banner). */
  meta: z.record(z.string(), z.string()).optional(),
});
export type InputReading = z.infer<typeof inputReadingSchema>;
