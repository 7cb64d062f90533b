/**
 * The bad-input corpus: one row per case. Each row writes its files into a scratch directory, names the
 * CLI arguments (paths relative to that directory) and the ONE line the CLI must print on stderr.
 * Files live here rather than on disk so every byte of each case is reviewable in one place, and the big
 * ones (a JSON bomb, 10,000-character names) are built rather than committed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

export type Content = string | Buffer | { dir: Record<string, string> };

export interface CliCase {
  name: string;
  files: Record<string, Content>;
  /** Arguments after `analyze`; `--output out.txt` is added by the test. */
  args: string[];
  /** The exact stderr line (without `error: ` and the newline). */
  message: string;
  /** Extra environment for the process (PATH without terraform, so the case reads the same on every machine). */
  env?: Record<string, string>;
}

const demoPlan = JSON.parse(readFileSync(join(root, 'fixtures/demo/plan.json'), 'utf8')) as Record<string, unknown>;
const demoInventory = JSON.parse(readFileSync(join(root, 'fixtures/demo/inventory.json'), 'utf8')) as Record<string, unknown>;

/** A valid one-change plan with `mutate` applied to its first resource change. */
function plan(mutate: (p: Record<string, unknown>, rc: Record<string, unknown>, change: Record<string, unknown>) => void): string {
  const p = structuredClone(demoPlan);
  const rc = (p.resource_changes as Record<string, unknown>[])[0]!;
  mutate(p, rc, rc.change as Record<string, unknown>);
  return JSON.stringify(p);
}

function snapshot(mutate: (s: Record<string, unknown>, role: Record<string, unknown>) => void): string {
  const s = structuredClone(demoInventory);
  mutate(s, (s.roles as Record<string, unknown>[])[0]!);
  return JSON.stringify(s);
}

const planText = JSON.stringify(demoPlan);
const DEPTH = 100_000;
const deepArrays = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const longName = 'r'.repeat(10_000);

function deleteRolePlan(name: string, address = 'aws_iam_role.r'): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: [
      {
        address,
        mode: 'managed',
        type: 'aws_iam_role',
        name: 'r',
        change: { actions: ['delete'], before: { name, arn: `arn:aws:iam::123456789012:role/${name}` }, after: null, after_unknown: {}, before_sensitive: {}, after_sensitive: false },
      },
    ],
  });
}

const cdkDiff = fixture('RolesStack.diff.txt');
const changeSet = JSON.parse(fixture('change-set.json')) as Record<string, unknown>;
const manifest = fixture('manifest.json');
const template = fixture('RolesStack.template.json');

