import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DEFAULT_WINDOW_DAYS,
  runPipeline
} from "./chunk-X3OXVIPV.js";
import "./chunk-UZNTSAPD.js";
import "./chunk-BOSWN2GQ.js";
import "./chunk-PLKUDJAV.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-LXP5LKOX.js";
import "./chunk-A2HSOLLW.js";
import "./chunk-MQSTEF4H.js";
import "./chunk-354E4JRY.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";
export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
