import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  createInventorySource,
  noInventory,
  parseSnapshot,
  readSnapshot,
  snapshotSource
} from "./chunk-GOH4YM2U.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-B6SCB2SQ.js";
import "./chunk-R7GYY6S2.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";
export {
  createInventorySource,
  noInventory,
  parseSnapshot,
  readSnapshot,
  snapshotSource
};
