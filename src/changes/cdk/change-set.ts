/**
 * `--change-set FILE`: the JSON of `aws cloudformation describe-change-set --include-property-values`.
 * CloudFormation has already resolved most references (role ARNs, physical names), so it is the most
 * precise of the three inputs; values it cannot know yet read `{{changeSet:KNOWN_AFTER_APPLY}}`.
 */
import { z } from 'zod';
import { InputError, formatPath } from '../../errors.js';
import type { InputSpec } from '../../inputs.js';
import type { InputReading } from '../../model/change.js';
import { deriveStack } from './effects.js';
import { isRecord, KNOWN_AFTER_APPLY } from './intrinsics.js';
import { isRelevantType, type Properties, type ResourceDelta, type StackView, type TemplateResource } from './model.js';
import { readJsonFile } from './template.js';

const nullish = <T extends z.ZodType>(t: T) => t.nullable().optional();

const detailSchema = z.looseObject({
  Target: nullish(
    z.looseObject({
      Attribute: nullish(z.string()),
      Name: nullish(z.string()),
      RequiresRecreation: nullish(z.enum(['Never', 'Conditionally', 'Always'])),
    }),
  ),
  Evaluation: nullish(z.enum(['Static', 'Dynamic'])),
  ChangeSource: nullish(z.string()),
  CausingEntity: nullish(z.string()),
});

const changeSetSchema = z.looseObject({
  StackName: nullish(z.string()),
  ChangeSetName: nullish(z.string()),
  Changes: z.array(
    z.looseObject({
      Type: nullish(z.string()),
      ResourceChange: nullish(
        z.looseObject({
          Action: z.enum(['Add', 'Modify', 'Remove', 'Import', 'Dynamic']),
          LogicalResourceId: z.string().min(1),
          PhysicalResourceId: nullish(z.string()),
          ResourceType: z.string().min(1),
          Replacement: nullish(z.enum(['True', 'False', 'Conditional'])),
          Scope: nullish(z.array(z.string())),
          Details: nullish(z.array(detailSchema)),
          BeforeContext: nullish(z.string()),
          AfterContext: nullish(z.string()),
          ChangeSetId: nullish(z.string()),
        }),
      ),
    }),
  ),
});

type ChangeSet = z.infer<typeof changeSetSchema>;
type Detail = z.infer<typeof detailSchema>;

function contextProperties(text: string | null | undefined, file: string, where: string): Properties | undefined {
  if (text === undefined || text === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(file, 'context is not a JSON string', where);
  }
  if (!isRecord(parsed)) throw new InputError(file, 'context JSON is not an object', where);
  return isRecord(parsed.Properties) ? parsed.Properties : parsed;
}

function propertyReplacement(d: Detail): 'yes' | 'maybe' | 'no' {
  const r = d.Target?.RequiresRecreation;
  if (r === 'Always') return d.Evaluation === 'Dynamic' ? 'maybe' : 'yes';
  if (r === 'Conditionally') return 'maybe';
  return 'no';
}

export function changeSetView(cs: ChangeSet, file: string, label: string, warnings: string[]): StackView {
  const stack = cs.StackName ?? label;
  const view: StackView = { stack, input: label, source: 'cloudformation', deltas: [], oldResources: {}, newResources: {}, physicalIds: {}, valuesKnown: true };
  let missingValues = false;
  cs.Changes.forEach((c, i) => {
    const rc = c.ResourceChange;
    if (!rc) return;
    const where = `Changes[${i}].ResourceChange`;
    if (rc.PhysicalResourceId) view.physicalIds[rc.LogicalResourceId] = rc.PhysicalResourceId;
    if (rc.ResourceType === 'AWS::CloudFormation::Stack' && rc.ChangeSetId) {
      warnings.push(`${stack}/${rc.LogicalResourceId}: nested stack with its own change set ${rc.ChangeSetId}: describe it and pass it with --change-set too`);
      return;
    }
    const before = contextProperties(rc.BeforeContext, file, `${where}.BeforeContext`);
    const after = contextProperties(rc.AfterContext, file, `${where}.AfterContext`);
    if (before) view.oldResources[rc.LogicalResourceId] = { Type: rc.ResourceType, Properties: before } satisfies TemplateResource;
    if (after) view.newResources[rc.LogicalResourceId] = { Type: rc.ResourceType, Properties: after } satisfies TemplateResource;
    if (!isRelevantType(rc.ResourceType)) return;
    const details = rc.Details ?? [];
    const props = details.filter((d) => d.Target?.Attribute === 'Properties' && d.Target.Name).map((d) => d.Target?.Name as string);
    const action = rc.Action === 'Add' ? 'add' : rc.Action === 'Remove' ? 'remove' : 'modify';
    const needBefore = action !== 'add';
    const needAfter = action !== 'remove';
    if ((needBefore && !before) || (needAfter && !after)) missingValues = true;
    // A reference to a resource being replaced is unknown until it executes; point it back at that resource.
    const afterProps = after ? { ...after } : undefined;
    const causedBy: string[] = [];
    for (const d of details) {
      if (!d.CausingEntity) continue;
      causedBy.push(d.CausingEntity);
      const name = d.Target?.Name;
      if (afterProps && name && afterProps[name] === KNOWN_AFTER_APPLY) {
        const [id, attr] = d.CausingEntity.split('.');
        if (id) afterProps[name] = attr ? { 'Fn::GetAtt': [id, attr] } : { Ref: id };
      }
    }
    const replacement = rc.Replacement === 'True' ? 'yes' : rc.Replacement === 'Conditional' ? 'maybe' : 'no';
    const delta: ResourceDelta = {
      logicalId: rc.LogicalResourceId,
      type: rc.ResourceType,
      action,
      replacement: action === 'modify' ? replacement : 'no',
      replacedBecause: [...new Set(details.filter((d) => propertyReplacement(d) !== 'no').map((d) => d.Target?.Name).filter((n): n is string => !!n))],
      changedProperties: [...new Set(props)],
      actions: [rc.Action, ...(rc.Replacement && action === 'modify' ? [`Replacement: ${rc.Replacement}`] : [])],
      ...(before ? { before } : {}),
      ...(afterProps ? { after: afterProps } : {}),
      ...(causedBy.length > 0 ? { causedBy } : {}),
    };
    if (rc.Action === 'Dynamic') delta.replacement = 'maybe';
    view.deltas.push(delta);
  });
  if (missingValues) {
    view.valuesKnown = false;
    warnings.push(`${stack}: change set has no property values: describe it with --include-property-values to see which permissions and roles change`);
  }
  return view;
}

export async function readChangeSetFile(spec: Extract<InputSpec, { kind: 'change-set' }>): Promise<InputReading> {
  const raw = await readJsonFile(spec.path, 'change set');
  const parsed = changeSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(spec.path, `not a describe-change-set JSON: ${issue?.message ?? 'invalid'}`, issue ? formatPath(issue.path) : undefined);
  }
  const warnings: string[] = [];
  const view = changeSetView(parsed.data, spec.path, spec.label, warnings);
  const derived = deriveStack(view);
  const meta: Record<string, string> = { stack: view.stack };
  if (parsed.data.ChangeSetName) meta.changeSet = parsed.data.ChangeSetName;
  return {
    input: spec.label,
    source: 'cloudformation',
    file: spec.path,
    changes: derived.changes,
    sensitiveMasked: 0,
    warnings: [...warnings, ...derived.warnings],
    managedPolicies: derived.managedPolicies,
    meta,
    ...(Object.keys(derived.trustBefore).length > 0 ? { trustBefore: derived.trustBefore } : {}),
  };
}
