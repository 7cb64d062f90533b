/** Step Functions state machines. */
import { DescribeStateMachineCommand, SFNClient, paginateListStateMachines } from '@aws-sdk/client-sfn';
import { roleKeyOfRef } from '../arn.js';
import { mapLimited } from '../limiter.js';
import { dependent, emptyOutput, record, type Scan } from './scan.js';

export const scanSfn: Scan = async ({ session, region }) => {
  const out = emptyOutput();
  const sfn = session.client('states', region, SFNClient);
  const limit = session.limit('states', region);
  const task = session.run.progress.start(`states ${region}`, 'state machines');
  const listed = await limit(() =>
    session.attempt({ operation: 'states:ListStateMachines', region, kinds: ['sfn-state-machine'] }, async (abortSignal) => {
      const arns: string[] = [];
      for await (const page of paginateListStateMachines({ client: sfn }, {}, { abortSignal }))
        for (const m of page.stateMachines ?? []) if (m.stateMachineArn) arns.push(m.stateMachineArn);
      return arns;
    }),
  );
  if (!listed.ok) out.gaps.push(listed.gap);
  else
    await mapLimited(listed.value, limit, async (arn) => {
      const d = await session.attempt({ operation: 'states:DescribeStateMachine', region, kinds: ['sfn-state-machine'], detail: arn.split(':').pop() }, async (abortSignal) =>
        sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }), { abortSignal }),
      );
      task.add(1);
      if (!d.ok) return void out.gaps.push(d.gap);
      record(out, roleKeyOfRef(d.value.roleArn, session.account), dependent('sfn-state-machine', { id: arn, name: d.value.name, region, account: session.account, via: 'state machine roleArn' }));
    });
  task.done();
  return out;
};
