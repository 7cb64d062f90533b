/**
 * CDK's logical ID for a construct path (aws-cdk-lib `makeUniqueId`): `cdk diff` tables name roles by
 * construct path, templates by logical ID. Used only when the text itself does not pair the two.
 */
import { createHash } from 'node:crypto';

const HIDDEN_ID = 'Default';
const HIDDEN_FROM_HUMAN_ID = 'Resource';

function removeNonAlphanumeric(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, '');
}

function removeDupes(path: string[]): string[] {
  const out: string[] = [];
  for (const c of path) if (out.length === 0 || !(out[out.length - 1] as string).endsWith(c)) out.push(c);
  return out;
}

export function makeUniqueId(components: string[]): string {
  const parts = components.filter((c) => c !== HIDDEN_ID);
  if (parts.length === 1) {
    const candidate = removeNonAlphanumeric(parts[0] as string);
    if (candidate.length <= 255) return candidate;
  }
  const hash = createHash('md5').update(parts.join('/')).digest('hex').slice(0, 8).toUpperCase();
  const human = removeDupes(parts)
    .filter((c) => c !== HIDDEN_FROM_HUMAN_ID)
    .map(removeNonAlphanumeric)
    .join('')
    .slice(0, 240);
  return human + hash;
}

/**
 * The logical ID of an L2 construct's resource at the displayed path (`cdk diff` drops the trailing
 * `/Resource`). A path that already is a logical ID (no path metadata) is returned as is.
 */
export function logicalIdForDisplayedPath(path: string): string {
  if (/^[A-Za-z0-9]+[A-F0-9]{8}$/.test(path) && !path.includes('/')) return path;
  return makeUniqueId([...path.split('/'), HIDDEN_FROM_HUMAN_ID]);
}
