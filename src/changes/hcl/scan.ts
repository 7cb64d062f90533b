/**
 * A small scanner of HCL's block structure, for what hcl2-parser cannot give: line numbers.
 *
 * hcl2-parser is a GopherJS build of tmccombs/hcl2json, which converts HCL to plain JSON and drops every
 * source position; its parse errors also reach JavaScript as an empty object (GopherJS externalizes only
 * exported struct fields, and Go's error types have none). So structure and validation come from the real
 * HCL parser, and this scanner only finds where each block and attribute starts. It understands exactly
 * the lexical parts that could hide a brace or a newline: strings with `${…}` / `%{…}` templates, heredocs
 * and the three comment styles. It never interprets values.
 */

export interface HclStatement {
  kind: 'attribute' | 'block';
  /** Attribute name or block type (`resource`, `statement`). */
  name: string;
  /** Block labels, unquoted (`["aws_iam_role", "r"]`). */
  labels: string[];
  /** 1-based line of the statement's first token. */
  line: number;
  /** Offsets into the text: the whole statement, header through value or closing brace. */
  start: number;
  end: number;
  /** Statements of a block's body. */
  children: HclStatement[];
}

export interface ScanProblem {
  line: number;
  message: string;
}

export type ScanResult = { ok: true; statements: HclStatement[] } | { ok: false; problem: ScanProblem; statements: HclStatement[] };

type TokenKind = 'ident' | 'string' | 'heredoc' | '{' | '}' | '[' | ']' | '(' | ')' | '=' | 'newline' | 'other';

interface Token {
  kind: TokenKind;
  /** Identifier text, or the literal value of a string without templates. */
  text: string;
  line: number;
  start: number;
  end: number;
}

class ScanError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const identStart = /[A-Za-z_]/;
const identPart = /[A-Za-z0-9_-]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;

  const push = (kind: TokenKind, start: number, tokenLine: number, value = text.slice(start, i)): void => {
    tokens.push({ kind, text: value, line: tokenLine, start, end: i });
  };

  /** Skips a template expression `${…}` / `%{…}` whose opening `{` is at i; returns with i after its `}`. */
  const skipTemplateExpression = (): void => {
    const openLine = line;
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') line++;
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      } else if (c === '"') {
        skipString();
        continue;
      }
      i++;
    }
    throw new ScanError(openLine, 'unterminated template expression "${"');
  };

  /** Skips a quoted string at i; returns its literal value when it has no templates. */
  const skipString = (): string | undefined => {
    const openLine = line;
    i++;
    let literal: string | undefined = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') throw new ScanError(openLine, 'unterminated string');
      if (c === '\\') {
        if (literal !== undefined) literal += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') {
        i++;
        return literal;
      }
      if ((c === '$' || c === '%') && text[i + 1] === '{') {
        i++;
        skipTemplateExpression();
        literal = undefined;
        continue;
      }
      if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
        if (literal !== undefined) literal += text.slice(i, i + 3);
        i += 3;
        continue;
      }
      if (literal !== undefined) literal += c;
      i++;
    }
    throw new ScanError(openLine, 'unterminated string');
  };

  while (i < text.length) {
    const c = text[i] as string;
    const start = i;
    const startLine = line;
    if (c === '\n') {
      i++;
      push('newline', start, startLine);
      line++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new ScanError(startLine, 'unterminated comment "/*"');
      for (let k = i; k < end; k++) if (text[k] === '\n') line++;
      i = end + 2;
    } else if (c === '"') {
      const literal = skipString();
      push('string', start, startLine, literal === undefined ? '' : unescape(literal));
    } else if (c === '<' && text[i + 1] === '<' && /^<<-?[A-Za-z_][A-Za-z0-9_-]*\r?\n/.test(text.slice(i, i + 200))) {
      const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(text.slice(i, i + 200)) as RegExpExecArray;
      const marker = header[1] as string;
      i += header[0].length;
      line++;
      let closed = false;
      while (i < text.length) {
        const eol = text.indexOf('\n', i);
        const lineEnd = eol < 0 ? text.length : eol;
        const content = text.slice(i, lineEnd).trim();
        if (content === marker) {
          i = lineEnd;
          closed = true;
          break;
        }
        i = eol < 0 ? text.length : eol + 1;
        if (eol >= 0) line++;
      }
      if (!closed) throw new ScanError(startLine, `unterminated heredoc "<<${marker}"`);
      push('heredoc', start, startLine);
    } else if (identStart.test(c)) {
      while (i < text.length && identPart.test(text[i] as string)) i++;
      push('ident', start, startLine);
    } else if ('{}[]()'.includes(c)) {
      i++;
      push(c as TokenKind, start, startLine);
    } else if (c === '=' && text[i + 1] !== '=' && text[i + 1] !== '>' && !'!<>='.includes(text[i - 1] ?? '')) {
      i++;
      push('=', start, startLine);
    } else {
      i++;
      push('other', start, startLine);
    }
  }
  return tokens;
}

