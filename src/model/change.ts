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

/**
 * An AWS-managed policy whose document is embedded in the tool (src/policy/managed-policies.generated.json):
 * enough to fetch exactly that document from AWS (`aws iam get-policy-version --policy-arn
 * arn:aws:iam::aws:policy<path><name> --version-id <version>`).
 */
export const awsManagedRefSchema = z
  .object({
    name: z.string(),
    /** IAM path: `/`, `/service-role/`, `/job-function/`. */
    path: z.string(),
    /** Default version of the embedded document (`v42`). */
    version: z.string(),
    /** When AWS last updated that version (ISO 8601), as embedded. */
    updated: z.string(),
  })
  .meta({ description: 'An AWS-managed policy, by name and the version of its document the tool embeds.' });
export type AwsManagedRef = z.infer<typeof awsManagedRefSchema>;

/**
 * A set of permissions that came from one policy. Either the permissions themselves (`permissions`), or,
 * for a whole AWS-managed policy attached or detached, a reference to it (`awsManaged`) with its size
 * (`permissionCount`) and services: `permissions` is then absent, NOT empty. Read the list through
 * `deltaPermissions` (src/policy/delta.ts), which expands a reference from the embedded documents.
 */
export const permissionDeltaSchema = z
  .object({
    /** Where the permissions came from: `inline:<name>`, a managed policy ARN or name, `AmazonSQSFullAccess`… */
    policy: z.string(),
    awsManaged: awsManagedRefSchema.optional().meta({
      description:
        'Set when the delta is a whole AWS-managed policy: its permissions are not repeated in the report (`permissions` is absent); `permissionCount` says how many there are and `services` which services they reach.',
    }),
    permissionCount: z.number().int().nonnegative().optional().meta({
      description: 'Number of permissions of the referenced AWS-managed policy (what `permissions` would hold); set exactly when `awsManaged` is.',
    }),
    permissions: z.array(permissionSchema).optional().meta({
      description:
        'The permissions; empty when the policy content is unknown (then `unknown` says why). Absent exactly when `awsManaged` is set: then the permissions are those of that AWS-managed policy, not none.',
    }),
    /** Service prefixes touched (`s3`, `lambda`): Access Advisor answers per service. */
    services: z.array(z.string()),
    expandedActions: z.array(z.string()).optional().meta({
      description:
        'Concrete actions named when a wildcard was expanded against the IAM action catalog (at most 200, then a `+N more` entry). Not set for an `awsManaged` reference.',
    }),
    /** Why the content is not fully known ("policy known after apply"). */
    unknown: z.string().optional(),
    /** Policy text before/after, for a unified diff in the report (sensitive values never reach here). */
    before: z.string().optional(),
    after: z.string().optional(),
  })
  .check((ctx) => {
    const d = ctx.value;
    const ref = d.awsManaged !== undefined;
    if (ref === (d.permissions !== undefined) || ref !== (d.permissionCount !== undefined)) {
      ctx.issues.push({
        code: 'custom',
        input: d,
        message: ref
          ? 'a delta with awsManaged has permissionCount and no permissions'
          : 'a delta without awsManaged has permissions and no permissionCount',
      });
    }
  })
  .meta({
    description:
      'Permissions that came from one policy: either `permissions`, or (a whole AWS-managed policy) `awsManaged` with `permissionCount`, never both.',
    // What the check above enforces, for JSON Schema validators (zod copies meta into the generated schema).
    oneOf: [{ required: ['permissions'] }, { required: ['awsManaged', 'permissionCount'] }],
    dependentRequired: { awsManaged: ['permissionCount'], permissionCount: ['awsManaged'] },
  });
export type PermissionDelta = z.infer<typeof permissionDeltaSchema>;
/** A delta that carries its permissions: what diffs and parsed documents give (every delta but an `awsManaged` reference). */
export type CarriedPermissionDelta = PermissionDelta & { permissions: Permission[] };

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
  /**
   * Role name → its trust policy (JSON) as the input shows it before the change, where the input has it
   * (a plan's `before` or `prior_state`, refreshed from AWS at plan time; a deployed CloudFormation template;
   * a change set's before values). Only a hint for the live inventory, which starts
   * the scans it points to before IAM answers; never reported.
   */
  trustBefore: z.record(z.string(), z.string()).optional(),
});
export type InputReading = z.infer<typeof inputReadingSchema>;
