/**
 * A JSON byte scanner: walks a document held as bytes, a window at a time, and hands back only the
 * values its caller asks for. Skipping is what it is for: a value is skipped by a tight loop over its
 * bytes that only tells strings (honouring backslash escapes) from brackets, so no string or object is
 * built for the bulk of the file, and no string ever holds the whole file (V8 caps strings at ~512 MB;
 * plans exceed it). Memory is one window of bytes: a chunk, or the largest value a caller keeps.
 *
 * What it checks: the structure it walks (members, elements, separators), that brackets pair up by
 * kind, that strings are closed, and that scalars it meets at a walked position are JSON literals.
 * Inside a skipped value, scalars and separators are not checked: a caller that needs exact JSON errors
 * parses the text (load.ts falls back to JSON.parse for that).
 */
import { readSync } from 'node:fs';

/** Where the bytes come from: `read` fills `into[offset, offset+length)` and returns the count, 0 at the end. */
export interface ByteSource {
  read(into: Buffer, offset: number, length: number): number;
}

/** A file descriptor read sequentially (synchronously: scanning is CPU-bound and the reads hit the page cache). */
export function fileSource(fd: number): ByteSource {
  let position = 0;
  return {
    read(into, offset, length) {
      const n = readSync(fd, into, offset, length, position);
      position += n;
      return n;
    },
  };
}

/** Bytes in memory, served `chunk` bytes at a time (tests cut windows at every possible place with a small chunk). */
export function bufferSource(bytes: Buffer, chunk = bytes.length): ByteSource {
  let at = 0;
  return {
    read(into, offset, length) {
      const n = Math.min(length, chunk, bytes.length - at);
      bytes.copy(into, offset, at, at + n);
      at += n;
      return n;
    },
  };
}

/** Malformed JSON (or not JSON at all) at a byte offset of the source. */
export class ScanError extends Error {
  override readonly name = 'ScanError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Byte classes for the skip loop: 0 = nothing to do, 1 = a string starts, 2 = opens, 3 = closes. */
const SKIP_CLASS = new Uint8Array(256);
SKIP_CLASS[QUOTE] = 1;
SKIP_CLASS[OPEN_OBJECT] = 2;
SKIP_CLASS[OPEN_ARRAY] = 2;
SKIP_CLASS[CLOSE_OBJECT] = 3;
SKIP_CLASS[CLOSE_ARRAY] = 3;

/** Bytes a number or literal is made of (validated as a whole afterwards). */
const SCALAR_BYTE = new Uint8Array(256);
for (const c of '0123456789+-.eEtrufalsn') SCALAR_BYTE[c.charCodeAt(0)] = 1;
const SCALAR = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

/**
 * `true`, `false`, `null` or a single digit, checked on the bytes: most scalars of a plan are, and they need
 * no string built and no regular expression run. Anything else goes the long way (SCALAR).
 */
function isCommonScalar(buf: Buffer, from: number, to: number): boolean {
  const n = to - from;
  const a = buf[from];
  if (n === 1) return a !== undefined && a >= 0x30 && a <= 0x39;
  if (n === 4) {
    // true / null
    if (a === 0x74) return buf[from + 1] === 0x72 && buf[from + 2] === 0x75 && buf[from + 3] === 0x65;
    if (a === 0x6e) return buf[from + 1] === 0x75 && buf[from + 2] === 0x6c && buf[from + 3] === 0x6c;
    return false;
  }
  // false
  return n === 5 && a === 0x66 && buf[from + 1] === 0x61 && buf[from + 2] === 0x6c && buf[from + 3] === 0x73 && buf[from + 4] === 0x65;
}

const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Bytes read at a time. Small enough to stay in the CPU cache between the read and the scan: on the
 * benchmark plans 1 MB reads take a third of the time 8 MB reads do.
 */
export const DEFAULT_CHUNK = 1024 * 1024;

export class JsonScanner {
  /** The window: `buf` views exactly the valid bytes (a read past them gives undefined, never a stale byte); `store` owns the memory. */
  private store: Buffer;
  private buf: Buffer;
  /** Source offset of buf[0]. */
  private base = 0;
  /** The next byte to look at, in the window. */
  private pos = 0;
  /** Start of a captured value in the window (kept on refill), or -1. */
  private mark = -1;
  private ended = false;
  private nextRead: number;
  private depthStack: Uint8Array = new Uint8Array(256);

