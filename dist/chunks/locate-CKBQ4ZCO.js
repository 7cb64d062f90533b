import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  findBlock,
  locateAddress,
  locateChanges
} from "./chunk-74FSUTZG.js";
import "./chunk-ZLTTTGMN.js";
import "./chunk-UUTPRXCH.js";
export {
  findBlock,
  locateAddress,
  locateChanges
};
