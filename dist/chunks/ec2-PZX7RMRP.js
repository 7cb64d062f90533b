import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-EB4DB2UW.js";
import {
  dependent,
  emptyOutput,
  record
} from "./chunk-4UWP6UQL.js";
import "./chunk-EWTAOQ4U.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import "./chunk-SNSM4IQ5.js";
import {
  __toESM
} from "./chunk-UUTPRXCH.js";

// src/inventory/live/scans/ec2.ts
var import_client_ec2 = __toESM(require_dist_cjs(), 1);
var scanEc2 = async ({ session, region, roles }) => {
  const out = emptyOutput();
  const profiles = /* @__PURE__ */ new Map();
  for (const r2 of roles)
    for (const p of r2.facts.instanceProfiles ?? []) {
      const k = p.arn.toLowerCase();
      profiles.set(k, [...profiles.get(k) ?? [], { key: r2.key, name: p.name }]);
    }
  if (profiles.size === 0) return out;
  const ec2 = session.client("ec2", region, import_client_ec2.EC2Client);
  const task = session.run.progress.start(`ec2 ${region}`, "instances");
  const r = await session.limit("ec2", region)(
    () => session.attempt({ operation: "ec2:DescribeInstances", region, kinds: ["ec2-instance"] }, async (abortSignal) => {
      const input = { Filters: [{ Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] }] };
      for await (const page of (0, import_client_ec2.paginateDescribeInstances)({ client: ec2, pageSize: 1e3 }, input, { abortSignal })) {
        for (const reservation of page.Reservations ?? [])
          for (const instance of reservation.Instances ?? []) {
            task.add(1);
            const profileArn = instance.IamInstanceProfile?.Arn;
            if (!profileArn || !instance.InstanceId) continue;
            for (const match of profiles.get(profileArn.toLowerCase()) ?? [])
              record(
                out,
                match.key,
                dependent("ec2-instance", {
                  id: `arn:${session.partition}:ec2:${region}:${reservation.OwnerId ?? session.account}:instance/${instance.InstanceId}`,
                  name: instance.InstanceId,
                  region,
                  account: session.account,
                  via: `instance profile ${match.name} (${instance.State?.Name ?? "unknown state"})`
                })
              );
          }
      }
    })
  );
  task.done();
  if (!r.ok) out.gaps.push(r.gap);
  return out;
};
export {
  scanEc2
};
