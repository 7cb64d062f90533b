/**
 * EKS: cluster roles, node groups, Fargate profiles, Pod Identity associations, add-ons and access
 * entries; also the clusters' OIDC issuers, to name the cluster of each IRSA trust.
 */
import {
  DescribeAccessEntryCommand,
  DescribeAddonCommand,
  DescribeClusterCommand,
  DescribeFargateProfileCommand,
  DescribeNodegroupCommand,
  DescribePodIdentityAssociationCommand,
  EKSClient,
  paginateListAccessEntries,
  paginateListAddons,
  paginateListClusters,
  paginateListFargateProfiles,
  paginateListNodegroups,
  paginateListPodIdentityAssociations,
} from '@aws-sdk/client-eks';
import type { DependentKind } from '../../../model/dependent.js';
import { roleKeyOfRef } from '../arn.js';
import { mapLimited } from '../limiter.js';
import type { AccountSession } from '../session.js';
import { dependent, emptyOutput, record, type ScanInput, type ScanOutput } from './scan.js';

export interface EksCluster {
  name: string;
  arn: string;
  region: string;
  /** Issuer without the scheme: `oidc.eks.eu-west-1.amazonaws.com/id/ABC`. */
  issuer?: string;
}

export interface EksScanOutput extends ScanOutput {
  clusters: EksCluster[];
  /** False when the cluster list is incomplete (IRSA cluster names may then be missing). */
  clustersKnown: boolean;
}

const EKS_KINDS: DependentKind[] = ['eks-cluster', 'eks-nodegroup', 'eks-fargate-profile', 'eks-pod-identity', 'eks-addon', 'eks-access-entry'];

