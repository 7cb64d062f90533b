import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  BULK_ROLE_THRESHOLD,
  collectLive,
  defaultRegion
} from "./chunk-GBCDCL55.js";
import "./chunk-VNDKYOY6.js";
import "./chunk-LZVOSFYG.js";
import "./chunk-JGKL4APN.js";
import "./chunk-L2OTJWW4.js";
import "./chunk-CKLRGWYK.js";
import "./chunk-RBUPJ4R2.js";
import "./chunk-5S4BO7BI.js";
import "./chunk-RNLHTGMN.js";
import "./chunk-UUTPRXCH.js";

// src/inventory/live/index.ts
function createLiveInventory(options) {
  return {
    kind: "live",
    collect: (request) => collectLive(options, request)
  };
}
async function fetchDeployedTemplate(stack, options = {}) {
  return (await import("./deployed-template-Q7E57QPB.js")).fetchDeployedTemplate(stack, options);
}
export {
  BULK_ROLE_THRESHOLD,
  createLiveInventory,
  defaultRegion,
  fetchDeployedTemplate
};
