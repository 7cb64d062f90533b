/**
 * The three CDK/CloudFormation inputs on the committed outputs of the real CDK app (no CDK CLI needed):
 * per scenario, across forms, on real-world files, and on bad input.
 */
import { mkdtemp, mkdir, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCdkDiff, readCdkOut, readChangeSet } from '../../src/changes/cdk/index.js';
import { InputError } from '../../src/errors.js';
import { inputReadingSchema, type Effect, type EffectOf, type InputReading } from '../../src/model/change.js';
import { deltaPermissions } from '../../src/policy/index.js';
import { readAllForms, roleEffects, roleNameIndex } from './helpers.js';

const G = 'fixtures/cdk/generated';
const R = 'fixtures/cdk/realdata';
let forms: Awaited<ReturnType<typeof readAllForms>>;
const names = roleNameIndex(G);

const effects = (r: InputReading | InputReading[]): Effect[] => (Array.isArray(r) ? r : [r]).flatMap((x) => x.changes.flatMap((c) => c.effects));
const find = <K extends Effect['kind']>(r: InputReading | InputReading[], kind: K, role: string | RegExp): EffectOf<K>[] =>
  effects(r).filter((e): e is EffectOf<K> => e.kind === kind && (typeof role === 'string' ? e.role === role : role.test(e.role)));

beforeAll(async () => {
  forms = await readAllForms(G);
});

describe('every reading matches the change model', () => {
  it('validates against inputReadingSchema', () => {
    for (const r of [...forms.text, forms.out, ...forms.changeSets]) expect(() => inputReadingSchema.parse(r)).not.toThrow();
    expect(forms.out.source).toBe('cdk');
    expect(forms.text[0]?.source).toBe('cdk');
    expect(forms.changeSets[0]?.source).toBe('cloudformation');
  });
});

