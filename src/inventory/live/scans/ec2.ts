/**
 * EC2 instances that run with an affected role's instance profile. One DescribeInstances pass per region,
 * matched locally against every affected profile (the `iam-instance-profile.arn` filter would need one
 * value list per call and is not served by every endpoint, e.g. moto).
 */
import { EC2Client, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import { dependent, emptyOutput, record, type Scan } from './scan.js';

export const scanEc2: Scan = async ({ session, region, settled }) => {
  const out = emptyOutput();
  // The instance profiles of every affected role are needed to match instances: wait for all of them.
  const { roles } = await settled;
  const profiles = new Map<string, { key: string; name: string }[]>();
  for (const r of roles)
    for (const p of r.facts.instanceProfiles ?? []) {
      const k = p.arn.toLowerCase();
      profiles.set(k, [...(profiles.get(k) ?? []), { key: r.key, name: p.name }]);
    }
  if (profiles.size === 0) return out;
  const ec2 = session.client('ec2', region, EC2Client);
  const task = session.run.progress.start(`ec2 ${region}`, 'instances');
  const r = await session.limit('ec2', region)(() =>
    session.attempt({ operation: 'ec2:DescribeInstances', region, kinds: ['ec2-instance'] }, async (abortSignal) => {
      const input = { Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }] };
      for await (const page of paginateDescribeInstances({ client: ec2, pageSize: 1000 }, input, { abortSignal })) {
        for (const reservation of page.Reservations ?? [])
          for (const instance of reservation.Instances ?? []) {
            task.add(1);
            const profileArn = instance.IamInstanceProfile?.Arn;
            if (!profileArn || !instance.InstanceId) continue;
            for (const match of profiles.get(profileArn.toLowerCase()) ?? [])
              record(
                out,
                match.key,
                dependent('ec2-instance', {
                  id: `arn:${session.partition}:ec2:${region}:${reservation.OwnerId ?? session.account}:instance/${instance.InstanceId}`,
                  name: instance.InstanceId,
                  region,
                  account: session.account,
                  via: `instance profile ${match.name} (${instance.State?.Name ?? 'unknown state'})`,
                }),
              );
          }
      }
    }),
  );
  task.done();
  if (!r.ok) out.gaps.push(r.gap);
  return out;
};
