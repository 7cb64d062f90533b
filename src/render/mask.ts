/** Account IDs are not secrets, but many teams keep them out of PR comments: mask every one, everywhere. */
import type { Report } from '../model/report.js';

const ACCOUNT_ID = /(?<!\d)\d{12}(?!\d)/g;

export function maskAccountId(id: string): string {
  return `********${id.slice(-4)}`;
}

export function maskText(text: string): string {
  return text.replace(ACCOUNT_ID, maskAccountId);
}

/** A deep copy of the report with every 12-digit account ID masked (keeps the last 4 digits to tell accounts apart). */
export function maskAccountIds(report: Report): Report {
  return maskDeep(report) as Report;
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskText(k), maskDeep(v)]));
  }
  return value;
}
