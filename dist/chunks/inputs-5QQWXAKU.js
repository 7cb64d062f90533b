import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  readInput,
  readers
} from "./chunk-N2VYFELN.js";
import "./chunk-UUTPRXCH.js";
export {
  readInput,
  readers
};
