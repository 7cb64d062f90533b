/**
 * Properties over generated input: the plan reader fails only with InputError, and the PR comment stays
 * inert markdown for ANY string an attacker can put in a role name, address, dependent, reason or policy.
 * (Policy normalize/diff properties live in test/policy/properties.test.ts.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlan } from '../../src/changes/terraform/index.js';
import { InputError } from '../../src/errors.js';
import { dependentKinds } from '../../src/model/dependent.js';
import type { Report, RoleImpact } from '../../src/model/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { change, dependent, report, role } from '../render/markdown-builders.js';
import { ALLOWED_TAG, assertInert, hostileString, outsideFences } from './hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'ibr-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ---- generators ----

const identifier = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,12}$/);
const instanceKey = fc.oneof(fc.nat({ max: 99 }).map(String), hostileString.map((s) => JSON.stringify(s)));

/** Addresses as Terraform writes them, and as a tampered file might. */
const address = fc.oneof(
  fc
    .tuple(fc.array(fc.tuple(identifier, fc.option(instanceKey, { nil: undefined })), { maxLength: 3 }), identifier, identifier, fc.option(instanceKey, { nil: undefined }))
    .map(([mods, type, name, key]) => [...mods.map(([m, k]) => `module.${m}${k !== undefined ? `[${k}]` : ''}`), `${type}.${name}${key !== undefined ? `[${key}]` : ''}`].join('.')),
  hostileString,
);

const anyJson = fc.jsonValue({ maxDepth: 3 });
const policyText = fc.oneof(
  hostileString,
  fc
    .record({ Effect: fc.constantFrom('Allow', 'Deny', 'Maybe'), Action: fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })), Resource: fc.oneof(hostileString, anyJson) })
    .map((s) => JSON.stringify({ Version: '2012-10-17', Statement: [s] })),
);

const iamTypes = ['aws_iam_role', 'aws_iam_role_policy', 'aws_iam_role_policy_attachment', 'aws_iam_policy', 'aws_lambda_function', 'aws_iam_instance_profile', 'aws_eks_pod_identity_association'];
const roleValues = fc.record(
  {
    name: fc.oneof(hostileString, anyJson),
    arn: fc.oneof(hostileString.map((s) => `arn:aws:iam::123456789012:role/${s}`), anyJson),
    assume_role_policy: fc.oneof(policyText, anyJson),
    policy: fc.oneof(policyText, anyJson),
    role: fc.oneof(hostileString, anyJson),
    policy_arn: fc.oneof(hostileString, anyJson),
    tags: fc.oneof(fc.dictionary(hostileString, hostileString, { maxKeys: 3 }), anyJson),
    inline_policy: fc.oneof(fc.array(fc.record({ name: hostileString, policy: policyText }), { maxLength: 2 }), anyJson),
    managed_policy_arns: fc.oneof(fc.array(hostileString, { maxLength: 2 }), anyJson),
  },
  { requiredKeys: [] },
);
const sensitive = fc.oneof(fc.boolean(), fc.record({ name: fc.boolean(), tags: fc.oneof(fc.boolean(), fc.constant({})) }, { requiredKeys: [] }), anyJson);

const resourceChange = fc.record(
  {
    address,
    mode: fc.oneof(fc.constantFrom('managed', 'data'), anyJson),
    type: fc.oneof(fc.constantFrom(...iamTypes), hostileString, anyJson),
    name: fc.oneof(identifier, anyJson),
    index: fc.oneof(fc.nat(), hostileString, anyJson),
    module_address: fc.oneof(address, anyJson),
    previous_address: fc.oneof(address, anyJson),
    action_reason: fc.oneof(hostileString, anyJson),
    change: fc.oneof(
      fc.record(
        {
          actions: fc.oneof(fc.subarray(['no-op', 'create', 'read', 'update', 'delete', 'forget'], { minLength: 1 }), fc.array(anyJson, { maxLength: 2 }), anyJson),
          before: fc.oneof(roleValues, fc.constant(null), anyJson),
          after: fc.oneof(roleValues, fc.constant(null), anyJson),
          after_unknown: fc.oneof(sensitive, anyJson),
          before_sensitive: sensitive,
          after_sensitive: sensitive,
        },
        { requiredKeys: ['actions'] },
      ),
      anyJson,
    ),
  },
  { requiredKeys: ['address', 'mode', 'type', 'name', 'change'] },
);

const plan = fc.record(
  {
    format_version: fc.oneof(fc.constantFrom('1.2', '0.1', '1.0'), anyJson),
    terraform_version: fc.oneof(fc.constant('1.9.8'), anyJson),
    resource_changes: fc.oneof(fc.array(resourceChange, { maxLength: 4 }), anyJson),
    prior_state: fc.oneof(fc.constant({ values: { root_module: {} } }), anyJson),
    configuration: fc.oneof(fc.constant({ root_module: {} }), anyJson),
    errored: fc.oneof(fc.boolean(), anyJson),
  },
  { requiredKeys: ['format_version', 'resource_changes'] },
);

let fileNo = 0;
async function readAny(value: unknown): Promise<unknown> {
  const path = join(dir, `p${fileNo++}.json`);
  writeFileSync(path, JSON.stringify(value));
  try {
    return await readPlan({ kind: 'plan', label: 'gen', path }, {});
  } catch (e) {
    return e;
  }
}

describe('readPlan on generated plans', () => {
  it('resolves or throws InputError, nothing else, and never a multi-line message', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const outcome = await readAny(p);
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(InputError);
          expect(outcome.message).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('resolves or throws InputError for arbitrary JSON at the top and in each change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, fc.record({ format_version: fc.constant('1.2'), resource_changes: fc.array(anyJson, { maxLength: 3 }) })), async (p) => {
        const outcome = await readAny(p);
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(InputError);
      }),
      { numRuns: 200 },
    );
  });
});

