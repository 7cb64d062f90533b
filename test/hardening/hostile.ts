/** Strings an attacker controls (role names, tags, paths, policy text, stack names) and the inertness checks. */
import fc from 'fast-check';
import { expect } from 'vitest';

/** The canaries of issue 8, plus the markdown, HTML and unicode tricks that break naive escaping. */
export const INJECTIONS = [
  '<img src=x onerror=alert(1)>',
  '</details>',
  '</summary><script>alert(1)</script>',
  '@org/team',
  '@octocat',
  'user@example.com',
  '[x](javascript:alert(1))',
  '![x](https://evil.example/p.png)',
  '`',
  '```',
  '~~~',
  '|',
  '\\|',
  '\n',
  '\r\n',
  '\u2028',
  '<!--',
  '-->',
  '<!-- iam-blast-radius:default sha=0 run=9999-01-01T00:00:00Z -->',
  '#1',
  'acme/infra#2',
  'https://evil.example',
  'www.evil.example',
  '\u202e',
  '\u200b',
  '&lt;',
  '&#60;',
  '<',
  '>',
  '*',
  '_',
  '$',
  '\\',
  '{{',
  '${AWS::Region}',
];

/** Concatenations of the injections with arbitrary text, short enough to keep runs fast. */
export const hostileString: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(''));

/** Code blocks render neither HTML nor mentions; the checks look at everything else. */
export function outsideFences(md: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    if (fence === undefined) {
      const open = /^(`{3,}|~{3,})/.exec(line);
      if (open) fence = open[1];
      else out.push(line);
    } else if (new RegExp(`^${fence[0]}{${fence.length},}\\s*$`).test(line)) fence = undefined;
  }
  expect(fence, 'every fence is closed').toBeUndefined();
  return out.join('\n');
}

export const ALLOWED_TAG = /<\/?(details|summary|b|sub|br|code)>|^<!-- iam-blast-radius:[\w.:/-]+ sha=[0-9a-f]+ run=[\dT:.Z-]+ -->$/gm;

/** No raw HTML but our own tags, no mention, no link we did not build, no broken table row. */
export function assertInert(md: string, tableRows?: number): void {
  const prose = outsideFences(md);
  // Code spans render literally; the renderer opens them only around text from the workflow (a label).
  const text = prose.replace(/(?<![\\`])(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/g, ''); // CommonMark ends lines only at \n and \r
  // Compared line by line, so a failure shows the offending line.
  expect(text.replace(ALLOWED_TAG, '').split('\n').filter((l) => l.includes('<'))).toEqual([]);
  // A mention needs `@` right before a login character; the escape puts a zero-width space between.
  expect(text).not.toMatch(/@[A-Za-z0-9_-]/);
  // Links: only the ones we build, to https URLs; an escaped `\](` is text.
  expect(text).not.toMatch(/(?<!\\)\]\((?!https:\/\/)/);
  expect(text).not.toMatch(/(?<!\\)\]\([^)]*javascript:/i);
  expect(prose).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  if (tableRows === undefined) return;
  const lines = prose.split('\n');
  const header = lines.indexOf('| Role | Effects | Usage | Dependents | Risk |');
  expect(header).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  expect(rows).toHaveLength(tableRows);
  for (const row of rows) {
    // Exactly the six structural pipes: nothing in a cell adds or hides a column.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(row.endsWith(' |')).toBe(true);
  }
}
