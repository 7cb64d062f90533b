/**
 * What a live trust policy says about who can use the role: which services may assume it (to skip scans
 * for services that could not run with it), which IAM roles/users chain into it, and the IRSA service
 * accounts of EKS OIDC providers it admits.
 */
import { parseArn } from './arn.js';

export interface TrustFacts {
  /** False when the policy could not be read: then nothing may be skipped. */
  parsed: boolean;
  /** A `*` principal, or a shape we do not model: nothing may be skipped. */
  open: boolean;
  services: string[];
  /** Role/user/assumed-role ARNs in `Principal.AWS`. */
  awsPrincipals: string[];
  federated: string[];
  /** IRSA: issuer host path (`oidc.eks.eu-west-1.amazonaws.com/id/ABC`) and the service-account patterns it admits. */
  irsa: { issuer: string; subjects: string[]; operator: string }[];
}

const EMPTY: TrustFacts = { parsed: false, open: true, services: [], awsPrincipals: [], federated: [], irsa: [] };

type Json = Record<string, unknown>;
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

/** IAM returns policy documents URL-encoded. */
export function decodePolicy(doc: string | undefined): string | undefined {
  if (doc === undefined) return undefined;
  if (doc.trimStart().startsWith('{')) return doc;
  try {
    return decodeURIComponent(doc);
  } catch {
    return doc;
  }
}

export function readTrust(document: string | undefined): TrustFacts {
  if (!document) return EMPTY;
  let policy: Json;
  try {
    policy = JSON.parse(document) as Json;
  } catch {
    return EMPTY;
  }
  const facts: TrustFacts = { parsed: true, open: false, services: [], awsPrincipals: [], federated: [], irsa: [] };
  for (const raw of list(policy.Statement)) {
    if (!raw || typeof raw !== 'object') continue;
    const st = raw as Json;
    if (st.Effect !== 'Allow') continue;
    if (st.NotPrincipal !== undefined) {
      facts.open = true;
      continue;
    }
    const principal = st.Principal;
    if (principal === '*') {
      facts.open = true;
      continue;
    }
    if (!principal || typeof principal !== 'object') continue;
    const p = principal as Json;
    if (strings(p.AWS).includes('*')) facts.open = true;
    facts.services.push(...strings(p.Service));
    facts.awsPrincipals.push(...strings(p.AWS).filter((a) => a.startsWith('arn:')));
    for (const federated of strings(p.Federated)) {
      facts.federated.push(federated);
      const irsa = irsaOf(federated, st.Condition);
      if (irsa) facts.irsa.push(irsa);
    }
  }
  return facts;
}

function irsaOf(federated: string, condition: unknown): TrustFacts['irsa'][number] | null {
  const arn = parseArn(federated);
  if (!arn || !arn.resource.startsWith('oidc-provider/')) return null;
  const issuer = arn.resource.slice('oidc-provider/'.length);
  if (!/^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\//.test(issuer)) return null;
  const subjects: string[] = [];
  let operator = 'StringEquals';
  if (condition && typeof condition === 'object') {
    for (const [op, block] of Object.entries(condition as Json)) {
      if (!block || typeof block !== 'object') continue;
      for (const [key, value] of Object.entries(block as Json)) {
        if (key.toLowerCase() === `${issuer.toLowerCase()}:sub`) {
          subjects.push(...strings(value));
          operator = op;
        }
      }
    }
  }
  return { issuer, subjects, operator };
}

/** True when the trust policy may let `service` (a prefix such as `lambda`, `states`, `pods.eks`) assume the role. */
export function admitsService(trust: TrustFacts, ...prefixes: string[]): boolean {
  if (!trust.parsed || trust.open) return true;
  return trust.services.some((s) => prefixes.some((prefix) => s === prefix || s.startsWith(`${prefix}.`)));
}

/** `system:serviceaccount:NS:SA` → [NS, SA]; wildcards kept as written. */
export function serviceAccountOf(subject: string): [string, string] | null {
  const m = /^system:serviceaccount:([^:]+):(.+)$/.exec(subject);
  return m ? [m[1] ?? '', m[2] ?? ''] : null;
}
