/** Template-level mapping of each IAM resource type (cloudformation-diff + effects), and the helpers under it. */
import { describe, expect, it } from 'vitest';
import { templateDeltas } from '../../src/changes/cdk/cdk-out.js';
import { deriveStack } from '../../src/changes/cdk/effects.js';
import { renderIntrinsics, resolveManagedPolicyRef, resolveRoleRef } from '../../src/changes/cdk/intrinsics.js';
import { logicalIdForDisplayedPath, makeUniqueId } from '../../src/changes/cdk/diff-text/logical-id.js';
import { readCdkDiffText } from '../../src/changes/cdk/diff-text/read.js';
import type { Effect } from '../../src/model/change.js';
import type { TemplateResource } from '../../src/changes/cdk/model.js';

type Resources = Record<string, TemplateResource>;

function derive(before: Resources, after: Resources, physicalIds: Record<string, string> = {}) {
  const oldT = { Resources: before };
  const newT = { Resources: after };
  return deriveStack({ stack: 'S', input: 'test', source: 'cdk', deltas: templateDeltas(oldT, newT), oldResources: before, newResources: after, physicalIds, valuesKnown: true });
}
const kinds = (r: ReturnType<typeof derive>) => r.changes.flatMap((c) => c.effects.map((e: Effect) => `${e.role} ${e.kind}`));

const trust = (service: string) => ({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: service } }], Version: '2012-10-17' });
const role = (props: Record<string, unknown> = {}): TemplateResource => ({ Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust('ec2.amazonaws.com'), ...props } });
const doc = (...actions: string[]) => ({ Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }], Version: '2012-10-17' });
const sqsArn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AmazonSQSFullAccess']] };

describe('IAM resource types', () => {
  it('AWS::IAM::RolePolicy narrowed on a named role', () => {
    const r = derive(
      { R: role({ RoleName: 'app' }), P: { Type: 'AWS::IAM::RolePolicy', Properties: { PolicyName: 'p', RoleName: { Ref: 'R' }, PolicyDocument: doc('s3:GetObject', 's3:PutObject') } } },
      { R: role({ RoleName: 'app' }), P: { Type: 'AWS::IAM::RolePolicy', Properties: { PolicyName: 'p', RoleName: { Ref: 'R' }, PolicyDocument: doc('s3:GetObject') } } },
    );
    expect(kinds(r)).toEqual(['app permissions-removed']);
    expect(r.changes[0]?.effects[0]).toMatchObject({ delta: { policy: 'inline:p', services: ['s3'] } });
  });

  it('AWS::IAM::Policy moved from one role to another', () => {
    const pol = (to: string) => ({ Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: [{ Ref: to }], PolicyDocument: doc('sqs:SendMessage') } });
    const r = derive({ A: role(), B: role(), P: pol('A') }, { A: role(), B: role(), P: pol('B') }, { A: 'role-a', B: 'role-b' });
    expect(kinds(r)).toEqual(['role-a permissions-removed', 'role-b permissions-added']);
  });

  it('AWS::IAM::ManagedPolicy attached by Ref in ManagedPolicyArns, then deleted', () => {
    const mp = { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'shared-read', PolicyDocument: doc('dynamodb:GetItem') } };
    const r = derive({ R: role({ ManagedPolicyArns: [{ Ref: 'M' }] }), M: mp }, { R: role() }, { R: 'reader' });
    expect(kinds(r)).toEqual(['reader permissions-removed']);
    expect(r.changes[0]?.effects[0]).toMatchObject({ delta: { policy: 'shared-read', services: ['dynamodb'] } });
    const narrowed = derive(
      { R: role({ ManagedPolicyArns: [{ Ref: 'M' }] }), M: mp },
      { R: role({ ManagedPolicyArns: [{ Ref: 'M' }] }), M: { ...mp, Properties: { ...mp.Properties, PolicyDocument: doc('dynamodb:Query') } } },
      { R: 'reader' },
    );
    expect(kinds(narrowed)).toEqual(['reader permissions-removed', 'reader permissions-added']);
    expect(r.managedPolicies).toEqual([expect.objectContaining({ policy: 'shared-read', deleted: true })]);
  });

  it('AWS managed policy in Fn::Join form attached; boundary set; instance profile swapped', () => {
    const r = derive(
      { R: role({ RoleName: 'web' }), Q: role({ RoleName: 'web2' }), IP: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: 'R' }] } } },
      {
        R: role({ RoleName: 'web', ManagedPolicyArns: [sqsArn], PermissionsBoundary: 'arn:aws:iam::111122223333:policy/boundary' }),
        Q: role({ RoleName: 'web2' }),
        IP: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: 'Q' }] } },
      },
    );
    expect(kinds(r).sort()).toEqual(['web boundary-changed', 'web instance-profile-changed', 'web permissions-added', 'web2 instance-profile-changed']);
    const added = r.changes.flatMap((c) => c.effects).find((e) => e.kind === 'permissions-added');
    expect(added).toMatchObject({ delta: { policy: 'AmazonSQSFullAccess', services: ['sqs'] } });
    const boundary = r.changes.flatMap((c) => c.effects).find((e) => e.kind === 'boundary-changed');
    expect(boundary).toMatchObject({ before: null, after: 'arn:aws:iam::111122223333:policy/boundary' });
  });

  it('Path change replaces the role; compute on it (EKS cluster, CodeBuild) follows', () => {
    const r = derive(
      { R: role({ RoleName: 'ci' }), C: { Type: 'AWS::CodeBuild::Project', Properties: { ServiceRole: { 'Fn::GetAtt': ['R', 'Arn'] } } } },
      { R: role({ RoleName: 'ci', Path: '/build/' }), C: { Type: 'AWS::CodeBuild::Project', Properties: { ServiceRole: { 'Fn::GetAtt': ['R', 'Arn'] } } } },
    );
    expect(kinds(r)).toEqual(['ci replaced']);
    expect(r.changes[0]?.effects[0]).toMatchObject({ because: 'Path changed' });
    const moved = derive(
      { A: role(), K: { Type: 'AWS::EKS::Cluster', Properties: { RoleArn: { 'Fn::GetAtt': ['A', 'Arn'] } } } },
      { A: role(), K: { Type: 'AWS::EKS::Cluster', Properties: { RoleArn: 'arn:aws:iam::111122223333:role/platform/eks-admin' } } },
    );
    expect(kinds(moved)).toEqual(['S/A dependent-removed', 'eks-admin dependent-added']);
  });

  it('a resource type change is a delete and a create; non-IAM changes are ignored', () => {
    const r = derive({ X: role(), B: { Type: 'AWS::S3::Bucket' } }, { X: { Type: 'AWS::SQS::Queue' }, B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'b' } } });
    expect(kinds(r)).toEqual(['S/X deleted']);
  });
});

