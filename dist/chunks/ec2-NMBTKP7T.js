import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  EC2Client,
  paginateDescribeInstances
} from "./chunk-5JWFX2HH.js";
import {
  dependent,
  emptyOutput,
  record
} from "./chunk-ULUKVJNU.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import "./chunk-5S4BO7BI.js";
import "./chunk-RNLHTGMN.js";
import "./chunk-UUTPRXCH.js";

// src/inventory/live/scans/ec2.ts
var scanEc2 = async ({ session, region, settled }) => {
  const out = emptyOutput();
  const { roles } = await settled;
  const profiles = /* @__PURE__ */ new Map();
  for (const r2 of roles)
    for (const p of r2.facts.instanceProfiles ?? []) {
      const k = p.arn.toLowerCase();
      profiles.set(k, [...profiles.get(k) ?? [], { key: r2.key, name: p.name }]);
    }
  if (profiles.size === 0) return out;
  const ec2 = session.client("ec2", region, EC2Client);
  const task = session.run.progress.start(`ec2 ${region}`, "instances");
  const r = await session.limit("ec2", region)(
    () => session.attempt({ operation: "ec2:DescribeInstances", region, kinds: ["ec2-instance"] }, async (abortSignal) => {
      const input = { Filters: [{ Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] }] };
      for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 1e3 }, input, { abortSignal })) {
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