  /** `source` undefined: `initial` is the whole input (no copy). */
  constructor(
    private readonly source: ByteSource | undefined,
    initial?: Buffer,
    private readonly chunk = DEFAULT_CHUNK,
  ) {
    this.nextRead = Math.min(4096, chunk);
    if (initial) {
      this.store = initial;
      this.buf = initial;
      this.ended = source === undefined;
    } else {
      this.store = Buffer.allocUnsafe(Math.max(16, chunk));
      this.buf = this.store.subarray(0, 0);
    }
  }

  static ofBuffer(bytes: Buffer): JsonScanner {
    return new JsonScanner(undefined, bytes);
  }

  /** Bytes held for the window (tests check that skipping keeps it at a chunk). */
  get windowBytes(): number {
    return this.store.length;
  }

  /** Source offset of the next byte. */
  get offset(): number {
    return this.base + this.pos;
  }

  error(message: string, offset = this.offset): ScanError {
    return new ScanError(message, offset);
  }

  /**
   * Reads more bytes after the window, dropping what is consumed (before `pos`, or before `mark` while a
   * value is captured). Room grows by doubling, so a value larger than a chunk costs O(its size) copying.
   * Returns false at the end of the input. Window indices held across this call must be rebased.
   */
  private more(): boolean {
    if (this.ended || !this.source) return false;
    const keep = this.mark >= 0 ? this.mark : this.pos;
    const kept = this.buf.length - keep;
    let store = this.store;
    if (store.length - kept < this.chunk) {
      store = Buffer.allocUnsafe(Math.max(store.length * 2, kept + this.chunk));
    }
    if (kept > 0) this.buf.copy(store, 0, keep, this.buf.length);
    this.store = store;
    this.base += keep;
    this.pos -= keep;
    if (this.mark >= 0) this.mark -= keep;
    // Reads start small and double up to the chunk: the branches of the hot loops that a refill takes
    // then run before V8 optimizes them (a branch with no feedback costs a deoptimization and a recompile).
    const n = this.source.read(store, kept, Math.min(store.length - kept, this.nextRead));
    if (this.nextRead < this.chunk) this.nextRead *= 2;
    this.buf = store.subarray(0, kept + n);
    if (n === 0) this.ended = true;
    return n > 0;
  }

  /** The next byte that is not white space, not consumed; -1 at the end of the input. */
  peek(): number {
    for (;;) {
      const buf = this.buf;
      let j = this.pos;
      while (j < buf.length && isSpace(buf[j])) j++;
      this.pos = j;
      if (j < buf.length) return buf[j]!;
      if (!this.more()) return -1;
    }
  }

  atEnd(): boolean {
    return this.peek() === -1;
  }

  private expect(byte: number, what: string): void {
    if (this.peek() !== byte) throw this.error(`expected ${what}`);
    this.pos++;
  }

  /** Consumes `byte` if it is next (after white space). */
  private accept(byte: number): boolean {
    if (this.peek() !== byte) return false;
    this.pos++;
    return true;
  }

  /**
   * Skips the string at pos (buf[pos] is its quote). Returns the source offset of its opening quote.
   * A plain loop: most strings of a plan are short, where a call to Buffer#indexOf per string costs more
   * than the bytes it jumps over (measured on the benchmark plans).
   */
  private skipString(): number {
    const start = this.base + this.pos;
    let buf = this.buf;
    let n = buf.length;
    let j = this.pos + 1;
    for (;;) {
      while (j < n) {
        const b = buf[j]!;
        if (b === QUOTE) {
          this.pos = j + 1;
          return start;
        }
        // A backslash ending the window is read again with the byte it escapes.
        if (b === BACKSLASH) {
          if (j + 1 === n) break;
          j += 2;
        } else j++;
      }
      this.pos = j;
      if (!this.more()) throw this.error('unterminated string', start);
      buf = this.buf;
      n = buf.length;
      j = this.pos;
    }
  }

