import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  Tokenizer
} from "./chunk-WCUFF5UL.js";

// src/json-place.ts
function jsonErrorPlace(text, error) {
  const offset = jsonErrorOffset(text, error);
  if (offset === void 0) return void 0;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line} column ${before.length - before.lastIndexOf("\n")}`;
}
function jsonErrorOffset(text, error) {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  if (/end of JSON input/i.test(message)) return text.length;
  let offset;
  const tokenizer = new Tokenizer();
  tokenizer.onToken = () => void 0;
  tokenizer.onError = (err) => {
    const m = /position "?(\d+)/.exec(err.message);
    if (m && offset === void 0) offset = Number(m[1]);
  };
  try {
    tokenizer.write(text);
    tokenizer.end();
  } catch {
  }
  return offset === void 0 ? void 0 : Buffer.from(text, "utf8").subarray(0, offset).toString("utf8").length;
}

export {
  jsonErrorPlace
};
