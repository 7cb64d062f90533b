import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-EB4DB2UW.js";
import "./chunk-EWTAOQ4U.js";
import "./chunk-SNSM4IQ5.js";
import {
  __toESM
} from "./chunk-UUTPRXCH.js";

// src/inventory/live/regions.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
function enabledRegions(session, region, kinds) {
  return session.attempt({ operation: "ec2:DescribeRegions", region, kinds }, async (abortSignal) => {
    const regions = (await session.client("ec2", region, import_client_ec2.EC2Client).send(new import_client_ec2.DescribeRegionsCommand({}), { abortSignal })).Regions ?? [];
    return regions.map((r) => r.RegionName ?? "").filter(Boolean).sort();
  });
}
export {
  enabledRegions
};
