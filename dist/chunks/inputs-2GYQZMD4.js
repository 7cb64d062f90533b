import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  readInput,
  readers
} from "./chunk-OZX25B4D.js";
import "./chunk-UUTPRXCH.js";
export {
  readInput,
  readers
};
