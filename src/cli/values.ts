/** Strict parsing of option values: anything that is not exactly a valid value is a usage error. */
import { InputError } from '../errors.js';
import { failOnSchema, type FailOn } from '../model/report.js';

export function parseFailOn(value: string): FailOn {
  const parsed = failOnSchema.safeParse(value);
  if (!parsed.success) throw new InputError('--fail-on', `expected high, medium, low or never, got "${value}"`);
  return parsed.data;
}

/** A whole number in [min, max], written plainly: no sign, no exponent, no trailing garbage. */
export function parseWholeNumber(option: string, value: string, min: number, max: number, unit: string): number {
  const n = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(option, `expected a whole number of ${unit} from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

export function parseWindowDays(value: string): number {
  // AWS keeps usage data for 400 days: a longer window would claim knowledge nobody has.
  return parseWholeNumber('--window-days', value, 1, 400, 'days');
}

export function parseTimeoutSeconds(value: string): number {
  return parseWholeNumber('--timeout', value, 1, 3600, 'seconds');
}

/** SDK attempts per AWS call (adaptive retry); the overall deadline still bounds the run. */
export function parseMaxAttempts(value: string): number {
  return parseWholeNumber('--max-attempts', value, 1, 20, 'attempts');
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function parseRegions(value: string): string[] | 'all' {
  if (value.trim() === 'all') return 'all';
  const regions = value.split(',').map((r) => r.trim()).filter((r) => r !== '');
  const bad = regions.find((r) => !REGION.test(r));
  if (regions.length === 0 || bad !== undefined) {
    throw new InputError('--regions', `expected a comma-separated list of regions (eu-west-1,us-east-1) or "all", got "${bad ?? value}"`);
  }
  return [...new Set(regions)];
}

export function parseInstant(value: string): Date {
  const d = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) throw new InputError('--now', `expected an ISO 8601 instant like 2026-11-28T21:00:00Z, got "${value}"`);
  return d;
}

/** `--plan prod=plan.json` → label `prod`; `--plan plan.json` → label `plan.json`. */
export function parseLabelled(value: string): { label: string; path: string } {
  const m = /^([A-Za-z0-9_.-]+)=(.+)$/.exec(value);
  if (m && m[1] && m[2]) return { label: m[1], path: m[2] };
  return { label: value, path: value };
}
