import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/errors.ts
var InputError = class extends Error {
  constructor(file, problem, where) {
    super(`${file}${where ? ` (${where})` : ""}: ${problem}`);
    this.file = file;
    this.problem = problem;
    this.where = where;
  }
  file;
  problem;
  where;
  name = "InputError";
};
function isInputError(e) {
  return e instanceof InputError;
}
function describeError(e) {
  if (e instanceof Error) return e.message.split("\n")[0] ?? e.name;
  if (typeof e === "string") return e.split("\n")[0] ?? e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}
function formatPath(path) {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || "top level";
}

export {
  InputError,
  isInputError,
  describeError,
  formatPath
};
