import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DEFAULT_WINDOW_DAYS,
  runPipeline
} from "./chunk-BMP3ASGC.js";
import "./chunk-7SDENSEL.js";
import "./chunk-O4KYJGMB.js";
import "./chunk-S6UPUULZ.js";
import "./chunk-QPAOPBXI.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-PETG635L.js";
import "./chunk-T2UFS2V7.js";
import "./chunk-MQSTEF4H.js";
import "./chunk-354E4JRY.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";
export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