describe('scenarios, each form', () => {
  it('role renamed: replaced with the new name, the Lambda on it moves (cdk.out, change set)', () => {
    for (const r of [forms.text, forms.out, forms.changeSets]) {
      const [replaced] = find(r, 'replaced', 'orders-api');
      expect(replaced).toMatchObject({ newName: 'orders-api-v2', because: 'RoleName changed' });
    }
    for (const r of [forms.out, forms.changeSets]) {
      expect(find(r, 'dependent-removed', 'orders-api')[0]).toMatchObject({ dependent: { kind: 'lambda-function', via: 'AWS::Lambda::Function.Role' } });
      expect(find(r, 'dependent-added', 'orders-api-v2')).toHaveLength(1);
    }
  });

  it('role destroyed: deleted, its own statements not repeated as permission removals', () => {
    for (const r of [forms.text, forms.out, forms.changeSets]) {
      expect(find(r, 'deleted', /ReportRole0E87C5E2/)).toHaveLength(1);
      expect(find(r, 'permissions-removed', /ReportRole/)).toHaveLength(0);
      expect(find(r, 'trust-changed', /ReportRole/)).toHaveLength(0);
    }
    expect(find(forms.out, 'dependent-removed', 'RolesStack/ReportRole0E87C5E2')[0]?.dependent).toMatchObject({ kind: 'sfn-state-machine', id: 'RolesStack/ReportFlow' });
    expect(find(forms.out, 'deleted', 'RolesStack/ReportRole0E87C5E2')[0]?.unknowns).toEqual(['physical name resolved at deploy']);
    // The change set knows the physical name CloudFormation gave the role.
    expect(find(forms.changeSets, 'deleted', /^RolesStack-ReportRole0E87C5E2-[A-F0-9]{12}$/)).toHaveLength(1);
  });

  it('trust principal changes under an ECS task: ecs-tasks removed, lambda added', () => {
    for (const r of [forms.text, forms.out, forms.changeSets]) {
      const [t] = find(r, 'trust-changed', /TaskRole30FC0FBB/);
      expect(t).toMatchObject({
        principalsRemoved: [{ type: 'Service', value: 'ecs-tasks.amazonaws.com' }],
        principalsAdded: [{ type: 'Service', value: 'lambda.amazonaws.com' }],
      });
    }
    const change = forms.out.changes.find((c) => c.address === 'RolesStack/TaskRole30FC0FBB');
    expect(change?.notes).toContain('template dependents on this role: ecs-task-definition RolesStack/Task (TaskRoleArn)');
    // …and as data, so the analysis knows the task needs ecs-tasks.amazonaws.com without any inventory.
    expect(change?.knownDependents).toEqual([
      { role: 'RolesStack/TaskRole30FC0FBB', dependent: { kind: 'ecs-task-definition', id: 'RolesStack/Task', via: 'AWS::ECS::TaskDefinition.TaskRoleArn in the template' } },
    ]);
  });

  it('a trust change that drops the principal a template dependent needs is high, even without an inventory', async () => {
    const { analyze } = await import('../../src/analysis/index.js');
    const report = analyze([forms.out], null, { windowDays: 90, failOn: 'high', ignoreRoles: [], maskAccountIds: false }, new Date('2026-11-28T00:00:00Z'));
    const task = report.roles.find((r) => r.name === 'RolesStack/TaskRole30FC0FBB');
    expect(task?.risk).toBe('high');
    expect(task?.dependents).toMatchObject([{ kind: 'ecs-task-definition', origin: 'template' }]);
    expect(task?.reasons[0]).toContain('ecs-tasks.amazonaws.com');
  });

  it('AWS managed policy detached: sqs permissions from the catalog', () => {
    for (const r of [forms.text, forms.out, forms.changeSets]) {
      const [e] = find(r, 'permissions-removed', /WorkerRole8DD27D41/);
      expect(e?.kind === 'permissions-removed' && e.delta.policy).toBe('AmazonSQSFullAccess');
      expect(e?.kind === 'permissions-removed' && e.delta.services).toEqual(['sqs']);
    }
  });

  it('inline statement narrowed s3:* → s3:GetObject: what is lost is removed, nothing added', () => {
    for (const r of [forms.text, forms.out, forms.changeSets]) {
      const removed = find(r, 'permissions-removed', /AppRoleDC883459/);
      expect(removed).toHaveLength(1);
      const delta = removed[0]?.kind === 'permissions-removed' ? removed[0].delta : undefined;
      expect(delta?.services).toEqual(['s3']);
      expect(delta && deltaPermissions(delta).map((p) => p.action)).toEqual(['s3:*']);
      expect(delta?.expandedActions ?? []).not.toContain('s3:getobject');
      expect(find(r, 'permissions-added', /AppRoleDC883459/)).toHaveLength(0);
    }
    expect(find(forms.out, 'permissions-removed', /AppRole/)[0]).toMatchObject({ delta: { policy: 'inline:data' } });
    // Two policies change in that stack: the text cannot tell which statement is whose.
    expect(find(forms.text, 'permissions-removed', /AppRole/)[0]).toMatchObject({ delta: { policy: 'cdk diff IAM Statement Changes' } });
  });

  it('customer managed policy narrowed for a node-group role', () => {
    for (const r of [forms.text, forms.out, forms.changeSets]) {
      const [e] = find(r, 'permissions-removed', /NodeRoleB5643E21/);
      const delta = e?.kind === 'permissions-removed' ? e.delta : undefined;
      expect(delta && deltaPermissions(delta).map((p) => p.action).sort()).toEqual(['ec2:describeinstances', 'ecr:*']);
    }
    expect(forms.text[1]?.managedPolicies).toEqual([{ policy: 'PoliciesStack/NodePolicyD00472B9', address: 'PoliciesStack/NodePolicyD00472B9' }]);
    expect(forms.out.managedPolicies).toEqual([expect.objectContaining({ policy: 'PoliciesStack/NodePolicyD00472B9', address: 'PoliciesStack/NodePolicyD00472B9' })]);
    expect(forms.changeSets[1]?.managedPolicies?.[0]?.policy).toMatch(/^arn:aws:iam::111122223333:policy\/PoliciesStack-NodePolicyD00472B9-/);
  });

  it('Pod Identity association destroyed: dependent-removed (the text form cannot name the role, and says so)', () => {
    for (const r of [forms.out, forms.changeSets]) {
      expect(find(r, 'dependent-removed', /PodRole29A92600/)[0]?.dependent).toMatchObject({ kind: 'eks-pod-identity', via: 'AWS::EKS::PodIdentityAssociation.RoleArn' });
    }
    expect(forms.text[1]?.warnings.some((w) => w.startsWith('PoliciesStack/ApiAssociation: AWS::EKS::PodIdentityAssociation destroyed'))).toBe(true);
  });

  it('role created: created, its new trust and policies not repeated', () => {
    expect(find(forms.out, 'created', 'ingest-worker')).toHaveLength(1);
    expect(find(forms.changeSets, 'created', 'ingest-worker')).toHaveLength(1);
    expect(find(forms.text, 'created', 'RolesStack/IngestRoleAF8AE6D8')).toHaveLength(1);
    for (const r of [forms.text, forms.out, forms.changeSets]) {
      expect(effects(r).filter((e) => /IngestRole|ingest-worker/.test(e.role))).toHaveLength(1);
    }
  });
});

