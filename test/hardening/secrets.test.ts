/**
 * Secrets never leave: canaries in sensitive plan values (per attribute and whole-object `true`), in tags,
 * and in Lambda environment variables seen by the live source must appear in no output — markdown, text,
 * JSON, the job summary, the snapshot file, the logs with --debug. The GitHub token and AWS credentials
 * are registered as secrets and never logged. `mask-account-ids` hides every 12-digit account ID.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createLiveInventory } from '../../src/inventory/live/index.js';
import { inventorySnapshotSchema } from '../../src/model/inventory.js';
import { runPipeline } from '../../src/pipeline.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { restJson } from '../helpers/aws-responder.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { runAction } from '../action/harness.js';
import { HOME, lambdaTrust, startFakeAccount, type FakeAccount } from '../live/fake-account.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ibr-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Distinct canaries, so a leak says where it came from. Short fragments catch partial leaks too. */
const C = {
  sensitiveAttr: 'CANARY-ATTR-5b1e',
  wholeObject: 'CANARY-WHOLE-93c0',
  tag: 'CANARY-TAG-d41d',
  lambdaEnv: 'CANARY-LAMBDA-ENV-77aa',
  planLambdaEnv: 'CANARY-PLAN-ENV-0c2f',
  terraformFixture: '7f3a', // test/terraform's sensitive-canary.json
};
const ALL = Object.values(C);

const policy = (resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage', 's3:GetObject'], Resource: resource }] });

const PLAN = join(dir, 'canary-plan.json');
writeFileSync(
  PLAN,
  JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [
      {
        // A deleted role whose tags and a sensitive description carry canaries.
        address: 'aws_iam_role.app',
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'app',
        change: {
          actions: ['delete'],
          before: { name: 'app-role', arn: `arn:aws:iam::${HOME}:role/app-role`, assume_role_policy: lambdaTrust, description: C.sensitiveAttr, tags: { owner: C.tag }, tags_all: { owner: C.tag } },
          after: null,
          after_unknown: {},
          before_sensitive: { description: true, tags: {}, tags_all: {} },
          after_sensitive: false,
        },
      },
      {
        // A policy whose text is sensitive, before and after.
        address: 'aws_iam_role_policy.app',
        mode: 'managed',
        type: 'aws_iam_role_policy',
        name: 'app',
        change: {
          actions: ['update'],
          before: { id: 'worker:app', name: 'app', role: 'worker', policy: policy(`arn:aws:s3:::${C.sensitiveAttr}/*`) },
          after: { id: 'worker:app', name: 'app', role: 'worker', policy: policy(`arn:aws:s3:::${C.sensitiveAttr}-v2/*`) },
          after_unknown: {},
          before_sensitive: { policy: true },
          after_sensitive: { policy: true },
        },
      },
      {
        // A whole role object marked sensitive: even its name is a secret.
        address: 'aws_iam_role.whole',
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'whole',
        change: {
          actions: ['delete'],
          before: { name: `${C.wholeObject}-role`, arn: `arn:aws:iam::${HOME}:role/${C.wholeObject}-role`, assume_role_policy: policy(C.wholeObject), tags: { k: C.wholeObject } },
          after: null,
          after_unknown: {},
          before_sensitive: true,
          after_sensitive: false,
        },
      },
      {
        // A Lambda moving onto the worker role, with a secret in its environment (sensitive whole object after).
        address: 'aws_lambda_function.fn',
        mode: 'managed',
        type: 'aws_lambda_function',
        name: 'fn',
        change: {
          actions: ['update'],
          before: { function_name: 'fn', role: `arn:aws:iam::${HOME}:role/app-role`, environment: [{ variables: { TOKEN: C.planLambdaEnv } }], tags: { owner: C.tag } },
          after: { function_name: 'fn', role: `arn:aws:iam::${HOME}:role/worker`, environment: [{ variables: { TOKEN: C.planLambdaEnv } }], tags: { owner: C.tag } },
          after_unknown: {},
          before_sensitive: { environment: [{ variables: { TOKEN: true } }] },
          after_sensitive: { environment: [{ variables: { TOKEN: true } }] },
        },
      },
    ],
  }),
);

function expectClean(label: string, text: string): void {
  for (const canary of ALL) expect(text, `${label} leaks ${canary}`).not.toContain(canary);
}

let account: FakeAccount;
let snapshotFile: string;
const debugLines: string[] = [];

