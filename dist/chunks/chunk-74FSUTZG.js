import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  parseAddress
} from "./chunk-ZLTTTGMN.js";

// src/changes/hcl/config.ts
import { promises as nodeFs } from "node:fs";
import path from "node:path";

// src/changes/hcl/scan.ts
var ScanError = class extends Error {
  constructor(line, message) {
    super(message);
    this.line = line;
  }
  line;
};
var identStart = /[A-Za-z_]/;
var identPart = /[A-Za-z0-9_-]/;
function tokenize(text) {
  const tokens = [];
  let i = 0;
  let line = 1;
  const push = (kind, start, tokenLine, value = text.slice(start, i)) => {
    tokens.push({ kind, text: value, line: tokenLine, start, end: i });
  };
  const skipTemplateExpression = () => {
    const openLine = line;
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === "\n") line++;
      if (c === "{") depth++;
      else if (c === "}") {
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
  const skipString = () => {
    const openLine = line;
    i++;
    let literal = "";
    while (i < text.length) {
      const c = text[i];
      if (c === "\n") throw new ScanError(openLine, "unterminated string");
      if (c === "\\") {
        if (literal !== void 0) literal += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') {
        i++;
        return literal;
      }
      if ((c === "$" || c === "%") && text[i + 1] === "{") {
        i++;
        skipTemplateExpression();
        literal = void 0;
        continue;
      }
      if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
        if (literal !== void 0) literal += text.slice(i, i + 3);
        i += 3;
        continue;
      }
      if (literal !== void 0) literal += c;
      i++;
    }
    throw new ScanError(openLine, "unterminated string");
  };
  while (i < text.length) {
    const c = text[i];
    const start = i;
    const startLine = line;
    if (c === "\n") {
      i++;
      push("newline", start, startLine);
      line++;
    } else if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new ScanError(startLine, 'unterminated comment "/*"');
      for (let k = i; k < end; k++) if (text[k] === "\n") line++;
      i = end + 2;
    } else if (c === '"') {
      const literal = skipString();
      push("string", start, startLine, literal === void 0 ? "" : unescape(literal));
    } else if (c === "<" && text[i + 1] === "<" && /^<<-?[A-Za-z_][A-Za-z0-9_-]*\r?\n/.test(text.slice(i, i + 200))) {
      const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(text.slice(i, i + 200));
      const marker = header[1];
      i += header[0].length;
      line++;
      let closed = false;
      while (i < text.length) {
        const eol = text.indexOf("\n", i);
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
      push("heredoc", start, startLine);
    } else if (identStart.test(c)) {
      while (i < text.length && identPart.test(text[i])) i++;
      push("ident", start, startLine);
    } else if ("{}[]()".includes(c)) {
      i++;
      push(c, start, startLine);
    } else if (c === "=" && text[i + 1] !== "=" && text[i + 1] !== ">" && !"!<>=".includes(text[i - 1] ?? "")) {
      i++;
      push("=", start, startLine);
    } else {
      i++;
      push("other", start, startLine);
    }
  }
  return tokens;
}
function unescape(raw) {
  return raw.replace(/\\(["\\nrt])/g, (_, ch) => ({ n: "\n", r: "\r", t: "	" })[ch] ?? ch);
}
var closing = { "{": "}", "[": "]", "(": ")" };
function scanBody(tokens, at, inBlock, out) {
  let i = at;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === "newline") {
      i++;
      continue;
    }
    if (t.kind === "}") {
      if (inBlock) return i;
      throw new ScanError(t.line, 'unexpected "}" with no block open');
    }
    if (t.kind !== "ident") throw new ScanError(t.line, `expected an attribute or block, found "${t.text}"`);
    const next = tokens[i + 1];
    if (next?.kind === "=") {
      const end = skipExpression(tokens, i + 2);
      const last = tokens[end - 1];
      out.push({ kind: "attribute", name: t.text, labels: [], line: t.line, start: t.start, end: last.end, children: [] });
      i = end;
      continue;
    }
    const labels = [];
    let k = i + 1;
    while (k < tokens.length && (tokens[k]?.kind === "string" || tokens[k]?.kind === "ident")) {
      labels.push(tokens[k].text);
      k++;
    }
    if (tokens[k]?.kind !== "{") throw new ScanError(t.line, `expected "=" or a block body after "${t.text}"`);
    const block = { kind: "block", name: t.text, labels, line: t.line, start: t.start, end: t.end, children: [] };
    const close = scanBody(tokens, k + 1, true, block.children);
    const closeToken = tokens[close];
    if (closeToken?.kind !== "}") throw new ScanError(t.line, `block "${[t.text, ...labels].join(" ")}" is never closed`);
    block.end = closeToken.end;
    out.push(block);
    i = close + 1;
  }
  return i;
}
function skipExpression(tokens, at) {
  const stack = [];
  let i = at;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === "{" || t.kind === "[" || t.kind === "(") stack.push(t);
    else if (t.kind === "}" || t.kind === "]" || t.kind === ")") {
      const open2 = stack.pop();
      if (!open2) {
        if (t.kind === "}") return i;
        throw new ScanError(t.line, `unexpected "${t.kind}"`);
      }
      if (closing[open2.kind] !== t.kind) throw new ScanError(open2.line, `"${open2.kind}" opened on line ${open2.line} closed by "${t.kind}" on line ${t.line}`);
    } else if (t.kind === "newline" && stack.length === 0) return i;
    i++;
  }
  const open = stack[0];
  if (open) throw new ScanError(open.line, `"${open.kind}" is never closed`);
  return i;
}
function scanHcl(text) {
  const statements = [];
  try {
    scanBody(tokenize(text), 0, false, statements);
    return { ok: true, statements };
  } catch (e) {
    if (e instanceof ScanError) return { ok: false, problem: { line: e.line, message: e.message }, statements };
    throw e;
  }
}

