/** What every dependent scan shares: its input, its output (an index role → dependents), and a builder. */
import { principalNeededBy, type Dependent, type DependentKind } from '../../../model/dependent.js';
import type { LookupGap } from '../../../model/inventory.js';
import type { AccountSession } from '../session.js';
import type { RoleWork } from '../work.js';

export interface ScanInput {
  session: AccountSession;
  region: string;
  /**
   * Resolves once every affected role of the account is known (the identity stage is over) to the kinds
   * they need and the roles themselves, absent ones left out. A scan starts as soon as one role needs it,
   * before this: only what depends on all the roles (their instance profiles, which principals are
   * affected, which parts of a cluster to list) waits for it.
   */
  settled: Promise<Settled>;
}

export interface Settled {
  /** Kinds at least one affected role of this account needs. */
  kinds: ReadonlySet<DependentKind>;
  /** Affected roles of the account that exist or may exist. */
  roles: readonly RoleWork[];
}

export interface ScanOutput {
  /** roleKey → dependents found in this (account, region, service). */
  found: Map<string, Dependent[]>;
  /** Failed lookups, each naming the kinds it would have found. */
  gaps: LookupGap[];
}

export type Scan = (input: ScanInput) => Promise<ScanOutput>;

export function emptyOutput(): ScanOutput {
  return { found: new Map(), gaps: [] };
}

export function record(out: ScanOutput, key: string | null, dependent: Dependent): void {
  if (!key) return;
  const list = out.found.get(key) ?? [];
  if (!list.some((d) => d.kind === dependent.kind && d.id === dependent.id && d.via === dependent.via)) list.push(dependent);
  out.found.set(key, list);
}

export function dependent(
  kind: DependentKind,
  fields: { id: string; name?: string | undefined; region: string; account: string; via: string; lastActive?: string | undefined },
): Dependent {
  const d: Dependent = { kind, id: fields.id, region: fields.region, account: fields.account, via: fields.via, origin: 'live' };
  if (fields.name) d.name = fields.name;
  const principal = principalNeededBy[kind];
  if (principal) d.needsPrincipal = principal;
  if (fields.lastActive) d.lastActive = fields.lastActive;
  return d;
}
