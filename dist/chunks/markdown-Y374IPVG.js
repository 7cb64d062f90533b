import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  riskRank
} from "./chunk-LXP5LKOX.js";
import "./chunk-MQSTEF4H.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-354E4JRY.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";

// src/render/escape.ts
var CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var ZERO_WIDTH_SPACE_ENTITY = "&#8203;";
function escapeText(value) {
  return value.replace(CONTROL_CHARS, "").replace(/\r\n|\r|\n|\u2028|\u2029/g, " ").replace(/[&<>"|@#]|:\/\/|\bwww\./gi, (m) => TEXT_ENTITIES[m] ?? `${m.slice(0, 3)}${ZERO_WIDTH_SPACE_ENTITY}.`).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
function escapeHtmlText(value) {
  return value.replace(CONTROL_CHARS, "").replace(/\r\n|\r|\n|\u2028|\u2029/g, " ").replace(/[&<>"|@#]|:\/\/|\bwww\./gi, (m) => TEXT_ENTITIES[m] ?? `${m.slice(0, 3)}${ZERO_WIDTH_SPACE_ENTITY}.`).replace(/[`*_[\]~]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function codeSpan(value) {
  const clean = value.replace(CONTROL_CHARS, "").replace(/[\r\n|]/g, " ");
  let longest = 0;
  for (const run of clean.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}
var TEXT_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  // `@team` pings, `user@example.com` autolinks: break both with a zero-width space.
  "@": `@${ZERO_WIDTH_SPACE_ENTITY}`,
  // `#123` and `org/repo#123` become cross-references that notify other threads.
  "#": `#${ZERO_WIDTH_SPACE_ENTITY}`,
  // Bare URLs are autolinked by GitHub even without markdown syntax.
  "://": `:${ZERO_WIDTH_SPACE_ENTITY}//`
};
var MARKDOWN_PUNCTUATION = /[\\`*_[\]~$]/g;
function truncate(value, max) {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 1))}…`;
}
function fencedBlock(content, info = "") {
  const clean = content.replace(CONTROL_CHARS, "").replace(/\r\n?/g, "\n");
  let longest = 0;
  for (const run of clean.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  const body = clean.endsWith("\n") ? clean : `${clean}
`;
  return `${fence}${info}
${body}${fence}`;
}
function safeUrl(url) {
  if (!/^https:\/\/[a-z0-9.-]+(:\d+)?(\/|$)/i.test(url)) return void 0;
  return url.replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function encodeSegment(value) {
  return encodeURIComponent(value).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function link(text, url) {
  const safe = url === void 0 ? void 0 : safeUrl(url);
  const label = escapeText(text);
  return safe ? `[${label}](${safe})` : label;
}
function escapeMermaidLabel(value) {
  return value.replace(CONTROL_CHARS, "").replace(/\r\n|\r|\n/g, " ").replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/&/g, "#amp;").replace(/`/g, "#96;").replace(/[[\]{}()|]/g, (c) => `#${c.charCodeAt(0)};`).replace(/@/g, "#64;");
}
function escapeProse(value, html = false) {
  const esc = html ? escapeHtmlText : escapeText;
  return value.split(/`([^`\r\n]+)`/).map((part, i) => i % 2 === 1 ? `<code>${esc(part)}</code>` : esc(part)).join("");
}

// src/render/console-links.ts
var REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function parseArn(value) {
  const m = /^arn:(aws|aws-cn|aws-us-gov):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:(.+)$/.exec(value);
  if (!m) return void 0;
  return { partition: m[1], service: m[2], region: m[3], account: m[4] ?? "", resource: m[5] };
}
function consoleHost(partition) {
  if (partition === "aws-cn") return "console.amazonaws.cn";
  if (partition === "aws-us-gov") return "console.amazonaws-us-gov.com";
  return "console.aws.amazon.com";
}
function regional(partition, region) {
  if (!REGION.test(region)) return void 0;
  return `https://${region}.${consoleHost(partition)}`;
}
function roleConsoleUrl(name, arn) {
  const partition = arn && parseArn(arn)?.partition || "aws";
  return `https://${consoleHost(partition)}/iam/home#/roles/details/${encodeSegment(name)}`;
}
function dependentConsoleUrl(d) {
  const arn = parseArn(d.id);
  const partition = arn?.partition ?? "aws";
  const region = arn?.region || d.region;
  const base = regional(partition, region);
  const q = `region=${region}`;
  const resource = arn?.resource ?? d.id;
  const after = (prefix) => resource.startsWith(prefix) ? resource.slice(prefix.length) : void 0;
  switch (d.kind) {
    case "lambda-function": {
      const name = after("function:")?.split(":")[0] ?? (arn ? void 0 : d.name ?? d.id);
      return base && name ? `${base}/lambda/home?${q}#/functions/${encodeSegment(name)}` : void 0;
    }
    case "eks-cluster": {
      const name = after("cluster/") ?? d.name;
      return base && name ? `${base}/eks/home?${q}#/clusters/${encodeSegment(name)}` : void 0;
    }
    case "eks-nodegroup": {
      const [cluster, nodegroup] = (after("nodegroup/") ?? d.name ?? "").split("/");
      return base && cluster && nodegroup ? `${base}/eks/home?${q}#/clusters/${encodeSegment(cluster)}/nodegroups/${encodeSegment(nodegroup)}` : void 0;
    }
    case "eks-fargate-profile": {
      const [cluster, profile] = (after("fargateprofile/") ?? "").split("/");
      return base && cluster && profile ? `${base}/eks/home?${q}#/clusters/${encodeSegment(cluster)}/fargate-profiles/${encodeSegment(profile)}` : void 0;
    }
    case "eks-pod-identity":
    case "eks-addon":
    case "eks-access-entry":
    case "irsa-service-account": {
      const cluster = (arn ? resource.split("/")[1] : d.id.split("/")[0]) ?? "";
      return base && cluster ? `${base}/eks/home?${q}#/clusters/${encodeSegment(cluster)}` : void 0;
    }
    case "ec2-instance": {
      const id = after("instance/") ?? (/^i-[0-9a-f]+$/.test(d.id) ? d.id : void 0);
      return base && id ? `${base}/ec2/home?${q}#InstanceDetails:instanceId=${encodeSegment(id)}` : void 0;
    }
    case "ecs-task-definition": {
      const [family, revision] = (after("task-definition/") ?? "").split(":");
      return base && family ? `${base}/ecs/v2/task-definitions/${encodeSegment(family)}${revision ? `/${encodeSegment(revision)}` : ""}?${q}` : void 0;
    }
    case "ecs-service": {
      const [cluster, service] = (after("service/") ?? "").split("/");
      return base && cluster && service ? `${base}/ecs/v2/clusters/${encodeSegment(cluster)}/services/${encodeSegment(service)}?${q}` : void 0;
    }
    case "sfn-state-machine":
      return base && arn ? `${base}/states/home?${q}#/statemachines/view/${encodeSegment(d.id)}` : void 0;
    case "codebuild-project": {
      const name = after("project/") ?? d.name;
      return base && name ? `${base}/codesuite/codebuild/projects/${encodeSegment(name)}/history?${q}` : void 0;
    }
    case "cloudformation-stack":
      return base && arn ? `${base}/cloudformation/home?${q}#/stacks/stackinfo?stackId=${encodeSegment(d.id)}` : void 0;
    case "iam-role": {
      const name = after("role/")?.split("/").pop() ?? d.name;
      return name ? `https://${consoleHost(partition)}/iam/home#/roles/details/${encodeSegment(name)}` : void 0;
    }
    case "iam-user": {
      const name = after("user/")?.split("/").pop() ?? d.name;
      return name ? `https://${consoleHost(partition)}/iam/home#/users/details/${encodeSegment(name)}` : void 0;
    }
  }
}

// src/render/mermaid.ts
function mermaidGraph(roles, limits = { maxRoles: 25, maxDependentsPerRole: 8 }) {
  const shown = roles.slice(0, limits.maxRoles);
  if (shown.length === 0) return "";
  const lines = ["graph LR"];
  let dependentIndex = 0;
  shown.forEach((role, i) => {
    const roleLabel = escapeMermaidLabel(truncate(role.newName ? `${role.name} → ${role.newName}` : role.name, 64));
    lines.push(`  r${i}["${roleLabel}<br/>${role.risk}"]:::${role.risk}`);
    const deps = role.dependents.slice(0, limits.maxDependentsPerRole);
    for (const d of deps) {
      const id = `d${dependentIndex++}`;
      const label = escapeMermaidLabel(truncate(`${d.kind}: ${d.name ?? d.id}`, 72));
      lines.push(`  r${i} --> ${id}["${label}"]`);
    }
    const more = role.dependents.length - deps.length;
    if (more > 0) lines.push(`  r${i} --> d${dependentIndex++}["… ${more} more"]`);
    if (role.dependentsStatus !== "known") {
      lines.push(`  r${i} -.-> d${dependentIndex++}["dependents ${role.dependentsStatus}"]`);
    }
  });
  if (roles.length > shown.length) lines.push(`  more["… ${roles.length - shown.length} more roles"]`);
  lines.push(
    "  classDef high fill:#ffd7d5,stroke:#d1242f",
    "  classDef medium fill:#fff1c5,stroke:#9a6700",
    "  classDef low fill:#ddf4ff,stroke:#0969da",
    "  classDef none fill:#f6f8fa,stroke:#8c959f"
  );
  return fencedBlock(lines.join("\n"), "mermaid");
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/render/policy-diff.ts
function prettyPolicy(text) {
  if (text === void 0 || text === null || text === "") return "";
  try {
    return `${JSON.stringify(JSON.parse(text), null, 2)}
`;
  } catch {
    return text.endsWith("\n") ? text : `${text}
`;
  }
}
function unifiedDiff(title, before, after) {
  const name = title.replace(/[\r\n\t]/g, " ");
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, prettyPolicy(before), prettyPolicy(after), void 0, void 0, {
    context: 3
  });
  return patch.split("\n").filter((line) => !/^(Index: |={10,}$)/.test(line)).join("\n").trimEnd();
}
function policyDiffs(effects) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const add = (title, before, after) => {
    if ((before ?? "") === (after ?? "")) return;
    const key = JSON.stringify([title, before ?? "", after ?? ""]);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ title, patch: unifiedDiff(title, before, after) });
  };
  for (const e of effects) {
    if (e.kind === "trust-changed") add(`trust policy of ${e.role}`, e.before, e.after);
    else if (e.kind === "permissions-added" || e.kind === "permissions-removed") {
      if (e.delta.before !== void 0 || e.delta.after !== void 0) add(e.delta.policy, e.delta.before, e.delta.after);
    } else if (e.kind === "boundary-changed") add(`permissions boundary of ${e.role}`, e.before, e.after);
  }
  return out;
}

// src/render/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var RISK_ICON = { high: "🔴", medium: "🟠", low: "🟡", none: "⚪" };
var MAX_NAME = 120;
var MAX_LINE = 400;
var MAX_LIST = 40;
var MAX_PATCH = 12e3;
function renderMarkdown(report, options = {}) {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const roles = sortRoles(report.roles);
  const head = [heading(options), verdict(report), ...notices(report), ...gate(report, options)].join("\n\n");
  const footer = footerLine(report, options);
  const tableHeader = "| Role | Effects | Usage | Dependents | Risk |\n| --- | --- | --- | --- | --- |";
  const rows = roles.map(tableRow);
  const graph = options.mermaid === false || roles.length === 0 ? "" : mermaidGraph(roles);
  const details = roles.map((r) => roleDetails(r, report.changes, options));
  const full = assemble(head, tableHeader, rows, graph, details, footer, "");
  if (full.length <= maxLength) return full;
  return withinBudget({ head, tableHeader, rows, graph, details, footer, maxLength, options });
}
function sortRoles(roles) {
  return roles.map((role, index) => ({ role, index })).sort((a, b) => riskRank(b.role.risk) - riskRank(a.role.risk) || a.index - b.index).map((x) => x.role);
}
function assemble(head, tableHeader, rows, graph, details, footer, note) {
  const parts = [head];
  if (rows.length > 0) parts.push(`${tableHeader}
${rows.join("\n")}`);
  if (note) parts.push(note);
  if (graph) parts.push(graph);
  if (details.length > 0) parts.push(details.join("\n\n"));
  parts.push(footer);
  return `${parts.join("\n\n")}
`;
}
function withinBudget(b) {
  const runUrl = b.options.fullReportUrl ? safeUrl(b.options.fullReportUrl) : void 0;
  const where = runUrl ? `the [job summary of this run](${runUrl}) and the JSON report` : "the job summary of this run and the JSON report";
  const sentence = b.options.shortenedNote ?? ((leftOut) => `This comment leaves out ${leftOut} to stay within GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString("en-US")}-character limit. The full report is in ${where}.`);
  const makeNote = (rowsLeft, detailsLeft, graphLeft) => {
    const parts = [];
    if (rowsLeft > 0) parts.push(`${rowsLeft} of ${b.rows.length} roles from the table`);
    if (detailsLeft > 0) parts.push(`the details of ${detailsLeft} of ${b.details.length} roles`);
    if (graphLeft) parts.push("the graph");
    const listed = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts.join("");
    return `> [!NOTE]
> ${sentence(listed)}`;
  };
  const noteReserve = makeNote(b.rows.length, b.details.length, true).length + 4;
  const fixed = b.head.length + b.footer.length + b.tableHeader.length + noteReserve + 16;
  let room = b.maxLength - fixed;
  const rows = [];
  for (const row of b.rows) {
    if (row.length + 1 > room) break;
    rows.push(row);
    room -= row.length + 1;
  }
  let graph = "";
  if (rows.length === b.rows.length && b.graph && b.graph.length + 2 <= room && b.graph.length <= room / 2) {
    graph = b.graph;
    room -= graph.length + 2;
  }
  const details = [];
  if (rows.length === b.rows.length) {
    for (const d of b.details) {
      if (d.length + 2 > room) break;
      details.push(d);
      room -= d.length + 2;
    }
  }
  const note = makeNote(b.rows.length - rows.length, b.details.length - details.length, Boolean(b.graph) && !graph);
  const head = b.head.length + b.footer.length + noteReserve + 16 > b.maxLength ? truncate(b.head, Math.max(0, b.maxLength - b.footer.length - noteReserve - 32)) : b.head;
  return assemble(head, b.tableHeader, rows, graph, details, b.footer, note);
}
function heading(options) {
  return `### ${options.title ? escapeText(options.title) : "IAM blast radius"}`;
}
function countAtOrAbove(report) {
  const failOn = report.decision.failOn;
  if (failOn === "never") return 0;
  return report.roles.filter((r) => riskRank(r.risk) >= riskRank(failOn)).length;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function verdict(report) {
  const { decision } = report;
  const n = report.roles.length;
  if (n === 0 && report.changes.length === 0) {
    const files = report.meta.inputs.length;
    return `✅ **No IAM role changes.** ${files > 0 ? `Read ${plural(files, "input")}; none of them changes an IAM role, its policies, or what runs on it.` : "No input was given."}`;
  }
  const highest = `highest risk **${decision.risk}**`;
  if (decision.block) {
    const count = report.roles.filter((r) => riskRank(r.risk) >= riskRank(decision.failOn) && !r.waived).length;
    return `⛔ **Blocked:** ${plural(count, "role")} at or above \`fail-on: ${decision.failOn}\` (${highest}, ${plural(n, "role")} affected).`;
  }
  if (decision.waivedBy.length > 0 && countAtOrAbove(report) > 0) {
    return `⚠️ **Not blocked — acknowledged:** ${highest} would block at \`fail-on: ${decision.failOn}\`; lifted by ${decision.waivedBy.map((w) => escapeProse(w)).join(", ")}.`;
  }
  if (decision.failOn === "never") {
    return `ℹ️ **${plural(n, "role")} affected**, ${highest}. The gate is off (\`fail-on: never\`).`;
  }
  return `${decision.risk === "none" || decision.risk === "low" ? "✅" : "🟠"} **Not blocking:** ${plural(n, "role")} affected, ${highest} (blocks at \`fail-on: ${decision.failOn}\`).`;
}
function capList(items, max, render, more) {
  const out = items.slice(0, max).map(render);
  if (items.length > max) out.push(more(items.length - max));
  return out;
}
function gapLine(g) {
  return `${escapeText(g.operation)}${g.region ? ` in ${escapeText(g.region)}` : ""}: ${escapeText(truncate(g.reason, MAX_LINE))}`;
}
function notices(report) {
  const lines = [];
  for (const n of report.meta.notices) lines.push(`> [!IMPORTANT]
> ${escapeProse(truncate(n, MAX_LINE))}`);
  const warnings = report.meta.inputs.flatMap((i) => i.warnings.map((w) => `${i.label}: ${w}`));
  const bullets = [];
  bullets.push(...capList(warnings, 10, (w) => `- ${escapeProse(truncate(w, MAX_LINE))}`, (k) => `- … ${k} more warnings in the JSON report`));
  if (report.meta.sensitiveMasked > 0) {
    bullets.push(`- ${plural(report.meta.sensitiveMasked, "sensitive value")} masked by the input ${report.meta.sensitiveMasked === 1 ? "is" : "are"} not shown.`);
  }
  const inv = report.meta.inventory;
  if (inv.kind === "none" && report.roles.length > 0) {
    bullets.push("- No inventory was read: usage and dependents are **unknown**, not absent.");
  } else if (inv.kind === "snapshot") {
    bullets.push(`- Facts from an inventory snapshot${inv.collectedAt ? ` collected ${escapeText(inv.collectedAt)}` : ""}, not live.`);
  }
  if (inv.gaps.length > 0) {
    bullets.push(`- ${plural(inv.gaps.length, "account-wide lookup")} failed, so some facts are unknown:`);
    bullets.push(...capList(inv.gaps, 5, (g) => `  - ${gapLine(g)}`, (k) => `  - … ${k} more`));
  }
  if (bullets.length > 0) lines.push(bullets.join("\n"));
  return lines;
}
function gate(report, options) {
  const { decision } = report;
  const label = options.acknowledgeLabel ?? "iam-blast-radius:acknowledged";
  const out = [];
  if (decision.block) {
    const reasons = capList(decision.reasons, 15, (r) => `- ${escapeProse(truncate(r, MAX_LINE))}`, (k) => `- … ${k} more (see the roles below)`);
    out.push(
      [
        "#### Why this is blocked",
        ...reasons,
        "",
        "**To proceed**, do one of:",
        "1. Change the infrastructure so these roles keep what their dependents use (keep the role, its trust, or the permissions they use).",
        `2. If the impact is intended, add the label ${codeSpan(label)} to this pull request. The check re-runs and this comment records who acknowledged it.`,
        "3. To exempt a role from the gate for good, add its name (or a glob) to `ignore-roles` in the workflow."
      ].join("\n")
    );
  }
  if (decision.waivedBy.length > 0) {
    const waived = report.roles.filter((r) => r.waived);
    out.push(
      [
        `**Block lifted by** ${decision.waivedBy.map((w) => escapeProse(truncate(w, MAX_LINE))).join("; ")}.`,
        ...capList(waived, 15, (r) => `- ${escapeText(truncate(r.name, MAX_NAME))}: ${escapeProse(truncate(r.waived ?? "", MAX_LINE))}`, (k) => `- … ${k} more`)
      ].join("\n")
    );
  }
  return out;
}
function effectKinds(role) {
  return [...new Set(role.effects.map((e) => e.kind))].join(", ") || "—";
}
function usageCell(role) {
  const u = role.usage;
  if (u.status === "used") {
    if (u.lastUsedDaysAgo === void 0) return "used";
    return u.lastUsedDaysAgo === 0 ? "used today" : `used ${u.lastUsedDaysAgo} d ago`;
  }
  if (u.status === "unused") return `unused in ${u.windowDays} d`;
  return "❔ unknown";
}
function dependentsCell(role) {
  const n = role.dependents.length;
  if (role.dependentsStatus === "known") return String(n);
  if (role.dependentsStatus === "partial") return `${n}+ (partial)`;
  return n > 0 ? `${n}+ (unknown)` : "❔ unknown";
}
function roleTitle(role) {
  return role.newName ? `${role.name} → ${role.newName}` : role.name;
}
function tableRow(role) {
  const risk = `${RISK_ICON[role.risk]} ${role.risk}${role.waived ? " (waived)" : ""}`;
  return `| ${escapeText(truncate(roleTitle(role), MAX_NAME))} | ${effectKinds(role)} | ${usageCell(role)} | ${dependentsCell(role)} | ${risk} |`;
}
function repoPath(file, links) {
  const prefix = links?.pathPrefix ? links.pathPrefix.replace(/^\.?\/+|\/+$/g, "") : "";
  return [prefix, file.replace(/^\.?\/+/, "")].filter(Boolean).join("/");
}
function lineUrl(change, links) {
  const loc = change.location;
  if (!loc || !links) return void 0;
  const sha = loc.side === "base" ? links.baseSha : links.sha;
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha) || !/^[\w.-]+\/[\w.-]+$/.test(links.repo)) return void 0;
  const file = repoPath(loc.file, links);
  if (file.split("/").some((s) => s === "..")) return void 0;
  const path = file.split("/").filter(Boolean).map(encodeSegment).join("/");
  return `${links.serverUrl.replace(/\/+$/, "")}/${links.repo}/blob/${sha}/${path}#L${loc.line}`;
}
function changeLine(change, role, options) {
  const where = change.location ? ` at ${link(`${repoPath(change.location.file, options.sourceLinks)}:${change.location.line}`, lineUrl(change, options.sourceLinks))}${change.location.side === "base" ? " (removed in this PR)" : ""}` : "";
  const lines = [`- ${escapeText(truncate(change.address, MAX_NAME * 2))} (${escapeText(change.actions.join(", "))}, ${escapeText(truncate(change.input, MAX_NAME))})${where}`];
  for (const e of change.effects.filter((x) => x.role === role.name || x.role === role.newName)) {
    lines.push(`  - ${escapeProse(truncate(e.summary, MAX_LINE))}${e.unknowns?.length ? ` — unknown: ${escapeProse(truncate(e.unknowns.join("; "), MAX_LINE))}` : ""}`);
  }
  for (const note of change.notes ?? []) lines.push(`  - ${escapeProse(truncate(note, MAX_LINE))}`);
  return lines;
}
var KIND_LABEL = {
  "lambda-function": "Lambda function",
  "eks-cluster": "EKS cluster",
  "eks-nodegroup": "EKS node group",
  "eks-fargate-profile": "EKS Fargate profile",
  "eks-pod-identity": "EKS Pod Identity association",
  "eks-addon": "EKS add-on",
  "eks-access-entry": "EKS access entry",
  "irsa-service-account": "Kubernetes service account (IRSA)",
  "ec2-instance": "EC2 instance",
  "ecs-task-definition": "ECS task definition",
  "ecs-service": "ECS service",
  "sfn-state-machine": "Step Functions state machine",
  "codebuild-project": "CodeBuild project",
  "cloudformation-stack": "CloudFormation stack",
  "iam-role": "IAM role",
  "iam-user": "IAM user"
};
function dependentLine(d) {
  const name = truncate(d.name ?? d.id, MAX_NAME);
  const region = d.region && d.region !== "global" ? ` in ${escapeText(d.region)}` : "";
  const active = d.lastActive ? `, last active ${escapeText(d.lastActive)}` : "";
  const leaves = d.leavesInChange ? " _(moves off this role in this change)_" : "";
  return `- ${KIND_LABEL[d.kind]} ${link(name, dependentConsoleUrl(d))}${region} — ${escapeText(truncate(d.via, MAX_LINE))}${active}${leaves}`;
}
function roleDetails(role, changes, options) {
  const first = role.reasons[0] ? `: ${escapeProse(truncate(role.reasons[0], 160), true)}` : "";
  const summary = `${RISK_ICON[role.risk]} <b>${escapeHtmlText(truncate(roleTitle(role), MAX_NAME))}</b> — ${role.risk}${role.waived ? " (waived)" : ""}${first}`;
  const body = [];
  body.push(`IAM console: ${link(truncate(role.name, MAX_NAME), roleConsoleUrl(role.name, role.arn))}${role.account ? ` · account ${escapeText(role.account)}` : ""}`);
  if (role.reasons.length > 0) {
    body.push(["**Why**", ...capList(role.reasons, MAX_LIST, (r) => `- ${escapeProse(truncate(r, MAX_LINE))}`, (k) => `- … ${k} more`)].join("\n"));
  }
  if (role.waived) body.push(`**Waived:** ${escapeProse(truncate(role.waived, MAX_LINE))}`);
  const own = changes.filter((c) => role.changes.includes(c.address) && (c.roles.includes(role.name) || role.newName !== void 0 && c.roles.includes(role.newName)));
  const changeLines = capList(own, MAX_LIST, (c) => changeLine(c, role, options).join("\n"), (k) => `- … ${k} more changes`);
  if (changeLines.length > 0) body.push(["**Changes**", ...changeLines].join("\n"));
  const depHeader = {
    known: role.dependents.length === 0 ? "**Dependents:** none found (every lookup answered)." : `**Dependents** (${role.dependents.length}):`,
    partial: `**Dependents** (${role.dependents.length} found; incomplete, some lookups failed):`,
    unknown: `**Dependents:** unknown${role.dependents.length > 0 ? ` (${role.dependents.length} known from the change itself)` : ""}.`
  }[role.dependentsStatus];
  const depLines = capList(role.dependents, MAX_LIST, dependentLine, (k) => `- … ${k} more in the JSON report`);
  const gapLines = capList(role.dependentGaps, 10, (g) => `- ⚠️ not looked up: ${gapLine(g)}`, (k) => `- … ${k} more failed lookups`);
  body.push([depHeader, ...depLines, ...gapLines].join("\n"));
  const usage = [`**Usage** (${role.usage.status}, ${role.usage.windowDays}-day window): ${escapeText(truncate(role.usage.evidence, MAX_LINE))}`];
  const services = role.usage.services ?? [];
  if (services.length > 0) {
    usage.push(
      ...capList(
        [...services].sort((a, b) => (b.lastAccessed ?? "").localeCompare(a.lastAccessed ?? "")),
        15,
        (s) => `- ${escapeText(s.namespace)}: ${s.lastAccessed ? `last used ${escapeText(s.lastAccessed)}` : "not used in the tracking period"}`,
        (k) => `- … ${k} more services`
      )
    );
  }
  usage.push(...capList(role.usage.gaps, 10, (g) => `- ⚠️ unknown: ${gapLine(g)}`, (k) => `- … ${k} more`));
  body.push(usage.join("\n"));
  const diffs = policyDiffs(role.effects);
  if (diffs.length > 0) {
    let used = 0;
    const blocks = ["**Policy changes**"];
    for (const d of diffs) {
      if (used + d.patch.length > MAX_PATCH) {
        blocks.push(`_${diffs.length - (blocks.length - 1)} more policy diffs are in the JSON report._`);
        break;
      }
      used += d.patch.length;
      blocks.push(fencedBlock(d.patch, "diff"));
    }
    body.push(blocks.join("\n\n"));
  }
  return `<details><summary>${summary}</summary>

${body.join("\n\n")}

</details>`;
}
function footerLine(report, options) {
  const inputs = report.meta.inputs.map((i) => `${escapeText(truncate(i.label, MAX_NAME))} (${i.source})`);
  const read = inputs.length > 0 ? ` · read ${capList(inputs, 5, (x) => x, (k) => `${k} more`).join(", ")}` : "";
  const extra = options.footer ? ` · ${options.footer}` : "";
  return `<sub>${TOOL_NAME} ${escapeText(report.meta.tool.version || TOOL_VERSION)}${read}${extra}</sub>`;
}
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