describe('the same app change gives the same roles and effects from all three inputs', () => {
  it('cdk.out and change set agree exactly', () => {
    expect(roleEffects([forms.out], names)).toEqual(roleEffects(forms.changeSets, names));
  });
  it('cdk diff text agrees on every role effect it can see (it cannot see dependents)', () => {
    const full = roleEffects([forms.out], names);
    expect(roleEffects(forms.text, names)).toEqual(full.filter((k) => !/ dependent-/.test(k)));
    expect(full).toEqual([
      'ApiRole1873F438 dependent-added',
      'ApiRole1873F438 dependent-removed',
      'ApiRole1873F438 replaced',
      'AppRoleDC883459 permissions-removed',
      'IngestRoleAF8AE6D8 created',
      'NodeRoleB5643E21 permissions-removed',
      'PodRole29A92600 dependent-removed',
      'ReportRole0E87C5E2 deleted',
      'ReportRole0E87C5E2 dependent-removed',
      'TaskRole30FC0FBB trust-changed',
      'WorkerRole8DD27D41 permissions-removed',
    ]);
  });
});

describe('cdk diff text forms', () => {
  it('ANSI colours change nothing', async () => {
    const color = await readCdkDiff({ kind: 'cdk-diff', label: 'c', path: `${G}/diff/RolesStack.color.txt` }, {});
    expect(roleEffects([color], names)).toEqual(roleEffects([forms.text[0] as InputReading], names));
  });
  it('--security-only output: the IAM tables alone', async () => {
    const r = await readCdkDiff({ kind: 'cdk-diff', label: 's', path: `${G}/diff/PoliciesStack.security-only.txt` }, {});
    expect(roleEffects([r], names)).toEqual(['AppRoleDC883459 permissions-removed', 'NodeRoleB5643E21 permissions-removed', 'WorkerRole8DD27D41 permissions-removed']);
  });
  it('many stacks in one file, with progress lines and CRLF', async () => {
    const { readFile } = await import('node:fs/promises');
    const a = await readFile(`${G}/diff/RolesStack.txt`, 'utf8');
    const b = await readFile(`${G}/diff/PoliciesStack.txt`, 'utf8');
    const joined = `start: Building abc:current_account-current_region\n${a.replace(/✨.*\n/g, '')}\r\nRolesStack: success: Published\n${b}`.replace(/\n/g, '\r\n');
    const dir = await mkdtemp(join(tmpdir(), 'cdkdiff-'));
    await writeFile(join(dir, 'all.txt'), joined);
    const r = await readCdkDiff({ kind: 'cdk-diff', label: 'all', path: join(dir, 'all.txt') }, {});
    expect(r.meta?.stacks).toBe('2');
    expect(roleEffects([r], names)).toEqual(roleEffects(forms.text, names));
  });
  it('wrapped table cells (narrow terminal) are joined back', async () => {
    const text = [
      'Stack Narrow',
      'IAM Statement Changes',
      '┌───┬────────────────────┬────────┬──────────────────┬──────────────────┬───────────┐',
      '│   │ Resource           │ Effect │ Action           │ Principal        │ Condition │',
      '├───┼────────────────────┼────────┼──────────────────┼──────────────────┼───────────┤',
      '│ - │ arn:aws:s3:::a-ver │ Allow  │ s3:DeleteObject  │ AWS:${Worker/Rol │ "Bool": { │',
      '│   │ y-long-bucket-name │        │ s3:PutObjectAclV │ e}               │   "aws:Se │',
      '│   │ /*                 │        │ ersion           │                  │ cureTrans │',
      '│   │                    │        │                  │                  │ port": "t │',
      '│   │                    │        │                  │                  │ rue"      │',
      '│   │                    │        │                  │                  │ }         │',
      '└───┴────────────────────┴────────┴──────────────────┴──────────────────┴───────────┘',
      '',
    ].join('\n');
    const dir = await mkdtemp(join(tmpdir(), 'cdkdiff-'));
    await writeFile(join(dir, 'w.txt'), text);
    const r = await readCdkDiff({ kind: 'cdk-diff', label: 'w', path: join(dir, 'w.txt') }, {});
    const [e] = effects(r);
    expect(e?.kind).toBe('permissions-removed');
    expect(e?.role).toMatch(/^Narrow\/WorkerRole[A-F0-9]{8}$/);
    const delta = e?.kind === 'permissions-removed' ? e.delta : undefined;
    const permissions = delta ? deltaPermissions(delta) : [];
    expect(permissions.map((p) => p.action).sort()).toEqual(['s3:deleteobject', 's3:putobjectaclversion']);
    expect(permissions[0]?.resources).toEqual(['arn:aws:s3:::a-very-long-bucket-name/*']);
    expect(permissions[0]?.conditions?.[0]).toMatch(/aws:securetransport/);
  });
});

