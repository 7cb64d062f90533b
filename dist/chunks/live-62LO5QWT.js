import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  BULK_ROLE_THRESHOLD,
  collectLive,
  defaultRegion
} from "./chunk-2KLSWROH.js";
import "./chunk-LDAZNKPM.js";
import "./chunk-T6NDWJ7T.js";
import "./chunk-JGKL4APN.js";
import "./chunk-L2OTJWW4.js";
import "./chunk-EWTAOQ4U.js";
import "./chunk-D4XES6HW.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-SNSM4IQ5.js";
import "./chunk-UUTPRXCH.js";

// src/inventory/live/index.ts
function createLiveInventory(options) {
  return {
    kind: "live",
    collect: (request) => collectLive(options, request)
  };
}
async function fetchDeployedTemplate(stack, options = {}) {
  return (await import("./deployed-template-3G3ZXXVM.js")).fetchDeployedTemplate(stack, options);
}
export {
  BULK_ROLE_THRESHOLD,
  createLiveInventory,
  defaultRegion,
  fetchDeployedTemplate
};
