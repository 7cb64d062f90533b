import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-O4KYJGMB.js";
import "./chunk-UUTPRXCH.js";
export default require_picomatch();
