import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  cmp,
  requestFor
} from "./chunk-RFOOM67U.js";
import "./chunk-DLT34CEE.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-TLO4YVK5.js";
import "./chunk-QV5ZZW2U.js";
import "./chunk-MQSTEF4H.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";
export {
  cmp,
  requestFor
};