describe('real-world files (awsdocs, aws-cdk) parse without false IAM changes', () => {
  const text = (f: string) => readCdkDiff({ kind: 'cdk-diff', label: f, path: `${R}/${f}` }, {});
  const cs = (f: string) => readChangeSet({ kind: 'change-set', label: f, path: `${R}/${f}` }, {});
  it('cdk diff of a Lambda code change and of an S3 bucket destroy: no IAM change', async () => {
    for (const f of ['cdk-diff-awsdocs-helloworld-lambda-update.txt', 'cdk-diff-awsdocs-lambda-code-modify-changeset-method.txt', 'cdk-diff-awsdocs-s3-bucket-destroy-output-removed.txt']) {
      const r = await text(f);
      expect(r.changes, f).toEqual([]);
      expect(r.warnings, f).toEqual([]);
    }
  });
  it('the cdk deploy approval prompt: the new service role trust and its managed policy, nothing for the function URL', async () => {
    const r = await text('cdk-deploy-awsdocs-helloworld-lambda-iam-approval-prompt.txt');
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]?.address).toMatch(/^HelloCdkStack\/HelloWorldFunctionServiceRole[A-F0-9]{8}$/);
    expect(r.changes[0]?.effects.map((e) => e.kind)).toEqual(['trust-changed', 'permissions-added']);
    expect(r.changes[0]?.effects[1]).toMatchObject({ delta: { policy: 'AWSLambdaBasicExecutionRole' } });
  });
  it('change sets without IAM: no change; nested stacks named in a warning', async () => {
    expect((await cs('cfn-changeset-awsdocs-add-remove-resources.json')).changes).toEqual([]);
    expect((await cs('cfn-changeset-awsdocs-nested-child-lambda-modify.json')).changes).toEqual([]);
    const root = await cs('cfn-changeset-awsdocs-nested-root-stack-modify.json');
    expect(root.changes).toEqual([]);
    expect(root.warnings[0]).toMatch(/^my-root-stack\/ChildStack: nested stack with its own change set/);
  });
  it('the aws-cdk integ template: identical deployed → nothing; not deployed → three roles created, with a warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'integ-'));
    await mkdir(join(dir, 'out'));
    await mkdir(join(dir, 'deployed'));
    const src = `${R}/cdk-template-awscdk-integ-iam-role-external-id-org-condition.template.json`;
    await copyFile(src, join(dir, 'out/integ-iam-role-1.template.json'));
    await copyFile(src, join(dir, 'deployed/integ-iam-role-1.template.json'));
    const same = await readCdkOut({ kind: 'cdk-out', label: 'i', dir: join(dir, 'out'), deployedDir: join(dir, 'deployed') }, {});
    expect(same.changes).toEqual([]);
    expect(same.warnings).toEqual([]);
    const fresh = await readCdkOut({ kind: 'cdk-out', label: 'i', dir: join(dir, 'out'), deployedDir: join(dir, 'none') }, {});
    expect(effects(fresh).map((e) => e.kind)).toEqual(['created', 'created', 'created']);
    expect(fresh.warnings).toEqual([expect.stringMatching(/^integ-iam-role-1: no deployed template .*: treated as a new stack/)]);
  });
});

