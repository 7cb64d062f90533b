import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-UGECWZ7M.js";
import {
  roleKeyOfRef
} from "./chunk-L2OTJWW4.js";
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

// src/inventory/live/scans/cloudformation.ts
var import_client_cloudformation = __toESM(require_dist_cjs(), 1);
var scanCloudFormation = async ({ session, region }) => {
  const out = emptyOutput();
  const cfn = session.client("cloudformation", region, import_client_cloudformation.CloudFormationClient);
  const task = session.run.progress.start(`cloudformation ${region}`, "stacks");
  const r = await session.limit("cloudformation", region)(
    () => session.attempt({ operation: "cloudformation:DescribeStacks", region, kinds: ["cloudformation-stack"] }, async (abortSignal) => {
      for await (const page of (0, import_client_cloudformation.paginateDescribeStacks)({ client: cfn }, {}, { abortSignal })) {
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
