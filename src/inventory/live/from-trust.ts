/** Dependents read from the role's own trust policy: principals that chain into it, and IRSA service accounts. */
import type { Dependent } from '../../model/dependent.js';
import { parseArn } from './arn.js';
import type { EksCluster } from './scans/eks.js';
import { serviceAccountOf } from './trust.js';
import type { RoleWork } from './work.js';

export function chainedPrincipals(work: RoleWork): Dependent[] {
  const out: Dependent[] = [];
  for (const principal of new Set(work.trust.awsPrincipals)) {
    const arn = parseArn(principal);
    if (!arn) continue;
    let kind: 'iam-role' | 'iam-user' | null = null;
    let id = principal;
    if (arn.service === 'iam' && arn.resource.startsWith('role/')) kind = 'iam-role';
    else if (arn.service === 'iam' && arn.resource.startsWith('user/')) kind = 'iam-user';
    else if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
      kind = 'iam-role';
      id = `arn:${arn.partition}:iam::${arn.account}:role/${arn.resource.split('/')[1] ?? ''}`;
    }
    if (!kind) continue;
    out.push({
      kind,
      id,
      name: id.split('/').pop() ?? id,
      region: 'global',
      account: arn.account,
      via: `trust policy Principal AWS ${principal}`,
      origin: 'live',
    });
  }
  return out;
}

/** IRSA: each `system:serviceaccount:NS:SA` the trust admits, named after the cluster whose OIDC issuer matches. */
export function irsaServiceAccounts(work: RoleWork, clusters: readonly EksCluster[], clustersKnown: boolean): Dependent[] {
  const out: Dependent[] = [];
  for (const entry of work.trust.irsa) {
    const cluster = clusters.find((c) => c.issuer?.toLowerCase() === entry.issuer.toLowerCase());
    const region = /^oidc\.eks\.([a-z0-9-]+)\./.exec(entry.issuer)?.[1] ?? 'unknown';
    const where = cluster
      ? `OIDC issuer of cluster ${cluster.name}`
      : clustersKnown
        ? `OIDC issuer ${entry.issuer}: no scanned cluster has it (deleted, or in a region not scanned)`
        : `OIDC issuer ${entry.issuer}: cluster list incomplete`;
    const subjects = entry.subjects.length > 0 ? entry.subjects : ['system:serviceaccount:*:*'];
    for (const subject of subjects) {
      const sa = serviceAccountOf(subject);
      const [ns, name] = sa ?? ['?', subject];
      const prefix = cluster ? cluster.name : entry.issuer;
      out.push({
        kind: 'irsa-service-account',
        id: `${prefix}/${ns}/${name}`,
        name: `${ns}/${name}`,
        region: cluster?.region ?? region,
        via: entry.subjects.length > 0 ? `trust policy ${entry.operator} sub ${subject} (${where})` : `trust policy admits every service account (no sub condition; ${where})`,
        origin: 'live',
        ...(cluster ? { account: cluster.arn.split(':')[4] ?? '' } : {}),
      });
    }
  }
  return out;
}
