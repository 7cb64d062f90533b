/**
 * The trust policies a plan shows for the roles it affects, as they are BEFORE the change, ride on the
 * reading (`trustBefore`) and from there onto the inventory request (`roles[i].trust`): read through the
 * public reader (a plan file), never through the sensitive-value masker, and never for a value the plan
 * marks sensitive.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePlan, toReading } from '../../src/changes/terraform/analyse.js';
import { parseText } from '../../src/changes/terraform/load.js';
import { requestFor } from '../../src/analysis/request.js';
import { inputReadingSchema, type InputReading } from '../../src/model/change.js';
import { change, created, deleted, delta, permissionsRemoved, reading, roleArn } from '../helpers/builders.js';
import { read, summarize } from './helpers.js';
// @ts-expect-error: the hand-built fixtures' plan library has no type declarations
import { ACCOUNT, role as fixtureRole, trust } from '../../fixtures/terraform/hand-built/lib.mjs';

const LAMBDA = trust('lambda.amazonaws.com');
const ECS = trust('ecs-tasks.amazonaws.com');
const EKS = trust('eks.amazonaws.com');
const policy = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

type Values = Record<string, unknown>;

/** A role's values as the provider writes them (the hand-built fixtures' builder; its trust admits Lambda). */
const role = (name: string, extra: Values = {}): Values => fixtureRole(name, extra) as Values;

/** What Terraform writes in *_sensitive for a role with nothing sensitive. */
const roleSensitive = (extra: Values = {}): Values => ({ inline_policy: [], managed_policy_arns: [], tags: {}, tags_all: {}, ...extra });

function rc(address: string, actions: string[], before: Values | null, after: Values | null, o: { before_sensitive?: unknown; after_sensitive?: unknown; after_unknown?: unknown } = {}) {
  const [type, name] = address.split('.') as [string, string];
  return {
    address,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions,
      before,
      after,
      after_unknown: o.after_unknown ?? {},
      before_sensitive: o.before_sensitive ?? (before === null ? false : type === 'aws_iam_role' ? roleSensitive() : {}),
      after_sensitive: o.after_sensitive ?? (after === null ? false : type === 'aws_iam_role' ? roleSensitive() : {}),
    },
  };
}

function prior(address: string, values: Values, sensitive_values: unknown = roleSensitive()) {
  const [type, name] = address.split('.') as [string, string];
  return { address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values };
}

function plan(changes: unknown[], priorResources: unknown[] = []) {
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: changes,
    prior_state: { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { resources: priorResources } } },
    configuration: { provider_config: {}, root_module: { resources: [] } },
    applyable: true,
    complete: true,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'iam-br-trust-hints-'));
let files = 0;

/**
 * Through the public reader (the byte scanner, as every plan file is read); checked against the reference
 * path (JSON.parse + digest) and the model's schema, so the field is exactly what both paths give.
 */
async function readPlanObject(p: unknown): Promise<InputReading> {
  const text = JSON.stringify(p, null, 2);
  const file = join(dir, `plan-${++files}.json`);
  writeFileSync(file, text);
  const got = await read(file, {}, 'plan');
  expect(got.meta?.parse).toBe('scan');
  const ref = parseText(file, text);
  const { parse: _parse, ...meta } = got.meta ?? {};
  const { parse: _refParse, ...refMeta } = ref.meta;
  expect({ ...got, meta }).toEqual(toReading(analysePlan(ref.digest, 'plan'), file, 'plan', ref.digest, { warnings: ref.warnings, meta: refMeta }));
  expect(inputReadingSchema.parse(got)).toEqual(got);
  return got;
}