function unescape(raw: string): string {
  return raw.replace(/\\(["\\nrt])/g, (_, ch: string) => ({ n: '\n', r: '\r', t: '\t' })[ch] ?? ch);
}

const closing: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** Scans the statements of a body (the file, or a block) from token index `at`. */
function scanBody(tokens: Token[], at: number, inBlock: boolean, out: HclStatement[]): number {
  let i = at;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.kind === 'newline') {
      i++;
      continue;
    }
    if (t.kind === '}') {
      if (inBlock) return i;
      throw new ScanError(t.line, 'unexpected "}" with no block open');
    }
    if (t.kind !== 'ident') throw new ScanError(t.line, `expected an attribute or block, found "${t.text}"`);
    const next = tokens[i + 1];
    if (next?.kind === '=') {
      const end = skipExpression(tokens, i + 2);
      const last = tokens[end - 1] as Token;
      out.push({ kind: 'attribute', name: t.text, labels: [], line: t.line, start: t.start, end: last.end, children: [] });
      i = end;
      continue;
    }
    const labels: string[] = [];
    let k = i + 1;
    while (k < tokens.length && (tokens[k]?.kind === 'string' || tokens[k]?.kind === 'ident')) {
      labels.push((tokens[k] as Token).text);
      k++;
    }
    if (tokens[k]?.kind !== '{') throw new ScanError(t.line, `expected "=" or a block body after "${t.text}"`);
    const block: HclStatement = { kind: 'block', name: t.text, labels, line: t.line, start: t.start, end: t.end, children: [] };
    const close = scanBody(tokens, k + 1, true, block.children);
    const closeToken = tokens[close];
    if (closeToken?.kind !== '}') throw new ScanError(t.line, `block "${[t.text, ...labels].join(' ')}" is never closed`);
    block.end = closeToken.end;
    out.push(block);
    i = close + 1;
  }
  return i;
}

/** Skips an attribute's expression: up to a newline or a block's closing brace at bracket depth 0. */
function skipExpression(tokens: Token[], at: number): number {
  const stack: Token[] = [];
  let i = at;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.kind === '{' || t.kind === '[' || t.kind === '(') stack.push(t);
    else if (t.kind === '}' || t.kind === ']' || t.kind === ')') {
      const open = stack.pop();
      if (!open) {
        if (t.kind === '}') return i;
        throw new ScanError(t.line, `unexpected "${t.kind}"`);
      }
      if (closing[open.kind] !== t.kind) throw new ScanError(open.line, `"${open.kind}" opened on line ${open.line} closed by "${t.kind}" on line ${t.line}`);
    } else if (t.kind === 'newline' && stack.length === 0) return i;
    i++;
  }
  const open = stack[0];
  if (open) throw new ScanError(open.line, `"${open.kind}" is never closed`);
  return i;
}

/** Scans a whole file. On a problem, returns its line and the statements seen before it. */
export function scanHcl(text: string): ScanResult {
  const statements: HclStatement[] = [];
  try {
    scanBody(tokenize(text), 0, false, statements);
    return { ok: true, statements };
  } catch (e) {
    if (e instanceof ScanError) return { ok: false, problem: { line: e.line, message: e.message }, statements };
    throw e;
  }
}
