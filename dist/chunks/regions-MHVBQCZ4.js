import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  DescribeRegionsCommand,
  EC2Client
} from "./chunk-5JWFX2HH.js";
import "./chunk-5S4BO7BI.js";
import "./chunk-RNLHTGMN.js";
import "./chunk-UUTPRXCH.js";

// src/inventory/live/regions.ts
function enabledRegions(session, region, kinds) {
  return session.attempt({ operation: "ec2:DescribeRegions", region, kinds }, async (abortSignal) => {
    const regions = (await session.client("ec2", region, EC2Client).send(new DescribeRegionsCommand({}), { abortSignal })).Regions ?? [];
    return regions.map((r) => r.RegionName ?? "").filter(Boolean).sort();
  });
}
export {
  enabledRegions
};
