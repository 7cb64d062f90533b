/**
 * A whole fake AWS account on one loopback responder (no moto): STS, IAM (awsQuery XML), Lambda and EKS
 * (restJson1), CloudTrail (JSON 1.1), EC2 DescribeRegions. Each test overrides the operations it is about.
 */
import { awsJson, queryError, queryXml, restJson, startResponder, xmlTag, type AwsRequest, type Reply, type Responder } from '../helpers/aws-responder.js';
import type { LiveInventoryOptions, ServiceId } from '../../src/inventory/live/index.js';

export const HOME = '111111111111';

export type Override = (req: AwsRequest) => Reply | 'pass' | undefined | Promise<Reply | 'pass' | undefined>;

export const lambdaTrust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export function roleXml(name: string, account = HOME, trust = lambdaTrust, partition = 'aws'): string {
  return `<Role>${xmlTag('Path', '/')}${xmlTag('RoleName', name)}${xmlTag('RoleId', `AROA${name.toUpperCase()}`)}${xmlTag('Arn', `arn:${partition}:iam::${account}:role/${name}`)}${xmlTag('CreateDate', '2025-01-01T00:00:00Z')}${xmlTag('AssumeRolePolicyDocument', encodeURIComponent(trust))}<RoleLastUsed>${xmlTag('LastUsedDate', '2026-11-20T08:00:00Z')}${xmlTag('Region', 'eu-west-1')}</RoleLastUsed></Role>`;
}

function defaults(req: AwsRequest, callerArn: string): Reply {
  switch (req.action) {
    case 'GetCallerIdentity':
      return queryXml('GetCallerIdentity', `${xmlTag('Arn', callerArn)}${xmlTag('UserId', 'AIDAX')}${xmlTag('Account', callerArn.split(':')[4] ?? HOME)}`);
    case 'GetRole':
      return queryXml('GetRole', roleXml(req.form.get('RoleName') ?? '?'));
    case 'ListAttachedRolePolicies':
      return queryXml(req.action, `<AttachedPolicies/>${xmlTag('IsTruncated', false)}`);
    case 'ListRolePolicies':
      return queryXml(req.action, `<PolicyNames/>${xmlTag('IsTruncated', false)}`);
    case 'ListInstanceProfilesForRole':
      return queryXml(req.action, `<InstanceProfiles/>${xmlTag('IsTruncated', false)}`);
    case 'GenerateServiceLastAccessedDetails':
      return queryXml(req.action, xmlTag('JobId', 'job-1'));
    case 'GetServiceLastAccessedDetails':
      return queryXml(req.action, `${xmlTag('JobStatus', 'COMPLETED')}<ServicesLastAccessed/>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}${xmlTag('IsTruncated', false)}`);
    case 'LookupEvents':
      return awsJson({ Events: [] });
    case 'DescribeRegions':
      return {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo><item><regionName>us-east-1</regionName></item><item><regionName>ap-south-1</regionName></item></regionInfo></DescribeRegionsResponse>`,
      };
  }
  if (req.service === 'lambda') return restJson({ Functions: [] });
  if (req.service === 'eks' && req.path === '/clusters') return restJson({ clusters: [] });
  return queryError('InternalFailure', `fake account does not serve ${req.service} ${req.action ?? req.path}`, 500);
}

export interface FakeAccount extends Responder {
  options(extra?: Partial<LiveInventoryOptions>): LiveInventoryOptions;
  calls(action: string): AwsRequest[];
}

export async function startFakeAccount(override: Override = () => undefined, callerArn = `arn:aws:iam::${HOME}:user/ci`): Promise<FakeAccount> {
  const responder = await startResponder(async (req) => (await override(req)) ?? defaults(req, callerArn));
  return {
    ...responder,
    calls: (action) => responder.requests.filter((r) => r.action === action || r.path === action),
    options: (extra = {}) => ({
      regions: ['us-east-1'],
      timeoutMs: 30_000,
      cloudtrail: false,
      maxAttempts: 2,
      clientConfig: (_service: ServiceId) => ({ endpoint: responder.endpoint, credentials: { accessKeyId: 'AKIDHOME', secretAccessKey: 'x' } }),
      sleep: async () => {},
      ...extra,
    }),
  };
}

/** A fake clock that sleeping advances: back-off and rate gates run without waiting. */
export function fakeTime(start = '2026-11-28T12:00:00Z') {
  let now = new Date(start).getTime();
  const sleeps: number[] = [];
  return {
    clock: () => new Date(now),
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}
