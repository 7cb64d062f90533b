/**
 * Trust hints (the input's own copy of a role's trust policy, `request.roles[i].trust`) start the scans they
 * point to before IAM has answered; without one, a scan waits for the role's live trust policy. What a
 * role is given is still decided by its live trust policy. Pinned by holding answers back at the responder
 * (no timing): a held IAM answer is released by the scan request the test waits for, or by a latch timeout
 * that says the scan did not come first.
 *
 * The wiring these pin, in src/inventory/live/collect.ts:
 *   (H1) collectInto:   each request role's `kindsHinted(r.trust)` kept by role (`hintsByRole`);
 *   (H2) lookupAccount: `demand.add(hintsByRole.get(w.key) ?? [])` for the account's roles
 *        (right after the account session exists, before `identify` sends GetRole / GetAccountAuthorizationDetails)
 *   (S)  shareOut(w, kindsNeeded(w), scanned): dependents shared out by the LIVE trust policy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { latch } from '../helpers/latch.js';
import { BULK_ROLE_THRESHOLD, createLiveInventory } from '../../src/inventory/live/index.js';
import { kindsHinted } from '../../src/inventory/live/needs.js';
import type { InventoryRequest } from '../../src/model/inventory.js';
import { awsJson, queryXml, restJson, xmlTag, type AwsRequest } from '../helpers/aws-responder.js';
import { HOME, lambdaTrust, roleXml, startFakeAccount, type FakeAccount } from './fake-account.js';

let account: FakeAccount | undefined;
afterEach(async () => {
  await account?.stop();
  account = undefined;
});

/** How long a held answer waits for a scan that must NOT come first. */
const NOT_FIRST_MS = 1500;

const trustOf = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...statement }] });
const ecsTrust = trustOf({ Principal: { Service: 'ecs-tasks.amazonaws.com' } });

const isLambda = (req: AwsRequest) => req.service === 'lambda';
const fnArn = (name: string) => `arn:aws:lambda:us-east-1:${HOME}:function:${name}`;
/** ListFunctions naming one function whose execution role is `role`. */
const functionsUsing = (role: string) =>
  restJson({ Functions: [{ FunctionName: `${role}-fn`, FunctionArn: fnArn(`${role}-fn`), Role: `arn:aws:iam::${HOME}:role/${role}`, Version: '$LATEST' }] });

const request = (roles: { name: string; trust?: string }[]): InventoryRequest => ({ roles, managedPolicies: [], removedServices: {} });
const roleMember = (name: string, trust = lambdaTrust) => `<member>${roleXml(name, HOME, trust).replace(/^<Role>|<\/Role>$/g, '')}</member>`;
const lambdaIds = (snapshot: { roles: { name: string; dependents: { kind: string; id: string }[] }[] }, name: string) =>
  snapshot.roles.find((r) => r.name === name)!.dependents.filter((d) => d.kind === 'lambda-function').map((d) => d.id);

describe('what a trust hint points to', () => {
  it('a hint that admits Lambda points to Lambda; one that admits EC2 to EC2 instances too', () => {
    expect(kindsHinted(lambdaTrust)).toContain('lambda-function');
    expect(kindsHinted(ecsTrust)).not.toContain('lambda-function');
    expect(kindsHinted(trustOf({ Principal: { Service: 'ec2.amazonaws.com' } }))).toContain('ec2-instance');
  });

  it.each([
    ['a "*" principal', trustOf({ Principal: '*' })],
    ['an AWS "*" principal', trustOf({ Principal: { AWS: '*', Service: 'lambda.amazonaws.com' } })],
    ['NotPrincipal', trustOf({ NotPrincipal: { Service: 'lambda.amazonaws.com' } })],
    ['unparsable JSON', '{"Statement": [ {"Principal": {"Service": "lambda.amazonaws.com"'],
    ['an empty string', ''],
    ['no hint', undefined],
  ])('%s points to nothing', (_, hint) => {
    expect([...kindsHinted(hint)]).toEqual([]);
  });
});

