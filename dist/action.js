import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  runProgram
} from "./chunks/chunk-5EADNHZG.js";
import {
  require_picomatch
} from "./chunks/chunk-IJMKT2CA.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-UPTVAGHC.js";
import {
  failOnSchema,
  riskRank
} from "./chunks/chunk-VF3KV3GD.js";
import {
  InputError,
  describeError
} from "./chunks/chunk-6REE7K7U.js";
import "./chunks/chunk-R7GYY6S2.js";
import "./chunks/chunk-ZXZ6IRW6.js";
import {
  external_exports
} from "./chunks/chunk-P7RJKAE7.js";
import {
  __toESM
} from "./chunks/chunk-UUTPRXCH.js";

// src/action/main.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import os5 from "node:os";
import path3 from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/context.ts
import { readFileSync } from "node:fs";
var labelSchema = external_exports.object({ name: external_exports.string() }).passthrough();
var payloadSchema = external_exports.object({
  action: external_exports.string().optional(),
  number: external_exports.number().optional(),
  label: labelSchema.optional(),
  sender: external_exports.object({ login: external_exports.string() }).passthrough().optional(),
  pull_request: external_exports.object({
    number: external_exports.number(),
    updated_at: external_exports.string().optional(),
    labels: external_exports.array(labelSchema).optional(),
    head: external_exports.object({
      sha: external_exports.string(),
      repo: external_exports.object({ full_name: external_exports.string() }).passthrough().nullable().optional()
    }).passthrough(),
    base: external_exports.object({
      sha: external_exports.string().optional(),
      repo: external_exports.object({ full_name: external_exports.string() }).passthrough().nullable().optional()
    }).passthrough()
  }).passthrough().optional()
}).passthrough();
function readRunContext(env) {
  const payload = readPayload(env["GITHUB_EVENT_PATH"]);
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const serverUrl = env["GITHUB_SERVER_URL"] || "https://github.com";
  const pr = payload.pull_request;
  const repoRef = owner && repo ? { owner, repo } : void 0;
  const runUrl = repoRef && env["GITHUB_RUN_ID"] ? `${serverUrl}/${repoRef.owner}/${repoRef.repo}/actions/runs/${env["GITHUB_RUN_ID"]}` : void 0;
  return {
    eventName: env["GITHUB_EVENT_NAME"] ?? "",
    ...repoRef ? { repo: repoRef } : {},
    serverUrl,
    apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
    ...runUrl ? { runUrl } : {},
    workspace: env["GITHUB_WORKSPACE"] || process.cwd(),
    ...env["RUNNER_TEMP"] ? { tempDir: env["RUNNER_TEMP"] } : {},
    ...pr ? {
      pr: {
        number: pr.number,
        headSha: pr.head.sha,
        ...pr.base.sha ? { baseSha: pr.base.sha } : {},
        fromFork: Boolean(pr.head.repo && pr.base.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
        labels: (pr.labels ?? []).map((l) => l.name),
        ...pr.updated_at ? { updatedAt: pr.updated_at } : {}
      }
    } : {},
    ...payload.action === "labeled" && payload.label ? { labeled: { label: payload.label.name, ...payload.sender ? { by: payload.sender.login } : {} } } : {},
    ...env["GITHUB_SHA"] ? { sha: env["GITHUB_SHA"] } : {}
  };
}
function readPayload(file) {
  if (!file) return {};
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
  const parsed = payloadSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

// src/action/inputs.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path2 from "node:path";

// src/action/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync } from "node:fs";
import path from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function isGlob(pattern) {
  return import_picomatch.default.scan(pattern).isGlob;
}
function expandGlob(pattern, cwd, kind) {
  const normalized = pattern.replace(/^\.\//, "");
  const { base } = import_picomatch.default.scan(normalized);
  const isMatch = (0, import_picomatch.default)(normalized, { dot: false });
  const root = path.resolve(cwd, base || ".");
  const found = [];
  const walk = (dir, depth) => {
    if (depth > 32) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const abs = path.join(dir, e.name);
      const rel = path.relative(cwd, abs).split(path.sep).join("/");
      if (e.isDirectory()) {
        if (kind === "dir" && isMatch(rel)) found.push(rel);
        walk(abs, depth + 1);
      } else if (kind === "file" && e.isFile() && isMatch(rel)) {
        found.push(rel);
      }
    }
  };
  walk(root, 0);
  return found.sort();
}

// src/action/inputs.ts
var commentModes = ["update", "new", "hide-and-new", "off"];
function fail(name, problem) {
  throw new InputError(`input ${name}`, problem);
}
function optional(get, name) {
  const v = get(name).trim();
  return v === "" ? void 0 : v;
}
function lines(get, name) {
  return get(name).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
function list(get, name) {
  return get(name).split(/[\n,]/).map((l) => l.trim()).filter(Boolean);
}
function integer(get, name, fallback, min, max) {
  const raw = optional(get, name);
  if (raw === void 0) return fallback;
  if (!/^\d+$/.test(raw)) fail(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  const n = Number(raw);
  if (n < min || n > max) fail(name, `must be from ${min} to ${max} (got ${n})`);
  return n;
}
function boolean(get, name, fallback) {
  const raw = optional(get, name);
  if (raw === void 0) return fallback;
  if (raw === "true") return true;
  if (raw === "false") return false;
  return fail(name, `must be true or false (got "${raw}")`);
}
function oneOf(get, name, allowed, fallback) {
  const raw = optional(get, name);
  if (raw === void 0) return fallback;
  if (allowed.includes(raw)) return raw;
  return fail(name, `must be one of ${allowed.join(", ")} (got "${raw}")`);
}
function splitLabel(line) {
  const m = /^([\w.:-]+)=(.+)$/.exec(line);
  return m ? { label: m[1], target: m[2].trim() } : { target: line };
}
function expandFiles(name, line, ctx, kind) {
  const { label, target } = splitLabel(line);
  if (isGlob(target)) {
    const matches = expandGlob(target, ctx.cwd, kind);
    if (matches.length === 0) fail(name, `"${target}" matched no ${kind === "dir" ? "directories" : "files"} under ${ctx.cwd}`);
    return matches.map((rel) => ({
      label: label === void 0 ? rel : matches.length === 1 ? label : `${label}:${rel}`,
      path: path2.resolve(ctx.cwd, rel)
    }));
  }
  const abs = path2.resolve(ctx.cwd, target);
  if (!existsSync2(abs)) fail(name, `${kind === "dir" ? "directory" : "file"} "${target}" does not exist`);
  const isDir = statSync(abs).isDirectory();
  if (kind === "file" && isDir) fail(name, `"${target}" is a directory; give the JSON file`);
  if (kind === "dir" && !isDir) fail(name, `"${target}" is not a directory`);
  return [{ label: label ?? target, path: abs }];
}
function directory(get, name, ctx) {
  const raw = optional(get, name);
  if (raw === void 0) return void 0;
  const abs = path2.resolve(ctx.cwd, raw);
  if (!existsSync2(abs) || !statSync(abs).isDirectory()) fail(name, `directory "${raw}" does not exist`);
  return abs;
}
var REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function parseInputs(get, ctx) {
  const mode = oneOf(get, "mode", ["plan", "static"], "plan");
  const failOnRaw = optional(get, "fail-on") ?? "high";
  const failOn = failOnSchema.safeParse(failOnRaw);
  if (!failOn.success) fail("fail-on", `must be one of high, medium, low, never (got "${failOnRaw}")`);
  const specs = [];
  for (const line of lines(get, "plan")) {
    for (const f of expandFiles("plan", line, ctx, "file")) specs.push({ kind: "plan", ...f });
  }
  for (const line of lines(get, "cdk-diff")) {
    for (const f of expandFiles("cdk-diff", line, ctx, "file")) specs.push({ kind: "cdk-diff", ...f });
  }
  const deployedDir = directory(get, "deployed-templates", ctx);
  for (const line of lines(get, "cdk-out")) {
    for (const f of expandFiles("cdk-out", line, ctx, "dir")) {
      specs.push({ kind: "cdk-out", label: f.label, dir: f.path, ...deployedDir ? { deployedDir } : {} });
    }
  }
  if (deployedDir && !specs.some((s) => s.kind === "cdk-out")) fail("deployed-templates", "is set but cdk-out is not");
  for (const line of lines(get, "change-set")) {
    for (const f of expandFiles("change-set", line, ctx, "file")) specs.push({ kind: "change-set", ...f });
  }
  const headDir = directory(get, "source-dir", ctx);
  const baseDir = directory(get, "hcl-base", ctx);
  if (mode === "static") {
    if (!baseDir) fail("hcl-base", "is required with mode: static (check out the base branch into a directory and name it here)");
    specs.push({ kind: "hcl", label: "hcl", baseDir, headDir: headDir ?? ctx.cwd });
  } else if (specs.length === 0) {
    fail("plan", "no input given: set plan, cdk-diff, cdk-out or change-set (or mode: static with hcl-base)");
  }
  const inventory = optional(get, "inventory") ?? "live";
  let inventorySpec = inventory;
  if (inventory !== "live" && inventory !== "none") {
    const abs = path2.resolve(ctx.cwd, inventory);
    if (!existsSync2(abs)) fail("inventory", `must be live, none, or the path of a snapshot file; "${inventory}" does not exist`);
    inventorySpec = abs;
  }
  const regionList = list(get, "regions");
  let regions;
  if (regionList.length === 1 && regionList[0] === "all") regions = "all";
  else if (regionList.length > 0) {
    const bad = regionList.find((r) => !REGION.test(r));
    if (bad !== void 0) fail("regions", `"${bad}" is not an AWS region (write e.g. eu-west-1, us-east-1, or all)`);
    regions = regionList;
  }
  const assumeRoleArnTemplate = optional(get, "assume-role-arn-template");
  if (assumeRoleArnTemplate !== void 0 && !/^arn:(aws[\w-]*|\{partition\}):iam::\{account\}:role\/.+$/.test(assumeRoleArnTemplate)) {
    fail("assume-role-arn-template", `must look like arn:aws:iam::{account}:role/NAME (got "${assumeRoleArnTemplate}")`);
  }
  const ignoreRoles = list(get, "ignore-roles");
  const commentTag = optional(get, "comment-tag") ?? "default";
  if (!/^[\w.:/-]{1,64}$/.test(commentTag)) {
    fail("comment-tag", `may use letters, digits and . _ - : / only, up to 64 characters (got "${commentTag}")`);
  }
  const acknowledgeLabel = optional(get, "acknowledge-label") ?? "iam-blast-radius:acknowledged";
  if (acknowledgeLabel.length > 50) fail("acknowledge-label", "GitHub labels are at most 50 characters");
  const token = optional(get, "github-token");
  return {
    mode,
    specs,
    ...headDir || baseDir ? { sourceDirs: { head: headDir ?? ctx.cwd, ...baseDir ? { base: baseDir } : {} } } : {},
    inventory: inventorySpec,
    ...regions ? { regions } : {},
    ...assumeRoleArnTemplate ? { assumeRoleArnTemplate } : {},
    windowDays: integer(get, "window-days", 90, 1, 400),
    failOn: failOn.data,
    acknowledgeLabel,
    ignoreRoles,
    comment: oneOf(get, "comment", commentModes, "update"),
    commentTag,
    maskAccountIds: boolean(get, "mask-account-ids", false),
    timeoutSeconds: integer(get, "timeout", 120, 5, 3600),
    maxAttempts: integer(get, "max-attempts", 5, 1, 20),
    cloudtrail: boolean(get, "cloudtrail", false),
    ...token ? { githubToken: token } : {}
  };
}

// src/action/main.ts
var SUMMARY_LIMIT = 9e5;
async function run(overrides = {}) {
  const deps = { env: process.env, clock: () => /* @__PURE__ */ new Date(), github: {}, ...overrides };
  try {
    await runAction(deps);
  } catch (e) {
    setFailed(describeError(e));
  }
}
async function runAction(deps) {
  const started = performance.now();
  const stage = (name) => debug(`${name}: ${Math.round(performance.now() - started)} ms`);
  const token = getInput("github-token").trim();
  if (token) setSecret(token);
  for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) {
    const value = deps.env[name]?.trim();
    if (value) setSecret(value);
  }
  const ctx = readRunContext(deps.env);
  const inputs = parseInputs((name) => getInput(name), { cwd: ctx.workspace });
  const pipelineModules = loadPipeline();
  pipelineModules.catch(() => void 0);
  const api = token && ctx.repo ? await githubApi(token, ctx, deps) : void 0;
  const acknowledgedBy = await acknowledgement(api, ctx, inputs);
  stage("labels");
  const report = await analyse(await pipelineModules, inputs, deps, acknowledgedBy);
  stage("analysis");
  const reportPath = await writeReportFile(report, ctx, inputs);
  const { renderMarkdown } = await import("./chunks/markdown-RCFTKS2W.js");
  const sourceLinks = sourceLinksOf(ctx, inputs);
  const baseOptions = {
    acknowledgeLabel: inputs.acknowledgeLabel,
    ...inputs.commentTag !== "default" ? { title: `IAM blast radius · ${inputs.commentTag}` } : {},
    ...sourceLinks ? { sourceLinks } : {},
    ...ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {},
    footer: footer(ctx)
  };
  const summaryOptions = {
    ...baseOptions,
    shortenedNote: (leftOut) => `This summary leaves out ${leftOut} to stay within GitHub's 1 MiB job summary limit. The full report is the JSON file of the \`report-json\` output.`
  };
  let summary2 = renderMarkdown(report, { ...summaryOptions, maxLength: SUMMARY_LIMIT });
  const bytes = Buffer.byteLength(summary2);
  if (bytes > SUMMARY_LIMIT) {
    summary2 = renderMarkdown(report, { ...summaryOptions, maxLength: Math.floor(SUMMARY_LIMIT * summary2.length / bytes) - 1e3 });
  }
  await writeJobSummary(summary2);
  stage("job summary");
  const commentUrl = await comment(
    api,
    ctx,
    inputs,
    report,
    deps,
    (maxLength) => renderMarkdown(report, { ...baseOptions, maxLength })
  );
  stage("comment");
  annotate(report, ctx, inputs);
  setOutput("risk", report.decision.risk);
  setOutput("blocked", String(report.decision.block));
  setOutput("affected-roles", String(report.roles.length));
  setOutput("report-json", reportPath);
  setOutput("comment-url", commentUrl ?? "");
  info(`iam-blast-radius: ${report.roles.length} role(s) affected, risk ${report.decision.risk}, ${Math.round(performance.now() - started)} ms`);
  if (report.decision.block) setFailed(blockedMessage(report, inputs));
}
async function githubApi(token, ctx, deps) {
  const { createOctokit, GitHubApi } = await import("./chunks/github-YT2N56WW.js");
  const octokit = createOctokit({
    token,
    baseUrl: ctx.apiUrl,
    log: { warning: (m) => warning(m), debug: (m) => debug(m) },
    ...deps.github
  });
  return new GitHubApi(octokit, ctx.repo);
}
async function acknowledgement(api, ctx, inputs) {
  if (!ctx.pr) return void 0;
  let labels = ctx.pr.labels;
  if (api) {
    try {
      labels = await api.listLabels(ctx.pr.number);
    } catch (e) {
      debug(`Could not list labels (${describeError(e)}); using the event's labels.`);
    }
  }
  if (!labels.includes(inputs.acknowledgeLabel)) return void 0;
  const by = ctx.labeled?.label === inputs.acknowledgeLabel && ctx.labeled.by ? ` (added by ${ctx.labeled.by})` : "";
  return `label ${inputs.acknowledgeLabel}${by}`;
}
async function loadPipeline() {
  const [{ runPipeline }, { createInventorySource }] = await Promise.all([import("./chunks/pipeline-XYKGNL2N.js"), import("./chunks/inventory-N7PGWCH6.js")]);
  return { runPipeline, createInventorySource };
}
async function analyse({ runPipeline, createInventorySource }, inputs, deps, acknowledgedBy) {
  const inventory = createInventorySource(
    inputs.inventory,
    {
      ...inputs.regions ? { regions: inputs.regions } : {},
      ...inputs.assumeRoleArnTemplate ? { assumeRoleArnTemplate: inputs.assumeRoleArnTemplate } : {},
      timeoutMs: inputs.timeoutSeconds * 1e3,
      maxAttempts: inputs.maxAttempts,
      cloudtrail: inputs.cloudtrail,
      onProgress: (line) => info(line),
      debug: (line) => debug(line)
    },
    deps.clock
  );
  const settings = {
    windowDays: inputs.windowDays,
    failOn: inputs.failOn,
    ignoreRoles: inputs.ignoreRoles,
    maskAccountIds: inputs.maskAccountIds,
    ...acknowledgedBy ? { acknowledgedBy } : {}
  };
  return runPipeline({
    inputs: inputs.specs,
    inventory,
    settings,
    readerContext: readerContext(inputs),
    ...inputs.sourceDirs ? { sourceDirs: inputs.sourceDirs } : {},
    clock: deps.clock
  });
}
function readerContext(inputs) {
  if (inputs.inventory !== "live" || !inputs.specs.some((s) => s.kind === "cdk-out" && !s.deployedDir)) return { exec: runProgram };
  return {
    exec: runProgram,
    fetchDeployedTemplate: async (stack) => {
      const { fetchDeployedTemplate } = await import("./chunks/live-ZM2VNBXE.js");
      return fetchDeployedTemplate(stack, {
        ...inputs.regions ? { regions: inputs.regions } : {},
        ...inputs.assumeRoleArnTemplate ? { assumeRoleArnTemplate: inputs.assumeRoleArnTemplate } : {},
        timeoutMs: inputs.timeoutSeconds * 1e3
      });
    }
  };
}
async function writeReportFile(report, ctx, inputs) {
  const { renderJsonChunks } = await import("./chunks/json-NQPPXGMQ.js");
  const dir = ctx.tempDir ?? os5.tmpdir();
  mkdirSync(dir, { recursive: true });
  const file = path3.join(dir, `iam-blast-radius-${inputs.commentTag.replace(/[^\w.-]/g, "_")}.json`);
  const tmp = `${file}.${randomUUID2()}.tmp`;
  const fd = openSync(tmp, "wx");
  try {
    for (const piece of renderJsonChunks(report)) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  return file;
}
async function writeJobSummary(markdown) {
  try {
    await summary.addRaw(markdown, true).write();
  } catch (e) {
    debug(`No job summary written: ${describeError(e)}`);
  }
}
async function comment(api, ctx, inputs, report, deps, render) {
  if (inputs.comment === "off") return void 0;
  if (!ctx.pr) {
    info("Not a pull_request event: no PR comment (the report is in the job summary).");
    return void 0;
  }
  if (!api) {
    warning("No github-token: no PR comment (the report is in the job summary).");
    return void 0;
  }
  const { publishComment, markerLine } = await import("./chunks/sticky-comment-TJADWR4I.js");
  const { GITHUB_COMMENT_LIMIT } = await import("./chunks/markdown-RCFTKS2W.js");
  const marker = {
    tag: inputs.commentTag,
    sha: /^[0-9a-f]{1,64}$/.test(ctx.pr.headSha) ? ctx.pr.headSha : "unknown",
    run: eventTime(ctx, deps)
  };
  const budget = GITHUB_COMMENT_LIMIT - markerLine(marker).length - 1;
  const publish = (body) => publishComment(api, {
    issue: ctx.pr.number,
    marker,
    body,
    mode: inputs.comment,
    hasChanges: report.changes.length > 0 || report.roles.length > 0,
    log: { info: (m) => info(m), warning: (m) => warning(m) }
  });
  try {
    let outcome;
    try {
      outcome = await publish(render(budget));
    } catch (e) {
      if (!isTooLong(e)) throw e;
      warning("GitHub refused the comment as too long; posting a shorter one.");
      outcome = await publish(render(Math.floor(budget / 2)));
    }
    info(`PR comment: ${outcome.action}${"url" in outcome ? ` ${outcome.url}` : ""}`);
    return "url" in outcome ? outcome.url : void 0;
  } catch (e) {
    const status = e?.status;
    const why = status === 403 || status === 404 ? `the token cannot write to this pull request (${status}; fork pull requests and tokens without pull-requests: write get a read-only token)` : describeError(e);
    warning(`Could not write the PR comment: ${why}. The report is in the job summary.`);
    return void 0;
  }
}
function isTooLong(e) {
  const err = e;
  return err?.status === 422 && /too long/i.test(String(err.message));
}
function eventTime(ctx, deps) {
  const t = ctx.pr?.updatedAt ? Date.parse(ctx.pr.updatedAt) : Number.NaN;
  return (Number.isNaN(t) ? deps.clock() : new Date(t)).toISOString();
}
function sourceLinksOf(ctx, inputs) {
  const sha = ctx.pr?.headSha ?? ctx.sha;
  if (!ctx.repo || !sha) return void 0;
  const prefix = inputs.sourceDirs ? path3.relative(ctx.workspace, inputs.sourceDirs.head).split(path3.sep).join("/") : "";
  return {
    serverUrl: ctx.serverUrl,
    repo: `${ctx.repo.owner}/${ctx.repo.repo}`,
    sha,
    ...ctx.pr?.baseSha ? { baseSha: ctx.pr.baseSha } : {},
    ...prefix && !prefix.startsWith("..") ? { pathPrefix: prefix } : {}
  };
}
function footer(ctx) {
  const sha = ctx.pr?.headSha ?? ctx.sha;
  const parts = [];
  if (sha && /^[0-9a-f]{7,64}$/.test(sha)) parts.push(`commit ${sha.slice(0, 7)}`);
  if (ctx.runUrl) parts.push(`[run](${ctx.runUrl})`);
  return parts.join(" · ");
}
function annotate(report, ctx, inputs) {
  const riskOf = new Map(report.roles.map((r) => [r.name, r.risk]));
  const prefix = inputs.sourceDirs ? path3.relative(ctx.workspace, inputs.sourceDirs.head) : "";
  for (const change of report.changes) {
    if (!change.location) continue;
    const risk = change.roles.map((r) => riskOf.get(r) ?? "none").sort((a, b) => riskRank(b) - riskRank(a))[0];
    if (risk !== "high" && risk !== "medium") continue;
    const file = path3.join(prefix, change.location.file).split(path3.sep).join("/");
    const props = { file, startLine: change.location.line, title: `IAM blast radius: ${risk} risk` };
    const message = annotationMessage(change, report);
    if (risk === "high") error(message, props);
    else warning(message, props);
  }
}
function annotationMessage(change, report) {
  const roles = report.roles.filter((r) => change.roles.includes(r.name));
  const reasons = roles.flatMap((r) => r.reasons.slice(0, 2).map((x) => `${r.name}: ${x}`));
  const text = `${change.address} ${change.location?.side === "base" ? "(removed in this PR) " : ""}— ${reasons.join("; ") || change.effects.map((e) => e.summary).join("; ")}`;
  return text.replace(/[\r\n]+/g, " ").slice(0, 1e3);
}
function blockedMessage(report, inputs) {
  const roles = report.roles.filter((r) => !r.waived && inputs.failOn !== "never" && riskRank(r.risk) >= riskRank(inputs.failOn));
  const names = roles.slice(0, 5).map((r) => r.name).join(", ");
  const more = roles.length > 5 ? ` and ${roles.length - 5} more` : "";
  return `IAM blast radius: blocked at fail-on ${inputs.failOn}, risk ${report.decision.risk} (${names}${more}). Fix the change, add the label "${inputs.acknowledgeLabel}", or list the roles in ignore-roles.`;
}

// src/action/index.ts
void run();
