import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  BULK_ROLE_THRESHOLD,
  collectLive,
  defaultRegion
} from "./chunk-4DSGJKI7.js";
import "./chunk-MQSTEF4H.js";
import "./chunk-BYXSPUGG.js";
import "./chunk-JGKL4APN.js";
import "./chunk-L2OTJWW4.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
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
  return (await import("./deployed-template-KUCK4P4L.js")).fetchDeployedTemplate(stack, options);
}
export {
  BULK_ROLE_THRESHOLD,
  createLiveInventory,
  defaultRegion,
  fetchDeployedTemplate
};
