import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  createInventorySource,
  noInventory,
  parseSnapshot,
  readSnapshot,
  snapshotSource
} from "./chunk-JUSJWLCX.js";
import "./chunk-KKGPP3SZ.js";
import "./chunk-2PBRTQKV.js";
import "./chunk-DLITROHR.js";
import "./chunk-P2GZQA55.js";
import "./chunk-BDJBW7XC.js";
import "./chunk-UUTPRXCH.js";
export {
  createInventorySource,
  noInventory,
  parseSnapshot,
  readSnapshot,
  snapshotSource
};
