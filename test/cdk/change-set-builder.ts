/**
 * Builds a `describe-change-set --include-property-values` JSON from a deployed and a new template, in the
 * shape the CloudFormation API reference documents: what CloudFormation would answer for this update,
 * with physical names of a deployed stack and `{{changeSet:KNOWN_AFTER_APPLY}}` for values of resources
 * that are created or replaced. Replacement per property comes from cloudformation-diff's resource spec.
 */
import { createHash } from 'node:crypto';
import { fullDiff, ResourceImpact } from '@aws-cdk/cloudformation-diff';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const KNOWN_AFTER_APPLY = '{{changeSet:KNOWN_AFTER_APPLY}}';

type Res = { Type: string; Properties?: Record<string, unknown> };
type Template = { Resources: Record<string, Res> };

const ROLE_PROPS: Record<string, string[]> = {
  'AWS::Lambda::Function': ['Role'],
  'AWS::ECS::TaskDefinition': ['TaskRoleArn', 'ExecutionRoleArn'],
  'AWS::EKS::Cluster': ['RoleArn'],
  'AWS::EKS::Nodegroup': ['NodeRole'],
  'AWS::EKS::PodIdentityAssociation': ['RoleArn'],
  'AWS::StepFunctions::StateMachine': ['RoleArn'],
  'AWS::CodeBuild::Project': ['ServiceRole'],
};

function suffix(stack: string, id: string): string {
  return createHash('md5').update(`${stack}/${id}`).digest('hex').slice(0, 12).toUpperCase();
}

/** The physical ID CloudFormation gives a resource of the deployed stack. */
export function physicalId(stack: string, id: string, res: Res): string {
  const p = res.Properties ?? {};
  const generated = `${stack}-${id}-${suffix(stack, id)}`.slice(0, 64);
  switch (res.Type) {
    case 'AWS::IAM::Role':
      return typeof p.RoleName === 'string' ? p.RoleName : generated;
    case 'AWS::IAM::ManagedPolicy':
      return `arn:aws:iam::${ACCOUNT}:policy/${typeof p.ManagedPolicyName === 'string' ? p.ManagedPolicyName : generated}`;
    case 'AWS::Lambda::Function':
      return typeof p.FunctionName === 'string' ? p.FunctionName : generated;
    default:
      return generated;
  }
}

function arnOf(stack: string, id: string, res: Res): string {
  const phys = physicalId(stack, id, res);
  if (res.Type === 'AWS::IAM::Role') return `arn:aws:iam::${ACCOUNT}:role/${phys}`;
  if (res.Type === 'AWS::IAM::ManagedPolicy') return phys;
  return `arn:aws:${res.Type.split('::')[1]?.toLowerCase()}:${REGION}:${ACCOUNT}:${phys}`;
}

function resolve(v: unknown, stack: string, t: Template, fresh: Set<string>): unknown {
  if (Array.isArray(v)) return v.map((x) => resolve(x, stack, t, fresh));
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === 'Ref') {
    const id = o.Ref as string;
    const pseudo: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::AccountId': ACCOUNT, 'AWS::Region': REGION, 'AWS::StackName': stack, 'AWS::URLSuffix': 'amazonaws.com' };
    if (pseudo[id]) return pseudo[id];
    const res = t.Resources[id];
    if (!res || fresh.has(id)) return KNOWN_AFTER_APPLY;
    return res.Type === 'AWS::IAM::ManagedPolicy' ? arnOf(stack, id, res) : physicalId(stack, id, res);
  }
  if (keys.length === 1 && keys[0] === 'Fn::GetAtt') {
    const [id] = o['Fn::GetAtt'] as [string, string];
    const res = t.Resources[id];
    if (!res || fresh.has(id)) return KNOWN_AFTER_APPLY;
    return arnOf(stack, id, res);
  }
  if (keys.length === 1 && keys[0] === 'Fn::Join') {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    const r = parts.map((p) => resolve(p, stack, t, fresh));
    return r.includes(KNOWN_AFTER_APPLY) ? KNOWN_AFTER_APPLY : r.join(sep);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = resolve(x, stack, t, fresh);
  return out;
}

function context(props: Record<string, unknown> | undefined, stack: string, t: Template, fresh: Set<string>): string {
  return JSON.stringify({ Properties: resolve(props ?? {}, stack, t, fresh) });
}

function refersTo(v: unknown, ids: Set<string>): string | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const r = refersTo(x, ids);
      if (r) return r;
    }
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.Ref === 'string' && ids.has(o.Ref)) return o.Ref;
  const ga = o['Fn::GetAtt'];
  if (Array.isArray(ga) && typeof ga[0] === 'string' && ids.has(ga[0])) return `${ga[0]}.${String(ga[1])}`;
  for (const x of Object.values(o)) {
    const r = refersTo(x, ids);
    if (r) return r;
  }
  return undefined;
}

