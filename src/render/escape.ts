/**
 * Escaping for strings we did not write (role names, tags, paths, policy text, resource names) before
 * they reach GitHub-flavoured markdown. Anyone who can open a pull request controls these strings, and the
 * comment is posted with the workflow's token: nothing they contain may become HTML, a link, a mention,
 * an issue reference or a table break.
 */

/** Bidirectional overrides and other invisible controls can make a reviewer read a different name. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const ZERO_WIDTH_SPACE_ENTITY = '&#8203;';

/**
 * Text for a paragraph, list item or table cell: one line, no HTML, no markdown syntax,
 * no `@mention`, no `#123` reference, no autolink.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(CONTROL_CHARS, '')
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
      // One pass, so the entities we introduce are never escaped again.
      .replace(/[&<>"|@#]|:\/\/|\bwww\./gi, (m) => TEXT_ENTITIES[m] ?? `${m.slice(0, 3)}${ZERO_WIDTH_SPACE_ENTITY}.`)
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
  );
}

/**
 * Text inside raw HTML (`<summary>`), where markdown is not parsed and a backslash would show:
 * entities only, with the same mention, reference and autolink breaks.
 */
export function escapeHtmlText(value: string): string {
  return value
    .replace(CONTROL_CHARS, '')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(/[&<>"|@#]|:\/\/|\bwww\./gi, (m) => TEXT_ENTITIES[m] ?? `${m.slice(0, 3)}${ZERO_WIDTH_SPACE_ENTITY}.`)
    .replace(/[`*_[\]~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An inline code span for text we trust to be one line (a label name from the workflow). */
export function codeSpan(value: string): string {
  const clean = value.replace(CONTROL_CHARS, '').replace(/[\r\n|]/g, ' ');
  let longest = 0;
  for (const run of clean.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  // `@team` pings, `user@example.com` autolinks: break both with a zero-width space.
  '@': `@${ZERO_WIDTH_SPACE_ENTITY}`,
  // `#123` and `org/repo#123` become cross-references that notify other threads.
  '#': `#${ZERO_WIDTH_SPACE_ENTITY}`,
  // Bare URLs are autolinked by GitHub even without markdown syntax.
  '://': `:${ZERO_WIDTH_SPACE_ENTITY}//`,
};

/** Punctuation that starts emphasis, links and images (`[`), code, strikethrough or math (`#` is handled above). */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~$]/g;

/** Shortens to `max` characters (counted as JS string length) with an ellipsis, before escaping. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * A fenced code block whose fence is longer than any backtick or tilde run in the content,
 * so the content cannot close it. Code blocks render neither HTML nor mentions.
 */
export function fencedBlock(content: string, info = ''): string {
  const clean = content.replace(CONTROL_CHARS, '').replace(/\r\n?/g, '\n');
  let longest = 0;
  for (const run of clean.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = clean.endsWith('\n') ? clean : `${clean}\n`;
  return `${fence}${info}\n${body}${fence}`;
}

/**
 * A URL we built ourselves from trusted parts plus escaped identifiers, for `[text](url)`.
 * Only https; the characters that end a markdown link destination are percent-encoded.
 */
export function safeUrl(url: string): string | undefined {
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?(\/|$)/i.test(url)) return undefined;
  return url.replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Percent-encodes one path or fragment segment, including the characters markdown links care about. */
export function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A markdown link with escaped text; falls back to plain text when the URL is not safe. */
export function link(text: string, url: string | undefined): string {
  const safe = url === undefined ? undefined : safeUrl(url);
  const label = escapeText(text);
  return safe ? `[${label}](${safe})` : label;
}

/** Text for a mermaid node label inside `["…"]`: mermaid entity codes, no HTML, no quotes. */
export function escapeMermaidLabel(value: string): string {
  return value
    .replace(CONTROL_CHARS, '')
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/&/g, '#amp;')
    .replace(/`/g, '#96;')
    .replace(/[[\]{}()|]/g, (c) => `#${c.charCodeAt(0)};`)
    .replace(/@/g, '#64;');
}

/**
 * A sentence from the analysis, where `name` in backticks marks an identifier: each marked part becomes
 * `<code>`, everything escaped as text. `html` for raw-HTML contexts such as `<summary>`.
 */
export function escapeProse(value: string, html = false): string {
  const esc = html ? escapeHtmlText : escapeText;
  return value
    .split(/`([^`\r\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? `<code>${esc(part)}</code>` : esc(part)))
    .join('');
}
