import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { failOnLevels, inputNames, outputNames, parseInputs, type InputName } from '../../src/action/inputs.js';
import { failOnSchema } from '../../src/model/report.js';
// @ts-expect-error -- plain ESM script without types
import { renderActionTable } from '../../scripts/action-docs.mjs';
import { FIXTURES, REPO_ROOT } from './harness.js';

const actionYml = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
const action = parse(actionYml) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: Record<string, string> };

function parseWith(values: Partial<Record<InputName, string>>) {
  // The runner passes action.yml defaults for inputs the workflow leaves out.
  const get = (name: InputName) => values[name] ?? String(action.inputs[name]?.default ?? '').replace('${{ github.token }}', 'ghs-default');
  return parseInputs(get, { cwd: REPO_ROOT });
}

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the action reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...inputNames].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...outputNames].sort());
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('renders the README tables from action.yml', () => {
    const table = renderActionTable(actionYml) as string;
    expect(table).toContain('| Input | Description | Default |');
    expect(table).toContain('| `fail-on` | Lowest risk that fails the check: `high`, `medium`, `low`, or `never`. | `high` |');
    expect(table).toContain('| `comment-url` | URL of the PR comment, when one was written or is current. |');
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(inputNames.length + outputNames.length);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBeGreaterThanOrEqual(4);
  });
});

describe('parseInputs', () => {
  const plan = path.join(FIXTURES, 'plan-delete-role.json');

  it('reads the defaults into one typed object', async () => {
    const inputs = await parseWith({ plan });
    expect(inputs).toEqual({
      mode: 'plan',
      specs: [{ kind: 'plan', label: plan, path: plan }],
      inventory: 'live',
      windowDays: 90,
      failOn: 'high',
      acknowledgeLabel: 'iam-blast-radius:acknowledged',
      ignoreRoles: [],
      comment: 'update',
      commentTag: 'default',
      maskAccountIds: false,
      timeoutSeconds: 120,
      maxAttempts: 5,
      cloudtrail: false,
      githubToken: 'ghs-default',
    });
  });

  it('expands globs, keeps name=path labels, and splits lists', async () => {
    const inputs = await parseWith({
      plan: 'prod=test/action/fixtures/plan-delete-role.json\n# a comment line\ntest/action/fixtures/plan-*.json',
      'ignore-roles': 'legacy-*, ci-*\nbreakglass',
      regions: 'eu-west-1,us-east-1',
      'window-days': '30',
      'mask-account-ids': 'true',
    });
    expect(inputs.specs.map((s) => s.label)).toEqual([
      'prod',
      'test/action/fixtures/plan-delete-role.json',
      'test/action/fixtures/plan-no-iam.json',
    ]);
    expect(inputs.ignoreRoles).toEqual(['legacy-*', 'ci-*', 'breakglass']);
    expect(inputs.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(inputs.windowDays).toBe(30);
    expect(inputs.maskAccountIds).toBe(true);
  });

  it('static mode reads HCL from hcl-base and source-dir', async () => {
    const inputs = await parseWith({ mode: 'static', 'hcl-base': 'test/action', 'source-dir': 'test/action/fixtures' });
    expect(inputs.specs).toEqual([{ kind: 'hcl', label: 'hcl', baseDir: path.join(REPO_ROOT, 'test/action'), headDir: FIXTURES }]);
  });

  it.each<[Partial<Record<InputName, string>>, string]>([
    [{ 'fail-on': 'High' }, 'input fail-on: must be one of high, medium, low, never (got "High")'],
    [{ 'window-days': '0' }, 'input window-days: must be from 1 to 400 (got 0)'],
    [{ 'window-days': '9e1' }, 'input window-days: must be a whole number from 1 to 400 (got "9e1")'],
    [{ timeout: '-5' }, 'input timeout: must be a whole number from 5 to 3600 (got "-5")'],
    [{ 'max-attempts': '0' }, 'input max-attempts: must be from 1 to 20 (got 0)'],
    [{ 'max-attempts': 'lots' }, 'input max-attempts: must be a whole number from 1 to 20 (got "lots")'],
    [{ 'mask-account-ids': 'yes' }, 'input mask-account-ids: must be true or false (got "yes")'],
    [{ cloudtrail: 'True' }, 'input cloudtrail: must be true or false (got "True")'],
    [{ comment: 'sticky' }, 'input comment: must be one of update, new, hide-and-new, off (got "sticky")'],
    [{ mode: 'hcl' }, 'input mode: must be one of plan, static (got "hcl")'],
    [{ mode: 'static' }, 'input hcl-base: is required with mode: static (check out the base branch into a directory and name it here)'],
    [{ plan: '' }, 'input plan: no input given: set plan, cdk-diff, cdk-out or change-set (or mode: static with hcl-base)'],
    [{ plan: 'missing.json' }, 'input plan: file "missing.json" does not exist'],
    [{ plan: 'test/action/fixtures/nothing-*.json' }, `input plan: "test/action/fixtures/nothing-*.json" matched no files under ${REPO_ROOT}`],
    [{ plan: 'test/action' }, 'input plan: "test/action" is a directory; give the JSON file'],
    [{ 'cdk-out': 'test/action/fixtures/inventory.json' }, 'input cdk-out: "test/action/fixtures/inventory.json" is not a directory'],
    [{ inventory: 'snap.json' }, 'input inventory: must be live, none, or the path of a snapshot file; "snap.json" does not exist'],
    [{ regions: 'eu-west-1,Frankfurt' }, 'input regions: "Frankfurt" is not an AWS region (write e.g. eu-west-1, us-east-1, or all)'],
    [{ 'assume-role-arn-template': 'arn:aws:iam::123456789012:role/x' }, 'input assume-role-arn-template: must look like arn:aws:iam::{account}:role/NAME (got "arn:aws:iam::123456789012:role/x")'],
    [{ 'comment-tag': 'prod -->' }, 'input comment-tag: may use letters, digits and . _ - : / only, up to 64 characters (got "prod -->")'],
    [{ 'deployed-templates': 'test/action' }, 'input deployed-templates: is set but cdk-out is not'],
  ])('%j → %s', async (values, message) => {
    await expect(parseWith({ plan, ...values })).rejects.toThrow(message);
  });

  it('knows the fail-on levels of the report model without loading it', () => {
    expect(failOnLevels).toEqual(failOnSchema.options);
  });
});
