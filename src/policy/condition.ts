/**
 * Conditions travel as readable strings (`StringEquals aws:sourceaccount = 111122223333`), the shape the
 * report shows. The escaping (`\` and `,` in values, `\` and `=` in keys) exists only so that the string
 * can be read back into a document: normalizing twice must equal normalizing once.
 */

const escapeValue = (v: string): string => v.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
const escapeKey = (k: string): string => k.replace(/\\/g, '\\\\').replace(/=/g, '\\=');

export function renderCondition(operator: string, key: string, values: string[]): string {
  return `${operator} ${escapeKey(key)} = ${values.map(escapeValue).join(',')}`;
}

/** Splits on an unescaped separator character and unescapes the parts. */
function splitEscaped(text: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      cur += text[i + 1];
      i++;
    } else if (c === sep) {
      parts.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  parts.push(cur);
  return parts;
}

/** The inverse of renderCondition; null when the string was not made by it. */
export function readCondition(text: string): { operator: string; key: string; values: string[] } | null {
  const space = text.indexOf(' ');
  if (space <= 0) return null;
  const operator = text.slice(0, space);
  const rest = text.slice(space + 1);
  // The separator is the first `=` that is not escaped and is preceded by the space renderCondition put there.
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '=' && rest[i - 1] === ' ' && rest[i + 1] === ' ') {
      const keyPart = rest.slice(0, i - 1);
      const key = splitEscaped(keyPart, '\u0000').join('');
      const values = splitEscaped(rest.slice(i + 2), ',');
      return { operator, key, values };
    }
  }
  return null;
}
