#!/usr/bin/env node
/**
 * Deterministic generator of realistic `terraform show -json` plans, written as a stream so a 600 MB plan
 * never exists as one string in this process.
 *
 *   node bench/gen-plan.mjs --mb 100 [--seed 7] [--out bench/out/plan-100mb.json] [--customer-managed]
 * (--customer-managed: attachments name customer-managed policies instead of AWS-managed ones; a diagnostic.)
 *
 * Shape (checked against ../shared/realdata/tfplan-*.json, Terraform 1.5+ key order): planned_values,
 * resource_drift, resource_changes (with module_address, index, before/after, after_unknown,
 * before/after_sensitive, action_reason, previous_address), prior_state, configuration (module_calls with
 * for_each/count expressions and references), relevant_attributes, timestamp, applyable/complete/errored.
 *
 * Estate: root resources + module.team[<key>] (for_each, keys with dots, quotes, brackets) →
 * module.svc[<key>] (for_each) → module.iam (role, inline policy, attachments, managed policy, instance
 * profile). ~5 % of resources are IAM; ~2 KB of plan per resource change (≈ 50,000 per 100 MB).
 * Each resource is a pure function of (seed, address): every section regenerates it identically.
 */
import { openSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ACCOUNT = '123456789012';
const PROVIDER = 'registry.terraform.io/hashicorp/aws';
const REGIONS = ['eu-west-1', 'us-east-1', 'eu-central-1'];
const SVC_PER_TEAM = 8;

// ---------- deterministic randomness ----------
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function rng(seed, key) {
  let a = (fnv1a(key) ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const hex = (r, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
};
const b64 = (r, n) => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = '';
  for (let i = 0; i < n; i++) s += abc[Math.floor(r() * 64)];
  return s + '=';
};

// ---------- the estate ----------
const TEAM_WORDS = ['payments', 'search', 'ledger', 'identity', 'media', 'checkout', 'risk', 'growth', 'ml', 'infra'];
const TEAM_SUFFIX = ['.eu', '.us', ' "beta"', "'legacy'", '[blue]', '.v2.prod', '', '-core'];
/** for_each keys of module.team: dots, quotes and brackets, as real estates have them. */
export function teamKey(t) {
  return `${TEAM_WORDS[t % TEAM_WORDS.length]}${TEAM_SUFFIX[Math.floor(t / TEAM_WORDS.length) % TEAM_SUFFIX.length]}${t >= 80 ? `-${t}` : ''}`;
}
const SVC_KEYS = ['api', 'worker.batch', 'web', 'cron.nightly', 'events', 'gateway "edge"', 'reports', 'sync'];
const svcKey = (s) => SVC_KEYS[s % SVC_KEYS.length];
const safe = (s) => s.replace(/[^\w+=,.@-]/g, '').slice(0, 40);
const quoteKey = (k) => `[${JSON.stringify(k)}]`;

/** Resource definitions per module (the configuration), with how many instances each has. */
const SVC_DEFS = [
  { type: 'aws_lambda_function', name: 'fn', forEach: ['handler', 'consumer.dlq', 'cron', 'authorizer', 'resize', 'notify', 'export', 'import.v2', 'audit', 'cleanup', 'sync', 'warmup'] },
  { type: 'aws_cloudwatch_log_group', name: 'fn', forEach: ['handler', 'consumer.dlq', 'cron', 'authorizer', 'resize', 'notify', 'export', 'import.v2', 'audit', 'cleanup', 'sync', 'warmup'] },
  { type: 'aws_sqs_queue', name: 'q', count: 10 },
  { type: 'aws_route53_record', name: 'dns', forEach: ['api', 'www', 'admin', 'hooks.in', 'hooks.out', 'cdn', 'img', 'auth', 'status', 'grpc', 'ws', 'mx', 'txt.spf', 'txt.dkim', 'a', 'b', 'c', 'd', 'e', 'f'] },
  { type: 'aws_cloudwatch_metric_alarm', name: 'alarm', forEach: ['errors', 'throttles', 'duration.p99', 'dlq.depth', 'age', 'iterator', 'concurrency', '5xx', '4xx', 'latency.p50', 'latency.p90', 'latency.p99', 'cpu', 'mem', 'disk', 'conn', 'queue.depth', 'invocations', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11', 'a12'] },
  { type: 'aws_security_group', name: 'sg', count: 3 },
  { type: 'aws_instance', name: 'worker', count: 4, ref: 'profile' },
  { type: 'aws_s3_bucket', name: 'data', forEach: ['raw', 'curated', 'exports', 'tmp.scratch', 'logs'] },
  { type: 'aws_dynamodb_table', name: 'table', forEach: ['state', 'locks', 'idempotency'] },
  { type: 'aws_ssm_parameter', name: 'cfg', forEach: ['db.url', 'api.key', 'feature["x"]', 'timeout', 'endpoint', 'region', 'owner', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'] },
  { type: 'aws_sns_topic', name: 'events', count: 3 },
];
const AWS_MANAGED = ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'];
/** The diagnostic variant: the same attachments, to customer-managed policies whose content the plan does not hold. */
const CUSTOMER_MANAGED = [`arn:aws:iam::${ACCOUNT}:policy/platform/ReadOnlyAccess`, `arn:aws:iam::${ACCOUNT}:policy/platform/LambdaBasic`];
let IAM_DEFS = iamDefs(AWS_MANAGED);
function iamDefs(managed) {
  return [
  { type: 'aws_iam_role', name: 'this' },
  { type: 'aws_iam_role_policy', name: 'inline' },
  { type: 'aws_iam_role_policy_attachment', name: 'managed', forEach: managed },
  { type: 'aws_iam_policy', name: 'extra' },
  { type: 'aws_iam_role_policy_attachment', name: 'extra' },
  { type: 'aws_iam_instance_profile', name: 'this' },
  ];
}
const TEAM_DEFS = [
  { type: 'aws_kms_key', name: 'team', count: 1 },
  { type: 'aws_s3_bucket', name: 'shared', forEach: ['artifacts', 'backups.daily'] },
];
const ROOT_DEFS = [
  { type: 'aws_iam_role', name: 'deployer' },
  { type: 'aws_iam_role_policy', name: 'deployer' },
  { type: 'aws_cloudtrail', name: 'org', count: 1 },
];

function instanceKeys(def) {
  if (def.forEach) return def.forEach.map((k) => ({ index: k, suffix: quoteKey(k) }));
  if (def.count) return Array.from({ length: def.count }, (_, i) => ({ index: i, suffix: `[${i}]` }));
  return [{ index: undefined, suffix: '' }];
}

// ---------- module instances ----------
/** A module instance: its address, context and child instances; resources are derived on demand. */
function rootModule(teams) {
  const children = [];
  for (let t = 0; t < teams; t++) {
    const tk = teamKey(t);
    const teamAddr = `module.team${quoteKey(tk)}`;
    const svcs = [];
    for (let s = 0; s < SVC_PER_TEAM; s++) {
      const sk = svcKey(s);
      const svcAddr = `${teamAddr}.module.svc${quoteKey(sk)}`;
      const ctx = { team: tk, svc: sk, region: REGIONS[(t + s) % REGIONS.length], roleName: `${safe(tk)}-${safe(sk)}-exec-${t}` };
      svcs.push({
        address: svcAddr,
        defs: SVC_DEFS,
        ctx,
        children: [{ address: `${svcAddr}.module.iam`, defs: IAM_DEFS, ctx, children: [] }],
      });
    }
    children.push({ address: teamAddr, defs: TEAM_DEFS, ctx: { team: tk, region: REGIONS[t % 3], roleName: `${safe(tk)}-team` }, children: svcs });
  }
  return { address: '', defs: ROOT_DEFS, ctx: { team: 'root', region: 'eu-west-1', roleName: 'deployer' }, children };
}

function* walk(mod) {
  yield mod;
  for (const c of mod.children) yield* walk(c);
}

// ---------- resources ----------
const tagsFor = (r, ctx, name) => ({
  Name: name,
  Team: ctx.team,
});
const roleArn = (name) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const policyDoc = (stmts) =>
  JSON.stringify({ Version: '2012-10-17', Statement: stmts });
const trustDoc = (services) =>
  policyDoc([{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }]);

/** The action a resource takes, from its own random stream (IAM gets more interesting actions). */
function actionOf(r, type) {
  const x = r();
  if (type.startsWith('aws_iam_')) {
    if (x < 0.55) return 'no-op';
    if (x < 0.8) return 'update';
    if (x < 0.88) return 'create';
    if (x < 0.95) return 'delete';
    return 'replace';
  }
  if (x < 0.86) return 'no-op';
  if (x < 0.94) return 'update';
  if (x < 0.97) return 'create';
  if (x < 0.99) return 'delete';
  return 'replace';
}

/**
 * Values of one resource before and after, plus what is unknown or sensitive. `before` is null for a
 * create, `after` null for a delete.
 */
function values(type, name, r, ctx, idx, action) {
  const base = `${safe(ctx.team)}-${safe(ctx.svc ?? 'shared')}-${safe(String(idx ?? 0))}`.toLowerCase();
  const region = ctx.region;
  const tags = tagsFor(r, ctx, base);
  let v;
  let unknownAfterCreate = ['arn', 'id'];
  let sensitive = null;
  let changeable = [];
  switch (type) {
    case 'aws_lambda_function':
      v = {
        architectures: ['x86_64'], arn: `arn:aws:lambda:${region}:${ACCOUNT}:function:${base}`, description: '',
        environment: [{ variables: { LOG_LEVEL: 'info', TABLE: `${base}-state`, DB_PASSWORD: b64(r, 24) } }],
        filename: null, function_name: base, handler: 'index.handler', id: base,
        kms_key_arn: '', last_modified: '2026-10-0' + (1 + Math.floor(r() * 9)) + 'T10:11:12.000+0000', layers: [],
        memory_size: pick(r, [128, 256, 512, 1024]), package_type: 'Zip', publish: false,
        reserved_concurrent_executions: -1,
        role: roleArn(ctx.roleName), runtime: pick(r, ['nodejs20.x', 'python3.12', 'java21']),
        s3_bucket: `artifacts-${ACCOUNT}`, s3_key: `lambda/${hex(r, 12)}.zip`,
        source_code_hash: b64(r, 43), tags,
        timeout: pick(r, [3, 30, 60, 900]), tracing_config: [{ mode: 'PassThrough' }], version: '$LATEST', vpc_config: [],
      };
      sensitive = { environment: [{ variables: { DB_PASSWORD: true } }] };
      changeable = ['source_code_hash', 'memory_size'];
      unknownAfterCreate = ['arn', 'id', 'last_modified', 'version'];
      break;
    case 'aws_cloudwatch_log_group':
      v = { arn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:/aws/lambda/${base}`, id: `/aws/lambda/${base}`, name: `/aws/lambda/${base}`, retention_in_days: pick(r, [7, 30, 90, 365]), tags };
      changeable = ['retention_in_days'];
      break;
    case 'aws_sqs_queue':
      v = { arn: `arn:aws:sqs:${region}:${ACCOUNT}:${base}`, fifo_queue: false, id: `https://sqs.${region}.amazonaws.com/${ACCOUNT}/${base}`, message_retention_seconds: 345600, name: base, sqs_managed_sse_enabled: true, tags, url: `https://sqs.${region}.amazonaws.com/${ACCOUNT}/${base}`, visibility_timeout_seconds: 30 };
      changeable = ['visibility_timeout_seconds'];
      unknownAfterCreate = ['arn', 'id', 'url'];
      break;
    case 'aws_cloudwatch_metric_alarm':
      v = { alarm_actions: [`arn:aws:sns:${region}:${ACCOUNT}:${safe(ctx.team)}-alerts`], alarm_name: `${base}`, arn: `arn:aws:cloudwatch:${region}:${ACCOUNT}:alarm:${base}`, comparison_operator: 'GreaterThanThreshold', evaluation_periods: 3, id: base, metric_name: 'Errors', namespace: 'AWS/Lambda', period: 60, threshold: Math.floor(r() * 100) };
      changeable = ['threshold'];
      break;
    case 'aws_security_group':
      v = { arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/sg-${hex(r, 17)}`, description: 'Managed by Terraform', egress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 0, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: '-1', security_groups: [], self: false, to_port: 0 }], id: `sg-${hex(r, 17)}`, ingress: [{ cidr_blocks: ['10.0.0.0/8'], description: 'https', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 }], name: base, name_prefix: '', owner_id: ACCOUNT, revoke_rules_on_delete: false, tags, tags_all: tags, timeouts: null, vpc_id: `vpc-${hex(r, 17)}` };
      changeable = ['ingress'];
      unknownAfterCreate = ['arn', 'id', 'owner_id'];
      break;
    case 'aws_instance':
      v = { ami: `ami-${hex(r, 17)}`, arn: `arn:aws:ec2:${region}:${ACCOUNT}:instance/i-${hex(r, 17)}`, associate_public_ip_address: false, availability_zone: `${region}a`, cpu_core_count: 1, cpu_threads_per_core: 2, disable_api_stop: false, disable_api_termination: false, ebs_optimized: true, get_password_data: false, hibernation: false, iam_instance_profile: `${ctx.roleName}-profile`, id: `i-${hex(r, 17)}`, instance_state: 'running', instance_type: pick(r, ['t3.micro', 'm6i.large', 'c6g.xlarge']), ipv6_address_count: 0, key_name: '', monitoring: false, private_dns: `ip-10-0-${Math.floor(r() * 255)}-${Math.floor(r() * 255)}.${region}.compute.internal`, private_ip: `10.0.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`, root_block_device: [{ delete_on_termination: true, encrypted: true, iops: 3000, kms_key_id: '', throughput: 125, volume_size: 20, volume_type: 'gp3' }], source_dest_check: true, subnet_id: `subnet-${hex(r, 17)}`, tags, tags_all: tags, tenancy: 'default', user_data: hex(r, 40), vpc_security_group_ids: [`sg-${hex(r, 17)}`] };
      changeable = ['instance_type'];
      unknownAfterCreate = ['arn', 'id', 'private_dns', 'private_ip', 'instance_state'];
      break;
    case 'aws_s3_bucket':
      v = { acceleration_status: '', arn: `arn:aws:s3:::${base}`, bucket: base, bucket_domain_name: `${base}.s3.amazonaws.com`, bucket_prefix: '', bucket_regional_domain_name: `${base}.s3.${region}.amazonaws.com`, force_destroy: false, hosted_zone_id: 'Z1BKCTXD74EZPE', id: base, object_lock_enabled: false, policy: '', region, request_payer: 'BucketOwner', tags, tags_all: tags };
      changeable = ['force_destroy'];
      break;
    case 'aws_dynamodb_table':
      v = { arn: `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${base}`, attribute: [{ name: 'pk', type: 'S' }, { name: 'sk', type: 'S' }], billing_mode: 'PAY_PER_REQUEST', hash_key: 'pk', id: base, name: base, point_in_time_recovery: [{ enabled: true }], range_key: 'sk', read_capacity: 0, server_side_encryption: [], stream_enabled: false, table_class: 'STANDARD', tags, tags_all: tags, ttl: [{ attribute_name: 'expires', enabled: true }], write_capacity: 0 };
      changeable = ['point_in_time_recovery'];
      break;
    case 'aws_ssm_parameter':
      v = { arn: `arn:aws:ssm:${region}:${ACCOUNT}:parameter/${base}`, id: `/${ctx.team}/${idx}`, key_id: 'alias/aws/ssm', name: `/${ctx.team}/${ctx.svc}/${idx}`, tier: 'Standard', type: 'SecureString', value: b64(r, 32), version: 1 };
      sensitive = { value: true };
      changeable = ['value'];
      break;
    case 'aws_sns_topic':
      v = { arn: `arn:aws:sns:${region}:${ACCOUNT}:${base}`, display_name: '', fifo_topic: false, id: `arn:aws:sns:${region}:${ACCOUNT}:${base}`, kms_master_key_id: '', name: base, owner: ACCOUNT, policy: policyDoc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Publish', Resource: `arn:aws:sns:${region}:${ACCOUNT}:${base}`, Condition: { StringEquals: { 'aws:SourceOwner': ACCOUNT } } }]), tags, tags_all: tags };
      changeable = ['display_name'];
      break;
    case 'aws_route53_record':
      v = { fqdn: `${idx}.${safe(ctx.team)}.example.com`, id: `Z0${hex(r, 12).toUpperCase()}_${idx}_CNAME`, name: `${idx}.${safe(ctx.team)}.example.com`, records: [`${base}.elb.amazonaws.com`], ttl: 300, type: 'CNAME', zone_id: `Z0${hex(r, 12).toUpperCase()}` };
      changeable = ['ttl'];
      unknownAfterCreate = ['id', 'fqdn'];
      break;
    case 'aws_kms_key':
      v = { arn: `arn:aws:kms:${region}:${ACCOUNT}:key/${hex(r, 8)}-${hex(r, 4)}`, deletion_window_in_days: 30, description: `${ctx.team} key`, enable_key_rotation: true, id: hex(r, 32), is_enabled: true, key_usage: 'ENCRYPT_DECRYPT', multi_region: false, policy: policyDoc([{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }]), tags, tags_all: tags };
      break;
    case 'aws_cloudtrail':
      v = { arn: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/org`, id: 'org', include_global_service_events: true, is_multi_region_trail: true, name: 'org', s3_bucket_name: `trail-${ACCOUNT}`, tags, tags_all: tags };
      break;
    case 'aws_iam_role': {
      const services = ctx.svc ? ['lambda.amazonaws.com', 'ec2.amazonaws.com'] : ['codebuild.amazonaws.com'];
      v = { arn: roleArn(ctx.roleName), assume_role_policy: trustDoc(services), create_date: '2025-03-04T05:06:07Z', description: `execution role of ${ctx.svc ?? ctx.team}`, force_detach_policies: false, id: ctx.roleName, inline_policy: [], managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], max_session_duration: 3600, name: ctx.roleName, name_prefix: '', path: '/', permissions_boundary: '', tags, tags_all: tags, unique_id: `AROA${hex(r, 17).toUpperCase()}` };
      changeable = ['assume_role_policy'];
      unknownAfterCreate = ['arn', 'id', 'unique_id', 'create_date', 'managed_policy_arns', 'inline_policy'];
      break;
    }
    case 'aws_iam_role_policy':
      v = { id: `${ctx.roleName}:inline`, name: 'inline', name_prefix: '', policy: policyDoc([{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'dynamodb:GetItem', 'dynamodb:PutItem', 's3:GetObject'], Resource: '*' }]), role: ctx.roleName };
      changeable = ['policy'];
      unknownAfterCreate = ['id'];
      break;
    case 'aws_iam_role_policy_attachment': {
      const arn = typeof idx === 'string' ? idx : `arn:aws:iam::${ACCOUNT}:policy/${ctx.roleName}-extra`;
      v = { id: `${ctx.roleName}-${hex(r, 26)}`, policy_arn: arn, role: ctx.roleName };
      unknownAfterCreate = ['id'];
      break;
    }
    case 'aws_iam_policy':
      v = { arn: `arn:aws:iam::${ACCOUNT}:policy/${ctx.roleName}-extra`, attachment_count: 1, description: '', id: `arn:aws:iam::${ACCOUNT}:policy/${ctx.roleName}-extra`, name: `${ctx.roleName}-extra`, name_prefix: '', path: '/', policy: policyDoc([{ Effect: 'Allow', Action: ['s3:*', 'kms:Decrypt'], Resource: '*' }]), policy_id: `ANPA${hex(r, 17).toUpperCase()}`, tags, tags_all: tags };
      changeable = ['policy'];
      unknownAfterCreate = ['arn', 'id', 'policy_id', 'attachment_count'];
      break;
    case 'aws_iam_instance_profile':
      v = { arn: `arn:aws:iam::${ACCOUNT}:instance-profile/${ctx.roleName}-profile`, create_date: '2025-03-04T05:06:07Z', id: `${ctx.roleName}-profile`, name: `${ctx.roleName}-profile`, name_prefix: '', path: '/', role: ctx.roleName, tags, tags_all: tags, unique_id: `AIPA${hex(r, 17).toUpperCase()}` };
      unknownAfterCreate = ['arn', 'id', 'unique_id', 'create_date'];
      break;
    default:
      throw new Error(`no values for ${type}`);
  }
  let before = v;
  let after = v;
  const afterUnknown = {};
  if (action === 'create') {
    before = null;
    after = { ...v };
    for (const k of unknownAfterCreate) {
      delete after[k];
      afterUnknown[k] = true;
    }
  } else if (action === 'delete') {
    after = null;
  } else if (action === 'update' || action === 'replace') {
    after = { ...v };
    if (type === 'aws_iam_role' && action === 'replace') {
      after.name = `${v.name}-v2`;
      delete after.arn; delete after.id; delete after.unique_id; delete after.create_date;
      Object.assign(afterUnknown, { arn: true, id: true, unique_id: true, create_date: true });
    } else if (type === 'aws_iam_role') {
      after.assume_role_policy = trustDoc(['lambda.amazonaws.com']);
    } else if (type === 'aws_iam_role_policy') {
      after.policy = policyDoc([{ Effect: 'Allow', Action: ['sqs:SendMessage', 'dynamodb:GetItem', 's3:Get*'], Resource: '*' }]);
    } else if (type === 'aws_iam_policy') {
      after.policy = policyDoc([{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }]);
    } else if (changeable.length) {
      const k = changeable[0];
      after[k] = typeof v[k] === 'number' ? v[k] * 2 : typeof v[k] === 'string' ? `${v[k]}x` : v[k];
    }
    if (action === 'replace') {
      delete after.id;
      afterUnknown.id = true;
    }
  }
  return { before, after, afterUnknown, sensitive, value: v };
}

/** One resource instance: everything each section needs, derived from (seed, address). */
function resource(seed, mod, def, key) {
  const address = `${mod.address ? `${mod.address}.` : ''}${def.type}.${def.name}${key.suffix}`;
  const r = rng(seed, address);
  const action = actionOf(r, def.type);
  const vals = values(def.type, def.name, r, mod.ctx, key.index, action);
  return { address, def, key, action, ...vals, r };
}

function moduleResources(seed, mod) {
  const out = [];
  for (const def of mod.defs) for (const key of instanceKeys(def)) out.push(resource(seed, mod, def, key));
  return out;
}

const ACTIONS = { 'no-op': ['no-op'], update: ['update'], create: ['create'], delete: ['delete'], replace: ['delete', 'create'] };

function resourceChange(mod, res) {
  const rc = { address: res.address };
  if (res.action === 'no-op' && res.def.type === 'aws_sqs_queue' && res.key.index === 5) rc.previous_address = res.address.replace('.q[5]', '.queue[5]');
  if (mod.address) rc.module_address = mod.address;
  rc.mode = 'managed';
  rc.type = res.def.type;
  rc.name = res.def.name;
  if (res.key.index !== undefined) rc.index = res.key.index;
  rc.provider_name = PROVIDER;
  const sens = res.sensitive ?? {};
  rc.change = {
    actions: ACTIONS[res.action],
    before: res.before,
    after: res.after,
    after_unknown: res.afterUnknown,
    before_sensitive: res.before === null ? false : sens,
    after_sensitive: res.after === null ? false : sens,
  };
  if (res.action === 'replace') {
    rc.change.replace_paths = res.def.type === 'aws_iam_role' ? [['name']] : [['id']];
    if (res.def.type !== 'aws_iam_role') rc.action_reason = 'replace_because_cannot_update';
  }
  if (res.action === 'delete' && mod.address) rc.action_reason = 'delete_because_each_key';
  return rc;
}

function stateResource(res, values) {
  const o = { address: res.address, mode: 'managed', type: res.def.type, name: res.def.name };
  if (res.key.index !== undefined) o.index = res.key.index;
  o.provider_name = PROVIDER;
  o.schema_version = 0;
  o.values = values;
  o.sensitive_values = res.sensitive ?? {};
  return o;
}

/** planned_values or prior_state module tree as a JSON string (one team's subtree at most in memory). */
function moduleTree(seed, mod, which) {
  const items = [];
  for (const res of moduleResources(seed, mod)) {
    if (which === 'planned') {
      if (res.action === 'delete') continue;
      items.push(JSON.stringify(stateResource(res, res.after)));
    } else {
      if (res.action === 'create') continue;
      const o = stateResource(res, res.before);
      if (res.def.type === 'aws_iam_role' || res.def.type === 'aws_iam_role_policy_attachment') o.depends_on = [];
      items.push(JSON.stringify(o));
    }
  }
  const children = mod.children.map((c) => moduleTree(seed, c, which)).filter(Boolean);
  if (!items.length && !children.length) return '';
  let s = '{';
  if (items.length) s += `"resources":[${items.join(',')}]`;
  if (mod.address) s += `${items.length ? ',' : ''}"address":${JSON.stringify(mod.address)}`;
  if (children.length) s += `,"child_modules":[${children.join(',')}]`;
  return s + '}';
}

// ---------- configuration ----------
function exprFor(def) {
  const ref = (x) => ({ references: x });
  const c = (x) => ({ constant_value: x });
  switch (def.type) {
    case 'aws_lambda_function':
      return { function_name: ref(['local.prefix', 'each.key']), handler: c('index.handler'), role: ref(['module.iam.role_arn', 'module.iam']), runtime: ref(['var.runtime']), s3_bucket: ref(['var.artifacts_bucket']), environment: [{ variables: ref(['aws_sqs_queue.q[0].url', 'aws_sqs_queue.q[0]', 'aws_dynamodb_table.table["state"].name', 'aws_dynamodb_table.table["state"]']) }], tags: ref(['local.tags']) };
    case 'aws_iam_role':
      return { name: ref(['var.role_name']), assume_role_policy: ref(['data.aws_iam_policy_document.trust.json', 'data.aws_iam_policy_document.trust']), managed_policy_arns: c(['arn:aws:iam::aws:policy/ReadOnlyAccess']), tags: ref(['var.tags']) };
    case 'aws_iam_role_policy':
      return { name: c('inline'), role: ref(['aws_iam_role.this.name', 'aws_iam_role.this']), policy: ref(['data.aws_iam_policy_document.inline.json', 'data.aws_iam_policy_document.inline']) };
    case 'aws_iam_role_policy_attachment':
      return def.forEach ? { policy_arn: ref(['each.value']), role: ref(['aws_iam_role.this.name', 'aws_iam_role.this']) } : { policy_arn: ref(['aws_iam_policy.extra.arn', 'aws_iam_policy.extra']), role: ref(['aws_iam_role.this.name', 'aws_iam_role.this']) };
    case 'aws_iam_policy':
      return { name: ref(['var.role_name']), policy: ref(['data.aws_iam_policy_document.extra.json', 'data.aws_iam_policy_document.extra']) };
    case 'aws_iam_instance_profile':
      return { name: ref(['var.role_name']), role: ref(['aws_iam_role.this.name', 'aws_iam_role.this']) };
    case 'aws_instance':
      return { ami: ref(['data.aws_ami.al2023.id', 'data.aws_ami.al2023']), instance_type: ref(['var.instance_type']), iam_instance_profile: ref(['module.iam.instance_profile_name', 'module.iam']), tags: ref(['local.tags']) };
    default:
      return { name: ref(['local.prefix', 'each.key']), tags: ref(['local.tags']) };
  }
}

function configResources(defs, providerKey) {
  return defs.map((def) => {
    const o = { address: `${def.type}.${def.name}`, mode: 'managed', type: def.type, name: def.name, provider_config_key: providerKey, expressions: exprFor(def), schema_version: 0 };
    if (def.forEach) o.for_each_expression = { references: [`local.${def.name}_keys`] };
    if (def.count) o.count_expression = { constant_value: def.count };
    return o;
  });
}

function configuration() {
  const iamModule = {
    outputs: {
      role_arn: { expression: { references: ['aws_iam_role.this.arn', 'aws_iam_role.this'] } },
      instance_profile_name: { expression: { references: ['aws_iam_instance_profile.this.name', 'aws_iam_instance_profile.this'] } },
    },
    resources: [
      ...configResources(IAM_DEFS, 'aws'),
      { address: 'data.aws_iam_policy_document.trust', mode: 'data', type: 'aws_iam_policy_document', name: 'trust', provider_config_key: 'aws', expressions: { statement: [{ actions: { constant_value: ['sts:AssumeRole'] }, principals: [{ identifiers: { constant_value: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] }, type: { constant_value: 'Service' } }] }] }, schema_version: 0 },
    ],
    variables: { role_name: {}, tags: { default: {} } },
  };
  const svcModule = {
    resources: configResources(SVC_DEFS, 'aws'),
    module_calls: { iam: { source: '../iam', expressions: { role_name: { references: ['local.role_name'] }, tags: { references: ['local.tags'] } }, module: iamModule } },
    variables: { runtime: { default: 'nodejs20.x' }, artifacts_bucket: {}, instance_type: { default: 't3.micro' } },
  };
  const teamModule = {
    resources: configResources(TEAM_DEFS, 'aws'),
    module_calls: { svc: { source: '../svc', expressions: { artifacts_bucket: { references: ['aws_s3_bucket.shared["artifacts"].bucket', 'aws_s3_bucket.shared["artifacts"]'] } }, for_each_expression: { references: ['var.services'] }, module: svcModule } },
    variables: { services: { description: 'service name → settings' } },
  };
  return {
    provider_config: { aws: { name: 'aws', full_name: PROVIDER, version_constraint: '~> 5.0', expressions: { region: { constant_value: 'eu-west-1' } } } },
    root_module: {
      resources: configResources(ROOT_DEFS, 'aws'),
      module_calls: { team: { source: './modules/team', expressions: { services: { references: ['each.value.services', 'each.value'] } }, for_each_expression: { references: ['var.teams'] }, module: teamModule } },
      variables: { teams: { description: 'team key → services' } },
    },
  };
}

// ---------- the writer ----------
class Out {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.buf = [];
    this.len = 0;
    this.total = 0;
  }
  write(s) {
    this.buf.push(s);
    this.len += s.length;
    if (this.len > 1 << 20) this.flush();
  }
  flush() {
    if (!this.buf.length) return;
    const b = Buffer.from(this.buf.join(''), 'utf8');
    writeSync(this.fd, b);
    this.total += b.length;
    this.buf = [];
    this.len = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

function writeTree(out, seed, root, which) {
  // The root's own object, with each team's subtree streamed separately.
  const rootItems = [];
  for (const res of moduleResources(seed, { ...root, children: [] })) {
    if (which === 'planned' ? res.action === 'delete' : res.action === 'create') continue;
    rootItems.push(JSON.stringify(stateResource(res, which === 'planned' ? res.after : res.before)));
  }
  out.write(`{"resources":[${rootItems.join(',')}],"child_modules":[`);
  let first = true;
  for (const team of root.children) {
    const s = moduleTree(seed, team, which);
    if (!s) continue;
    out.write(first ? s : `,${s}`);
    first = false;
  }
  out.write(']}');
}

/** Writes a plan of about `mb` megabytes; returns counts. */
export function generatePlan({ mb, seed = 7, out: path, customerManaged = false }) {
  IAM_DEFS = iamDefs(customerManaged ? CUSTOMER_MANAGED : AWS_MANAGED);
  // One team is ~1,000 resource changes and ~2.7 MB of plan across all sections (measured).
  const teams = Math.max(1, Math.round((mb * 1e6) / BYTES_PER_TEAM));
  const root = rootModule(teams);
  mkdirSync(dirname(path), { recursive: true });
  const out = new Out(path);
  let changes = 0;
  let iam = 0;
  out.write(`{"format_version":"1.2","terraform_version":"1.9.8","variables":{"teams":{"value":{}}},"planned_values":{"root_module":`);
  writeTree(out, seed, root, 'planned');
  out.write('},"resource_drift":[');
  // A little drift, as real plans have: tags edited outside Terraform on a few roots.
  const drift = moduleResources(seed, { ...root, children: [] }).filter((r) => r.before && r.def.type !== 'aws_iam_role_policy');
  out.write(drift.map((res) => JSON.stringify({ address: res.address, mode: 'managed', type: res.def.type, name: res.def.name, provider_name: PROVIDER, change: { actions: ['update'], before: res.before, after: { ...res.before, tags: { ...res.before.tags, Owner: 'console' } }, after_unknown: {}, before_sensitive: {}, after_sensitive: {} } })).join(','));
  out.write('],"resource_changes":[');
  let first = true;
  for (const mod of walk(root)) {
    for (const res of moduleResources(seed, mod)) {
      const s = JSON.stringify(resourceChange(mod, res));
      out.write(first ? s : `,${s}`);
      first = false;
      changes++;
      if (res.def.type.startsWith('aws_iam_')) iam++;
    }
  }
  out.write(`],"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":`);
  writeTree(out, seed, root, 'prior');
  out.write('}},"configuration":');
  out.write(JSON.stringify(configuration()));
  out.write(`,"relevant_attributes":[{"resource":"module.team.module.svc.module.iam.aws_iam_role.this","attribute":["arn"]}],"timestamp":"2026-11-28T12:00:00Z","applyable":true,"complete":true,"errored":false}`);
  out.close();
  return { path, bytes: out.total, resourceChanges: changes, iamChanges: iam, teams };
}

/** Bytes one team adds to a plan (all sections), measured once on a small plan. */
const BYTES_PER_TEAM = 2_690_000;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k, d) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : d;
  };
  const mb = Number(get('--mb', '10'));
  const seed = Number(get('--seed', '7'));
  const out = get('--out', `bench/out/plan-${mb}mb.json`);
  const t0 = Date.now();
  const r = generatePlan({ mb, seed, out, customerManaged: args.includes('--customer-managed') });
  console.log(JSON.stringify({ ...r, mb: +(r.bytes / 1e6).toFixed(1), ms: Date.now() - t0 }));
}
