/**
 * AWS managed policies by ARN or name. The latest documents of every attachable AWS managed policy are
 * embedded (generate-managed-policies.mjs) because the bundled action cannot read node_modules and must
 * work without AWS credentials; unknown names give null so the caller can say "content unknown".
 */
import type { AwsManagedRef, PermissionDelta } from '../model/change.js';
import { wholePolicyOf, type WholePolicy } from './diff.js';
import { inflateEmbedded, readDataFile } from './embedded.js';

interface ManagedFile {
  source: string;
  encoding: 'gzip+base64';
  count: number;
  /** `[name, path, version, updated, chunk, permissionCount, services joined by ','][]`, gzipped, sorted by name. */
  index: string;
  /** `{ "<name>": document }` per chunk of ~64 KB, gzipped: a run inflates only the chunks it reads. */
  chunks: string[];
}

type IndexRow = [name: string, path: string, version: string, updated: string, chunk: number, permissionCount: number, services: string];

interface ManagedPolicyEntry {
  /** IAM path: `/`, `/service-role/`, `/job-function/`. */
  path: string;
  version: string;
  updated: string;
  document: Record<string, unknown>;
}

let file: ManagedFile | undefined;
const managedFile = (): ManagedFile => (file ??= readDataFile<ManagedFile>('managed-policies.generated.json'));

/** Where the embedded documents came from (the package and version they were generated from). */
export function managedPolicySource(): string {
  return managedFile().source;
}

let byLowerName: Map<string, IndexRow> | undefined;
const chunks = new Map<number, Record<string, Record<string, unknown>>>();

function lookup(): Map<string, IndexRow> {
  if (!byLowerName) {
    byLowerName = new Map();
    for (const row of inflateEmbedded<IndexRow[]>(managedFile().index)) byLowerName.set(row[0].toLowerCase(), row);
  }
  return byLowerName;
}

function documentOf(row: IndexRow): Record<string, unknown> | undefined {
  let chunk = chunks.get(row[4]);
  if (!chunk) {
    const data = managedFile().chunks[row[4]];
    if (data === undefined) return undefined;
    chunk = inflateEmbedded<Record<string, Record<string, unknown>>>(data);
    chunks.set(row[4], chunk);
  }
  return chunk[row[0]];
}

/** The embedded entry (path, version, document) of a managed policy, or null. */
export function awsManagedPolicyEntry(arnOrName: string): (ManagedPolicyEntry & { name: string }) | null {
  const name = managedPolicyName(arnOrName);
  if (!name) return null;
  const row = lookup().get(name.toLowerCase());
  const document = row ? documentOf(row) : undefined;
  return row && document ? { name: row[0], path: row[1], version: row[2], updated: row[3], document } : null;
}

/**
 * `arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`, `arn:${AWS::Partition}:iam::aws:policy/X`,
 * `arn:aws-cn:…`, or a bare `X` → the policy name `X`; null when it names a customer policy (an account ID).
 */
export function managedPolicyName(arnOrName: string): string | null {
  const s = arnOrName.trim();
  if (s.startsWith('arn:')) {
    const m = /^arn:(?:\$\{AWS::Partition\}|[^:]+):iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(s);
    return m ? (m[1] ?? null) : null;
  }
  if (s.includes('/')) return s.slice(s.lastIndexOf('/') + 1) || null;
  return s || null;
}

/** The embedded document of a managed policy, or null when it is not embedded. */
export function awsManagedPolicyDocument(arnOrName: string): Record<string, unknown> | null {
  return awsManagedPolicyEntry(arnOrName)?.document ?? null;
}

/**
 * An AWS managed policy attached or detached as a whole → a delta that REFERS to it (`awsManaged`,
 * `permissionCount`, `services`) instead of carrying its permissions: ReadOnlyAccess has ~2,900 of them
 * (~225 KB of JSON), and a report repeated them in every effect that attaches or detaches it.
 * `deltaPermissions` (delta.ts) gives the list when a rule needs it. Null for unknown or customer-managed.
 */
export function awsManagedPolicy(arnOrName: string): PermissionDelta | null {
  const name = managedPolicyName(arnOrName);
  const row = name ? lookup().get(name.toLowerCase()) : undefined;
  if (!row) return null;
  // Count and services were computed from the document when it was embedded (generate-managed-policies.mjs;
  // a test recomputes them all): a reference needs neither the document nor its parse.
  const [policyName, path, version, updated, , permissionCount, services] = row;
  const ref: AwsManagedRef = { name: policyName, path, version, updated };
  return { policy: arnOrName, awsManaged: ref, permissionCount, services: services === '' ? [] : services.split(',') };
}

const contents = new Map<string, WholePolicy | null>();

function contentOf(name: string, entry: ManagedPolicyEntry): WholePolicy | null {
  let c = contents.get(name);
  if (c === undefined) {
    c = wholePolicyOf(entry.document);
    contents.set(name, c);
  }
  return c;
}

/**
 * The content of the embedded AWS managed policy a reference names, parsed once per policy; its expanded
 * actions are computed on first request. Throws when the reference is not to a document this build embeds
 * (another name or version): a report of another version cannot be re-expanded here.
 */
export function awsManagedPolicyContent(ref: AwsManagedRef): WholePolicy {
  const entry = awsManagedPolicyEntry(ref.name);
  const content = entry && entry.name === ref.name && entry.version === ref.version ? contentOf(entry.name, entry) : null;
  if (!content) {
    throw new Error(`AWS managed policy ${ref.name} ${ref.version} is not embedded in this build (${managedPolicySource})`);
  }
  return content;
}

export function embeddedManagedPolicyNames(): string[] {
  return [...lookup().values()].map((row) => row[0]).sort();
}