describe('live deployed templates (ctx.fetchDeployedTemplate)', () => {
  it('physical names from ListStackResources replace Stack/LogicalId; an undeployed stack is all new', async () => {
    const { readFile } = await import('node:fs/promises');
    const deployed = JSON.parse(await readFile(`${G}/deployed/PoliciesStack.template.json`, 'utf8')) as unknown;
    const r = await readCdkOut({ kind: 'cdk-out', label: 'o', dir: `${G}/cdk.out` }, {
      fetchDeployedTemplate: async (stack) => (stack === 'PoliciesStack' ? { template: JSON.stringify(deployed), physicalIds: { AppRoleDC883459: 'app-role-live', NodeRoleB5643E21: 'eks-node-live' } } : null),
    });
    expect(find(r, 'permissions-removed', 'app-role-live')).toHaveLength(1);
    expect(find(r, 'permissions-removed', 'eks-node-live')[0]?.unknowns).toBeUndefined();
    expect(r.warnings).toContain('RolesStack: not deployed (no stack in CloudFormation): treated as a new stack (everything created)');
    expect(r.meta?.deployed).toBe('CloudFormation GetTemplate');
  });
  it('a failed GetTemplate leaves that stack out with a warning, instead of calling everything created', async () => {
    const r = await readCdkOut({ kind: 'cdk-out', label: 'o', dir: `${G}/cdk.out` }, {
      fetchDeployedTemplate: async () => {
        throw new Error('cloudformation: reading deployed stack RolesStack in eu-west-1 failed: AccessDenied: no');
      },
    });
    expect(r.changes).toEqual([]);
    expect(r.warnings[0]).toBe('RolesStack: deployed template could not be read (cloudformation: reading deployed stack RolesStack in eu-west-1 failed: AccessDenied: no): its changes are unknown; pass --deployed DIR');
  });
});

