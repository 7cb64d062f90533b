import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  LOOKUP_INTERVAL_MS,
  MAX_PAGES_PER_ROLE_REGION,
  cloudTrailAssumers,
  principalOf
} from "./chunk-B6QXFFOP.js";
import "./chunk-L2OTJWW4.js";
import "./chunk-EWTAOQ4U.js";
import "./chunk-SNSM4IQ5.js";
import "./chunk-UUTPRXCH.js";
export {
  LOOKUP_INTERVAL_MS,
  MAX_PAGES_PER_ROLE_REGION,
  cloudTrailAssumers,
  principalOf
};
