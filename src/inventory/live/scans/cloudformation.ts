/** CloudFormation stacks that deploy with an affected role (`RoleARN`). */
import { CloudFormationClient, paginateDescribeStacks } from '@aws-sdk/client-cloudformation';
import { roleKeyOfRef } from '../arn.js';
import { dependent, emptyOutput, record, type Scan } from './scan.js';

export const scanCloudFormation: Scan = async ({ session, region }) => {
  const out = emptyOutput();
  const cfn = session.client('cloudformation', region, CloudFormationClient);
  const task = session.run.progress.start(`cloudformation ${region}`, 'stacks');
  const r = await session.limit('cloudformation', region)(() =>
    session.attempt({ operation: 'cloudformation:DescribeStacks', region, kinds: ['cloudformation-stack'] }, async (abortSignal) => {
      for await (const page of paginateDescribeStacks({ client: cfn }, {}, { abortSignal })) {
        for (const stack of page.Stacks ?? []) {
          if (!stack.RoleARN) continue;
          record(
            out,
            roleKeyOfRef(stack.RoleARN, session.account),
            dependent('cloudformation-stack', { id: stack.StackId ?? stack.StackName ?? '?', name: stack.StackName, region, account: session.account, via: 'stack RoleARN (service role it deploys with)' }),
          );
        }
        task.add(page.Stacks?.length ?? 0);
      }
    }),
  );
  task.done();
  if (!r.ok) out.gaps.push(r.gap);
  return out;
};
