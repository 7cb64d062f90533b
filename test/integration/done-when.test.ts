/**
 * Issue 5 "Done when", against a real moto_server: a role used by 3 Lambda functions in two regions and
 * an EKS node group → facts naming each with region and ARN; AccessDenied on lambda:ListFunctions in one
 * region → a gap with the reason; call counts present; the snapshot replays unchanged.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { snapshotSource } from '../../src/inventory/snapshot.js';
import { riskRank, type Report } from '../../src/model/report.js';
import { inventorySnapshotSchema, type InventoryRequest, type InventorySnapshot, type InventorySource, type RoleFacts } from '../../src/model/inventory.js';
import { createLiveInventory, type LiveInventoryOptions, type ServiceId } from '../../src/inventory/live/index.js';
import { motoAvailability, startMoto, type Moto } from '../helpers/moto.js';
import { startFronts, type Fronts } from './fronts.js';
import { ACCOUNT, CREDENTIALS, seedAccount } from './seed.js';

const moto = motoAvailability();

describe.skipIf(!moto.available)('live inventory against moto: the Done-when scenario', () => {
  let server: Moto;
  let fronts: Fronts;

  beforeAll(async () => {
    server = await startMoto();
    const t = Date.now();
    await seedAccount(server.endpoint);
    console.log(`seeded in ${Date.now() - t} ms`);
    fronts = await startFronts(server.endpoint);
  });
  afterAll(async () => {
    await fronts?.stop();
    await server?.stop();
  });

  const options = (extra: Partial<LiveInventoryOptions> = {}): LiveInventoryOptions => ({
    regions: ['us-east-1', 'eu-west-1'],
    timeoutMs: 60_000,
    cloudtrail: false,
    maxAttempts: 2,
    clientConfig: (service: ServiceId) => ({
      endpoint: service === 'iam' ? fronts.iam.endpoint : service === 'eks' ? fronts.eks.endpoint : service === 'lambda' ? fronts.lambda.endpoint : server.endpoint,
      credentials: CREDENTIALS,
    }),
    ...extra,
  });
  const request: InventoryRequest = { roles: [{ name: 'app-role' }], managedPolicies: [], removedServices: {} };
  const roleOf = (roles: RoleFacts[], name: string) => {
    const r = roles.find((x) => x.name === name);
    if (!r) throw new Error(`no facts for ${name}`);
    return r;
  };

  it('names the 3 functions in two regions and the node group, with usage and call counts', async () => {
    fronts.denyLambdaIn.clear();
    const snapshot = await createLiveInventory(options()).collect(request);
    console.log(`one-role run: ${Object.values(snapshot.apiCalls ?? {}).reduce((a, b) => a + b, 0)} calls ${JSON.stringify(snapshot.apiCalls)}`);
    const role = roleOf(snapshot.roles, 'app-role');
    expect(role.existence).toBe('found');
    expect(role.arn).toBe(`arn:aws:iam::${ACCOUNT}:role/app-role`);
    expect(role.usage.lastUsedStatus).toBe('known');
    expect(role.usage.lastUsed).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(role.usage.servicesStatus).toBe('known');
    expect(role.usage.services?.find((s) => s.namespace === 'lambda')?.lastAccessed).toBe('2026-11-27T10:00:00.000Z');
    expect(role.inlinePolicies?.map((p) => p.name)).toEqual(['read-orders']);
    expect(role.attachedPolicies?.map((p) => p.name)).toEqual(['shared-read']);
    expect(role.dependentGaps).toEqual([]);
    expect(role.dependents.map((d) => [d.kind, d.name, d.region, d.id])).toEqual([
      ['eks-nodegroup', 'prod/workers', 'us-east-1', expect.stringMatching(/^arn:aws:eks:us-east-1:123456789012:nodegroup\/prod\/workers\//)],
      ['lambda-function', 'orders-eu', 'eu-west-1', `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-eu`],
      ['lambda-function', 'orders-api', 'us-east-1', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`],
      ['lambda-function', 'orders-worker', 'us-east-1', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-worker`],
    ]);
    expect(role.dependents.find((d) => d.name === 'orders-api')?.via).toBe('function configuration Role (versions $LATEST, 1)');
    expect(role.dependents.every((d) => d.origin === 'live' && d.account === ACCOUNT)).toBe(true);
    // The 52 filler functions push us-east-1 over one page of 50: two ListFunctions pages there, one in eu-west-1.
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(3);
    expect(snapshot.apiCalls?.['iam:GetRole']).toBe(1);
    expect(snapshot.apiCalls?.['eks:ListClusters']).toBe(2);
    // Trust admits only lambda and ec2: no ECS, Step Functions, CodeBuild or CloudFormation scan was needed.
    expect(Object.keys(snapshot.apiCalls ?? {}).filter((k) => /^(ecs|states|codebuild|cloudformation):/.test(k))).toEqual([]);
    // No secrets: Lambda environment variables never reach the snapshot.
    expect(JSON.stringify(snapshot)).not.toContain('hunter2');
  });

  it('turns AccessDenied on lambda:ListFunctions in one region into a gap with the reason', async () => {
    fronts.denyLambdaIn.clear();
    fronts.denyLambdaIn.add('eu-west-1');
    const snapshot = await createLiveInventory(options()).collect(request);
    fronts.denyLambdaIn.clear();
    const role = roleOf(snapshot.roles, 'app-role');
    expect(role.dependentGaps).toEqual([
      { operation: 'lambda:ListFunctions', region: 'eu-west-1', account: ACCOUNT, reason: 'lambda:ListFunctions denied in eu-west-1', kinds: ['lambda-function'] },
    ]);
    expect(role.dependents.filter((d) => d.kind === 'lambda-function').map((d) => d.region)).toEqual(['us-east-1', 'us-east-1']);
    expect(role.dependents.some((d) => d.kind === 'eks-nodegroup')).toBe(true);
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(3);
  });

  it('writes a snapshot that replays unchanged (JSON round trip through the schema)', async () => {
    const snapshot = await createLiveInventory(options()).collect(request);
    const replayed = inventorySnapshotSchema.parse(JSON.parse(JSON.stringify(snapshot)));
    expect(replayed).toEqual(snapshot);
    expect(replayed.source).toBe('live');
    expect(replayed.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(replayed.accounts).toEqual([ACCOUNT]);
  });

  it('finds every dependent kind for many roles with one bulk pass, scanning each region and service once', async () => {
    const names = ['app-role', 'filler-role', 'idle-role', 'eks-cluster-role', 'fargate-role', 'pod-role', 'ec2-role', 'deploy-role', 'irsa-role'];
    const snapshot = await createLiveInventory(options()).collect({
      roles: names.map((name) => ({ name })),
      managedPolicies: ['shared-read'],
      removedServices: {},
    });
    console.log(`bulk run: ${Object.values(snapshot.apiCalls ?? {}).reduce((a, b) => a + b, 0)} calls ${JSON.stringify(snapshot.apiCalls)}`);
    expect(snapshot.managedPolicies).toEqual([
      { arn: `arn:aws:iam::${ACCOUNT}:policy/shared-read`, name: 'shared-read', attachedRoles: ['app-role', 'ecs-task-role'], status: 'known', gaps: [] },
    ]);
    // The policy's other role became an affected role too.
    expect(snapshot.roles.map((r) => r.name)).toEqual([...names, 'ecs-task-role']);
    const kinds = (name: string) => roleOf(snapshot.roles, name).dependents.map((d) => `${d.kind} ${d.name} ${d.region}`);
    expect(kinds('ecs-task-role')).toEqual(['ecs-service main/payments us-east-1', 'ecs-task-definition payments:1 us-east-1']);
    expect(kinds('ec2-role')).toEqual([expect.stringMatching(/^ec2-instance i-[0-9a-f]+ eu-west-1$/)]);
    expect(kinds('eks-cluster-role')).toEqual(['eks-cluster prod us-east-1']);
    expect(kinds('fargate-role')).toEqual(['eks-fargate-profile prod/batch us-east-1']);
    expect(kinds('pod-role')).toEqual(['eks-pod-identity prod/billing/worker us-east-1']);
    expect(kinds('irsa-role')).toEqual(['eks-addon prod/vpc-cni us-east-1', 'irsa-service-account payments/api us-east-1']);
    expect(roleOf(snapshot.roles, 'irsa-role').dependents.find((d) => d.kind === 'irsa-service-account')?.id).toBe('prod/payments/api');
    expect(kinds('deploy-role')).toEqual(['eks-access-entry prod/deployer us-east-1', 'iam-role app-role global', 'iam-user ci-user global']);
    expect(kinds('filler-role')).toHaveLength(52);
    expect(kinds('idle-role')).toEqual([]);
    for (const r of snapshot.roles) {
      expect(r.existence, r.name).toBe('found');
      expect(r.dependentGaps, r.name).toEqual([]);
      expect(r.usage.gaps, r.name).toEqual([]);
      expect(r.usage.lastUsedStatus, r.name).toBe('known');
    }
    expect(roleOf(snapshot.roles, 'app-role').usage.lastUsed).toMatch(/^\d{4}-/);
    expect(roleOf(snapshot.roles, 'idle-role').usage.lastUsed).toBeNull();
    expect(roleOf(snapshot.roles, 'ec2-role').instanceProfiles?.map((p) => p.name)).toEqual(['ec2-profile']);
    const calls = snapshot.apiCalls ?? {};
    expect(calls['iam:GetAccountAuthorizationDetails']).toBe(1);
    expect(calls['iam:GetRole']).toBeUndefined();
    expect(calls['iam:ListEntitiesForPolicy']).toBeUndefined();
    // Shared scans: one pass per (region, service) whatever the number of roles.
    expect(calls['lambda:ListFunctions']).toBe(3);
    expect(calls['eks:ListClusters']).toBe(2);
    expect(calls['eks:DescribeCluster']).toBe(1);
    expect(calls['ec2:DescribeInstances']).toBe(2);
    expect(calls['ecs:ListTaskDefinitions']).toBe(2);
    expect(calls['ecs:DescribeTaskDefinition']).toBe(1);
    expect(calls['iam:GenerateServiceLastAccessedDetails']).toBe(10);
  });

  describe('through the whole pipeline: a Terraform plan that deletes roles', () => {
    const NOW = new Date();
    const planFile = join(mkdtempSync(join(tmpdir(), 'ibr-live-')), 'plan.json');
    const deleted = (name: string) => ({
      address: `aws_iam_role.${name.replace(/-/g, '_')}`,
      mode: 'managed',
      type: 'aws_iam_role',
      name: name.replace(/-/g, '_'),
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['delete'],
        before: { arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, name, id: name, path: '/', assume_role_policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}', inline_policy: [], managed_policy_arns: [], tags: {}, tags_all: {} },
        after: null,
        after_unknown: {},
        before_sensitive: { inline_policy: [], managed_policy_arns: [], tags: {}, tags_all: {} },
        after_sensitive: false,
      },
    });
    writeFileSync(planFile, JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', resource_changes: [deleted('app-role'), deleted('idle-role')], configuration: { root_module: {} }, complete: true, applyable: true }));
    const settings = { windowDays: 90, failOn: 'high' as const, ignoreRoles: [], maskAccountIds: false };
    const pipeline = (inventory: InventorySource) =>
      runPipeline({ inputs: [{ kind: 'plan', label: 'plan', path: planFile }], inventory, settings, readerContext: {}, clock: () => NOW });
    const live = () => createLiveInventory(options({ clock: () => NOW, sleep: async () => {} }));

    it('names each dependent of the deleted role with its region; AccessDenied in one region makes them partial and raises the risk', async () => {
      fronts.denyLambdaIn.clear();
      const full = await pipeline(live());
      const app = full.roles.find((r) => r.name === 'app-role')!;
      const idle = full.roles.find((r) => r.name === 'idle-role')!;
      expect(app.dependents.map((d) => `${d.kind} ${d.name} ${d.region}`).sort()).toEqual([
        'eks-nodegroup prod/workers us-east-1',
        'lambda-function orders-api us-east-1',
        'lambda-function orders-eu eu-west-1',
        'lambda-function orders-worker us-east-1',
      ]);
      expect(app.dependentsStatus).toBe('known');
      expect(app.risk).toBe('high');
      expect(full.meta.apiCalls?.['lambda:ListFunctions']).toBe(3);
      expect(idle.dependentsStatus).toBe('known');

      fronts.denyLambdaIn.add('eu-west-1');
      const denied = await pipeline(live());
      fronts.denyLambdaIn.clear();
      const idleDenied = denied.roles.find((r) => r.name === 'idle-role')!;
      expect(idleDenied.dependentsStatus).toBe('partial');
      expect(idleDenied.dependentGaps.map((g) => g.reason)).toEqual(['lambda:ListFunctions denied in eu-west-1']);
      expect(riskRank(idleDenied.risk)).toBeGreaterThan(riskRank(idle.risk));
      expect(idleDenied.reasons.join(' ')).toContain('lambda:ListFunctions denied in eu-west-1');
    });

    it('record → replay gives the same report', async () => {
      let recorded: InventorySnapshot | undefined;
      const source = live();
      const recording: InventorySource = { kind: 'live', collect: async (req) => (recorded = await source.collect(req)) };
      const first = await pipeline(recording);
      const file = join(dirname(planFile), 'snapshot.json');
      writeFileSync(file, JSON.stringify(recorded, null, 2));
      const replayed = await pipeline(snapshotSource(file));
      const comparable = (r: Report) => ({ ...r, meta: { ...r.meta, timings: {}, inventory: { ...r.meta.inventory, kind: 'x', file: undefined } } });
      expect(comparable(replayed)).toEqual(comparable(first));
      expect(replayed.roles.find((r) => r.name === 'app-role')?.dependents).toHaveLength(4);
    });
  });
});
