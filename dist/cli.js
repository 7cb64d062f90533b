#!/usr/bin/env node
import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  TOOL_VERSION
} from "./chunks/chunk-354E4JRY.js";
import "./chunks/chunk-UUTPRXCH.js";

// src/cli/index.ts
var argv = process.argv.slice(2);
process.removeAllListeners("warning");
process.on("warning", (w) => {
  if (!`${w.name} ${w.message}`.includes("NodeVersionSupportWarning")) process.stderr.write(`${w.name}: ${w.message}
`);
});
var code;
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${TOOL_VERSION}
`);
  code = 0;
} else {
  const { main } = await import("./chunks/main-GYGBTFYB.js");
  code = await main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    clock: () => /* @__PURE__ */ new Date()
  });
}
process.stdout.write("", () => process.exit(code));
