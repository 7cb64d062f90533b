import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  findBlock,
  locateAddress,
  locateChanges
} from "./chunk-TYV7Q3ZU.js";
import "./chunk-XF5OZGTB.js";
import "./chunk-UUTPRXCH.js";
export {
  findBlock,
  locateAddress,
  locateChanges
};
