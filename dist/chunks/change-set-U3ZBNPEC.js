import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  deriveStack,
  readJsonFile
} from "./chunk-OCP2VHRB.js";
import "./chunk-MVSDM6YT.js";
import "./chunk-WCUFF5UL.js";
import {
  KNOWN_AFTER_APPLY,
  isRecord,
  isRelevantType
} from "./chunk-EPYQWY66.js";
import "./chunk-XW7A3ETZ.js";
import "./chunk-A2HSOLLW.js";
import {
  InputError,
  formatPath
} from "./chunk-6REE7K7U.js";
import {
  external_exports
} from "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";

// src/changes/cdk/change-set.ts
var nullish = (t) => t.nullable().optional();
var detailSchema = external_exports.looseObject({
  Target: nullish(
    external_exports.looseObject({
      Attribute: nullish(external_exports.string()),
      Name: nullish(external_exports.string()),
      RequiresRecreation: nullish(external_exports.enum(["Never", "Conditionally", "Always"]))
    })
  ),
  Evaluation: nullish(external_exports.enum(["Static", "Dynamic"])),
  ChangeSource: nullish(external_exports.string()),
  CausingEntity: nullish(external_exports.string())
});
var changeSetSchema = external_exports.looseObject({
  StackName: nullish(external_exports.string()),
  ChangeSetName: nullish(external_exports.string()),
  Changes: external_exports.array(
    external_exports.looseObject({
      Type: nullish(external_exports.string()),
      ResourceChange: nullish(
        external_exports.looseObject({
          Action: external_exports.enum(["Add", "Modify", "Remove", "Import", "Dynamic"]),
          LogicalResourceId: external_exports.string().min(1),
          PhysicalResourceId: nullish(external_exports.string()),
          ResourceType: external_exports.string().min(1),
          Replacement: nullish(external_exports.enum(["True", "False", "Conditional"])),
          Scope: nullish(external_exports.array(external_exports.string())),
          Details: nullish(external_exports.array(detailSchema)),
          BeforeContext: nullish(external_exports.string()),
          AfterContext: nullish(external_exports.string()),
          ChangeSetId: nullish(external_exports.string())
        })
      )
    })
  )
});
function contextProperties(text, file, where) {
  if (text === void 0 || text === null) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(file, "context is not a JSON string", where);
  }
  if (!isRecord(parsed)) throw new InputError(file, "context JSON is not an object", where);
  return isRecord(parsed.Properties) ? parsed.Properties : parsed;
}
function propertyReplacement(d) {
  const r = d.Target?.RequiresRecreation;
  if (r === "Always") return d.Evaluation === "Dynamic" ? "maybe" : "yes";
  if (r === "Conditionally") return "maybe";
  return "no";
}
function changeSetView(cs, file, label, warnings) {
  const stack = cs.StackName ?? label;
  const view = { stack, input: label, source: "cloudformation", deltas: [], oldResources: {}, newResources: {}, physicalIds: {}, valuesKnown: true };
  let missingValues = false;
  cs.Changes.forEach((c, i) => {
    const rc = c.ResourceChange;
    if (!rc) return;
    const where = `Changes[${i}].ResourceChange`;
    if (rc.PhysicalResourceId) view.physicalIds[rc.LogicalResourceId] = rc.PhysicalResourceId;
    if (rc.ResourceType === "AWS::CloudFormation::Stack" && rc.ChangeSetId) {
      warnings.push(`${stack}/${rc.LogicalResourceId}: nested stack with its own change set ${rc.ChangeSetId}: describe it and pass it with --change-set too`);
      return;
    }
    const before = contextProperties(rc.BeforeContext, file, `${where}.BeforeContext`);
    const after = contextProperties(rc.AfterContext, file, `${where}.AfterContext`);
    if (before) view.oldResources[rc.LogicalResourceId] = { Type: rc.ResourceType, Properties: before };
    if (after) view.newResources[rc.LogicalResourceId] = { Type: rc.ResourceType, Properties: after };
    if (!isRelevantType(rc.ResourceType)) return;
    const details = rc.Details ?? [];
    const props = details.filter((d) => d.Target?.Attribute === "Properties" && d.Target.Name).map((d) => d.Target?.Name);
    const action = rc.Action === "Add" ? "add" : rc.Action === "Remove" ? "remove" : "modify";
    const needBefore = action !== "add";
    const needAfter = action !== "remove";
    if (needBefore && !before || needAfter && !after) missingValues = true;
    const afterProps = after ? { ...after } : void 0;
    const causedBy = [];
    for (const d of details) {
      if (!d.CausingEntity) continue;
      causedBy.push(d.CausingEntity);
      const name = d.Target?.Name;
      if (afterProps && name && afterProps[name] === KNOWN_AFTER_APPLY) {
        const [id, attr] = d.CausingEntity.split(".");
        if (id) afterProps[name] = attr ? { "Fn::GetAtt": [id, attr] } : { Ref: id };
      }
    }
    const replacement = rc.Replacement === "True" ? "yes" : rc.Replacement === "Conditional" ? "maybe" : "no";
    const delta = {
      logicalId: rc.LogicalResourceId,
      type: rc.ResourceType,
      action,
      replacement: action === "modify" ? replacement : "no",
      replacedBecause: [...new Set(details.filter((d) => propertyReplacement(d) !== "no").map((d) => d.Target?.Name).filter((n) => !!n))],
      changedProperties: [...new Set(props)],
      actions: [rc.Action, ...rc.Replacement && action === "modify" ? [`Replacement: ${rc.Replacement}`] : []],
      ...before ? { before } : {},
      ...afterProps ? { after: afterProps } : {},
      ...causedBy.length > 0 ? { causedBy } : {}
    };
    if (rc.Action === "Dynamic") delta.replacement = "maybe";
    view.deltas.push(delta);
  });
  if (missingValues) {
    view.valuesKnown = false;
    warnings.push(`${stack}: change set has no property values: describe it with --include-property-values to see which permissions and roles change`);
  }
  return view;
}
async function readChangeSetFile(spec) {
  const raw = await readJsonFile(spec.path, "change set");
  const parsed = changeSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(spec.path, `not a describe-change-set JSON: ${issue?.message ?? "invalid"}`, issue ? formatPath(issue.path) : void 0);
  }
  const warnings = [];
  const view = changeSetView(parsed.data, spec.path, spec.label, warnings);
  const derived = deriveStack(view);
  const meta = { stack: view.stack };
  if (parsed.data.ChangeSetName) meta.changeSet = parsed.data.ChangeSetName;
  return {
    input: spec.label,
    source: "cloudformation",
    file: spec.path,
    changes: derived.changes,
    sensitiveMasked: 0,
    warnings: [...warnings, ...derived.warnings],
    managedPolicies: derived.managedPolicies,
    meta,
    ...Object.keys(derived.trustBefore).length > 0 ? { trustBefore: derived.trustBefore } : {}
  };
}
export {
  changeSetView,
  readChangeSetFile
};
