/** Plans and inventories of any size, in the shapes terraform and the snapshot file use. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export function roleName(i: number): string {
  return `service-${String(i).padStart(3, '0')}-worker-role`;
}

export function deletingPlan(count: number): unknown {
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    resource_changes: Array.from({ length: count }, (_, i) => ({
      address: `module.service_${i}.aws_iam_role.worker`,
      module_address: `module.service_${i}`,
      mode: 'managed',
      type: 'aws_iam_role',
      name: 'worker',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['delete'],
        before: { name: roleName(i), arn: `arn:aws:iam::123456789012:role/${roleName(i)}`, path: '/', assume_role_policy: TRUST, tags: {} },
        after: null,
        after_unknown: {},
        before_sensitive: {},
        after_sensitive: false,
      },
    })),
  };
}

export function usedRolesInventory(count: number, dependentsPerRole = 3): unknown {
  return {
    schemaVersion: 1,
    collectedAt: '2026-11-28T12:00:00Z',
    source: 'manual',
    accounts: ['123456789012'],
    regions: ['eu-west-1'],
    roles: Array.from({ length: count }, (_, i) => ({
      name: roleName(i),
      arn: `arn:aws:iam::123456789012:role/${roleName(i)}`,
      account: '123456789012',
      existence: 'found',
      trustPolicy: TRUST,
      usage: {
        lastUsedStatus: 'known',
        lastUsed: '2026-11-27T10:00:00Z',
        lastUsedRegion: 'eu-west-1',
        servicesStatus: 'known',
        services: [{ namespace: 'sqs', lastAccessed: '2026-11-27T10:00:00Z' }],
        gaps: [],
      },
      dependents: Array.from({ length: dependentsPerRole }, (_, j) => ({
        kind: 'lambda-function',
        id: `arn:aws:lambda:eu-west-1:123456789012:function:service-${i}-fn-${j}`,
        name: `service-${i}-fn-${j}`,
        region: 'eu-west-1',
        via: 'function configuration Role',
        origin: 'snapshot',
      })),
      dependentGaps: [],
    })),
  };
}

/** Writes both files to a fresh directory; returns their paths. */
export function writeLargeCase(count: number): { plan: string; inventory: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ibr-large-'));
  const plan = path.join(dir, 'plan.json');
  const inventory = path.join(dir, 'inventory.json');
  writeFileSync(plan, JSON.stringify(deletingPlan(count)));
  writeFileSync(inventory, JSON.stringify(usedRolesInventory(count)));
  return { plan, inventory };
}
