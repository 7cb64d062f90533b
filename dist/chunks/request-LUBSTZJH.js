import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  cmp,
  requestFor
} from "./chunk-NA55UVDF.js";
import "./chunk-UUTPRXCH.js";
export {
  cmp,
  requestFor
};
