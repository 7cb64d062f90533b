/** The pure pieces: trust reading, IRSA, failure reasons, limiter and rate gate, ARNs. */
import { describe, expect, it } from 'vitest';
import { roleKeyOfRef, roleNameOfArn, fillTemplate } from '../../src/inventory/live/arn.js';
import { failureReason } from '../../src/inventory/live/failure.js';
import { chainedPrincipals, irsaServiceAccounts } from '../../src/inventory/live/from-trust.js';
import { createLimiter, createRateGate } from '../../src/inventory/live/limiter.js';
import { kindsNeeded } from '../../src/inventory/live/needs.js';
import { admitsService, decodePolicy, readTrust } from '../../src/inventory/live/trust.js';
import { newRoleWork } from '../../src/inventory/live/work.js';
import { fakeTime } from './fake-account.js';

const issuer = 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123';
const trustDoc = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com', 'states.eu-west-1.amazonaws.com'] }, Action: 'sts:AssumeRole' },
    {
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::111111111111:oidc-provider/${issuer}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringLike: { [`${issuer}:sub`]: ['system:serviceaccount:payments:*'] } },
    },
    { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::222222222222:role/ci', 'arn:aws:iam::222222222222:root', 'arn:aws:sts::333333333333:assumed-role/ops/session'] }, Action: 'sts:AssumeRole' },
    { Effect: 'Deny', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

function work(doc = trustDoc) {
  const w = newRoleWork('111111111111:app', '111111111111', 'app');
  w.facts.existence = 'found';
  w.trust = readTrust(doc);
  return w;
}

describe('trust policy', () => {
  it('reads services, AWS principals and IRSA subjects; Deny statements admit nobody', () => {
    const t = readTrust(decodePolicy(encodeURIComponent(trustDoc)));
    expect(t.services).toEqual(['lambda.amazonaws.com', 'states.eu-west-1.amazonaws.com']);
    expect(admitsService(t, 'states')).toBe(true);
    expect(admitsService(t, 'ecs-tasks')).toBe(false);
    expect(t.irsa).toEqual([{ issuer, subjects: ['system:serviceaccount:payments:*'], operator: 'StringLike' }]);
  });

  it('a wildcard principal or an unreadable policy lets nothing be skipped', () => {
    expect(admitsService(readTrust(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] })), 'ecs-tasks')).toBe(true);
    expect(admitsService(readTrust('not json'), 'ecs-tasks')).toBe(true);
  });

  it('skips scans only for services the trust does not admit', () => {
    const kinds = kindsNeeded(work());
    expect(kinds.has('lambda-function')).toBe(true);
    expect(kinds.has('sfn-state-machine')).toBe(true);
    expect(kinds.has('ecs-task-definition')).toBe(false);
    expect(kinds.has('eks-access-entry')).toBe(true);
    expect(kinds.has('irsa-service-account')).toBe(true);
    const unknown = newRoleWork('k', '1', 'x');
    expect(kindsNeeded(unknown).size).toBe(16);
  });

  it('roles and users that chain in; account roots are not dependents', () => {
    expect(chainedPrincipals(work()).map((d) => [d.kind, d.id, d.account])).toEqual([
      ['iam-role', 'arn:aws:iam::222222222222:role/ci', '222222222222'],
      ['iam-role', 'arn:aws:iam::333333333333:role/ops', '333333333333'],
    ]);
  });

  it('IRSA service accounts are named after the cluster whose issuer matches, or the issuer when none does', () => {
    const cluster = { name: 'prod', arn: 'arn:aws:eks:eu-west-1:111111111111:cluster/prod', region: 'eu-west-1', issuer };
    expect(irsaServiceAccounts(work(), [cluster], true).map((d) => [d.id, d.region, d.via])).toEqual([
      ['prod/payments/*', 'eu-west-1', 'trust policy StringLike sub system:serviceaccount:payments:* (OIDC issuer of cluster prod)'],
    ]);
    expect(irsaServiceAccounts(work(), [], true)[0]).toMatchObject({ id: `${issuer}/payments/*`, region: 'eu-west-1' });
    expect(irsaServiceAccounts(work(), [], true)[0]!.via).toContain('no scanned cluster has it');
  });
});

describe('failure reasons', () => {
  const ctx = { operation: 'lambda:ListFunctions', region: 'eu-west-1', account: '1', maxAttempts: 3, timeoutMs: 120_000, deadlinePassed: false };
  const err = (name: string, message = 'm') => Object.assign(new Error(message), { name });
  it('says what failed and where in one line', () => {
    expect(failureReason(err('AccessDeniedException'), ctx)).toBe('lambda:ListFunctions denied in eu-west-1');
    expect(failureReason(err('ThrottlingException'), ctx)).toBe('lambda:ListFunctions throttled beyond 3 attempts in eu-west-1');
    expect(failureReason(err('UnrecognizedClientException'), { ...ctx, foreignAccount: true })).toBe(
      'lambda:ListFunctions rejected the credentials in eu-west-1 of account 1 (UnrecognizedClientException; region not enabled, or no valid credentials)',
    );
    expect(failureReason(err('AbortError'), ctx)).toBe('lambda:ListFunctions did not finish in eu-west-1: deadline of 120 s passed');
    expect(failureReason(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), ctx)).toBe('lambda:ListFunctions unreachable in eu-west-1 (ECONNREFUSED)');
    expect(failureReason(Object.assign(err('SyntaxError', "Unexpected token '<'"), { $metadata: { httpStatusCode: 404 } }), ctx)).toBe(
      'lambda:ListFunctions failed in eu-west-1: unreadable answer (HTTP 404); the endpoint may not serve this API',
    );
    expect(failureReason(err('ServiceException', 'boom\nstack'), ctx)).toBe('lambda:ListFunctions failed in eu-west-1: ServiceException: boom');
  });
});

describe('limiter and rate gate', () => {
  it('runs at most N at once', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    let done = 0;
    const release: (() => void)[] = [];
    const tasks = Array.from({ length: 5 }, () =>
      limit(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((r) => release.push(r));
        running--;
        done++;
      }),
    );
    while (done < 5) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    await Promise.all(tasks);
    expect(peak).toBe(2);
  });

  it('spaces call starts by the interval on the injected clock', async () => {
    const time = fakeTime();
    const gate = createRateGate(500, time.clock, time.sleep);
    await gate();
    await gate();
    await gate();
    expect(time.sleeps).toEqual([500, 500]);
  });
});

describe('ARNs', () => {
  it('keys roles by account and lower-cased name, whatever the path', () => {
    expect(roleKeyOfRef('arn:aws:iam::1:role/service-role/App', '9')).toBe('1:app');
    expect(roleKeyOfRef('App', '9')).toBe('9:app');
    expect(roleNameOfArn('arn:aws:sts::1:assumed-role/ops/s')).toBe('ops');
    expect(fillTemplate('arn:{partition}:iam::{account}:role/r', 'aws-us-gov', '5')).toBe('arn:aws-us-gov:iam::5:role/r');
  });
});
