/**
 * The live AWS inventory source (loaded lazily by src/inventory/index.ts): read-only lookups of the
 * affected roles' usage and dependents. Failures become gaps in the facts; collect() never throws for them.
 */
import type { InventoryRequest, InventorySnapshot, InventorySource } from '../../model/inventory.js';
import { collectLive } from './collect.js';
import type { LiveInventoryOptions } from './options.js';

export type { LiveInventoryOptions, ServiceId } from './options.js';
export { defaultRegion } from './options.js';
export { BULK_ROLE_THRESHOLD } from './identity.js';
import type { DeployedTemplate, DeployedTemplateOptions } from './deployed-template.js';
export type { DeployedTemplate, DeployedTemplateOptions } from './deployed-template.js';

export function createLiveInventory(options: LiveInventoryOptions): InventorySource {
  return {
    kind: 'live',
    collect: (request: InventoryRequest): Promise<InventorySnapshot> => collectLive(options, request),
  };
}

/**
 * For the cdk.out reader: the deployed template of `stack` (GetTemplate, Original stage) and its
 * logical → physical ids (ListStackResources); null when the stack does not exist. Other failures throw a
 * one-line Error. Loads the CloudFormation client only when called.
 */
export async function fetchDeployedTemplate(stack: string, options: DeployedTemplateOptions = {}): Promise<DeployedTemplate | null> {
  return (await import('./deployed-template.js')).fetchDeployedTemplate(stack, options);
}
