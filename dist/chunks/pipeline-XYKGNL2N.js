import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DEFAULT_WINDOW_DAYS,
  runPipeline
} from "./chunk-YQISXWNW.js";
import "./chunk-OO6PID3U.js";
import "./chunk-ULZQEBL6.js";
import "./chunk-FKQNCW65.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-354E4JRY.js";
import "./chunk-IJMKT2CA.js";
import "./chunk-VF3KV3GD.js";
import "./chunk-R7GYY6S2.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";
export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