/** More roles than BULK_ROLE_THRESHOLD: identity comes from one GetAccountAuthorizationDetails pass. */
const BULK_NAMES = Array.from({ length: BULK_ROLE_THRESHOLD + 1 }, (_, i) => `r${i}`);

/**
 * An account whose roles' live trust admits Lambda and one function using `fnRole`. The identity answer
 * (`GetRole` of `worker`, or the bulk pass over BULK_NAMES) is held until a Lambda request arrives or
 * `scanning` times out; `scanCameFirst` says which.
 */
async function holdIdentityUntilLambda(path: 'per-role' | 'bulk', scanning = latch()): Promise<{ scanCameFirst?: boolean }> {
  const held: { scanCameFirst?: boolean } = {};
  const [action, fnRole, answer] =
    path === 'per-role'
      ? ['GetRole', 'worker', () => queryXml('GetRole', roleXml('worker'))]
      : [
          'GetAccountAuthorizationDetails',
          'r3',
          () => queryXml('GetAccountAuthorizationDetails', `<RoleDetailList>${BULK_NAMES.map((n) => roleMember(n)).join('')}</RoleDetailList>${xmlTag('IsTruncated', false)}`),
        ];
  account = await startFakeAccount(async (req) => {
    if (isLambda(req)) {
      scanning.open();
      return functionsUsing(fnRole);
    }
    if (req.action === action) {
      held.scanCameFirst = await scanning.opened;
      return answer();
    }
    return undefined;
  });
  return held;
}

