import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-2QYDT5QO.js";
import "./chunk-UUTPRXCH.js";

// src/action/payload.ts
var labelSchema = external_exports.object({ name: external_exports.string() }).passthrough();
var payloadSchema = external_exports.object({
  action: external_exports.string().optional(),
  number: external_exports.number().optional(),
  label: labelSchema.optional(),
  sender: external_exports.object({ login: external_exports.string() }).passthrough().optional(),
  pull_request: external_exports.object({
    number: external_exports.number(),
    updated_at: external_exports.string().optional(),
    labels: external_exports.array(labelSchema).optional(),
    head: external_exports.object({
      sha: external_exports.string(),
      repo: external_exports.object({ full_name: external_exports.string() }).passthrough().nullable().optional()
    }).passthrough(),
    base: external_exports.object({
      sha: external_exports.string().optional(),
      repo: external_exports.object({ full_name: external_exports.string() }).passthrough().nullable().optional()
    }).passthrough()
  }).passthrough().optional()
}).passthrough();
function parsePayload(raw) {
  const parsed = payloadSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
export {
  parsePayload
};
