import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  reportSchema
} from "./chunk-LXP5LKOX.js";
import "./chunk-MQSTEF4H.js";
import {
  formatPath
} from "./chunk-6REE7K7U.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";

// src/render/json.ts
var JSON_PIECE_SIZE = 64 * 1024;
var SPLIT_DEPTH = 4;
function* jsonPieces(report) {
  const checked = reportSchema.safeParse(report, { jitless: true });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`internal error: report does not match its schema at ${formatPath(issue?.path ?? [])}: ${issue?.message}`);
  }
  yield* coalesce(prettyPieces(checked.data), JSON_PIECE_SIZE);
}
function renderJsonChunks(report) {
  return [...jsonPieces(report)];
}
function renderJson(report) {
  return renderJsonChunks(report).join("");
}
function prettyChunks(value, pieceSize = JSON_PIECE_SIZE) {
  return [...coalesce(prettyPieces(value), pieceSize)];
}
function* prettyPieces(value) {
  yield* pretty(value === void 0 ? null : value, "", 0);
  yield "\n";
}
var omitted = (v) => v === void 0 || typeof v === "function" || typeof v === "symbol";
var WHOLE_MEMBERS = 16;
function splittable(value, depth) {
  if (depth >= SPLIT_DEPTH || typeof value !== "object" || value === null || typeof value.toJSON === "function") return false;
  if (depth < 2) return true;
  if (Array.isArray(value)) return value.length > WHOLE_MEMBERS;
  for (const v of Object.values(value)) if (Array.isArray(v) && v.length > WHOLE_MEMBERS) return true;
  return false;
}
var BATCH = 16 * 1024;
function* pretty(value, pad, depth) {
  if (!splittable(value, depth)) {
    yield indented(value, pad.length / 2);
    return;
  }
  const inner = `${pad}  `;
  const array = Array.isArray(value);
  const members = array ? value.map((v) => ["", omitted(v) ? null : v]) : Object.entries(value).filter(([, v]) => !omitted(v)).map(([k, v]) => [`${JSON.stringify(k)}: `, v]);
  if (members.length === 0) {
    yield array ? "[]" : "{}";
    return;
  }
  let batch = array ? "[\n" : "{\n";
  for (let i = 0; i < members.length; i++) {
    const [key, v] = members[i];
    const sep = i < members.length - 1 ? ",\n" : "\n";
    if (splittable(v, depth + 1)) {
      yield `${batch}${inner}${key}`;
      batch = "";
      yield* pretty(v, inner, depth + 1);
      batch = sep;
    } else {
      batch += `${inner}${key}${indented(v, inner.length / 2)}${sep}`;
      if (batch.length >= BATCH) {
        yield batch;
        batch = "";
      }
    }
  }
  yield `${batch}${pad}${array ? "]" : "}"}`;
}
var wrappers = [];
function indented(value, levels) {
  if (levels === 0 || typeof value !== "object" || value === null) return JSON.stringify(value, null, 2) ?? "null";
  let w = wrappers[levels];
  if (!w) {
    let prefix = "";
    let suffix = "";
    for (let i = 0; i < levels; i++) {
      prefix += `${"  ".repeat(i)}[
`;
      suffix = `
${"  ".repeat(i)}]${suffix}`;
    }
    w = wrappers[levels] = { prefix: prefix + "  ".repeat(levels), suffix };
  }
  let wrapped = value === void 0 ? null : value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(w.prefix.length, text.length - w.suffix.length);
}
function* coalesce(pieces, size) {
  let buffer = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join("");
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join("");
}
export {
  JSON_PIECE_SIZE,
  jsonPieces,
  prettyChunks,
  renderJson,
  renderJsonChunks
};
