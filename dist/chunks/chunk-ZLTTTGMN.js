import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/changes/terraform/address.ts
var AddressSyntaxError = class extends Error {
};
var IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) IDENT[c] = 1;
  else if (/[0-9-]/.test(ch)) IDENT[c] = 2;
}
var isIdentStart = (code) => code < 128 && IDENT[code] === 1;
var isIdentPart = (code) => code < 128 && IDENT[code] > 0;
var isIndexPart = (code) => code >= 48 && code <= 57 || code === 45;
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      tokens.push({ t: "dot" });
      i++;
    } else if (c === "[") {
      i++;
      if (text[i] === '"') {
        const [value, next] = readQuoted(text, i);
        tokens.push({ t: "key", v: value });
        i = next;
      } else if (text[i] === "*") {
        tokens.push({ t: "splat" });
        i++;
      } else {
        const start = i;
        while (i < text.length && isIndexPart(text.charCodeAt(i))) i++;
        const digits = text.slice(start, i);
        if (!/^-?[0-9]+$/.test(digits)) throw new AddressSyntaxError(`bad index at ${start} in ${text}`);
        tokens.push({ t: "key", v: Number(digits) });
      }
      if (text[i] !== "]") throw new AddressSyntaxError(`expected ] at ${i} in ${text}`);
      i++;
    } else if (c === "*") {
      tokens.push({ t: "splat" });
      i++;
    } else if (isIdentStart(c.charCodeAt(0))) {
      const start = i;
      i++;
      while (i < text.length && isIdentPart(text.charCodeAt(i))) i++;
      tokens.push({ t: "ident", v: text.slice(start, i) });
    } else {
      throw new AddressSyntaxError(`unexpected ${JSON.stringify(c)} at ${i} in ${text}`);
    }
  }
  return tokens;
}
function readQuoted(text, openAt) {
  let i = openAt + 1;
  let out = "";
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return [out, i + 1];
    if (c === "\\") {
      const n = text[i + 1];
      if (n === void 0) break;
      i += 2;
      switch (n) {
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case '"':
          out += '"';
          break;
        case "\\":
          out += "\\";
          break;
        case "u":
        case "U": {
          const len = n === "u" ? 4 : 8;
          const hex = text.slice(i, i + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new AddressSyntaxError(`bad escape in ${text}`);
          out += String.fromCodePoint(parseInt(hex, 16));
          i += len;
          break;
        }
        default:
          out += n;
      }
      continue;
    }
    if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
      out += `${c}{`;
      i += 3;
      continue;
    }
    const start = i;
    i++;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 34 || d === 92 || d === 36 || d === 37) break;
      i++;
    }
    out += text.slice(start, i);
  }
  throw new AddressSyntaxError(`unterminated string in ${text}`);
}
function parseAddress(text) {
  const tokens = tokenize(text);
  let p = 0;
  const ident = () => {
    const tok = tokens[p];
    if (!tok || tok.t !== "ident") throw new AddressSyntaxError(`expected a name at token ${p} in ${text}`);
    p++;
    return tok.v;
  };
  const dot = () => {
    if (tokens[p]?.t !== "dot") throw new AddressSyntaxError(`expected . at token ${p} in ${text}`);
    p++;
  };
  const key = () => {
    const tok = tokens[p];
    if (tok?.t === "key") {
      p++;
      return tok.v;
    }
    return void 0;
  };
  const modules = [];
  while (tokens[p]?.t === "ident" && tokens[p].v === "module" && tokens[p + 1]?.t === "dot") {
    p += 2;
    const name2 = ident();
    const k2 = key();
    modules.push(k2 === void 0 ? { name: name2 } : { name: name2, key: k2 });
    dot();
  }
  let mode = "managed";
  if (tokens[p]?.t === "ident" && tokens[p].v === "data" && tokens[p + 1]?.t === "dot") {
    mode = "data";
    p += 2;
  }
  const type = ident();
  dot();
  const name = ident();
  const k = key();
  if (p !== tokens.length) throw new AddressSyntaxError(`unexpected trailing part in ${text}`);
  return k === void 0 ? { modules, mode, type, name } : { modules, mode, type, name, key: k };
}
function formatKey(key) {
  return typeof key === "number" ? `[${key}]` : `[${quote(key)}]`;
}
function isPlainKey(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || c === 127) return false;
  }
  return true;
}
function quote(s) {
  if (isPlainKey(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (cp < 32 || cp === 127) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + '"';
}
function formatModulePath(modules) {
  return modules.map((m) => `module.${m.name}${m.key === void 0 ? "" : formatKey(m.key)}`).join(".");
}
function formatAddress(a) {
  const mod = formatModulePath(a.modules);
  const res = `${a.mode === "data" ? "data." : ""}${a.type}.${a.name}${a.key === void 0 ? "" : formatKey(a.key)}`;
  return mod ? `${mod}.${res}` : res;
}
function configModulePath(modules) {
  return modules.map((m) => m.name).join(".");
}
function blockAddress(a) {
  return `${a.mode === "data" ? "data." : ""}${a.type}.${a.name}`;
}
function parseReference(text) {
  let tokens;
  try {
    tokens = tokenize(text);
  } catch {
    return { kind: "other", text };
  }
  const first = tokens[0];
  if (!first || first.t !== "ident") return { kind: "other", text };
  if (first.v === "var" && tokens[1]?.t === "dot" && tokens[2]?.t === "ident") return { kind: "variable", name: tokens[2].v };
  const rootIdents = /* @__PURE__ */ new Set(["var", "local", "each", "count", "path", "terraform", "self"]);
  if (rootIdents.has(first.v)) return { kind: "other", text };
  let p = 0;
  if (first.v === "module") {
    if (tokens[1]?.t !== "dot" || tokens[2]?.t !== "ident") return { kind: "other", text };
    const module = tokens[2].v;
    p = 3;
    let key2;
    if (tokens[p]?.t === "key") key2 = tokens[p++].v;
    if (tokens[p]?.t !== "dot" || tokens[p + 1]?.t !== "ident") return { kind: "other", text };
    const output = tokens[p + 1].v;
    return key2 === void 0 ? { kind: "module-output", module, output } : { kind: "module-output", module, key: key2, output };
  }
  let mode = "managed";
  if (first.v === "data") {
    mode = "data";
    p = 2;
    if (tokens[1]?.t !== "dot") return { kind: "other", text };
  }
  const type = tokens[p];
  const name = tokens[p + 2];
  if (type?.t !== "ident" || tokens[p + 1]?.t !== "dot" || name?.t !== "ident") return { kind: "other", text };
  p += 3;
  let key;
  if (tokens[p]?.t === "key") key = tokens[p++].v;
  let attribute;
  if (tokens[p]?.t === "dot" && tokens[p + 1]?.t === "ident") attribute = tokens[p + 1].v;
  const ref = { kind: "resource", mode, type: type.v, name: name.v };
  if (key !== void 0) ref.key = key;
  if (attribute !== void 0) ref.attribute = attribute;
  return ref;
}

export {
  parseAddress,
  formatModulePath,
  formatAddress,
  configModulePath,
  blockAddress,
  parseReference
};
