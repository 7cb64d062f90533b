import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  createInventorySource,
  noInventory,
  parseSnapshot,
  preloadLiveInventory,
  readSnapshot,
  snapshotSource
} from "./chunk-J3JMGL77.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-MVSDM6YT.js";
import "./chunk-WCUFF5UL.js";
import "./chunk-VNDKYOY6.js";
import "./chunk-6REE7K7U.js";
import "./chunk-CKLRGWYK.js";
import "./chunk-RBUPJ4R2.js";
import "./chunk-UUTPRXCH.js";
export {
  createInventorySource,
  noInventory,
  parseSnapshot,
  preloadLiveInventory,
  readSnapshot,
  snapshotSource
};