describe('intrinsics', () => {
  it('role references: Ref, GetAtt, ARN, Join, Sub, and what stays unknown', () => {
    expect(resolveRoleRef({ Ref: 'R' })).toEqual({ kind: 'logical', logicalId: 'R' });
    expect(resolveRoleRef({ 'Fn::GetAtt': 'R.Arn' })).toEqual({ kind: 'logical', logicalId: 'R' });
    expect(resolveRoleRef('arn:aws-cn:iam::111122223333:role/a/b/name')).toMatchObject({ kind: 'name', name: 'name' });
    expect(resolveRoleRef({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':role/ops']] })).toEqual({ kind: 'name', name: 'ops' });
    expect(resolveRoleRef({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/svc/${Env}-api' })).toMatchObject({ kind: 'unknown' });
    expect(resolveRoleRef({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/fixed' })).toEqual({ kind: 'name', name: 'fixed' });
    expect(resolveRoleRef('{{changeSet:KNOWN_AFTER_APPLY}}')).toMatchObject({ kind: 'unknown', reason: 'known only when the change set executes' });
  });
  it('managed policy references and rendering', () => {
    expect(resolveManagedPolicyRef(sqsArn)).toMatchObject({ kind: 'aws', name: 'AmazonSQSFullAccess' });
    expect(resolveManagedPolicyRef('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')).toMatchObject({ kind: 'aws', name: 'AWSLambdaBasicExecutionRole' });
    expect(resolveManagedPolicyRef({ Ref: 'Mine' })).toEqual({ kind: 'logical', logicalId: 'Mine' });
    expect(resolveManagedPolicyRef('arn:aws:iam::111122223333:policy/x')).toEqual({ kind: 'arn', arn: 'arn:aws:iam::111122223333:policy/x' });
    expect(renderIntrinsics({ Resource: [{ 'Fn::GetAtt': ['B', 'Arn'] }, { 'Fn::If': ['C', 'a', 'b'] }] })).toEqual({ Resource: ['${B.Arn}', '${Fn::If(["C","a","b"])}'] });
  });
  it('CDK logical IDs from construct paths', () => {
    expect(makeUniqueId(['NodeRole', 'Resource'])).toBe('NodeRoleB5643E21');
    expect(logicalIdForDisplayedPath('ReportRole/DefaultPolicy')).toBe('ReportRoleDefaultPolicyE1A030D6'.replace(/E1A030D6$/, makeUniqueId(['ReportRole', 'DefaultPolicy', 'Resource']).slice(-8)));
    expect(logicalIdForDisplayedPath('ApiRole1873F438')).toBe('ApiRole1873F438');
  });
});

describe('cdk diff text details', () => {
  it('statements are labelled with the one policy of the stack that changes', () => {
    const text = [
      'Stack S',
      'IAM Statement Changes',
      '┌───┬──────────┬────────┬─────────────────┬─────────────────┬───────────┐',
      '│   │ Resource │ Effect │ Action          │ Principal       │ Condition │',
      '├───┼──────────┼────────┼─────────────────┼─────────────────┼───────────┤',
      '│ - │ *        │ Allow  │ sqs:DeleteQueue │ AWS:${Worker}   │           │',
      '└───┴──────────┴────────┴─────────────────┴─────────────────┴───────────┘',
      'Resources',
      '[~] AWS::IAM::Policy Worker/DefaultPolicy WorkerDefaultPolicy12345678',
      '',
    ].join('\n');
    const r = readCdkDiffText(text, 'd.txt', 'd');
    expect(r.changes[0]?.effects[0]).toMatchObject({ kind: 'permissions-removed', delta: { policy: 'inline:Worker/DefaultPolicy', services: ['sqs'] } });
  });
  it('"may be replaced", a boundary change and a role ARN that moves', () => {
    const text = [
      'Stack S',
      'Resources',
      '[~] AWS::IAM::Role Web WebRole1234ABCD may be replaced',
      ' ├─ [~] Path (may cause replacement)',
      ' │   ├─ [-] /a/',
      ' │   └─ [+] /b/',
      ' └─ [+] PermissionsBoundary',
      '     └─ arn:aws:iam::111122223333:policy/b',
      '[~] AWS::Lambda::Function Fn Fn',
      ' └─ [~] Role',
      '     ├─ [-] arn:aws:iam::111122223333:role/old',
      '     └─ [+] arn:aws:iam::111122223333:role/new',
      '',
    ].join('\n');
    const r = readCdkDiffText(text, 'd.txt', 'd');
    expect(r.changes.flatMap((c) => c.effects.map((e) => `${e.role} ${e.kind}`))).toEqual(['old dependent-removed', 'new dependent-added', 'S/WebRole1234ABCD replaced', 'S/WebRole1234ABCD boundary-changed']);
    const replaced = r.changes.flatMap((c) => c.effects).find((e) => e.kind === 'replaced');
    expect(replaced).toMatchObject({ because: 'Path changed (may be replaced: decided at deploy)' });
  });
});

describe('cdk diff text parser on arbitrary input', () => {
  it('either reads it (a valid InputReading) or throws InputError, never anything else', async () => {
    const fc = await import('fast-check');
    const { InputError } = await import('../../src/errors.js');
    const { inputReadingSchema } = await import('../../src/model/change.js');
    const pieces = fc.constantFrom(
      'Stack S', 'Resources', 'IAM Statement Changes', 'IAM Policy Changes', '│ + │ ${R.Arn} │ Allow │ sts:AssumeRole │ Service:x │ │',
      '│ - │ * │ Deny │ s3:* │ AWS:${R} │ "Bool": { │', '┌───┬───┐', '└───┴───┘', '│   │ Resource │ Effect │ Action │ Principal │ Condition │',
      '[-] AWS::IAM::Role R R destroy', '[~] AWS::IAM::Role R R replace', ' └─ [~] RoleName (requires replacement)', '     ├─ [-] a', '     └─ [+] b',
      '[+] AWS::Lambda::Function F F', '\u001b[31m[-]\u001b[39m AWS::IAM::Policy P P', '',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (lines) => {
        try {
          const r = readCdkDiffText(lines.join('\n'), 'f.txt', 'f');
          inputReadingSchema.parse(r);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
