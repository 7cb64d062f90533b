import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  ProgramNotFound,
  onPath,
  runProgram
} from "./chunk-3ZG44SCY.js";
import "./chunk-UUTPRXCH.js";
export {
  ProgramNotFound,
  onPath,
  runProgram
};