// src/changes/hcl/parser.ts
var loaded;
async function loadParser() {
  loaded ??= import("./dist-LQZOHBE3.js").then((mod) => {
    const m = mod;
    const fn = m.parseToObject ?? m.default?.parseToObject;
    if (!fn) throw new Error("hcl2-parser did not export parseToObject");
    return fn;
  });
  return loaded;
}
function parseWith(parse, text) {
  try {
    const [body, err] = parse(text);
    if (err !== null && err !== void 0) return null;
    return body !== null && typeof body === "object" ? body : null;
  } catch {
    return null;
  }
}
var ready;
var expressionCache = /* @__PURE__ */ new Map();
function parseExpressionSync(expression) {
  if (!ready) throw new Error("parseExpressionSync called before ensureParser");
  let result = expressionCache.get(expression);
  if (!result) {
    const body = parseWith(ready, `v = ${expression}
`);
    result = body && "v" in body ? { ok: true, value: body.v } : { ok: false };
    if (expressionCache.size > 1e4) expressionCache.clear();
    expressionCache.set(expression, result);
  }
  return result;
}
var parseCache = /* @__PURE__ */ new Map();
async function parseHcl(text) {
  const cached = parseCache.get(text);
  if (cached) return cached;
  const result = await parseUncached(text);
  if (parseCache.size > 2e3) parseCache.clear();
  parseCache.set(text, result);
  return result;
}
async function parseUncached(text) {
  const parse = await loadParser();
  ready = parse;
  const scanned = scanHcl(text);
  const body = parseWith(parse, text);
  if (body && scanned.ok) return { ok: true, body, statements: scanned.statements };
  if (!scanned.ok) return { ok: false, line: scanned.problem.line, message: scanned.problem.message };
  const bad = locateParseError(parse, text, scanned.statements);
  return { ok: false, line: bad?.line ?? 1, message: bad ? `invalid ${describe(bad)}` : "not valid HCL" };
}
function describe(s) {
  return s.kind === "attribute" ? `attribute "${s.name}"` : `block "${[s.name, ...s.labels].join(" ")}"`;
}
function locateParseError(parse, text, statements) {
  for (const s of statements) {
    if (parseWith(parse, text.slice(s.start, s.end)) !== null) continue;
    if (s.kind === "block") return locateParseError(parse, text, s.children) ?? s;
    return s;
  }
  return void 0;
}