async function listAll<T>(pages: AsyncIterable<T>, pick: (page: T) => string[] | undefined): Promise<string[]> {
  const out: string[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

export async function scanEks({ session, region, settled }: ScanInput): Promise<EksScanOutput> {
  const out: EksScanOutput = { ...emptyOutput(), clusters: [], clustersKnown: true };
  const eks = session.client('eks', region, EKSClient);
  const limit = session.limit('eks', region);
  const account = session.account;
  const task = session.run.progress.start(`eks ${region}`, 'clusters');

  const names = await limit(() =>
    session.attempt({ operation: 'eks:ListClusters', region, kinds: EKS_KINDS }, (abortSignal) =>
      listAll(paginateListClusters({ client: eks }, {}, { abortSignal }), (p) => p.clusters),
    ),
  );
  if (!names.ok) {
    out.gaps.push(names.gap);
    out.clustersKnown = false;
    task.done();
    return out;
  }

  await Promise.all(
    names.value.map(async (clusterName) => {
      const described = await limit(() =>
        session.attempt({ operation: 'eks:DescribeCluster', region, kinds: EKS_KINDS, detail: `cluster ${clusterName}` }, async (abortSignal) =>
          (await eks.send(new DescribeClusterCommand({ name: clusterName }), { abortSignal })).cluster,
        ),
      );
      task.add(1);
      if (!described.ok || !described.value) {
        if (!described.ok) out.gaps.push(described.gap);
        out.clustersKnown = false;
        return;
      }
      const cluster = described.value;
      const issuer = cluster.identity?.oidc?.issuer?.replace(/^https:\/\//, '');
      out.clusters.push({ name: clusterName, arn: cluster.arn ?? clusterName, region, ...(issuer ? { issuer } : {}) });
      record(out, roleKeyOfRef(cluster.roleArn, account), dependent('eks-cluster', { id: cluster.arn ?? clusterName, name: clusterName, region, account, via: 'cluster roleArn' }));
      // Which parts to list, and whose access entries to describe, depend on every affected role.
      const { kinds, roles } = await settled;
      await scanClusterParts(session, eks, region, clusterName, kinds, new Set(roles.map((r) => r.key)), out);
    }),
  );
  task.done();
  return out;
}

async function scanClusterParts(
  session: AccountSession,
  eks: EKSClient,
  region: string,
  clusterName: string,
  kinds: ReadonlySet<DependentKind>,
  affected: ReadonlySet<string>,
  out: ScanOutput,
): Promise<void> {
  const limit = session.limit('eks', region);
  const account = session.account;
  const detail = `cluster ${clusterName}`;

  /** List the items of one part of the cluster, then describe each through the limiter. */
  async function part<D>(
    kind: DependentKind,
    listOperation: string,
    list: (abortSignal: AbortSignal) => Promise<string[]>,
    describeOperation: string,
    describe: (item: string, abortSignal: AbortSignal) => Promise<D | undefined>,
    use: (item: string, described: D) => void,
  ): Promise<void> {
    if (!kinds.has(kind)) return;
    const items = await limit(() => session.attempt({ operation: listOperation, region, kinds: [kind], detail }, list));
    if (!items.ok) return void out.gaps.push(items.gap);
    await mapLimited(items.value, limit, async (item) => {
      const d = await session.attempt({ operation: describeOperation, region, kinds: [kind], detail: `${detail} ${item}` }, (abortSignal) =>
        describe(item, abortSignal),
      );
      if (!d.ok) out.gaps.push(d.gap);
      else if (d.value) use(item, d.value);
    });
  }

  await Promise.all([
    part(
      'eks-nodegroup',
      'eks:ListNodegroups',
      (abortSignal) => listAll(paginateListNodegroups({ client: eks }, { clusterName }, { abortSignal }), (p) => p.nodegroups),
      'eks:DescribeNodegroup',
      async (ng, abortSignal) => (await eks.send(new DescribeNodegroupCommand({ clusterName, nodegroupName: ng }), { abortSignal })).nodegroup,
      (ng, d) =>
        record(out, roleKeyOfRef(d.nodeRole, account), dependent('eks-nodegroup', { id: d.nodegroupArn ?? `${clusterName}/${ng}`, name: `${clusterName}/${ng}`, region, account, via: 'node group nodeRole' })),
    ),
    part(
      'eks-fargate-profile',
      'eks:ListFargateProfiles',
      (abortSignal) => listAll(paginateListFargateProfiles({ client: eks }, { clusterName }, { abortSignal }), (p) => p.fargateProfileNames),
      'eks:DescribeFargateProfile',
      async (fp, abortSignal) =>
        (await eks.send(new DescribeFargateProfileCommand({ clusterName, fargateProfileName: fp }), { abortSignal })).fargateProfile,
      (fp, d) =>
        record(
          out,
          roleKeyOfRef(d.podExecutionRoleArn, account),
          dependent('eks-fargate-profile', { id: d.fargateProfileArn ?? `${clusterName}/${fp}`, name: `${clusterName}/${fp}`, region, account, via: 'Fargate profile podExecutionRoleArn' }),
        ),
    ),
    part(
      'eks-pod-identity',
      'eks:ListPodIdentityAssociations',
      // The summaries lack the role: each association must be described.
      (abortSignal) =>
        listAll(paginateListPodIdentityAssociations({ client: eks }, { clusterName }, { abortSignal }), (p) =>
          (p.associations ?? []).map((a) => a.associationId ?? '').filter(Boolean),
        ),
      'eks:DescribePodIdentityAssociation',
      async (id, abortSignal) =>
        (await eks.send(new DescribePodIdentityAssociationCommand({ clusterName, associationId: id }), { abortSignal })).association,
      (id, d) => {
        const sa = `${d.namespace ?? '?'}/${d.serviceAccount ?? '?'}`;
        record(
          out,
          roleKeyOfRef(d.roleArn, account),
          dependent('eks-pod-identity', { id: d.associationArn ?? `${clusterName}/${id}`, name: `${clusterName}/${sa}`, region, account, via: `Pod Identity association for system:serviceaccount:${d.namespace ?? '?'}:${d.serviceAccount ?? '?'}` }),
        );
      },
    ),
    part(
      'eks-addon',
      'eks:ListAddons',
      (abortSignal) => listAll(paginateListAddons({ client: eks }, { clusterName }, { abortSignal }), (p) => p.addons),
      'eks:DescribeAddon',
      async (addon, abortSignal) => (await eks.send(new DescribeAddonCommand({ clusterName, addonName: addon }), { abortSignal })).addon,
      (addon, d) =>
        record(
          out,
          roleKeyOfRef(d.serviceAccountRoleArn, account),
          dependent('eks-addon', { id: d.addonArn ?? `${clusterName}/${addon}`, name: `${clusterName}/${addon}`, region, account, via: 'add-on serviceAccountRoleArn' }),
        ),
    ),
    accessEntries(),
  ]);

  /** The list already names each principal: only the entries of affected roles are described (for their ARN). */
  async function accessEntries(): Promise<void> {
    if (!kinds.has('eks-access-entry')) return;
    const listed = await limit(() =>
      session.attempt({ operation: 'eks:ListAccessEntries', region, kinds: ['eks-access-entry'], detail }, (abortSignal) =>
        listAll(paginateListAccessEntries({ client: eks }, { clusterName }, { abortSignal }), (p) => p.accessEntries),
      ),
    );
    if (!listed.ok) return void out.gaps.push(listed.gap);
    await mapLimited(listed.value, limit, async (principalArn) => {
      const key = roleKeyOfRef(principalArn, account);
      if (!key || !affected.has(key)) return;
      const d = await session.attempt(
        { operation: 'eks:DescribeAccessEntry', region, kinds: ['eks-access-entry'], detail: `${detail} ${principalArn}` },
        async (abortSignal) => (await eks.send(new DescribeAccessEntryCommand({ clusterName, principalArn }), { abortSignal })).accessEntry,
      );
      const entry = d.ok ? d.value : undefined;
      const groups = entry?.kubernetesGroups?.length ? ` (groups ${entry.kubernetesGroups.join(', ')})` : '';
      record(
        out,
        key,
        dependent('eks-access-entry', { id: entry?.accessEntryArn ?? `${clusterName}/${principalArn}`, name: `${clusterName}/${entry?.username ?? principalArn.split('/').pop()}`, region, account, via: `access entry principalArn${groups}` }),
      );
    });
  }
}