describe('trust hints start scans before IAM has answered', () => {
  it('(a) per-role path: with a hint admitting Lambda, ListFunctions arrives while the role’s GetRole is held', async () => {
    // Pins H1 + H2: without them no role is known to need Lambda until GetRole answers, so the latch
    // below times out and heldUntil is false.
    const held = await holdIdentityUntilLambda('per-role');
    const snapshot = await createLiveInventory(account!.options()).collect(request([{ name: 'worker', trust: lambdaTrust }]));
    expect(held.scanCameFirst).toBe(true);
    expect(snapshot.roles.map((r) => [r.name, r.existence])).toEqual([['worker', 'found']]);
    expect(lambdaIds(snapshot, 'worker')).toEqual([fnArn('worker-fn')]);
    expect(snapshot.roles[0]!.dependentGaps).toEqual([]);
    // Started early, still once.
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
    expect(snapshot.apiCalls?.['iam:GetRole']).toBe(1);
  });

  it('(b) without a hint, ListFunctions does not arrive while GetRole is held; the run still finds the function', async () => {
    // The baseline for (a): the same role, its live trust admitting Lambda, no hint.
    const held = await holdIdentityUntilLambda('per-role', latch(NOT_FIRST_MS));
    const snapshot = await createLiveInventory(account!.options()).collect(request([{ name: 'worker' }]));
    expect(held.scanCameFirst).toBe(false);
    expect(snapshot.roles.map((r) => [r.name, r.existence])).toEqual([['worker', 'found']]);
    expect(lambdaIds(snapshot, 'worker')).toEqual([fnArn('worker-fn')]);
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
  });

  it('(c) a hint admitting Lambda for a role whose LIVE trust admits only ecs-tasks: the scan runs, the role is not given the function', async () => {
    // Pins H2 (ListFunctions is called at all: the live trust alone would never start it) and S (what
    // the role is given follows the live trust policy, not the hint). Without a hint this role is given no
    // Lambda function (the scan never runs), so a hint must not change that. Note: shareOut filters only
    // the scan GAPS by `need`, not the dependents found, so this fails until shareOut also keeps only
    // dependents whose kind is in `need`.
    account = await startFakeAccount((req) => {
      if (isLambda(req)) return functionsUsing('worker');
      if (req.service === 'ecs') return awsJson({ taskDefinitionArns: [], clusterArns: [], serviceArns: [] });
      if (req.action === 'GetRole') return queryXml('GetRole', roleXml('worker', HOME, ecsTrust));
      return undefined;
    });
    const snapshot = await createLiveInventory(account.options()).collect(request([{ name: 'worker', trust: lambdaTrust }]));
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
    // The live trust's own needs are still scanned.
    expect(account.calls('ListTaskDefinitions')).toHaveLength(1);
    const [role] = snapshot.roles;
    expect(role).toMatchObject({ name: 'worker', existence: 'found' });
    expect(lambdaIds(snapshot, 'worker')).toEqual([]);
    expect(role!.dependents.filter((d) => d.kind === 'lambda-function')).toEqual([]);
    expect(role!.dependentGaps).toEqual([]);
  });

  it('(c′) a role hinted ecs-tasks whose LIVE trust admits Lambda is given its function (the live trust decides, both ways)', async () => {
    account = await startFakeAccount((req) => {
      if (isLambda(req)) return functionsUsing('worker');
      if (req.service === 'ecs') return awsJson({ taskDefinitionArns: [], clusterArns: [], serviceArns: [] });
      return undefined;
    });
    const snapshot = await createLiveInventory(account.options()).collect(request([{ name: 'worker', trust: ecsTrust }]));
    expect(lambdaIds(snapshot, 'worker')).toEqual([fnArn('worker-fn')]);
    expect(snapshot.roles[0]!.dependentGaps).toEqual([]);
  });

  it('(d) hints that admit anyone or cannot be read start nothing early', async () => {
    // Like (b): every role's GetRole is held; a scan started by one of these hints would open the latch.
    const hints = [trustOf({ Principal: '*' }), trustOf({ Principal: { AWS: '*', Service: 'lambda.amazonaws.com' } }), trustOf({ NotPrincipal: { Service: 'lambda.amazonaws.com' } }), '{"Statement": [ {"Principal'];
    const roles = hints.map((trust, i) => ({ name: `open${i}`, trust }));
    expect(roles.length).toBeLessThanOrEqual(BULK_ROLE_THRESHOLD);
    const scanning = latch(NOT_FIRST_MS);
    const heldUntil = new Map<string, boolean>();
    account = await startFakeAccount(async (req) => {
      if (req.service === 'lambda' || req.service === 'eks') scanning.open();
      if (isLambda(req)) return functionsUsing('open0');
      if (req.action === 'GetRole') {
        const name = req.form.get('RoleName') ?? '?';
        heldUntil.set(name, await scanning.opened);
        return queryXml('GetRole', roleXml(name));
      }
      return undefined;
    });
    const snapshot = await createLiveInventory(account.options()).collect(request(roles));
    expect(Object.fromEntries(heldUntil)).toEqual(Object.fromEntries(roles.map((r) => [r.name, false])));
    expect(snapshot.roles.every((r) => r.existence === 'found')).toBe(true);
    expect(lambdaIds(snapshot, 'open0')).toEqual([fnArn('open0-fn')]);
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
  });

  it('(e) bulk path (more roles than BULK_ROLE_THRESHOLD): with hints, ListFunctions arrives while GetAccountAuthorizationDetails is held', async () => {
    // Pins H1 + H2 on the bulk path: without them no role is known until the (held) bulk pass answers.
    const held = await holdIdentityUntilLambda('bulk');
    const snapshot = await createLiveInventory(account!.options()).collect(request(BULK_NAMES.map((name) => ({ name, trust: lambdaTrust }))));
    expect(held.scanCameFirst).toBe(true);
    expect(snapshot.roles.every((r) => r.existence === 'found')).toBe(true);
    expect(lambdaIds(snapshot, 'r3')).toEqual([fnArn('r3-fn')]);
    expect(snapshot.apiCalls?.['iam:GetAccountAuthorizationDetails']).toBe(1);
    expect(snapshot.apiCalls?.['iam:GetRole']).toBeUndefined();
    expect(snapshot.apiCalls?.['lambda:ListFunctions']).toBe(1);
  });

  it('(e′) bulk path: one hinted role among many is enough', async () => {
    const held = await holdIdentityUntilLambda('bulk');
    const roles = BULK_NAMES.map((name) => (name === 'r5' ? { name, trust: lambdaTrust } : { name }));
    const snapshot = await createLiveInventory(account!.options()).collect(request(roles));
    expect(held.scanCameFirst).toBe(true);
    expect(snapshot.roles.every((r) => r.existence === 'found')).toBe(true);
  });
});