// src/changes/hcl/config.ts
var nodeSourceFiles = {
  async listTf(dir) {
    try {
      const entries = await nodeFs.readdir(dir, { withFileTypes: true });
      return entries.filter((e) => e.isFile() && e.name.endsWith(".tf")).map((e) => e.name).sort();
    } catch {
      return null;
    }
  },
  read: (file) => nodeFs.readFile(file, "utf8")
};
function asBodies(value) {
  if (Array.isArray(value)) return value.filter((v) => v !== null && typeof v === "object");
  return value !== null && typeof value === "object" ? [value] : [];
}
var isLocalSource = (source) => source.startsWith("./") || source.startsWith("../");
var everyBlock = () => true;
async function loadCheckout(rootDir, fs = nodeSourceFiles, parseBlock = everyBlock) {
  const checkout = { root: void 0, files: /* @__PURE__ */ new Set(), problems: [] };
  const byDir = /* @__PURE__ */ new Map();
  const inProgress = /* @__PURE__ */ new Set();
  const load = (dir, depth) => {
    let loading = byDir.get(dir);
    if (!loading) {
      loading = loadModule(dir, depth);
      byDir.set(dir, loading);
    }
    return loading;
  };
  const loadModule = async (dir, depth) => {
    inProgress.add(dir);
    const module = {
      dir,
      files: [],
      resources: /* @__PURE__ */ new Map(),
      data: /* @__PURE__ */ new Map(),
      calls: /* @__PURE__ */ new Map(),
      variables: /* @__PURE__ */ new Map(),
      locals: /* @__PURE__ */ new Map(),
      moved: [],
      removed: []
    };
    const names = await fs.listTf(path.join(rootDir, dir)) ?? [];
    for (const name of names) {
      const file = path.posix.join(dir, name);
      module.files.push(file);
      checkout.files.add(file);
      const text = await fs.read(path.join(rootDir, file));
      const scanned = scanHcl(text);
      if (!scanned.ok) {
        checkout.problems.push({ file, line: scanned.problem.line, message: scanned.problem.message });
        continue;
      }
      const wanted = scanned.statements.filter(parseBlock);
      let body = {};
      if (wanted.length > 0) {
        const all = wanted.length === scanned.statements.length;
        let parsed = await parseHcl(all ? text : wanted.map((b) => text.slice(b.start, b.end)).join("\n\n"));
        if (!parsed.ok && !all) parsed = await parseHcl(text);
        if (!parsed.ok) {
          checkout.problems.push({ file, line: parsed.line, message: parsed.message });
          continue;
        }
        body = parsed.body;
      }
      collect(module, file, scanned.statements, body);
    }
    if (depth < 32) {
      for (const call of module.calls.values()) {
        if (call.source !== void 0 && isLocalSource(call.source)) {
          const target = path.posix.normalize(path.posix.join(dir, call.source)).replace(/(.)\/+$/, "$1");
          if (inProgress.has(target)) continue;
          if (await fs.listTf(path.join(rootDir, target)) !== null) call.target = await load(target, depth + 1);
        }
      }
    }
    inProgress.delete(dir);
    return module;
  };
  checkout.root = await load(".", 0);
  return checkout;
}
function collect(module, file, statements, body) {
  const bodyOf = (...path2) => {
    let cur = body;
    for (const p of path2) cur = cur !== null && typeof cur === "object" && !Array.isArray(cur) ? cur[p] : void 0;
    return asBodies(cur)[0] ?? {};
  };
  let movedIndex = 0;
  let removedIndex = 0;
  const moved = asBodies(body.moved);
  const removed = asBodies(body.removed);
  for (const s of statements) {
    if (s.kind !== "block") continue;
    const [a, b] = s.labels;
    if ((s.name === "resource" || s.name === "data") && a !== void 0 && b !== void 0 && s.labels.length === 2) {
      const blocks = s.name === "resource" ? module.resources : module.data;
      const key = `${a}.${b}`;
      if (!blocks.has(key)) blocks.set(key, { file, line: s.line, body: bodyOf(s.name, a, b), module, type: a, name: b });
    } else if (s.name === "module" && a !== void 0 && s.labels.length === 1 && !module.calls.has(a)) {
      const callBody = bodyOf("module", a);
      const call = { file, line: s.line, body: callBody, module, name: a };
      if (typeof callBody.source === "string") call.source = callBody.source;
      module.calls.set(a, call);
    } else if (s.name === "variable" && a !== void 0) {
      const v = bodyOf("variable", a);
      module.variables.set(a, "default" in v ? { default: v.default, hasDefault: true } : { hasDefault: false });
    } else if (s.name === "moved") {
      const m = moved[movedIndex++];
      if (m && typeof m.from === "string" && typeof m.to === "string") {
        module.moved.push({ from: stripInterpolation(m.from), to: stripInterpolation(m.to), file, line: s.line });
      }
    } else if (s.name === "removed") {
      const r = removed[removedIndex++];
      if (r && typeof r.from === "string") {
        const destroy = asBodies(r.lifecycle)[0]?.destroy;
        module.removed.push({ from: stripInterpolation(r.from), destroy: destroy === void 0 ? true : typeof destroy === "boolean" ? destroy : "unknown", file, line: s.line });
      }
    }
  }
  for (const locals of asBodies(body.locals)) for (const [k, v] of Object.entries(locals)) module.locals.set(k, v);
}
function stripInterpolation(s) {
  const m = /^\$\{(.*)\}$/s.exec(s);
  return m ? m[1].trim() : s;
}

