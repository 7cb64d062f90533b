/**
 * Terraform plan reader: `terraform show -json` output → the IAM changes it plans.
 * See docs/readme/30-terraform.md for what is read and the limits.
 */
import type { Reader } from '../../inputs.js';
import { analysePlan, toReading } from './analyse.js';
import { loadPlan } from './load.js';

export { parseAddress, formatAddress, parseReference } from './address.js';

export const readPlan: Reader<'plan'> = async (spec, ctx) => {
  const loaded = await loadPlan(spec.path, ctx);
  const analysis = analysePlan(loaded.digest, spec.label);
  return toReading(analysis, spec.path, spec.label, loaded.digest, loaded);
};
