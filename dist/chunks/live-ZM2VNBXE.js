import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  BULK_ROLE_THRESHOLD,
  collectLive,
  defaultRegion
} from "./chunk-TLW5TDU3.js";
import "./chunk-5W6PGHVE.js";
import "./chunk-R7GYY6S2.js";
import "./chunk-JGKL4APN.js";
import "./chunk-L2OTJWW4.js";
import "./chunk-EWTAOQ4U.js";
import "./chunk-ZXZ6IRW6.js";
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
  return (await import("./deployed-template-5OGSXIIU.js")).fetchDeployedTemplate(stack, options);
}
export {
  BULK_ROLE_THRESHOLD,
  createLiveInventory,
  defaultRegion,
  fetchDeployedTemplate
};
