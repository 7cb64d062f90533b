import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  cmp,
  requestFor
} from "./chunk-ULZQEBL6.js";
import "./chunk-FKQNCW65.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-VF3KV3GD.js";
import "./chunk-R7GYY6S2.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";
export {
  cmp,
  requestFor
};
