import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  prettyChunks,
  renderJson,
  renderJsonChunks
} from "./chunk-HMW5SGWQ.js";
import "./chunk-VF3KV3GD.js";
import "./chunk-B6SCB2SQ.js";
import "./chunk-R7GYY6S2.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";
export {
  prettyChunks,
  renderJson,
  renderJsonChunks
};
