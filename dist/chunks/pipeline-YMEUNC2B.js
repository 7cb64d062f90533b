import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DEFAULT_WINDOW_DAYS,
  runPipeline
} from "./chunk-H6PC3U6U.js";
import "./chunk-KVVWFECG.js";
import "./chunk-FKQNCW65.js";
import "./chunk-NA55UVDF.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-354E4JRY.js";
import "./chunk-IJMKT2CA.js";
import "./chunk-ZZDXIIHA.js";
import "./chunk-T6NDWJ7T.js";
import "./chunk-D4XES6HW.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-UUTPRXCH.js";
export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