beforeAll(async () => {
  // The live source sees Lambda functions whose environment holds a canary.
  account = await startFakeAccount((req) =>
    req.service === 'lambda'
      ? restJson({
          Functions: ['app-role', 'worker'].map((role) => ({
            FunctionName: `fn-${role}`,
            FunctionArn: `arn:aws:lambda:us-east-1:${HOME}:function:fn-${role}`,
            Role: `arn:aws:iam::${HOME}:role/${role}`,
            Environment: { Variables: { SECRET: C.lambdaEnv } },
            Description: C.lambdaEnv,
          })),
        })
      : undefined,
  );
  const snapshot = await createLiveInventory(account.options({ debug: (l) => debugLines.push(l), onProgress: (l) => debugLines.push(l) })).collect({
    roles: [{ name: 'app-role' }, { name: 'worker' }],
    managedPolicies: [],
    removedServices: { worker: ['sqs'] },
  });
  snapshotFile = join(dir, 'snapshot.json');
  writeFileSync(snapshotFile, `${JSON.stringify(inventorySnapshotSchema.parse(snapshot), null, 2)}\n`);
});
afterAll(async () => {
  await account.stop();
});

describe('canaries', () => {
  it('the inputs really carry every canary (the test can fail)', () => {
    const plan = readFileSync(PLAN, 'utf8');
    for (const c of [C.sensitiveAttr, C.wholeObject, C.tag, C.planLambdaEnv]) expect(plan).toContain(c);
    expect(account.requests.some((r) => r.service === 'lambda')).toBe(true);
    expect(readFileSync(join(root, 'fixtures/terraform/hand-built/sensitive-canary.json'), 'utf8')).toContain(C.terraformFixture);
  });

  it('the live source keeps the Lambda environment out of the snapshot file and the debug log', () => {
    const snapshot = readFileSync(snapshotFile, 'utf8');
    expect(snapshot).toContain('fn-app-role');
    expectClean('snapshot', snapshot);
    expect(debugLines.length).toBeGreaterThan(0);
    expectClean('live debug log', debugLines.join('\n'));
  });

  it('no renderer shows a canary, live or replayed', async () => {
    const settings = { windowDays: 90, failOn: 'high' as const, ignoreRoles: [], maskAccountIds: false };
    const inputs = [
      { kind: 'plan' as const, label: 'canary', path: PLAN },
      { kind: 'plan' as const, label: 'tf-fixture', path: join(root, 'fixtures/terraform/hand-built/sensitive-canary.json') },
    ];
    const live = await runPipeline({ inputs, inventory: createLiveInventory(account.options()), settings, readerContext: {}, clock: () => new Date('2026-11-28T12:00:00Z') });
    expect(live.roles.map((r) => r.name)).toContain('app-role');
    expect(live.meta.sensitiveMasked).toBeGreaterThan(0);
    for (const [name, text] of [
      ['markdown', renderMarkdown(live)],
      ['text', renderText(live)],
      ['json', renderJson(live)],
    ] as const) {
      expectClean(name, text);
    }
  });

  it('the CLI with --debug: stdout and stderr clean in every format', async () => {
    for (const format of ['markdown', 'text', 'json']) {
      let out = '';
      let err = '';
      const code = await main(['analyze', '--plan', PLAN, '--plan', join(root, 'fixtures/terraform/hand-built/sensitive-canary.json'), '--inventory', snapshotFile, '--format', format, '--debug', '--fail-on', 'never'], {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        clock: () => new Date('2026-11-28T12:00:00Z'),
      });
      expect(code).toBe(0);
      expect(err).toContain('debug:');
      expectClean(`cli ${format} stdout`, out);
      expectClean(`cli ${format} stderr`, err);
    }
  });

  it('the action: comment, job summary, JSON report and log clean', async () => {
    const gh = await new FakeGitHub().start();
    try {
      const r = await runAction({ server: gh, inputs: { plan: PLAN, inventory: snapshotFile, 'fail-on': 'never' }, env: { RUNNER_DEBUG: '1' } });
      expect(r.failed).toBe(false);
      const body = gh.commentsOn(7)[0]!.body;
      expect(body).toContain('app-role');
      for (const [name, text] of [
        ['comment', body],
        ['summary', r.summary],
        ['report-json', readFileSync(r.outputs['report-json']!, 'utf8')],
        ['log', r.stdout],
      ] as const) {
        expectClean(name, text);
      }
    } finally {
      await gh.stop();
    }
  });
});

