/**
 * Where JSON.parse gave up, as `line L column C`. Node's messages name the position only sometimes (and
 * word it differently across versions), so a tokenizer finds it when the message does not.
 */
import { Tokenizer } from '@streamparser/json';

export function jsonErrorPlace(text: string, error: unknown): string | undefined {
  const offset = jsonErrorOffset(text, error);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line} column ${before.length - before.lastIndexOf('\n')}`;
}

function jsonErrorOffset(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  if (/end of JSON input/i.test(message)) return text.length;
  let offset: number | undefined;
  const tokenizer = new Tokenizer();
  tokenizer.onToken = () => undefined;
  tokenizer.onError = (err) => {
    const m = /position "?(\d+)/.exec(err.message);
    if (m && offset === undefined) offset = Number(m[1]);
  };
  try {
    tokenizer.write(text);
    tokenizer.end();
  } catch {
    // the offset, if any, was recorded
  }
  // The tokenizer counts bytes; the place is reported in characters.
  return offset === undefined ? undefined : Buffer.from(text, 'utf8').subarray(0, offset).toString('utf8').length;
}
