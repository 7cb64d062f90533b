/** Small builders for changes, readings and facts: tests state only what matters to them. */
import type { Effect, IamChange, InputReading, PermissionDelta } from '../../src/model/change.js';
import type { Dependent } from '../../src/model/dependent.js';
import type { InventorySnapshot, LookupGap, RoleFacts, ServiceAccess } from '../../src/model/inventory.js';
import type { AnalysisSettings } from '../../src/pipeline.js';

export const ACCOUNT = '123456789012';
export const NOW = new Date('2026-11-28T21:00:00Z');

export const roleArn = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;

/** An ISO instant `days` days (fractions allowed) before NOW. */
export const daysAgo = (days: number, from: Date = NOW) => new Date(from.getTime() - days * 86_400_000).toISOString();
export const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

export const deleted = (role: string): Effect => ({ kind: 'deleted', role, summary: `role ${role} deleted` });
export const created = (role: string): Effect => ({ kind: 'created', role, summary: `role ${role} created` });
export const replaced = (role: string, newName?: string): Effect => ({
  kind: 'replaced',
  role,
  summary: `role ${role} replaced`,
  ...(newName ? { newName } : {}),
});

export function delta(policy: string, actions: string[], extra: Partial<PermissionDelta> = {}): PermissionDelta {
  return {
    policy,
    permissions: actions.map((action) => ({ effect: 'Allow' as const, action })),
    services: [...new Set(actions.map((a) => a.split(':')[0] ?? a))].sort(),
    ...extra,
  };
}

export const permissionsRemoved = (role: string, d: PermissionDelta): Effect => ({
  kind: 'permissions-removed',
  role,
  summary: `${role} loses ${d.policy}`,
  delta: d,
});
export const permissionsAdded = (role: string, d: PermissionDelta): Effect => ({
  kind: 'permissions-added',
  role,
  summary: `${role} gains ${d.policy}`,
  delta: d,
});

export const service = (value: string) => ({ type: 'Service', value });
export const federated = (value: string, conditions?: string[]) => ({ type: 'Federated', value, ...(conditions ? { conditions } : {}) });

export function trustChanged(role: string, removed: { type: string; value: string; conditions?: string[] }[], added: typeof removed = []): Effect {
  return { kind: 'trust-changed', role, summary: `trust of ${role} changes`, principalsRemoved: removed, principalsAdded: added };
}

export function change(effects: Effect[], over: Partial<IamChange> = {}): IamChange {
  const first = effects[0];
  return {
    source: 'terraform',
    input: 'plan.json',
    address: `aws_iam_role.${(first?.role ?? 'x').replace(/-/g, '_')}`,
    resourceType: 'aws_iam_role',
    actions: ['delete'],
    roles: [...new Set(effects.map((e) => e.role))],
    effects,
    ...over,
  };
}

export function reading(changes: IamChange[], over: Partial<InputReading> = {}): InputReading {
  return { input: 'plan.json', source: 'terraform', file: 'plan.json', changes, sensitiveMasked: 0, warnings: [], ...over };
}

export function lambda(name: string, region = 'eu-west-1'): Dependent {
  return {
    kind: 'lambda-function',
    id: `arn:aws:lambda:${region}:${ACCOUNT}:function:${name}`,
    name,
    region,
    account: ACCOUNT,
    via: 'function configuration Role',
    origin: 'live',
  };
}

export function irsa(cluster: string, ns: string, sa: string, region = 'eu-west-1'): Dependent {
  return {
    kind: 'irsa-service-account',
    id: `${cluster}/${ns}/${sa}`,
    region,
    via: `trust policy sub system:serviceaccount:${ns}:${sa}`,
    origin: 'live',
  };
}

export const OIDC = `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC`;

export interface FactsOptions {
  lastUsed?: string | null;
  lastUsedRegion?: string;
  usageKnown?: boolean;
  services?: ServiceAccess[];
  servicesKnown?: boolean;
  dependents?: Dependent[];
  dependentGaps?: LookupGap[];
  usageGaps?: LookupGap[];
  existence?: RoleFacts['existence'];
  createDate?: string;
}

export function facts(name: string, o: FactsOptions = {}): RoleFacts {
  const usageKnown = o.usageKnown ?? true;
  const servicesKnown = o.servicesKnown ?? usageKnown;
  return {
    name,
    arn: roleArn(name),
    account: ACCOUNT,
    existence: o.existence ?? 'found',
    ...(o.createDate ? { createDate: o.createDate } : {}),
    usage: {
      lastUsedStatus: usageKnown ? 'known' : 'unknown',
      ...(usageKnown ? { lastUsed: o.lastUsed === undefined ? null : o.lastUsed, lastUsedRegion: o.lastUsedRegion ?? (o.lastUsed ? 'eu-west-1' : null) } : {}),
      servicesStatus: servicesKnown ? 'known' : 'unknown',
      ...(servicesKnown ? { services: o.services ?? [] } : {}),
      gaps: o.usageGaps ?? (usageKnown && servicesKnown ? [] : [{ operation: 'iam:GetRole', reason: 'AccessDenied' }]),
    },
    dependents: o.dependents ?? [],
    dependentGaps: o.dependentGaps ?? [],
  };
}

export function snapshot(roles: RoleFacts[], over: Partial<InventorySnapshot> = {}): InventorySnapshot {
  return {
    schemaVersion: 1,
    collectedAt: NOW.toISOString(),
    source: 'live',
    accounts: [ACCOUNT],
    regions: ['eu-west-1'],
    roles,
    managedPolicies: [],
    gaps: [],
    ...over,
  };
}

export function settings(over: Partial<AnalysisSettings> = {}): AnalysisSettings {
  return { windowDays: 90, failOn: 'high', ignoreRoles: [], maskAccountIds: false, ...over };
}
