import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/exec.ts
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
var ProgramNotFound = class extends Error {
  name = "ProgramNotFound";
};
var MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
function onPath(program, path = process.env.PATH ?? "") {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function runProgram(program, args) {
  const found = onPath(program);
  if (!found) return Promise.reject(new ProgramNotFound(`${program} is not on PATH`));
  return new Promise((resolve) => {
    execFile(found, args, { maxBuffer: MAX_OUTPUT_BYTES, encoding: "utf8" }, (error, stdout) => {
      const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
      resolve({ stdout, code });
    });
  });
}

export {
  ProgramNotFound,
  onPath,
  runProgram
};
