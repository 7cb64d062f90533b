#!/usr/bin/env node
import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  TOOL_VERSION
} from "./chunks/chunk-YNYOOYDW.js";
import "./chunks/chunk-UUTPRXCH.js";

// ../../work/main/src/cli/index.ts
var argv = process.argv.slice(2);
var code;
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${TOOL_VERSION}
`);
  code = 0;
} else {
  const { main } = await import("./chunks/main-D5ODQGS3.js");
  code = await main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    clock: () => /* @__PURE__ */ new Date()
  });
}
process.stdout.write("", () => process.exit(code));
