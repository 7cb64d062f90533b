/**
 * Loopback fronts in front of moto for what it lacks: Access Advisor (IAM), Pod Identity, add-ons and access
 * entries (EKS), and an injectable AccessDenied on lambda:ListFunctions in one region.
 */
import { queryXml, restJson, restJsonError, startResponder, xmlTag, type Responder } from '../helpers/aws-responder.js';
import { ACCOUNT } from './seed.js';

export interface Fronts {
  iam: Responder;
  eks: Responder;
  lambda: Responder;
  /** Regions where lambda:ListFunctions answers AccessDeniedException. */
  denyLambdaIn: Set<string>;
  /** Region of each ListFunctions page served. */
  lambdaPages: string[];
  stop(): Promise<void>;
}

export async function startFronts(moto: string): Promise<Fronts> {
  const denyLambdaIn = new Set<string>();
  const lambdaPages: string[] = [];
  const jobs = new Map<string, string>();
  const iam = await startResponder((req) => {
    if (req.action === 'GenerateServiceLastAccessedDetails') {
      const id = `job-${jobs.size + 1}`;
      jobs.set(id, req.form.get('Arn') ?? '');
      return queryXml(req.action, xmlTag('JobId', id));
    }
    if (req.action === 'GetServiceLastAccessedDetails') {
      const arn = jobs.get(req.form.get('JobId') ?? '') ?? '';
      const used = arn.endsWith('/app-role')
        ? `<member>${xmlTag('ServiceNamespace', 'lambda')}${xmlTag('ServiceName', 'AWS Lambda')}${xmlTag('LastAuthenticated', '2026-11-27T10:00:00Z')}${xmlTag('LastAuthenticatedRegion', 'us-east-1')}${xmlTag('TotalAuthenticatedEntities', 1)}</member>`
        : '';
      return queryXml(
        req.action,
        `${xmlTag('JobStatus', 'COMPLETED')}${xmlTag('JobType', 'SERVICE_LEVEL')}<ServicesLastAccessed>${used}<member>${xmlTag('ServiceNamespace', 'sqs')}${xmlTag('ServiceName', 'Amazon SQS')}${xmlTag('TotalAuthenticatedEntities', 0)}</member></ServicesLastAccessed>${xmlTag('JobCreationDate', '2026-11-28T00:00:00Z')}${xmlTag('JobCompletionDate', '2026-11-28T00:00:01Z')}${xmlTag('IsTruncated', false)}`,
      );
    }
    return 'pass';
  }, moto);

  const eks = await startResponder((req) => {
    const m = /^\/clusters\/([^/]+)\/(pod-identity-associations|access-entries|addons)(?:\/(.+))?$/.exec(req.path);
    if (!m) return 'pass';
    const [, cluster, part, item] = m;
    const clusterArn = `arn:aws:eks:${req.region}:${ACCOUNT}:cluster/${cluster}`;
    if (cluster !== 'prod') return restJson(part === 'pod-identity-associations' ? { associations: [] } : part === 'addons' ? { addons: [] } : { accessEntries: [] });
    if (part === 'pod-identity-associations') {
      if (!item) return restJson({ associations: [{ clusterName: cluster, namespace: 'billing', serviceAccount: 'worker', associationId: 'a-1', associationArn: `${clusterArn}/a-1` }] });
      return restJson({ association: { clusterName: cluster, namespace: 'billing', serviceAccount: 'worker', roleArn: `arn:aws:iam::${ACCOUNT}:role/pod-role`, associationArn: `arn:aws:eks:${req.region}:${ACCOUNT}:podidentityassociation/prod/a-1`, associationId: 'a-1' } });
    }
    if (part === 'addons') {
      if (!item) return restJson({ addons: ['vpc-cni'] });
      return restJson({ addon: { addonName: item, clusterName: cluster, addonArn: `arn:aws:eks:${req.region}:${ACCOUNT}:addon/prod/${item}/1`, serviceAccountRoleArn: `arn:aws:iam::${ACCOUNT}:role/irsa-role` } });
    }
    const deploy = `arn:aws:iam::${ACCOUNT}:role/deploy-role`;
    if (!item) return restJson({ accessEntries: [deploy, `arn:aws:iam::${ACCOUNT}:role/someone-else`] });
    return restJson({ accessEntry: { clusterName: cluster, principalArn: decodeURIComponent(item), accessEntryArn: `arn:aws:eks:${req.region}:${ACCOUNT}:access-entry/prod/role/${ACCOUNT}/deploy-role/x`, kubernetesGroups: ['deployers'], username: 'deployer', type: 'STANDARD' } });
  }, moto);

  // moto answers ListFunctions in one page: the front pages it (MaxItems, default 50; Marker/NextMarker) as AWS does.
  const lambda = await startResponder(async (req) => {
    if (req.method !== 'GET' || !/^\/2015-03-31\/functions\/?$/.test(req.path)) return 'pass';
    if (denyLambdaIn.has(req.region)) return restJsonError('AccessDeniedException', 'User is not authorized to perform: lambda:ListFunctions', 403);
    const upstream = new URL(req.path, moto);
    if (req.query.get('FunctionVersion')) upstream.searchParams.set('FunctionVersion', req.query.get('FunctionVersion')!);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => k !== 'host' && typeof v === 'string')) as Record<string, string>;
    const all = ((await (await fetch(upstream, { headers })).json()) as { Functions: { FunctionArn: string }[] }).Functions;
    all.sort((a, b) => a.FunctionArn.localeCompare(b.FunctionArn));
    const max = Number(req.query.get('MaxItems') ?? 50);
    const start = Number(req.query.get('Marker') ?? 0);
    const next = start + max < all.length ? String(start + max) : undefined;
    lambdaPages.push(req.region);
    return restJson({ Functions: all.slice(start, start + max), ...(next ? { NextMarker: next } : {}) });
  }, moto);

  return {
    iam,
    eks,
    lambda,
    denyLambdaIn,
    lambdaPages,
    stop: async () => {
      await Promise.all([iam.stop(), eks.stop(), lambda.stop()]);
    },
  };
}
