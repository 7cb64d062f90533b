import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  CloudFormationClient,
  paginateDescribeStacks
} from "./chunk-V7VQ3VZC.js";
import {
  roleKeyOfRef
} from "./chunk-L2OTJWW4.js";
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

// src/inventory/live/scans/cloudformation.ts
var scanCloudFormation = async ({ session, region }) => {
  const out = emptyOutput();
  const cfn = session.client("cloudformation", region, CloudFormationClient);
  const task = session.run.progress.start(`cloudformation ${region}`, "stacks");
  const r = await session.limit("cloudformation", region)(
    () => session.attempt({ operation: "cloudformation:DescribeStacks", region, kinds: ["cloudformation-stack"] }, async (abortSignal) => {
      for await (const page of paginateDescribeStacks({ client: cfn }, {}, { abortSignal })) {
        for (const stack of page.Stacks ?? []) {
          if (!stack.RoleARN) continue;
          record(
            out,
            roleKeyOfRef(stack.RoleARN, session.account),
            dependent("cloudformation-stack", { id: stack.StackId ?? stack.StackName ?? "?", name: stack.StackName, region, account: session.account, via: "stack RoleARN (service role it deploys with)" })
          );
        }
        task.add(page.Stacks?.length ?? 0);
      }
    })
  );
  task.done();
  if (!r.ok) out.gaps.push(r.gap);
  return out;
};
export {
  scanCloudFormation
};
