import { describe, expect, it } from 'vitest';
import { diffPermissions, diffTrust, parsePolicy, toPolicyDocument } from '../../src/policy/index.js';
import { intrinsicText } from '../../src/policy/intrinsics.js';
import { poldoc, stmt } from './builders.js';

const partitionRoot = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] };

describe('CloudFormation intrinsics in policies', () => {
  it.each([
    [{ Ref: 'AWS::AccountId' }, '${AWS::AccountId}'],
    [{ 'Fn::GetAtt': ['Queue4A7E3555', 'Arn'] }, '${Queue4A7E3555.Arn}'],
    [{ 'Fn::GetAtt': 'Queue4A7E3555.Arn' }, '${Queue4A7E3555.Arn}'],
    [partitionRoot, 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'],
    [{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/*' }, 'arn:${AWS::Partition}:s3:::${Bucket}/*'],
    [{ 'Fn::Sub': ['arn:aws:s3:::${B}/*', { B: { Ref: 'Bucket' } }] }, 'arn:aws:s3:::${Bucket}/*'],
    [{ 'Fn::ImportValue': 'shared-bucket-arn' }, '${ImportValue:shared-bucket-arn}'],
    [{ 'Fn::If': ['IsProd', 'a', 'b'] }, '${Fn::If:["IsProd","a","b"]}'],
  ])('renders %j as %s', (input, text) => {
    expect(intrinsicText(input)).toBe(text);
  });

  it('is not fooled by ordinary objects', () => {
    expect(intrinsicText({ Ref: 'x', Other: 1 })).toBeNull();
    expect(intrinsicText(5)).toBeNull();
  });

  it('parses a synthesized trust policy (aws-cdk integ snapshot shape) and round-trips it', () => {
    const doc = poldoc(stmt({ action: 'sts:AssumeRole', principal: { AWS: partitionRoot }, condition: { StringEquals: { 'sts:ExternalId': 'supply-me' } } }));
    const parsed = parsePolicy(doc);
    expect(parsed).toEqual({
      ok: true,
      statements: [
        {
          effect: 'Allow',
          actions: ['sts:assumerole'],
          principals: [{ type: 'AWS', value: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' }],
          conditions: ['StringEquals sts:externalid = supply-me'],
        },
      ],
    });
    if (parsed.ok) expect(parsePolicy(toPolicyDocument(parsed.statements))).toEqual(parsed);
  });

  it('diffs resources written as intrinsics by what they name', () => {
    const before = poldoc(stmt({ action: 'sqs:SendMessage', resource: { 'Fn::GetAtt': ['QueueA', 'Arn'] } }));
    const after = poldoc(stmt({ action: 'sqs:SendMessage', resource: [{ 'Fn::GetAtt': ['QueueB', 'Arn'] }] }));
    const d = diffPermissions(before, after, 'p');
    expect(d.removed?.permissions).toEqual([{ effect: 'Allow', action: 'sqs:sendmessage', resources: ['${QueueA.Arn}'] }]);
    expect(d.added?.permissions).toEqual([{ effect: 'Allow', action: 'sqs:sendmessage', resources: ['${QueueB.Arn}'] }]);
    expect(diffPermissions(before, JSON.stringify(before), 'p')).toEqual({ removed: null, added: null });
  });

  it('reports a statement list built by an intrinsic as unparseable, with the reason', () => {
    const parsed = parsePolicy({ Statement: [{ 'Fn::If': ['IsProd', { Effect: 'Allow', Action: 's3:*' }, { Ref: 'AWS::NoValue' }] }] });
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/intrinsic/) });
    expect(diffTrust(null, { Statement: { 'Fn::If': [] } }).unknown).toMatch(/intrinsic/);
  });
});
