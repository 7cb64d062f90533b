import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  findBlock,
  locateAddress,
  locateChanges
} from "./chunk-6UIDLCCP.js";
import "./chunk-YZPVENIB.js";
import "./chunk-UUTPRXCH.js";
export {
  findBlock,
  locateAddress,
  locateChanges
};