describe('credentials', () => {
  const aws = { AWS_ACCESS_KEY_ID: 'ASIACANARYKEY7Q2W', AWS_SECRET_ACCESS_KEY: 'canarySecretKey/9f8e7d6c5b4a3210zyx+', AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjECANARYSESSIONTOKEN==' };

  it('the GitHub token and the AWS credentials are registered with ::add-mask:: first and never logged otherwise, also with debug', async () => {
    const gh = await new FakeGitHub().start();
    try {
      const r = await runAction({ server: gh, inputs: { plan: PLAN, inventory: snapshotFile, 'fail-on': 'never', 'github-token': 'ghs-write' }, env: { ...aws, RUNNER_DEBUG: '1' } });
      const lines = r.stdout.split('\n');
      const masks = lines.filter((l) => l.startsWith('::add-mask::'));
      expect(new Set(masks)).toEqual(new Set(['::add-mask::ghs-write', ...Object.values(aws).map((v) => `::add-mask::${v}`)]));
      // Registered before any other output.
      expect(lines.slice(0, masks.length).every((l) => l.startsWith('::add-mask::'))).toBe(true);
      const rest = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
      for (const secret of ['ghs-write', ...Object.values(aws)]) {
        expect(rest).not.toContain(secret);
        expect(r.summary).not.toContain(secret);
        expect(gh.commentsOn(7)[0]!.body).not.toContain(secret);
      }
    } finally {
      await gh.stop();
    }
  });
});

describe('credentials on the CLI', () => {
  it('live inventory and `inventory --out` with --debug never print the AWS credentials or a canary', async () => {
    const cliSnapshot = join(dir, 'cli-snapshot.json');
    const creds = { AWS_ACCESS_KEY_ID: 'AKIACANARYCLIKEY42', AWS_SECRET_ACCESS_KEY: 'cliCanarySecret/0a9b8c7d6e5f', AWS_SESSION_TOKEN: 'FwoGZXIvYXdzECANARYCLISESSION', AWS_ENDPOINT_URL: account.endpoint, AWS_REGION: 'us-east-1' };
    const saved = { ...process.env };
    Object.assign(process.env, creds);
    let out = '';
    let err = '';
    const before = account.requests.length;
    try {
      const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), clock: () => new Date('2026-11-28T12:00:00Z') };
      await main(['analyze', '--plan', PLAN, '--inventory', 'live', '--regions', 'us-east-1', '--timeout', '20', '--format', 'json', '--debug', '--fail-on', 'never'], io);
      // `inventory --out` writes the snapshot file a later run replays.
      expect(await main(['inventory', '--plan', PLAN, '--out', cliSnapshot, '--regions', 'us-east-1', '--timeout', '20', '--debug'], io)).toBe(0);
    } finally {
      for (const k of Object.keys(creds)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    // The run really went to the fake account, signed with these credentials.
    expect(account.requests.length).toBeGreaterThan(before);
    expect(account.requests.slice(before).some((r) => String(r.headers.authorization).includes('AKIACANARYCLIKEY42'))).toBe(true);
    expect(err).toContain('debug:');
    for (const secret of [creds.AWS_ACCESS_KEY_ID, creds.AWS_SECRET_ACCESS_KEY, creds.AWS_SESSION_TOKEN]) {
      expect(out).not.toContain(secret);
      expect(err).not.toContain(secret);
    }
    const written = readFileSync(cliSnapshot, 'utf8');
    expect(written).toContain('fn-app-role');
    expectClean('snapshot written by the CLI', written);
    for (const secret of [creds.AWS_ACCESS_KEY_ID, creds.AWS_SECRET_ACCESS_KEY, creds.AWS_SESSION_TOKEN]) expect(written).not.toContain(secret);
    expectClean('cli live stdout', out);
    expectClean('cli live stderr', err);
  });
});

describe('mask-account-ids', () => {
  it('hides every 12-digit account ID in markdown, text, JSON and the CLI debug log', async () => {
    for (const format of ['markdown', 'text', 'json']) {
      let out = '';
      let err = '';
      await main(['analyze', '--plan', PLAN, '--inventory', snapshotFile, '--format', format, '--mask-account-ids', '--debug', '--fail-on', 'never'], {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        clock: () => new Date('2026-11-28T12:00:00Z'),
      });
      expect(out).toContain('app-role');
      expect(out, format).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
      expect(err, `${format} stderr`).not.toContain(HOME);
    }
  });

  it('hides them in the comment, the summary, the JSON report and the log of the action', async () => {
    const gh = await new FakeGitHub().start();
    try {
      const r = await runAction({ server: gh, inputs: { plan: PLAN, inventory: snapshotFile, 'fail-on': 'never', 'mask-account-ids': 'true' }, env: { RUNNER_DEBUG: '1' } });
      const body = gh.commentsOn(7)[0]!.body;
      expect(body).toContain('app-role');
      for (const text of [body, r.summary, readFileSync(r.outputs['report-json']!, 'utf8'), r.stdout]) {
        expect(text).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
      }
    } finally {
      await gh.stop();
    }
  });
});
