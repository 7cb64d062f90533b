import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION,
  decisionSchema,
  failOnSchema,
  maxRisk,
  reportSchema,
  riskLevels,
  riskRank,
  riskSchema,
  roleImpactSchema,
  usageStatusSchema
} from "./chunk-LXP5LKOX.js";
import "./chunk-MQSTEF4H.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";
export {
  REPORT_SCHEMA_VERSION,
  decisionSchema,
  failOnSchema,
  maxRisk,
  reportSchema,
  riskLevels,
  riskRank,
  riskSchema,
  roleImpactSchema,
  usageStatusSchema
};
