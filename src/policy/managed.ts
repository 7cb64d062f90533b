/**
 * AWS managed policies by ARN or name. The latest documents of every attachable AWS managed policy are
 * embedded (generate-managed-policies.mjs) because the bundled action cannot read node_modules and must
 * work without AWS credentials; unknown names give null so the caller can say "content unknown".
 */
import type { PermissionDelta } from '../model/change.js';
import { permissionsOf } from './diff.js';
import { inflateEmbedded } from './embedded.js';
import managedData from './managed-policies.generated.json' with { type: 'json' };

interface ManagedFile {
  source: string;
  encoding: 'gzip+base64';
  count: number;
  data: string;
}

interface ManagedPolicyEntry {
  /** IAM path: `/`, `/service-role/`, `/job-function/`. */
  path: string;
  version: string;
  updated: string;
  document: Record<string, unknown>;
}

const file = managedData as ManagedFile;
/** Where the embedded documents came from, for the report's provenance line. */
export const managedPolicySource: string = file.source;

let policies: Record<string, ManagedPolicyEntry> | undefined;
let byLowerName: Map<string, string> | undefined;

function lookup(): Map<string, string> {
  if (!byLowerName) {
    policies = inflateEmbedded<Record<string, ManagedPolicyEntry>>(file.data);
    byLowerName = new Map();
    for (const name of Object.keys(policies)) byLowerName.set(name.toLowerCase(), name);
  }
  return byLowerName;
}

/** The embedded entry (path, version, document) of a managed policy, or null. */
export function awsManagedPolicyEntry(arnOrName: string): (ManagedPolicyEntry & { name: string }) | null {
  const name = managedPolicyName(arnOrName);
  if (!name) return null;
  const key = lookup().get(name.toLowerCase());
  const entry = key ? policies?.[key] : undefined;
  return key && entry ? { name: key, ...entry } : null;
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

export function awsManagedPolicy(arnOrName: string): PermissionDelta | null {
  const doc = awsManagedPolicyDocument(arnOrName);
  if (!doc) return null;
  // The name says what it is, and its text can run to 100 KB (ReadOnlyAccess): carried in every report
  // that attaches or detaches it, the text dominated the JSON report's size. The permissions stay.
  const { before: _before, after: _after, ...delta } = permissionsOf(doc, arnOrName);
  return delta;
}

export function embeddedManagedPolicyNames(): string[] {
  return [...lookup().values()].sort();
}
