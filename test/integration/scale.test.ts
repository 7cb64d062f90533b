/**
 * Against moto, on an account of many roles: the per-role vs bulk identity crossover (calls and time),
 * and the CloudFormation deployed-template fetch for the CDK reader. Suites reset moto between them.
 */
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/inventory/live/collect.js';
import { applyBulkDetails, BULK_ROLE_THRESHOLD, fetchBulkDetails, lookupRolesDirect } from '../../src/inventory/live/identity.js';
import { createLiveInventory, fetchDeployedTemplate } from '../../src/inventory/live/index.js';
import { AccountSession } from '../../src/inventory/live/session.js';
import { newRoleWork } from '../../src/inventory/live/work.js';
import { roleKey } from '../../src/inventory/live/arn.js';
import { motoAvailability, startMoto, type Moto } from '../helpers/moto.js';
import { ACCOUNT, CREDENTIALS, sdk } from './seed.js';

const moto = motoAvailability();
const ACCOUNT_ROLES = 400;

describe.skipIf(!moto.available)('against moto at scale', () => {
  let server: Moto;
  beforeAll(async () => {
    server = await startMoto();
  });
  afterAll(async () => {
    await server?.stop();
  });
  const config = () => ({ endpoint: server.endpoint, credentials: CREDENTIALS });

  describe('identity: per-role calls vs one bulk pass', () => {
    beforeAll(async () => {
      await server.reset();
      const iam = new IAMClient(sdk(server.endpoint));
      const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
      const names = Array.from({ length: ACCOUNT_ROLES }, (_, i) => `role-${String(i).padStart(3, '0')}`);
      for (let i = 0; i < names.length; i += 25)
        await Promise.all(names.slice(i, i + 25).map((n) => iam.send(new CreateRoleCommand({ RoleName: n, AssumeRolePolicyDocument: doc }))));
      iam.destroy();
    });

    it(`measures the crossover on an account of ${ACCOUNT_ROLES} roles`, async () => {
      const rows: string[] = [];
      let bulkMs = 0;
      let bulkCalls = 0;
      {
        const { run, stop } = createRun({ timeoutMs: 60_000, cloudtrail: false, clientConfig: config });
        const session = new AccountSession(run, ACCOUNT, 'aws', true);
        const t = Date.now();
        const bulk = await fetchBulkDetails(session);
        bulkMs = Date.now() - t;
        bulkCalls = run.counts['iam:GetAccountAuthorizationDetails'] ?? 0;
        stop();
        session.destroy();
        expect(bulk.ok && bulk.value.roles.size).toBe(ACCOUNT_ROLES);
        const works = [newRoleWork(roleKey(ACCOUNT, 'role-007'), ACCOUNT, 'role-007'), newRoleWork(roleKey(ACCOUNT, 'gone'), ACCOUNT, 'gone')];
        applyBulkDetails(bulk.ok ? bulk.value : bulk.gap, works);
        expect(works.map((w) => w.facts.existence)).toEqual(['found', 'absent']);
      }
      let crossover: number | undefined;
      for (const k of [1, 2, 4, 8, 16, 32]) {
        const { run, stop } = createRun({ timeoutMs: 60_000, cloudtrail: false, clientConfig: config });
        const session = new AccountSession(run, ACCOUNT, 'aws', true);
        const works = Array.from({ length: k }, (_, i) => newRoleWork(roleKey(ACCOUNT, `role-${String(i).padStart(3, '0')}`), ACCOUNT, `role-${String(i).padStart(3, '0')}`));
        const t = Date.now();
        await lookupRolesDirect(session, works, []);
        const ms = Date.now() - t;
        const calls = Object.values(run.counts).reduce((a, b) => a + b, 0);
        stop();
        session.destroy();
        expect(works.every((w) => w.facts.existence === 'found')).toBe(true);
        expect(calls).toBe(4 * k);
        if (crossover === undefined && ms > bulkMs) crossover = k;
        rows.push(`${k} roles: ${calls} calls ${ms} ms`);
      }
      console.log(`crossover measurement (${ACCOUNT_ROLES}-role account): bulk ${bulkCalls} calls ${bulkMs} ms; per-role: ${rows.join('; ')}; per-role slower than bulk from ${crossover ?? ">32"} roles; BULK_ROLE_THRESHOLD=${BULK_ROLE_THRESHOLD}`);
      expect(bulkCalls).toBeGreaterThanOrEqual(1);
    });

    it('switches to the bulk pass above the threshold, and stays per-role at or below it', async () => {
      const names = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `role-${String(i).padStart(3, '0')}` }));
      const options = { regions: ['us-east-1'], timeoutMs: 60_000, cloudtrail: false, clientConfig: config, sleep: async () => {} };
      const few = await createLiveInventory(options).collect({ roles: names(BULK_ROLE_THRESHOLD), managedPolicies: [], removedServices: {} });
      expect(few.apiCalls?.['iam:GetRole']).toBe(BULK_ROLE_THRESHOLD);
      expect(few.apiCalls?.['iam:GetAccountAuthorizationDetails']).toBeUndefined();
      const many = await createLiveInventory(options).collect({ roles: names(BULK_ROLE_THRESHOLD + 1), managedPolicies: [], removedServices: {} });
      expect(many.apiCalls?.['iam:GetRole']).toBeUndefined();
      expect(many.apiCalls?.['iam:GetAccountAuthorizationDetails']).toBeGreaterThanOrEqual(1);
      expect(many.roles.map((r) => r.existence)).toEqual(Array(BULK_ROLE_THRESHOLD + 1).fill('found'));
      // Both paths give the same facts for the same role.
      const a = few.roles[0]!;
      const b = many.roles[0]!;
      expect({ ...b, usage: { ...b.usage } }).toEqual({ ...a, usage: { ...a.usage } });
    });
  });

  describe('deployed templates for the CDK reader', () => {
    beforeAll(() => server.reset());

    it('returns the template and logical → physical ids, and null for a stack that does not exist', async () => {
      const template = {
        Resources: {
          AppRole: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'cdk-app-role', AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } } },
        },
      };
      const cfn = new CloudFormationClient(sdk(server.endpoint));
      await cfn.send(new CreateStackCommand({ StackName: 'App', TemplateBody: JSON.stringify(template), Capabilities: ['CAPABILITY_NAMED_IAM'] }));
      cfn.destroy();
      const options = { regions: ['us-east-1'], clientConfig: config };
      const deployed = await fetchDeployedTemplate('App', options);
      expect(deployed?.template).toEqual(template);
      expect(deployed?.physicalIds).toEqual({ AppRole: 'cdk-app-role' });
      expect(await fetchDeployedTemplate('Missing', options)).toBeNull();
    });
  });
});