  /** Skips a number or literal at pos and checks it. Returns its source offset. */
  private skipScalar(): number {
    const startAbs = this.base + this.pos;
    let j = this.pos;
    for (;;) {
      const buf = this.buf;
      while (j < buf.length && SCALAR_BYTE[buf[j]!] === 1) j++;
      if (j < buf.length) break;
      // pos still points at the scalar, so the refill keeps it.
      const jAbs = this.base + j;
      const got = this.more();
      j = jAbs - this.base;
      if (!got) break;
    }
    const start = startAbs - this.base;
    if (isCommonScalar(this.buf, start, j)) {
      this.pos = j;
      return startAbs;
    }
    const text = this.buf.toString('latin1', start, j);
    if (!SCALAR.test(text)) throw this.error(text ? `not a JSON value: ${JSON.stringify(text.slice(0, 20))}` : 'expected a value', startAbs);
    this.pos = j;
    return startAbs;
  }

  /** Skips the value at the next non-space byte, whatever it is. */
  skipValue(): void {
    const c = this.peek();
    if (c === QUOTE) {
      this.skipString();
      return;
    }
    if (c !== OPEN_OBJECT && c !== OPEN_ARRAY) {
      this.skipScalar();
      return;
    }
    // The hot loop of the reader: one function, strings included, the window in locals, and one exit
    // for the window's end whatever the state (so its code has run before V8 optimizes the loop).
    const start = this.offset;
    let stack = this.depthStack;
    let depth = 0;
    let buf = this.buf;
    let n = buf.length;
    let j = this.pos;
    let inString = false;
    for (;;) {
      if (inString) {
        while (j < n) {
          const b = buf[j]!;
          if (b === QUOTE) {
            inString = false;
            j++;
            break;
          }
          // A backslash ending the window is read again with the byte it escapes.
          if (b === BACKSLASH) {
            if (j + 1 === n) break;
            j += 2;
          } else j++;
        }
      }
      if (!inString) {
        let cls = 0;
        while (j < n && (cls = SKIP_CLASS[buf[j]!]!) === 0) j++;
        if (j < n) {
          const b = buf[j]!;
          j++;
          if (cls === 1) {
            inString = true;
          } else if (cls === 2) {
            if (depth === stack.length) stack = this.growDepthStack();
            stack[depth++] = b;
          } else {
            // `}` and `]` are their opener + 2.
            if (depth === 0 || stack[--depth] !== b - 2) throw this.error(`unexpected ${String.fromCharCode(b)}`, this.base + j - 1);
            if (depth === 0) {
              this.pos = j;
              return;
            }
          }
          continue;
        }
      }
      this.pos = j;
      if (!this.more()) throw this.error(`unexpected end of input in the value that starts at byte ${start}`);
      buf = this.buf;
      n = buf.length;
      j = this.pos;
    }
  }

  private growDepthStack(): Uint8Array {
    const grown = new Uint8Array(this.depthStack.length * 2);
    grown.set(this.depthStack);
    return (this.depthStack = grown);
  }

  /**
   * Calls `onMember(key)` for each member of the object that comes next; `onMember` must consume the value
   * (skip it, capture it, or walk into it).
   */
  members(onMember: (key: string) => void): void {
    this.expect(OPEN_OBJECT, 'an object');
    if (this.accept(CLOSE_OBJECT)) return;
    for (;;) {
      if (this.peek() !== QUOTE) throw this.error('expected a member name');
      const key = this.readString();
      this.expect(COLON, '":"');
      if (this.peek() === -1) throw this.error('unexpected end of input');
      onMember(key);
      if (this.accept(COMMA)) continue;
      this.expect(CLOSE_OBJECT, '"," or "}"');
      return;
    }
  }

  /** Calls `onElement(index)` for each element of the array that comes next; `onElement` must consume it. */
  elements(onElement: (index: number) => void): void {
    this.expect(OPEN_ARRAY, 'an array');
    if (this.accept(CLOSE_ARRAY)) return;
    for (let i = 0; ; i++) {
      if (this.peek() === -1) throw this.error('unexpected end of input');
      onElement(i);
      if (this.accept(COMMA)) continue;
      this.expect(CLOSE_ARRAY, '"," or "]"');
      return;
    }
  }