// ---- the markdown renderer ----

const hostileRole = fc
  .record({
    name: hostileString,
    newName: fc.option(hostileString, { nil: undefined }),
    address: hostileString,
    input: hostileString,
    depId: hostileString,
    depName: fc.option(hostileString, { nil: undefined }),
    via: hostileString,
    region: hostileString,
    kind: fc.constantFrom(...dependentKinds),
    reasons: fc.array(hostileString, { minLength: 1, maxLength: 3 }),
    summary: hostileString,
    evidence: hostileString,
    gapReason: hostileString,
    policyName: hostileString,
    before: policyText,
    after: policyText,
    risk: fc.constantFrom('high', 'medium', 'low', 'none' as const),
    waived: fc.option(hostileString, { nil: undefined }),
    account: hostileString,
  })
  .map((g): { role: RoleImpact; change: Report['changes'][number] } => {
    const effects: RoleImpact['effects'] = [
      { kind: 'deleted', role: g.name, summary: g.summary, unknowns: [g.gapReason] },
      {
        kind: 'permissions-removed',
        role: g.name,
        summary: g.summary,
        delta: { policy: g.policyName, permissions: [{ effect: 'Allow', action: g.summary }], services: [g.policyName], before: g.before, after: g.after },
      },
      { kind: 'trust-changed', role: g.name, summary: g.summary, principalsAdded: [], principalsRemoved: [{ type: 'Service', value: g.via }], before: g.before, after: g.after },
    ];
    const r = role(g.name, {
      ...(g.newName !== undefined ? { newName: g.newName } : {}),
      arn: `arn:aws:iam::123456789012:role/${g.name}`,
      account: g.account,
      changes: [g.address],
      effects,
      dependents: [dependent({ kind: g.kind, id: g.depId, ...(g.depName !== undefined ? { name: g.depName } : {}), via: g.via, region: g.region, lastActive: g.evidence })],
      dependentsStatus: 'partial',
      dependentGaps: [{ operation: g.policyName, region: g.region, reason: g.gapReason }],
      usage: { status: 'unknown', windowDays: 90, evidence: g.evidence, gaps: [{ operation: g.summary, reason: g.gapReason }], services: [{ namespace: g.policyName, lastAccessed: g.evidence }] },
      risk: g.risk,
      reasons: g.reasons,
      ...(g.waived !== undefined ? { waived: g.waived } : {}),
    });
    const c = change(g.address, [g.name], effects, { input: g.input, actions: [g.summary], notes: [g.reasons[0]!], location: { file: g.policyName, line: 3 } });
    return { role: r, change: c };
  });

describe('renderMarkdown on hostile strings', () => {
  it('never emits raw HTML, a mention, a link we did not build, or a broken table row', () => {
    fc.assert(
      fc.property(fc.array(hostileRole, { minLength: 1, maxLength: 4 }), hostileString, hostileString, (items, warning, waiver) => {
        const rep = report(
          items.map((i) => i.role),
          items.map((i) => i.change),
          { block: true, reasons: [warning], waivedBy: [waiver] },
        );
        rep.meta.inputs[0]!.warnings = [warning];
        rep.meta.inputs[0]!.label = waiver;
        rep.meta.notices = [warning];
        rep.meta.inventory.gaps = [{ operation: waiver, region: warning, reason: warning }];
        const md = renderMarkdown(rep, {
          title: waiver,
          acknowledgeLabel: warning,
          sourceLinks: { serverUrl: 'https://github.com', repo: 'acme/infra', sha: 'a'.repeat(40) },
        });
        assertInert(md, items.length);
      }),
      { numRuns: 400, ...(process.env.IBR_SEED ? { seed: Number(process.env.IBR_SEED), path: process.env.IBR_PATH, endOnFailure: true } : {}) },
    );
  });

  it('stays inert when the body is cut to fit the comment limit', () => {
    fc.assert(
      fc.property(fc.array(hostileRole, { minLength: 3, maxLength: 6 }), fc.integer({ min: 3_000, max: 8_000 }), (items, maxLength) => {
        const md = renderMarkdown(
          report(
            items.map((i) => i.role),
            items.map((i) => i.change),
          ),
          { maxLength },
        );
        const prose = outsideFences(md);
        expect(prose.replace(ALLOWED_TAG, '')).not.toContain('<');
        expect(prose).not.toMatch(/@[A-Za-z0-9_-]/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('renderText on hostile strings', () => {
  it('never writes a terminal control sequence (ESC, BEL, CR, bidi overrides) from input text', () => {
    const hostileTerminal = fc.oneof(hostileString, fc.constantFrom('\u001b[2J\u001b[H', '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', 'ok\rFAKE: pass', '\u009b31m', '\u202eevil', 'x\nDecision: no block', 'y\r\nVerdict: pass'));
    fc.assert(
      fc.property(fc.array(hostileRole, { minLength: 1, maxLength: 3 }), hostileTerminal, (items, name) => {
        const roles = items.map((i, n) => (n === 0 ? { ...i.role, name, reasons: [name] } : i.role));
        const text = renderText(report(roles, items.map((i) => i.change)));
        // eslint-disable-next-line no-control-regex
        expect(text.split('\n').filter((l) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(l))).toEqual([]);
        // A newline in a name cannot forge a line of the report.
        expect(text.split('\n').filter((l) => l.startsWith('Decision:'))).toHaveLength(1);
        expect(text.split('\n').filter((l) => l.startsWith('Verdict:'))).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
