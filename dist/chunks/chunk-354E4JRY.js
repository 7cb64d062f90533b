import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/version.ts
var TOOL_NAME = "iam-blast-radius";
var TOOL_VERSION = true ? "0.1.0" : "0.1.0";

export {
  TOOL_NAME,
  TOOL_VERSION
};
