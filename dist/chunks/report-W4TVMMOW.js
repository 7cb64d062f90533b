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
} from "./chunk-FRFT4WXC.js";
import "./chunk-VNDKYOY6.js";
import "./chunk-CKLRGWYK.js";
import "./chunk-RBUPJ4R2.js";
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
