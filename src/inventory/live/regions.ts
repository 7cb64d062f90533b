/** `--regions all`: the regions enabled in the account. Its own module so runs with listed regions never load the EC2 client. */
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { DependentKind } from '../../model/dependent.js';
import type { Attempt, AccountSession } from './session.js';

export function enabledRegions(session: AccountSession, region: string, kinds: readonly DependentKind[]): Promise<Attempt<string[]>> {
  return session.attempt({ operation: 'ec2:DescribeRegions', region, kinds }, async (abortSignal) => {
    const regions = (await session.client('ec2', region, EC2Client).send(new DescribeRegionsCommand({}), { abortSignal })).Regions ?? [];
    return regions.map((r) => r.RegionName ?? '').filter(Boolean).sort();
  });
}
