import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  findBlock,
  locateAddress,
  locateChanges
} from "./chunk-LY5XB4C2.js";
import "./chunk-UUD5NJ7B.js";
import "./chunk-UUTPRXCH.js";
export {
  findBlock,
  locateAddress,
  locateChanges
};
