/**
 * A delta of a whole AWS managed policy refers to it instead of carrying its permissions; the accessors give
 * back exactly what the delta used to carry, expanding lazily and once per policy.
 */
import { describe, expect, it } from 'vitest';
import type { PermissionDelta } from '../../src/model/change.js';
import { permissionDeltaSchema } from '../../src/model/change.js';
import { catalogLoaded } from '../../src/policy/catalog.js';
import {
  awsManagedPolicy,
  awsManagedPolicyDocument,
  awsManagedPolicyEntry,
  deltaExpandedActions,
  deltaPermissionCount,
  deltaPermissions,
  embeddedManagedPolicyNames,
  isAwsManagedReference,
  permissionsOf,
} from '../../src/policy/index.js';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

describe('AWS managed policy references', () => {
  // First in this file on purpose: nothing has loaded the action catalog yet.
  it('are made and read without the action catalog; only expanded actions need it', () => {
    expect(catalogLoaded()).toBe(false);
    const d = awsManagedPolicy(READ_ONLY)!;
    expect(deltaPermissionCount(d)).toBeGreaterThan(2000);
    expect(deltaPermissions(d)).toHaveLength(d.permissionCount!);
    expect(catalogLoaded()).toBe(false);
    expect(deltaExpandedActions(d)?.length).toBe(201);
    expect(catalogLoaded()).toBe(true);
  });

  it('carry name, path, version, count and services, and no permission list', () => {
    const d = awsManagedPolicy(READ_ONLY)!;
    const entry = awsManagedPolicyEntry('ReadOnlyAccess')!;
    expect(d).toEqual({
      policy: READ_ONLY,
      awsManaged: { name: 'ReadOnlyAccess', path: '/', version: entry.version, updated: entry.updated },
      permissionCount: d.permissionCount,
      services: d.services,
    });
    expect(isAwsManagedReference(d)).toBe(true);
    expect(permissionDeltaSchema.safeParse(d).success).toBe(true);
    // ~2,900 permissions were ~225 KB of JSON in every effect that attached or detached it.
    expect(JSON.stringify(d).length).toBeLessThan(8_000);
  });

  it('expand to exactly what the delta used to carry: permissions, services, expanded actions', () => {
    // AWSDenyAll and AWSCompromisedKeyQuarantineV2 hold Deny statements.
    for (const name of ['ReadOnlyAccess', 'AdministratorAccess', 'AWSLambdaBasicExecutionRole', 'AmazonS3FullAccess', 'AWSDenyAll', 'AWSCompromisedKeyQuarantineV2']) {
      const ref = awsManagedPolicy(name)!;
      const { before: _b, after: _a, ...carried } = permissionsOf(awsManagedPolicyDocument(name), name);
      expect(deltaPermissions(ref)).toEqual(carried.permissions);
      expect(deltaPermissionCount(ref)).toBe(carried.permissions.length);
      expect(ref.services).toEqual(carried.services);
      expect(deltaExpandedActions(ref)).toEqual(carried.expandedActions);
    }
  });

  it('count and services of every embedded policy agree with its parsed document', () => {
    const names = embeddedManagedPolicyNames();
    expect(names.length).toBeGreaterThan(1000);
    for (const name of names) {
      const ref = awsManagedPolicy(name);
      expect(ref?.awsManaged?.name, name).toBe(name);
      const whole = permissionsOf(awsManagedPolicyDocument(name), name);
      expect(whole.unknown, name).toBeUndefined();
      expect([name, ref?.permissionCount, ref?.services]).toEqual([name, whole.permissions.length, whole.services]);
    }
  });

  it('are expanded once per policy: every reference to it shares one list', () => {
    const a = awsManagedPolicy('ReadOnlyAccess')!;
    const b = awsManagedPolicy('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')!;
    expect(b.policy).toBe('arn:aws-cn:iam::aws:policy/ReadOnlyAccess');
    expect(deltaPermissions(a)).toBe(deltaPermissions(b));
    expect(deltaExpandedActions(a)).toBe(deltaExpandedActions(b));
    // A reference that went through JSON (the report) expands the same.
    expect(deltaPermissions(JSON.parse(JSON.stringify(a)) as PermissionDelta)).toBe(deltaPermissions(a));
  });

  it('refuse a reference to a document this build does not embed, rather than guess', () => {
    const ref = awsManagedPolicy('ReadOnlyAccess')!;
    expect(() => deltaPermissions({ ...ref, awsManaged: { ...ref.awsManaged!, version: 'v0' } })).toThrow(/ReadOnlyAccess v0 is not embedded/);
    expect(() => deltaPermissions({ ...ref, awsManaged: { ...ref.awsManaged!, name: 'NoSuchPolicyAnywhere' } })).toThrow(/not embedded/);
  });

  it('leave deltas that carry their permissions as they are', () => {
    const carried = permissionsOf({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, 'inline:x');
    expect(isAwsManagedReference(carried)).toBe(false);
    expect(deltaPermissions(carried)).toBe(carried.permissions);
    expect(deltaPermissionCount(carried)).toBe(1);
    expect(deltaExpandedActions(carried)).toBe(carried.expandedActions);
    const unknown: PermissionDelta = { policy: 'p', permissions: [], services: [], unknown: 'known after apply' };
    expect(deltaPermissions(unknown)).toEqual([]);
    expect(deltaPermissionCount(unknown)).toBe(0);
  });

  it('are one form or the other in the schema: never both, never half', () => {
    const ref = awsManagedPolicy('ReadOnlyAccess')!;
    expect(permissionDeltaSchema.safeParse({ ...ref, permissions: [] }).success).toBe(false);
    const { permissionCount: _n, ...noCount } = ref;
    expect(permissionDeltaSchema.safeParse(noCount).success).toBe(false);
    const { awsManaged: _m, ...noRef } = ref;
    expect(permissionDeltaSchema.safeParse(noRef).success).toBe(false);
    expect(permissionDeltaSchema.safeParse({ policy: 'p', services: [] }).success).toBe(false);
  });
});
