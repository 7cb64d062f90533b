import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  findBlock,
  locateAddress,
  locateChanges
} from "./chunk-VMAZAIDO.js";
import "./chunk-3M56M6I3.js";
import "./chunk-UUTPRXCH.js";
export {
  findBlock,
  locateAddress,
  locateChanges
};