// src/changes/hcl/locate.ts
var moduleCalls = (s) => s.name === "module";
function findBlock(checkout, address) {
  let module = checkout.root;
  for (const step of address.modules) {
    const call = module.calls.get(step.name);
    if (!call) return null;
    if (!call.target) return { file: call.file, line: call.line, viaModuleCall: call.source ?? step.name };
    module = call.target;
  }
  const blocks = address.mode === "data" ? module.data : module.resources;
  const block = blocks.get(`${address.type}.${address.name}`);
  return block ? { file: block.file, line: block.line } : null;
}
async function locateChanges(changes, dirs, fs = nodeSourceFiles) {
  const warnings = [];
  const relevant = changes.some((c) => (c.source === "terraform" || c.source === "hcl") && !c.location);
  if (!relevant) return { changes, warnings };
  const head = await loadCheckout(dirs.head, fs, moduleCalls);
  const base = dirs.base !== void 0 ? await loadCheckout(dirs.base, fs, moduleCalls) : void 0;
  for (const checkout of [head, base]) {
    for (const p of checkout?.problems ?? []) {
      warnings.push(`${p.file}:${p.line}: ${p.message}; source locations in this file are unavailable`);
    }
  }
  const out = changes.map((change) => {
    if (change.location || change.source !== "terraform" && change.source !== "hcl") return change;
    const found = locateAddress(change.address, head, base);
    if ("warning" in found) {
      warnings.push(found.warning);
      return change;
    }
    const { note, ...location } = found;
    return { ...change, location, ...note ? { notes: [...change.notes ?? [], note] } : {} };
  });
  return { changes: out, warnings: [...new Set(warnings)] };
}
function locateAddress(text, head, base) {
  let address;
  try {
    address = parseAddress(text);
  } catch {
    return { warning: `no source location for ${text}: not a Terraform resource address` };
  }
  const inHead = findBlock(head, address);
  if (inHead) return { file: inHead.file, line: inHead.line, side: "head" };
  const inBase = base ? findBlock(base, address) : null;
  if (inBase && head.problems.some((p) => p.file === inBase.file)) {
    return { warning: `no source location for ${text}: ${inBase.file} does not parse in head` };
  }
  if (inBase) {
    const gone = !head.files.has(inBase.file);
    return {
      file: inBase.file,
      line: inBase.line,
      side: "base",
      note: gone ? `removed in this PR with the whole file ${inBase.file}` : "removed in this PR"
    };
  }
  return { warning: `no source location for ${text}: no matching block in the Terraform source` };
}

export {
  parseExpressionSync,
  nodeSourceFiles,
  loadCheckout,
  findBlock,
  locateChanges,
  locateAddress
};