export function buildChangeSet(stack: string, deployed: Template, target: Template): Record<string, unknown> {
  const diff = fullDiff(deployed, target);
  const changes: Record<string, unknown>[] = [];
  const freshAfter = new Set<string>();
  for (const [id, rd] of Object.entries(diff.resources.changes)) {
    if (!rd.isDifferent) continue;
    if (rd.isAddition || rd.changeImpact === ResourceImpact.WILL_REPLACE) freshAfter.add(id);
  }
  const noneFresh = new Set<string>();
  const listed = new Set<string>();
  for (const [id, rd] of Object.entries(diff.resources.changes)) {
    if (!rd.isDifferent) continue;
    const oldRes = deployed.Resources[id];
    const newRes = target.Resources[id];
    listed.add(id);
    if (rd.isAddition && newRes) {
      changes.push({ Type: 'Resource', ResourceChange: { Action: 'Add', LogicalResourceId: id, ResourceType: newRes.Type, Scope: [], Details: [], AfterContext: context(newRes.Properties, stack, target, freshAfter) } });
    } else if (rd.isRemoval && oldRes) {
      changes.push({ Type: 'Resource', ResourceChange: { Action: 'Remove', LogicalResourceId: id, PhysicalResourceId: physicalId(stack, id, oldRes), ResourceType: oldRes.Type, Scope: [], Details: [], BeforeContext: context(oldRes.Properties, stack, deployed, noneFresh) } });
    } else if (oldRes && newRes) {
      const details = Object.entries(rd.propertyUpdates)
        .filter(([, p]) => p.isDifferent)
        .map(([name, p]) => ({
          Target: {
            Attribute: 'Properties',
            Name: name,
            RequiresRecreation: p.changeImpact === ResourceImpact.WILL_REPLACE ? 'Always' : p.changeImpact === ResourceImpact.MAY_REPLACE ? 'Conditionally' : 'Never',
            Path: `/Properties/${name}`,
            AttributeChangeType: 'Modify',
          },
          Evaluation: 'Static',
          ChangeSource: 'DirectModification',
        }));
      if (details.length === 0) continue;
      const replacement = rd.changeImpact === ResourceImpact.WILL_REPLACE ? 'True' : rd.changeImpact === ResourceImpact.MAY_REPLACE ? 'Conditional' : 'False';
      changes.push({
        Type: 'Resource',
        ResourceChange: {
          Action: 'Modify',
          LogicalResourceId: id,
          PhysicalResourceId: physicalId(stack, id, oldRes),
          ResourceType: newRes.Type,
          Replacement: replacement,
          Scope: ['Properties'],
          Details: details,
          BeforeContext: context(oldRes.Properties, stack, deployed, noneFresh),
          AfterContext: context(newRes.Properties, stack, target, freshAfter),
        },
      });
    }
  }
  // Unchanged resources that reference a replaced resource are updated too (Dynamic, ResourceAttribute).
  const replaced = new Set([...freshAfter].filter((id) => deployed.Resources[id]));
  for (const [id, res] of Object.entries(target.Resources)) {
    if (listed.has(id) || !deployed.Resources[id]) continue;
    const details = Object.entries(res.Properties ?? {}).flatMap(([name, v]) => {
      const cause = refersTo(v, replaced);
      return cause ? [{ Target: { Attribute: 'Properties', Name: name, RequiresRecreation: 'Never' }, Evaluation: 'Dynamic', ChangeSource: 'ResourceAttribute', CausingEntity: cause }] : [];
    });
    if (details.length === 0) continue;
    if (!(res.Type in ROLE_PROPS) && details.length === 0) continue;
    changes.push({
      Type: 'Resource',
      ResourceChange: {
        Action: 'Modify',
        LogicalResourceId: id,
        PhysicalResourceId: physicalId(stack, id, res),
        ResourceType: res.Type,
        Replacement: 'False',
        Scope: ['Properties'],
        Details: details,
        BeforeContext: context(deployed.Resources[id]?.Properties, stack, deployed, noneFresh),
        AfterContext: context(res.Properties, stack, target, freshAfter),
      },
    });
  }
  const id = suffix(stack, 'changeset').toLowerCase();
  return {
    Changes: changes,
    ChangeSetName: 'iam-blast-radius-test',
    ChangeSetId: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/iam-blast-radius-test/${id}`,
    StackId: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${stack}/${id}`,
    StackName: stack,
    Parameters: null,
    ExecutionStatus: 'AVAILABLE',
    Status: 'CREATE_COMPLETE',
    NotificationARNs: [],
    RollbackConfiguration: {},
    Capabilities: ['CAPABILITY_IAM'],
    IncludeNestedStacks: false,
  };
}
