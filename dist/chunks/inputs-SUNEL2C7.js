import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  readInput,
  readers
} from "./chunk-UZNTSAPD.js";
import "./chunk-UUTPRXCH.js";
export {
  readInput,
  readers
};
