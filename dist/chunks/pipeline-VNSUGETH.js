import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DEFAULT_WINDOW_DAYS,
  runPipeline
} from "./chunk-KDLJG52D.js";
import "./chunk-ITZ3PUPU.js";
import "./chunk-O4KYJGMB.js";
import "./chunk-LJQPV27D.js";
import "./chunk-QPAOPBXI.js";
import "./chunk-4VM7OI6X.js";
import "./chunk-FRFT4WXC.js";
import "./chunk-T2UFS2V7.js";
import "./chunk-VNDKYOY6.js";
import "./chunk-354E4JRY.js";
import "./chunk-CKLRGWYK.js";
import "./chunk-RBUPJ4R2.js";
import "./chunk-UUTPRXCH.js";
export {
  DEFAULT_WINDOW_DAYS,
  runPipeline
};