export const cliCases: CliCase[] = [
  // ---- Terraform plan JSON ----
  { name: 'plan: missing file', files: {}, args: ['--plan', 'nope.json'], message: 'nope.json: file not found (--plan)' },
  { name: 'plan: 0-byte file', files: { 'plan.json': '' }, args: ['--plan', 'plan.json'], message: 'plan.json: is empty: expected the output of `terraform show -json` (run `terraform show -json plan.out > plan.json` and pass plan.json)' },
  { name: 'plan: truncated mid-document', files: { 'plan.json': planText.slice(0, Math.floor(planText.length / 2)) }, args: ['--plan', 'plan.json'], message: 'plan.json (line 1 column 8319): is not JSON (starts with "{\\"format_version\\":\\"1.2\\",\\"terraform_versi"): expected `terraform show -json` output' },
  { name: 'plan: UTF-16 with a BOM', files: { 'plan.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(planText, 'utf16le')]) }, args: ['--plan', 'plan.json'], message: 'plan.json (byte 0): is UTF-16 text (byte order mark FF FE), expected UTF-8: in PowerShell write it with `terraform show -json plan.out | Out-File -Encoding utf8 plan.json`' },
  { name: 'plan: terraform.tfstate', files: { 'terraform.tfstate': JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 3, lineage: 'x', outputs: {}, resources: [] }) }, args: ['--plan', 'terraform.tfstate'], message: 'terraform.tfstate: is a Terraform state file (terraform.tfstate), not a plan: run `terraform plan -out=plan.out && terraform show -json plan.out > plan.json`' },
  { name: 'plan: binary plan (zip)', files: { 'plan.out': Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]) }, args: ['--plan', 'plan.out'], env: { PATH: dirname(process.execPath) }, message: 'plan.out: is a binary plan: run `terraform show -json plan.out > plan.json` and pass plan.json' },
  { name: 'plan: random binary bytes', files: { 'plan.json': Buffer.from([0x00, 0x01, 0xfe, 0x80, 0x90, 0x7f, 0x00, 0x1b, 0x5b]) }, args: ['--plan', 'plan.json'], message: 'plan.json (line 1 column 1): is not JSON (starts with "\\u0000\\u0001���\\u0000\\u001b["): expected `terraform show -json` output' },
  { name: 'plan: format_version 99', files: { 'plan.json': plan((p) => (p.format_version = '99.0')) }, args: ['--plan', 'plan.json'], message: 'plan.json (format_version): format version 99.0 is not one this reader knows (0.x, 1.x): a new major version may change what fields mean, so it is not read as 1.x' },
  { name: 'plan: format_version a number', files: { 'plan.json': plan((p) => (p.format_version = 1.2)) }, args: ['--plan', 'plan.json'], message: 'plan.json (format_version): expected string, received number (not the shape of `terraform show -json` output)' },
  { name: 'plan: terraform_version a number', files: { 'plan.json': plan((p) => (p.terraform_version = 1)) }, args: ['--plan', 'plan.json'], message: 'plan.json (terraform_version): expected string, received number (not the shape of `terraform show -json` output)' },
  { name: 'plan: resource_changes missing', files: { 'plan.json': plan((p) => delete p.resource_changes) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes): missing, but planned_values lists resources: the plan JSON is incomplete (run `terraform show -json plan.out > plan.json` and pass plan.json)' },
  { name: 'plan: resource_changes an object', files: { 'plan.json': plan((p) => (p.resource_changes = { a: 1 })) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes): expected array, received object (not the shape of `terraform show -json` output)' },
  { name: 'plan: resource_changes[0] a string', files: { 'plan.json': plan((p) => (p.resource_changes = ['aws_iam_role.r'])) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0]): expected object, received string (not the shape of `terraform show -json` output)' },
  { name: 'plan: address a number', files: { 'plan.json': plan((_p, rc) => (rc.address = 42)) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].address): expected string, received number (not the shape of `terraform show -json` output)' },
  { name: 'plan: address that does not parse', files: { 'plan.json': plan((_p, rc) => (rc.address = 'aws_iam_role..[oops')) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].address): "aws_iam_role..[oops" is not a Terraform resource address' },
  { name: 'plan: mode unknown', files: { 'plan.json': plan((_p, rc) => (rc.mode = 'ephemeral-ish')) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].mode): Invalid option: expected one of "managed"|"data" (not the shape of `terraform show -json` output)' },
  { name: 'plan: type empty', files: { 'plan.json': plan((_p, rc) => (rc.type = '')) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].type): Too small: expected string to have >=1 characters (not the shape of `terraform show -json` output)' },
  { name: 'plan: name a boolean', files: { 'plan.json': plan((_p, rc) => (rc.name = true)) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].name): expected string, received boolean (not the shape of `terraform show -json` output)' },
  { name: 'plan: index an object', files: { 'plan.json': plan((_p, rc) => (rc.index = { k: 1 })) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].index): Invalid input (not the shape of `terraform show -json` output)' },
  { name: 'plan: change missing', files: { 'plan.json': plan((_p, rc) => delete rc.change) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].change): expected object, received undefined (not the shape of `terraform show -json` output)' },
  { name: 'plan: actions a string', files: { 'plan.json': plan((_p, _rc, c) => (c.actions = 'delete')) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].change.actions): expected array, received string (not the shape of `terraform show -json` output)' },
  { name: 'plan: actions empty', files: { 'plan.json': plan((_p, _rc, c) => (c.actions = [])) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0].change.actions): Too small: expected array to have >=1 items (not the shape of `terraform show -json` output)' },
  { name: 'plan: errored not a boolean', files: { 'plan.json': plan((p) => (p.errored = 'yes')) }, args: ['--plan', 'plan.json'], message: 'plan.json (errored): expected boolean, received string (not the shape of `terraform show -json` output)' },
  { name: 'plan: resource_drift an object', files: { 'plan.json': plan((p) => (p.resource_drift = {})) }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_drift): expected array, received object (not the shape of `terraform show -json` output)' },
  { name: 'plan: prior_state an array', files: { 'plan.json': plan((p) => (p.prior_state = [])) }, args: ['--plan', 'plan.json'], message: 'plan.json (prior_state): expected object, received array (not the shape of `terraform show -json` output)' },
  { name: 'plan: configuration a string', files: { 'plan.json': plan((p) => (p.configuration = 'main.tf')) }, args: ['--plan', 'plan.json'], message: 'plan.json (configuration): expected object, received string (not the shape of `terraform show -json` output)' },
  { name: 'plan: JSON bomb of 100,000 nested arrays', files: { 'plan.json': deepArrays }, args: ['--plan', 'plan.json'], message: 'plan.json: is JSON but not a Terraform plan (top level is an array, expected an object)' },
  { name: 'plan: JSON bomb of 100,000 nested objects', files: { 'plan.json': '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH) }, args: ['--plan', 'plan.json'], message: 'plan.json: is JSON but not a Terraform plan (no `format_version` with `planned_values`/`resource_changes`): run `terraform show -json plan.out > plan.json` and pass plan.json' },
  { name: 'plan: JSON bomb as the resource_changes', files: { 'plan.json': `{"format_version":"1.2","resource_changes":${deepArrays}}` }, args: ['--plan', 'plan.json'], message: 'plan.json (resource_changes[0]): expected object, received array (not the shape of `terraform show -json` output)' },
  { name: 'plan: top level an array', files: { 'plan.json': '[]' }, args: ['--plan', 'plan.json'], message: 'plan.json: is JSON but not a Terraform plan (top level is an array, expected an object)' },
  { name: 'plan: the text output of terraform plan', files: { 'plan.txt': 'Terraform will perform the following actions:\n\n  # aws_iam_role.r will be destroyed\n' }, args: ['--plan', 'plan.txt'], message: 'plan.txt (line 1 column 1): is not JSON (starts with "Terraform will perform the following act"): expected `terraform show -json` output' },
  // ---- cdk diff text ----
  { name: 'cdk diff: ANSI garbage', files: { 'diff.txt': '\u001b[31m\u001b[1m\u001b[0m\u001b[?25l\u001b[2K\u001b[1G\u001b[38;5;9m▓▓\u001b[0m\n\u001b[4m\u001b[0m' }, args: ['--cdk-diff', 'diff.txt'], message: 'diff.txt (line 1): not `cdk diff` output: no "Stack <name>" line, IAM table or Resources section' },
  { name: 'cdk diff: cut in the middle of the IAM table', files: { 'diff.txt': cdkDiff.slice(0, cdkDiff.indexOf('│ - │') + 20) }, args: ['--cdk-diff', 'diff.txt'], message: 'diff.txt (line 9): the IAM Statement Changes table is cut off (no closing └ line): capture the whole output with `cdk diff 2>&1 | tee FILE`' },
  { name: 'cdk diff: empty (diff went to stderr)', files: { 'diff.txt': '' }, args: ['--cdk-diff', 'diff.txt'], message: 'diff.txt (line 1): empty: `cdk diff` writes its diff to stderr, capture it with `cdk diff 2>&1 | tee FILE`' },
  { name: 'cdk diff: a JSON file', files: { 'diff.txt': planText }, args: ['--cdk-diff', 'diff.txt'], message: 'diff.txt (line 1): this is JSON, not `cdk diff` text: pass a cdk.out with --cdk-out, a change set with --change-set, or a plan with --plan' },
  // ---- CloudFormation change sets and templates ----
  { name: 'change set: Changes an object', files: { 'cs.json': JSON.stringify({ ...changeSet, Changes: { a: 1 } }) }, args: ['--change-set', 'cs.json'], message: 'cs.json (Changes): not a describe-change-set JSON: Invalid input: expected array, received object' },
  { name: 'change set: ResourceChange.Action a number', files: { 'cs.json': JSON.stringify({ ...changeSet, Changes: [{ Type: 'Resource', ResourceChange: { Action: 7, LogicalResourceId: 'R', ResourceType: 'AWS::IAM::Role' } }] }) }, args: ['--change-set', 'cs.json'], message: 'cs.json (Changes[0].ResourceChange.Action): not a describe-change-set JSON: Invalid option: expected one of "Add"|"Modify"|"Remove"|"Import"|"Dynamic"' },
  { name: 'change set: not JSON', files: { 'cs.json': 'ChangeSetName: x\nChanges: []\n' }, args: ['--change-set', 'cs.json'], message: 'cs.json (line 1 column 1): change set is not valid JSON' },
  { name: 'change set: a Terraform plan passed as one', files: { 'cs.json': planText }, args: ['--change-set', 'cs.json'], message: 'cs.json (Changes): not a describe-change-set JSON: Invalid input: expected array, received undefined' },
  { name: 'cdk.out: Resources an array', files: { 'cdk.out': { dir: { 'manifest.json': manifest, 'RolesStack.template.json': JSON.stringify({ ...JSON.parse(template), Resources: [] }) } } }, args: ['--cdk-out', 'cdk.out'], message: 'cdk.out/RolesStack.template.json (Resources): not a CloudFormation template: Invalid input: expected record, received array' },
  { name: 'cdk.out: template not JSON', files: { 'cdk.out': { dir: { 'manifest.json': manifest, 'RolesStack.template.json': template.slice(0, 200) } } }, args: ['--cdk-out', 'cdk.out'], message: 'cdk.out/RolesStack.template.json (line 10): template is not valid JSON' },
  { name: 'cdk.out: manifest artifacts a list', files: { 'cdk.out': { dir: { 'manifest.json': JSON.stringify({ version: '36.0.0', artifacts: [] }) } } }, args: ['--cdk-out', 'cdk.out'], message: 'cdk.out/manifest.json (artifacts): not a cloud assembly manifest: Invalid input: expected record, received array' },
  { name: 'cdk.out: an empty directory', files: { 'cdk.out': { dir: {} } }, args: ['--cdk-out', 'cdk.out'], message: 'cdk.out: no stacks found (expected manifest.json or *.template.json: run `cdk synth` first)' },
  // ---- inventory snapshots ----
  { name: 'snapshot: schemaVersion 2', files: { 'inv.json': snapshot((s) => (s.schemaVersion = 2)) }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (schemaVersion): not a valid inventory snapshot: Invalid input: expected 1 (schema: docs/inventory.schema.json)' },
  { name: 'snapshot: roles not an array', files: { 'inv.json': snapshot((s) => (s.roles = {})) }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (roles): not a valid inventory snapshot: Invalid input: expected array, received object (schema: docs/inventory.schema.json)' },
  { name: 'snapshot: role without existence', files: { 'inv.json': snapshot((_s, r) => delete r.existence) }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (roles[0].existence): not a valid inventory snapshot: Invalid option: expected one of "found"|"absent"|"unknown" (schema: docs/inventory.schema.json)' },
  { name: 'snapshot: usage status misspelled', files: { 'inv.json': snapshot((_s, r) => ((r.usage as Record<string, unknown>).lastUsedStatus = 'kown')) }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (roles[0].usage.lastUsedStatus): not a valid inventory snapshot: Invalid option: expected one of "known"|"unknown" (schema: docs/inventory.schema.json)' },
  { name: 'snapshot: dependent of an unknown kind', files: { 'inv.json': snapshot((_s, r) => (r.dependents = [{ kind: 'lambda', id: 'x', region: 'eu-west-1', via: 'v' }])) }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (roles[0].dependents[0].kind): not a valid inventory snapshot: Invalid option: expected one of "lambda-function"|"eks-cluster"|"eks-nodegroup"|"eks-fargate-profile"|"eks-pod-identity"|"eks-addon"|"eks-access-entry"|"irsa-service-account"|"ec2-instance"|"ecs-task-definition"|"ecs-service"|"sfn-state-machine"|"codebuild-project"|"cloudformation-stack"|"iam-role"|"iam-user" (schema: docs/inventory.schema.json)' },
  { name: 'snapshot: collectedAt not a date', files: { 'inv.json': snapshot((s) => (s.collectedAt = 'yesterday')) }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (collectedAt): collectedAt is not an ISO 8601 instant: "yesterday"' },
  { name: 'snapshot: empty', files: { 'inv.json': '' }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json: file is empty, expected an inventory snapshot (JSON)' },
  { name: 'snapshot: not JSON', files: { 'inv.json': '{"schemaVersion": 1,\n"roles": [' }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (line 2 column 11): is not JSON: expected an inventory snapshot (schema: docs/inventory.schema.json)' },
  { name: 'snapshot: a JSON bomb', files: { 'inv.json': deepArrays }, args: ['--plan', 'plan.json', '--inventory', 'inv.json'], message: 'inv.json (top level): not a valid inventory snapshot: Invalid input: expected object, received array (schema: docs/inventory.schema.json)' },
];

/** Odd but readable: the tool must read these, not refuse them (and must not crash on them). */
export interface OddCase {
  name: string;
  files: Record<string, Content>;
  args: string[];
  /** Exit code with the default fail-on (high) and no inventory: 0 (medium at most). */
  code: number;
  /** The markdown must contain this. */
  contains: string;
}

export const oddCases: OddCase[] = [
  { name: 'plan: UTF-8 with a byte order mark (PowerShell 7 Out-File)', files: { 'plan.json': `\ufeff${planText}` }, args: ['--plan', 'plan.json'], code: 0, contains: 'orders-worker' },
  { name: 'plan: 100,000 nested arrays inside a tag value', files: { 'plan.json': planText.replace('"tags":{"team":"data"}', `"tags":{"team":${deepArrays}}`) }, args: ['--plan', 'plan.json'], code: 0, contains: 'orders-worker' },
  { name: 'plan: a 10,000-character role name', files: { 'plan.json': deleteRolePlan(longName) }, args: ['--plan', 'plan.json'], code: 0, contains: `${'r'.repeat(100)}` },
  { name: 'plan: 10,000-character addresses on 600 changes', files: { 'plan.json': manyLongAddresses() }, args: ['--plan', 'plan.json'], code: 0, contains: '600 roles affected' },
];

export function manyLongAddresses(): string {
  const one = JSON.parse(deleteRolePlan('x')) as { resource_changes: Record<string, unknown>[] };
  const rc = one.resource_changes[0]!;
  const changes = Array.from({ length: 600 }, (_, i) => {
    const name = `role-${i}-${'n'.repeat(50)}`;
    return { ...rc, address: `module.${'m'.repeat(10_000)}.aws_iam_role.r${i}`, module_address: `module.${'m'.repeat(10_000)}`, name: `r${i}`, change: { ...(rc.change as object), before: { name, arn: `arn:aws:iam::123456789012:role/${name}` } } };
  });
  return JSON.stringify({ ...one, resource_changes: changes });
}

export interface ActionCase {
  name: string;
  inputs: Record<string, string>;
  /** The exact `::error::` line setFailed writes. */
  message: string;
}

export const actionCases: ActionCase[] = [
  { name: 'action: fail-on misspelled', inputs: { 'fail-on': 'hihg' }, message: 'input fail-on: must be one of high, medium, low, never (got "hihg")' },
  { name: 'action: window-days not a number', inputs: { 'window-days': 'ninety' }, message: 'input window-days: must be a whole number from 1 to 400 (got "ninety")' },
  { name: 'action: window-days 0', inputs: { 'window-days': '0' }, message: 'input window-days: must be from 1 to 400 (got 0)' },
  { name: 'action: window-days beyond the 400-day tracking period', inputs: { 'window-days': '401' }, message: 'input window-days: must be from 1 to 400 (got 401)' },
  { name: 'action: window-days negative', inputs: { 'window-days': '-5' }, message: 'input window-days: must be a whole number from 1 to 400 (got "-5")' },
  { name: 'action: timeout below the floor', inputs: { timeout: '1' }, message: 'input timeout: must be from 5 to 3600 (got 1)' },
  { name: 'action: timeout with a unit', inputs: { timeout: '30s' }, message: 'input timeout: must be a whole number from 5 to 3600 (got "30s")' },
  { name: 'action: comment mode unknown', inputs: { comment: 'sticky' }, message: 'input comment: must be one of update, new, hide-and-new, off (got "sticky")' },
  { name: 'action: comment-tag with a space and markup', inputs: { 'comment-tag': 'prod <b>' }, message: 'input comment-tag: may use letters, digits and . _ - : / only, up to 64 characters (got "prod <b>")' },
  { name: 'action: mask-account-ids yes', inputs: { 'mask-account-ids': 'yes' }, message: 'input mask-account-ids: must be true or false (got "yes")' },
  { name: 'action: cloudtrail 1', inputs: { cloudtrail: '1' }, message: 'input cloudtrail: must be true or false (got "1")' },
  { name: 'action: mode unknown', inputs: { mode: 'hcl' }, message: 'input mode: must be one of plan, static (got "hcl")' },
  { name: 'action: mode static without hcl-base', inputs: { mode: 'static' }, message: 'input hcl-base: is required with mode: static (check out the base branch into a directory and name it here)' },
  { name: 'action: regions with a typo', inputs: { regions: 'eu-west-1,euwest2' }, message: 'input regions: "euwest2" is not an AWS region (write e.g. eu-west-1, us-east-1, or all)' },
  { name: 'action: assume-role-arn-template without {account}', inputs: { 'assume-role-arn-template': 'arn:aws:iam::123456789012:role/reader' }, message: 'input assume-role-arn-template: must look like arn:aws:iam::{account}:role/NAME (got "arn:aws:iam::123456789012:role/reader")' },
  { name: 'action: acknowledge-label longer than GitHub allows', inputs: { 'acknowledge-label': 'x'.repeat(51) }, message: 'input acknowledge-label: GitHub labels are at most 50 characters' },
  { name: 'action: plan file missing', inputs: { plan: 'does-not-exist.json' }, message: 'input plan: file "does-not-exist.json" does not exist' },
  { name: 'action: plan glob matching nothing', inputs: { plan: 'plans/**/*.tfplan.json' }, message: `input plan: "plans/**/*.tfplan.json" matched no files under ${root}` },
  { name: 'action: plan is a directory', inputs: { plan: 'test' }, message: 'input plan: "test" is a directory; give the JSON file' },
  { name: 'action: no input at all', inputs: { plan: '' }, message: 'input plan: no input given: set plan, cdk-diff, cdk-out or change-set (or mode: static with hcl-base)' },
  { name: 'action: deployed-templates without cdk-out', inputs: { 'deployed-templates': 'test' }, message: 'input deployed-templates: is set but cdk-out is not' },
  { name: 'action: cdk-diff file missing', inputs: { plan: '', 'cdk-diff': 'cdk-diff.txt' }, message: 'input cdk-diff: file "cdk-diff.txt" does not exist' },
  { name: 'action: cdk-out is a file', inputs: { plan: '', 'cdk-out': 'package.json' }, message: 'input cdk-out: "package.json" is not a directory' },
  { name: 'action: change-set glob matching nothing', inputs: { plan: '', 'change-set': 'changesets/*.json' }, message: `input change-set: "changesets/*.json" matched no files under ${root}` },
  { name: 'action: hcl-base directory missing', inputs: { mode: 'static', 'hcl-base': 'base-checkout' }, message: 'input hcl-base: directory "base-checkout" does not exist' },
  { name: 'action: source-dir directory missing', inputs: { 'source-dir': 'terraform/live' }, message: 'input source-dir: directory "terraform/live" does not exist' },
  { name: 'action: inventory path missing', inputs: { inventory: 'inventory/missing.json' }, message: 'input inventory: must be live, none, or the path of a snapshot file; "inventory/missing.json" does not exist' },
  { name: 'action: inventory snapshot failing the schema', inputs: { inventory: 'test/bad-input/fixtures/change-set.json' }, message: `${root}/test/bad-input/fixtures/change-set.json (schemaVersion): not a valid inventory snapshot: Invalid input: expected 1 (schema: docs/inventory.schema.json)` },
  { name: 'action: plan that is a cdk manifest', inputs: { plan: 'test/bad-input/fixtures/manifest.json' }, message: `${root}/test/bad-input/fixtures/manifest.json: is JSON but not a Terraform plan (no \`format_version\` with \`planned_values\`/\`resource_changes\`): run \`terraform show -json plan.out > plan.json\` and pass plan.json` },
];