  /** The string that comes next, decoded (only escapes go through JSON.parse). */
  readString(): string {
    if (this.peek() !== QUOTE) throw this.error('expected a string');
    const outer = this.mark;
    if (outer < 0) this.mark = this.pos; // a refill inside the string must keep its start
    try {
      const startAbs = this.skipString();
      return this.decodeString(startAbs - this.base, this.pos);
    } finally {
      if (outer < 0) this.mark = -1;
    }
  }

  /** buf[from] is an opening quote, buf[to - 1] its closing one. */
  private decodeString(from: number, to: number): string {
    if (!this.hasBackslash(from, to)) return this.buf.toString('utf8', from + 1, to - 1);
    return this.parseRange(from, to) as string;
  }

  private hasBackslash(from: number, to: number): boolean {
    const buf = this.buf;
    if (to - from > 64) return buf.subarray(from, to).indexOf(BACKSLASH) >= 0;
    for (let i = from; i < to; i++) if (buf[i] === BACKSLASH) return true;
    return false;
  }

  private parseRange(from: number, to: number): unknown {
    let text: string;
    try {
      text = this.buf.toString('utf8', from, to);
    } catch {
      throw new ValueTooLargeError(this.base + from, to - from);
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      // V8 names the character position in most messages: report the byte it stands for.
      const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
      const offset = at ? this.base + from + Buffer.byteLength(text.slice(0, Number(at[1]))) : this.base + from;
      throw this.error(`not JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, offset);
    }
  }

  /**
   * The value that comes next, in a form that keeps its JSON type: scalars parsed, an object as `{}` and an
   * array as `[]` (their contents skipped). Enough to validate the type of a member without building it.
   */
  standIn(): unknown {
    const c = this.peek();
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      this.skipValue();
      return c === OPEN_OBJECT ? {} : [];
    }
    return this.value();
  }

  /** The value that comes next, parsed. */
  value(): unknown {
    const c = this.peek();
    if (c !== QUOTE && c !== OPEN_OBJECT && c !== OPEN_ARRAY) {
      const at = this.skipScalar();
      return JSON.parse(this.buf.toString('latin1', at - this.base, this.pos));
    }
    const outer = this.mark;
    if (outer < 0) this.mark = this.pos;
    const start = this.base + this.pos;
    this.skipValue();
    try {
      return this.parseRange(start - this.base, this.pos);
    } finally {
      if (outer < 0) this.mark = -1;
    }
  }

  /** The value that comes next, parsed if it is an object, else skipped (undefined). */
  objectValue(): Record<string, unknown> | undefined {
    if (this.peek() !== OPEN_OBJECT) {
      this.skipValue();
      return undefined;
    }
    return this.value() as Record<string, unknown>;
  }

  // ---- capturing an object while reading a few of its top-level members ----

  /** `type` and `mode` of the object last passed to `scanObject` (undefined: absent or not a string). */
  type: string | undefined;
  mode: string | undefined;

  /**
   * Reads the object that comes next, keeping its bytes, and notes its top-level `type` and `mode` strings:
   * exact (members of nested objects are not looked at; escaped names are decoded), at the cost of a skip.
   * A value not in `words` reads as OTHER_WORD. Follow with `parseScanned()` or `dropScanned()`.
   */
  scanObject(words: WordTable): void {
    this.type = undefined;
    this.mode = undefined;
    if (this.peek() !== OPEN_OBJECT) throw this.error('expected an object');
    this.mark = this.pos;
    this.pos++;
    if (this.accept(CLOSE_OBJECT)) return;
    for (;;) {
      if (this.peek() !== QUOTE) throw this.error('expected a member name');
      const keyAbs = this.skipString();
      const which = this.memberName(keyAbs - this.base, this.pos);
      this.expect(COLON, '":"');
      if (which !== 0 && this.peek() === QUOTE) {
        const from = this.skipString() - this.base;
        // Most values are one of a few words: matched on the bytes, no string built for each element.
        const v = this.hasBackslash(from, this.pos) ? this.decodeString(from, this.pos) : words.find(this.buf, from + 1, this.pos - 1);
        if (which === TYPE) this.type = v;
        else this.mode = v;
      } else {
        this.skipValue();
        if (which === TYPE) this.type = undefined;
        else if (which === MODE) this.mode = undefined;
      }
      if (this.accept(COMMA)) continue;
      this.expect(CLOSE_OBJECT, '"," or "}"');
      return;
    }
  }

  /** 1 for `type`, 2 for `mode`, else 0; buf[from] and buf[to - 1] are the name's quotes. */
  private memberName(from: number, to: number): number {
    const buf = this.buf;
    const n = to - from - 2;
    if (n === 4) {
      const a = buf[from + 1];
      if (a === 0x74 && buf[from + 2] === 0x79 && buf[from + 3] === 0x70 && buf[from + 4] === 0x65) return TYPE;
      if (a === 0x6d && buf[from + 2] === 0x6f && buf[from + 3] === 0x64 && buf[from + 4] === 0x65) return MODE;
      return 0;
    }
    // `\u0074ype`: escapes make a name longer, at most 6 bytes a character.
    if (n > 4 && n <= 24 && this.hasBackslash(from, to)) {
      const name = this.decodeString(from, to);
      return name === 'type' ? TYPE : name === 'mode' ? MODE : 0;
    }
    return 0;
  }

  /** The object read by `scanObject`, parsed. */
  parseScanned(): unknown {
    const from = this.mark;
    this.mark = -1;
    return this.parseRange(from, this.pos);
  }

  dropScanned(): void {
    this.mark = -1;
  }

  // ---- the edges of the document ----

  /** Skips a UTF-8 byte order mark at the very start. */
  skipByteOrderMark(): void {
    if (this.base !== 0 || this.pos !== 0) return;
    while (this.buf.length < 3 && this.more());
    const b = this.buf;
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
  }

  /**
   * Up to `max` bytes from the next one, as text, without consuming them: to look at what precedes or
   * follows the JSON.
   */
  lookAhead(max: number): string {
    while (this.buf.length - this.pos < max && this.more());
    return this.buf.toString('utf8', this.pos, Math.min(this.buf.length, this.pos + max));
  }

  /**
   * Moves to the first line (within `max` bytes) that starts with `byte` and returns the text before it;
   * undefined, without moving, when there is none.
   */
  toLineStartingWith(byte: number, max: number): string | undefined {
    while (this.buf.length - this.pos < max && this.more());
    const limit = Math.min(this.buf.length, this.pos + max);
    let j = this.pos;
    for (;;) {
      const nl = this.buf.indexOf(0x0a, j);
      if (nl < 0 || nl + 1 >= limit) return undefined;
      if (this.buf[nl + 1] === byte) {
        const before = this.buf.toString('utf8', this.pos, nl + 1);
        this.pos = nl + 1;
        return before;
      }
      j = nl + 1;
    }
  }
}

const TYPE = 1;
const MODE = 2;

/** What `scanObject` reports for a non-empty string outside its word table (no type or mode is spelt so). */
export const OTHER_WORD = '\u0000other';

/** The strings a caller tells apart, found from bytes without decoding them (a hash of the bytes, then a compare). */
export class WordTable {
  private readonly byHash = new Map<number, { word: string; bytes: Buffer }[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const bytes = Buffer.from(word, 'utf8');
      const h = hashBytes(bytes, 0, bytes.length);
      const list = this.byHash.get(h);
      if (list) list.push({ word, bytes });
      else this.byHash.set(h, [{ word, bytes }]);
    }
  }

  /** The word buf[from, to) spells; '' when empty, OTHER_WORD when it is not in the table. */
  find(buf: Buffer, from: number, to: number): string {
    if (from === to) return '';
    const candidates = this.byHash.get(hashBytes(buf, from, to));
    if (candidates) {
      for (const { word, bytes } of candidates) {
        if (bytes.length !== to - from) continue;
        let i = 0;
        while (i < bytes.length && bytes[i] === buf[from + i]) i++;
        if (i === bytes.length) return word;
      }
    }
    return OTHER_WORD;
  }
}

function hashBytes(buf: Buffer, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + buf[i]!) | 0;
  return h;
}

/** A single value too large for one V8 string: it cannot be parsed whatever the reader. */
export class ValueTooLargeError extends Error {
  override readonly name = 'ValueTooLargeError';
  constructor(
    readonly offset: number,
    readonly bytes: number,
  ) {
    super(`a value of ${Math.round(bytes / 2 ** 20)} MB at byte ${offset} is larger than a JavaScript string can hold`);
  }
}