describe('trustBefore: the trust policies of the affected roles, as before the change', () => {
  it('a deleted role: its before assume_role_policy, byte for byte', async () => {
    // Odd spacing and key order: the text is passed on as the plan has it, not re-serialised.
    const odd = `{ "Statement": [ {"Action":"sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}, "Effect": "Allow"} ], "Version": "2012-10-17" }`;
    const r = await readPlanObject(plan([rc('aws_iam_role.legacy', ['delete'], role('legacy-batch', { assume_role_policy: odd }), null)]));
    expect(summarize(r)).toEqual([['aws_iam_role.legacy', ['deleted'], ['legacy-batch']]]);
    expect(r.trustBefore).toEqual({ 'legacy-batch': odd });
  });

  it('an updated role (trust and inline policy change): the BEFORE trust, not the after', async () => {
    const before = role('app-runtime', { inline_policy: [{ name: 'q', policy: policy('sqs:SendMessage') }] });
    const after = role('app-runtime', { assume_role_policy: ECS, inline_policy: [] });
    const r = await readPlanObject(plan([rc('aws_iam_role.app', ['update'], before, after)]));
    expect(summarize(r)).toEqual([['aws_iam_role.app', ['trust-changed', 'permissions-removed'], ['app-runtime']]]);
    expect(r.trustBefore).toEqual({ 'app-runtime': LAMBDA });
  });

  it('an updated role whose trust does not change (inline policy only): its trust, which is also the before', async () => {
    const before = role('worker', { assume_role_policy: EKS, inline_policy: [{ name: 'q', policy: policy('sqs:SendMessage') }] });
    const after = role('worker', { assume_role_policy: EKS, inline_policy: [] });
    const r = await readPlanObject(plan([rc('aws_iam_role.worker', ['update'], before, after)]));
    expect(summarize(r)).toEqual([['aws_iam_role.worker', ['permissions-removed'], ['worker']]]);
    expect(r.trustBefore).toEqual({ worker: EKS });
  });

  it('a replaced role (delete then create): the trust of the role that goes', async () => {
    const r = await readPlanObject(
      plan([
        rc('aws_iam_role.api', ['delete', 'create'], role('api-role'), role('api-role-v2', { assume_role_policy: ECS }), {
          after_unknown: { arn: true, id: true, unique_id: true },
        }),
      ]),
    );
    expect(summarize(r)[0]).toEqual(['aws_iam_role.api', ['replaced', 'trust-changed'], ['api-role']]);
    expect(r.trustBefore).toEqual({ 'api-role': LAMBDA });
  });

  it('a created role: no hint, and no trustBefore field at all when nothing qualifies', async () => {
    const r = await readPlanObject(
      plan([rc('aws_iam_role.fresh', ['create'], null, role('reporting'), { after_unknown: { arn: true, id: true, unique_id: true } })]),
    );
    expect(summarize(r)).toEqual([['aws_iam_role.fresh', ['created'], ['reporting']]]);
    expect('trustBefore' in r).toBe(false);
  });

  it('a created role next to a deleted one: only the deleted role is hinted', async () => {
    const r = await readPlanObject(
      plan([
        rc('aws_iam_role.fresh', ['create'], null, role('reporting', { assume_role_policy: ECS })),
        rc('aws_iam_role.old', ['delete'], role('old-batch'), null),
      ]),
    );
    expect(r.trustBefore).toEqual({ 'old-batch': LAMBDA });
  });

  it('a role touched only by an aws_iam_role_policy_attachment: from prior_state; a role nothing affects: none', async () => {
    const r = await readPlanObject(
      plan(
        [
          rc('aws_iam_role_policy_attachment.detach', ['delete'], { id: 'svc-api-1', policy_arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', role: 'svc-api' }, null),
          rc('aws_iam_role.bystander', ['no-op'], role('bystander'), role('bystander')),
        ],
        [
          prior('aws_iam_role.svc', role('svc-api', { assume_role_policy: ECS })),
          prior('aws_iam_role.bystander', role('bystander')),
          prior('aws_iam_role.other', role('untouched', { assume_role_policy: EKS })),
        ],
      ),
    );
    expect(summarize(r)).toEqual([['aws_iam_role_policy_attachment.detach', ['permissions-removed'], ['svc-api']]]);
    expect(r.trustBefore).toEqual({ 'svc-api': ECS });
  });

  it('a role the changes name but that is in neither a role change nor prior_state: no hint', async () => {
    const r = await readPlanObject(
      plan([rc('aws_iam_role_policy_attachment.detach', ['delete'], { id: 'x-1', policy_arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', role: 'elsewhere' }, null)]),
    );
    expect(summarize(r)).toEqual([['aws_iam_role_policy_attachment.detach', ['permissions-removed'], ['elsewhere']]]);
    expect('trustBefore' in r).toBe(false);
  });
});

describe('trustBefore and sensitive values', () => {
  // A sensitive inline role policy, deleted: masked (and counted) by the analysis itself, so the count
  // compared below is not zero and a hint read through the masker would show as one more.
  const secretPolicy = rc(
    'aws_iam_role_policy.secret',
    ['delete'],
    { id: 'svc-api:secret', name: 'secret', name_prefix: '', policy: policy('kms:Decrypt'), role: 'svc-api' },
    null,
    { before_sensitive: { policy: true } },
  );
  const attachment = rc('aws_iam_role_policy_attachment.detach', ['delete'], { id: 'svc-api-1', policy_arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', role: 'svc-api' }, null);

  it('assume_role_policy marked sensitive in before_sensitive: no hint, and the same sensitiveMasked as without the mark', async () => {
    const marked = await readPlanObject(
      plan([secretPolicy, rc('aws_iam_role.legacy', ['delete'], role('legacy-batch'), null, { before_sensitive: roleSensitive({ assume_role_policy: true }) })]),
    );
    const unmarked = await readPlanObject(plan([secretPolicy, rc('aws_iam_role.legacy', ['delete'], role('legacy-batch'), null)]));
    // The deletion itself never reads the trust policy: the mark changes nothing the analysis masks.
    expect(summarize(marked)).toEqual(summarize(unmarked));
    expect(unmarked.trustBefore).toEqual({ 'legacy-batch': LAMBDA });
    expect('trustBefore' in marked).toBe(false);
    expect(unmarked.sensitiveMasked).toBe(1);
    expect(marked.sensitiveMasked).toBe(unmarked.sensitiveMasked);
    expect(JSON.stringify(marked)).not.toContain('lambda.amazonaws.com');
  });

  it('assume_role_policy marked sensitive in prior_state: no hint, and the same sensitiveMasked as without the mark', async () => {
    const marked = await readPlanObject(plan([secretPolicy, attachment], [prior('aws_iam_role.svc', role('svc-api'), roleSensitive({ assume_role_policy: true }))]));
    const unmarked = await readPlanObject(plan([secretPolicy, attachment], [prior('aws_iam_role.svc', role('svc-api'))]));
    expect(unmarked.trustBefore).toEqual({ 'svc-api': LAMBDA });
    expect('trustBefore' in marked).toBe(false);
    expect(unmarked.sensitiveMasked).toBe(1);
    expect(marked.sensitiveMasked).toBe(unmarked.sensitiveMasked);
  });

  it('a whole role marked sensitive (before_sensitive: true), in a change or in prior_state: no hint', async () => {
    const whole = await readPlanObject(plan([rc('aws_iam_role.whole', ['delete'], role('hidden-role'), null, { before_sensitive: true })]));
    expect(summarize(whole)).toEqual([['aws_iam_role.whole', ['deleted'], ['(sensitive value)']]]);
    expect('trustBefore' in whole).toBe(false);
    const priorWhole = await readPlanObject(plan([attachment], [prior('aws_iam_role.svc', role('svc-api'), true)]));
    expect(summarize(priorWhole)).toEqual([['aws_iam_role_policy_attachment.detach', ['permissions-removed'], ['svc-api']]]);
    expect('trustBefore' in priorWhole).toBe(false);
  });

  it('a role name marked sensitive: no hint (the name would key it)', async () => {
    const r = await readPlanObject(plan([attachment], [prior('aws_iam_role.svc', role('svc-api'), roleSensitive({ name: true }))]));
    expect('trustBefore' in r).toBe(false);
    expect(JSON.stringify(r)).not.toContain('lambda.amazonaws.com');
  });
});

describe('requestFor carries the hints onto the request roles', () => {
  it('each looked-up role gets the trust of the first reading that has one; created and unknown roles get nothing', () => {
    const first = reading([change([{ ...deleted('alpha'), roleArn: roleArn('alpha') }]), change([created('fresh')], { actions: ['create'] })], {
      trustBefore: { alpha: LAMBDA, fresh: ECS, stranger: EKS },
    });
    const second = reading([change([permissionsRemoved('zeta', delta('p', ['s3:getobject']))]), change([deleted('alpha')])], {
      input: 'second.json',
      trustBefore: { alpha: ECS, zeta: EKS },
    });
    const req = requestFor([first, second]);
    expect(req.roles).toEqual([
      { name: 'alpha', arn: roleArn('alpha'), trust: LAMBDA },
      { name: 'zeta', trust: EKS },
    ]);
    // Reading order decides, not which reading names the role first.
    expect(requestFor([second, first]).roles).toEqual([
      { name: 'alpha', arn: roleArn('alpha'), trust: ECS },
      { name: 'zeta', trust: EKS },
    ]);
  });

  it('without hints the request is as before: no trust key at all', () => {
    const req = requestFor([reading([change([deleted('alpha')])])]);
    expect(req.roles).toEqual([{ name: 'alpha' }]);
    expect('trust' in req.roles[0]!).toBe(false);
  });

  it('from a plan file to the request', async () => {
    const r = await readPlanObject(plan([rc('aws_iam_role.legacy', ['delete'], role('legacy-batch'), null), rc('aws_iam_role.fresh', ['create'], null, role('reporting'))]));
    expect(requestFor([r]).roles).toEqual([{ name: 'legacy-batch', arn: `arn:aws:iam::${ACCOUNT}:role/legacy-batch`, trust: LAMBDA }]);
  });
});
