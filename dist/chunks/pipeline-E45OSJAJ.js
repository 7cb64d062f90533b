import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DEFAULT_WINDOW_DAYS,
  runPipeline
} from "./chunk-JLGBJHL6.js";
import "./chunk-XMP3BFTJ.js";
import "./chunk-QWC5REVE.js";
import "./chunk-KKGPP3SZ.js";
import "./chunk-SHOGINFX.js";
import "./chunk-YNYOOYDW.js";
import "./chunk-CYP3NHTW.js";
import "./chunk-PMGYBQIB.js";
import "./chunk-2PBRTQKV.js";
import "./chunk-P2GZQA55.js";
import "./chunk-BDJBW7XC.js";
import "./chunk-UUTPRXCH.js";
export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
