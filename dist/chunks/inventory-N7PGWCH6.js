import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  createInventorySource,
  noInventory,
  parseSnapshot,
  readSnapshot,
  snapshotSource
} from "./chunk-AJLGYQKA.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-MVSDM6YT.js";
import "./chunk-WCUFF5UL.js";
import "./chunk-6REE7K7U.js";
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
