import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DEFAULT_WINDOW_DAYS,
  runPipeline
} from "./chunk-XE2RBB4P.js";
import "./chunk-6W7HD7XY.js";
import "./chunk-RFOOM67U.js";
import "./chunk-DLT34CEE.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-TLO4YVK5.js";
import "./chunk-QV5ZZW2U.js";
import "./chunk-MQSTEF4H.js";
import "./chunk-354E4JRY.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";
export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
