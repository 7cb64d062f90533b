import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  createInventorySource,
  noInventory,
  parseSnapshot,
  preloadLiveInventory,
  readSnapshot,
  snapshotSource
} from "./chunk-4HUFFZCK.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-MVSDM6YT.js";
import "./chunk-WCUFF5UL.js";
import "./chunk-MQSTEF4H.js";
import "./chunk-6REE7K7U.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";
export {
  createInventorySource,
  noInventory,
  parseSnapshot,
  preloadLiveInventory,
  readSnapshot,
  snapshotSource
};
