import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  createInventorySource,
  noInventory,
  parseSnapshot,
  readSnapshot,
  snapshotSource
} from "./chunk-J6VXRQSA.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-B6SCB2SQ.js";
import "./chunk-T6NDWJ7T.js";
import "./chunk-D4XES6HW.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";
export {
  createInventorySource,
  noInventory,
  parseSnapshot,
  readSnapshot,
  snapshotSource
};
