import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  InputError,
  describeError
} from "./chunks/chunk-6REE7K7U.js";
import "./chunks/chunk-UUTPRXCH.js";

// src/action/main.ts
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import os2 from "node:os";
import path3 from "node:path";

// src/action/context.ts
import { readFileSync } from "node:fs";
function workspaceOf(env) {
  return env["GITHUB_WORKSPACE"] || process.cwd();
}
async function readRunContext(env) {
  const payload = await readPayload(env["GITHUB_EVENT_PATH"]);
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
    workspace: workspaceOf(env),
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
async function readPayload(file) {
  if (!file) return {};
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
  const { parsePayload } = await import("./chunks/payload-WKXEANYW.js");
  return parsePayload(raw);
}

// src/action/core.ts
import { appendFileSync, constants, existsSync } from "node:fs";
import { access, appendFile } from "node:fs/promises";
import os from "node:os";
function toCommandValue(input) {
  if (input === null || input === void 0) return "";
  if (typeof input === "string" || input instanceof String) return input;
  return JSON.stringify(input);
}
function escapeData(value) {
  return toCommandValue(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatCommand(command, properties, message) {
  let out = `::${command || "missing.command"}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    out += " ";
    let first = true;
    for (const key of keys) {
      const value = properties[key];
      if (!value) continue;
      out += `${first ? "" : ","}${key}=${escapeProperty(value)}`;
      first = false;
    }
  }
  return `${out}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
  process.stdout.write(formatCommand(command, properties, message) + os.EOL);
}
function toCommandProperties(p) {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${os.EOL}${converted}${os.EOL}${delimiter}`;
}
function issueFileCommand(command, message) {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${toCommandValue(message)}${os.EOL}`, { encoding: "utf8" });
}
function getInput(name, options) {
  const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function setOutput(name, value) {
  if (process.env["GITHUB_OUTPUT"]) return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  process.stdout.write(os.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function info(message) {
  process.stdout.write(message + os.EOL);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function setFailed(message) {
  process.exitCode = 1;
  error(message);
}
async function appendSummary(markdown) {
  const file = process.env["GITHUB_STEP_SUMMARY"];
  if (!file) {
    throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
  }
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown + os.EOL, { encoding: "utf8" });
}

// src/action/inputs.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path2 from "node:path";

// src/action/glob.ts
import { readdirSync } from "node:fs";
import path from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var GLOB_CHARS = /[*?[{(]/;
function mayBeGlob(pattern) {
  return GLOB_CHARS.test(pattern);
}
var picomatchLoaded;
function loadPicomatch() {
  return picomatchLoaded ??= import("./chunks/picomatch-LKYZJ3WW.js").then((m) => m.default);
}
async function isGlob(pattern) {
  if (!mayBeGlob(pattern)) return false;
  const picomatch = await loadPicomatch();
  return picomatch.scan(pattern).isGlob;
}
async function expandGlob(pattern, cwd, kind) {
  const picomatch = await loadPicomatch();
  const normalized = pattern.replace(/^\.\//, "");
  const { base } = picomatch.scan(normalized);
  const isMatch = picomatch(normalized, { dot: false });
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
var failOnLevels = ["high", "medium", "low", "never"];
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
async function expandFiles(name, line, ctx, kind) {
  const { label, target } = splitLabel(line);
  if (await isGlob(target)) {
    const matches = await expandGlob(target, ctx.cwd, kind);
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
async function parseInputs(get, ctx) {
  const mode = oneOf(get, "mode", ["plan", "static"], "plan");
  const failOn = oneOf(get, "fail-on", failOnLevels, "high");
  const specs = [];
  for (const line of lines(get, "plan")) {
    for (const f of await expandFiles("plan", line, ctx, "file")) specs.push({ kind: "plan", ...f });
  }
  for (const line of lines(get, "cdk-diff")) {
    for (const f of await expandFiles("cdk-diff", line, ctx, "file")) specs.push({ kind: "cdk-diff", ...f });
  }
  const deployedDir = directory(get, "deployed-templates", ctx);
  for (const line of lines(get, "cdk-out")) {
    for (const f of await expandFiles("cdk-out", line, ctx, "dir")) {
      specs.push({ kind: "cdk-out", label: f.label, dir: f.path, ...deployedDir ? { deployedDir } : {} });
    }
  }
  if (deployedDir && !specs.some((s) => s.kind === "cdk-out")) fail("deployed-templates", "is set but cdk-out is not");
  for (const line of lines(get, "change-set")) {
    for (const f of await expandFiles("change-set", line, ctx, "file")) specs.push({ kind: "change-set", ...f });
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
    failOn,
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
  const started = process.hrtime.bigint();
  const elapsedMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const stage = (name) => debug(`${name}: ${elapsedMs()} ms`);
  const token = getInput("github-token").trim();
  if (token) setSecret(token);
  for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) {
    const value = deps.env[name]?.trim();
    if (value) setSecret(value);
  }
  const inputs = await parseInputs((name) => getInput(name), { cwd: workspaceOf(deps.env) });
  const pipelineModules = loadPipeline();
  pipelineModules.catch(() => void 0);
  const ctx = await readRunContext(deps.env);
  const api = token && ctx.repo ? await githubApi(token, ctx, deps) : void 0;
  const acknowledgedBy = await acknowledgement(api, ctx, inputs);
  stage("labels");
  const pipeline = await pipelineModules;
  const report = await analyse(pipeline, inputs, deps, acknowledgedBy);
  stage("analysis");
  const reportPath = await writeReportFile(report, ctx, inputs);
  const { renderMarkdown } = await import("./chunks/markdown-Y374IPVG.js");
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
  let summary = renderMarkdown(report, { ...summaryOptions, maxLength: SUMMARY_LIMIT });
  const bytes = Buffer.byteLength(summary);
  if (bytes > SUMMARY_LIMIT) {
    summary = renderMarkdown(report, { ...summaryOptions, maxLength: Math.floor(SUMMARY_LIMIT * summary.length / bytes) - 1e3 });
  }
  await writeJobSummary(summary);
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
  annotate(report, ctx, inputs, pipeline.riskRank);
  setOutput("risk", report.decision.risk);
  setOutput("blocked", String(report.decision.block));
  setOutput("affected-roles", String(report.roles.length));
  setOutput("report-json", reportPath);
  setOutput("comment-url", commentUrl ?? "");
  info(`iam-blast-radius: ${report.roles.length} role(s) affected, risk ${report.decision.risk}, ${elapsedMs()} ms`);
  if (report.decision.block) setFailed(blockedMessage(report, inputs, pipeline.riskRank));
}
async function githubApi(token, ctx, deps) {
  const { createOctokit, GitHubApi } = await import("./chunks/github-GYRFJELH.js");
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
  const [{ runPipeline }, { createInventorySource }, { riskRank }, { runProgram }] = await Promise.all([
    import("./chunks/pipeline-UIZDGFFA.js"),
    import("./chunks/inventory-CPPTTSDE.js"),
    import("./chunks/report-WFYFFVWD.js"),
    import("./chunks/exec-F45Y24GJ.js")
  ]);
  return { runPipeline, createInventorySource, riskRank, runProgram };
}
async function analyse({ runPipeline, createInventorySource, runProgram }, inputs, deps, acknowledgedBy) {
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
    readerContext: readerContext(inputs, runProgram),
    ...inputs.sourceDirs ? { sourceDirs: inputs.sourceDirs } : {},
    clock: deps.clock
  });
}
function readerContext(inputs, runProgram) {
  if (inputs.inventory !== "live" || !inputs.specs.some((s) => s.kind === "cdk-out" && !s.deployedDir)) return { exec: runProgram };
  return {
    exec: runProgram,
    fetchDeployedTemplate: async (stack) => {
      const { fetchDeployedTemplate } = await import("./chunks/live-6TFJ4EKG.js");
      return fetchDeployedTemplate(stack, {
        ...inputs.regions ? { regions: inputs.regions } : {},
        ...inputs.assumeRoleArnTemplate ? { assumeRoleArnTemplate: inputs.assumeRoleArnTemplate } : {},
        timeoutMs: inputs.timeoutSeconds * 1e3
      });
    }
  };
}
async function writeReportFile(report, ctx, inputs) {
  const { jsonPieces } = await import("./chunks/json-TKXRYVHG.js");
  const dir = ctx.tempDir ?? os2.tmpdir();
  mkdirSync(dir, { recursive: true });
  const file = path3.join(dir, `iam-blast-radius-${inputs.commentTag.replace(/[^\w.-]/g, "_")}.json`);
  const tmp = `${file}.${crypto.randomUUID()}.tmp`;
  const fd = openSync(tmp, "wx");
  try {
    try {
      for (const piece of jsonPieces(report)) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return file;
}
async function writeJobSummary(markdown) {
  try {
    await appendSummary(markdown);
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
  const { GITHUB_COMMENT_LIMIT } = await import("./chunks/markdown-Y374IPVG.js");
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
function annotate(report, ctx, inputs, riskRank) {
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
function blockedMessage(report, inputs, riskRank) {
  const roles = report.roles.filter((r) => !r.waived && inputs.failOn !== "never" && riskRank(r.risk) >= riskRank(inputs.failOn));
  const names = roles.slice(0, 5).map((r) => r.name).join(", ");
  const more = roles.length > 5 ? ` and ${roles.length - 5} more` : "";
  return `IAM blast radius: blocked at fail-on ${inputs.failOn}, risk ${report.decision.risk} (${names}${more}). Fix the change, add the label "${inputs.acknowledgeLabel}", or list the roles in ignore-roles.`;
}

// src/action/index.ts
void run();