describe('bad input: one line, file and place', () => {
  async function tmp(name: string, content: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'bad-'));
    const file = join(dir, name);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, content);
    return file;
  }
  it('text that is not cdk diff output', async () => {
    const f = await tmp('x.txt', '\nhello\nworld\n');
    const err = await readCdkDiff({ kind: 'cdk-diff', label: 'x', path: f }, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`${f} (line 2): not \`cdk diff\` output: no "Stack <name>" line, IAM table or Resources section`);
  });
  it('an empty file (stdout captured, but cdk diff writes to stderr)', async () => {
    const f = await tmp('empty.txt', '');
    await expect(readCdkDiff({ kind: 'cdk-diff', label: 'x', path: f }, {})).rejects.toThrow(`${f} (line 1): empty: \`cdk diff\` writes its diff to stderr`);
  });
  it('JSON given as cdk diff text', async () => {
    const f = await tmp('plan.json', '{"format_version":"1.2"}');
    await expect(readCdkDiff({ kind: 'cdk-diff', label: 'x', path: f }, {})).rejects.toThrow(/\(line 1\): this is JSON, not `cdk diff` text/);
  });
  it('a template that is not CloudFormation', async () => {
    const f = await tmp('out/App.template.json', '{"resource":{"aws_iam_role":{}}}');
    await expect(readCdkOut({ kind: 'cdk-out', label: 'x', dir: join(f, '..') }, {})).rejects.toThrow(`${f} (top level): not a CloudFormation template: no "Resources" object`);
    const g = await tmp('out/App.template.json', '{"Resources":{"R":{"Properties":{}}}}');
    await expect(readCdkOut({ kind: 'cdk-out', label: 'x', dir: join(g, '..') }, {})).rejects.toThrow(/\(Resources\.R\.Type\): not a CloudFormation template/);
  });
  it('a change set of the wrong shape names the JSON path', async () => {
    const f = await tmp('cs.json', JSON.stringify({ Changes: [{ ResourceChange: { Action: 'Explode', LogicalResourceId: 'R', ResourceType: 'AWS::IAM::Role' } }] }));
    const err = await readChangeSet({ kind: 'change-set', label: 'x', path: f }, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).where).toBe('Changes[0].ResourceChange.Action');
    const g = await tmp('cs.json', '{"Changes": [');
    await expect(readChangeSet({ kind: 'change-set', label: 'x', path: g }, {})).rejects.toThrow(/is not valid JSON/);
    const h = await tmp('cs.json', JSON.stringify({ Changes: [{ ResourceChange: { Action: 'Remove', LogicalResourceId: 'R', ResourceType: 'AWS::IAM::Role', BeforeContext: '{oops' } }] }));
    await expect(readChangeSet({ kind: 'change-set', label: 'x', path: h }, {})).rejects.toThrow(`${h} (Changes[0].ResourceChange.BeforeContext): context is not a JSON string`);
  });
  it('a change set without property values still names deleted and replaced roles, and says what it lacks', async () => {
    const f = await tmp('cs.json', JSON.stringify({ StackName: 'S', Changes: [
      { Type: 'Resource', ResourceChange: { Action: 'Remove', LogicalResourceId: 'Old', PhysicalResourceId: 'old-role', ResourceType: 'AWS::IAM::Role', Details: [] } },
      { Type: 'Resource', ResourceChange: { Action: 'Modify', LogicalResourceId: 'Api', PhysicalResourceId: 'api-role', ResourceType: 'AWS::IAM::Role', Replacement: 'Conditional', Details: [{ Target: { Attribute: 'Properties', Name: 'AssumeRolePolicyDocument', RequiresRecreation: 'Never' }, Evaluation: 'Static', ChangeSource: 'DirectModification' }] } },
    ] }));
    const r = await readChangeSet({ kind: 'change-set', label: 'x', path: f }, {});
    expect(effects(r).map((e) => `${e.role} ${e.kind}`)).toEqual(['old-role deleted', 'api-role replaced', 'api-role trust-changed']);
    expect(find(r, 'trust-changed', 'api-role')[0]?.unknowns).toEqual(['trust policy values not in the input']);
    expect(r.warnings[0]).toMatch(/describe it with --include-property-values/);
  });
  it('unresolvable intrinsics are unknown with a reason, never guessed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'intr-'));
    await mkdir(join(dir, 'out'));
    await mkdir(join(dir, 'deployed'));
    const role = { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] } } };
    const before = { Resources: { R: role, Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::GetAtt': ['R', 'Arn'] } } } } };
    const after = {
      Resources: {
        R: role,
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: { 'Fn::ImportValue': 'shared-role-arn' } } },
        P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, Roles: [{ 'Fn::If': ['Prod', 'a', 'b'] }] } },
      },
    };
    await writeFile(join(dir, 'out/S.template.json'), JSON.stringify(after));
    await writeFile(join(dir, 'deployed/S.template.json'), JSON.stringify(before));
    const r = await readCdkOut({ kind: 'cdk-out', label: 'x', dir: join(dir, 'out'), deployedDir: join(dir, 'deployed') }, {});
    expect(effects(r).map((e) => `${e.role} ${e.kind}`)).toEqual(['S/R dependent-removed']);
    expect(r.warnings).toEqual([
      'S/Fn.Role: role unknown: unresolvable intrinsic {"Fn::ImportValue":"shared-role-arn"}',
      'S/P.Roles[0]: role unknown: unresolvable intrinsic {"Fn::If":["Prod","a","b"]}',
    ]);
    expect(r.changes[0]?.notes).toEqual(['Role: role reference not resolvable']);
  });
  it('a cdk.out without stacks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'empty-'));
    await expect(readCdkOut({ kind: 'cdk-out', label: 'x', dir }, {})).rejects.toThrow(`${dir}: no stacks found`);
  });
});
