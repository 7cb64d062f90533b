/**
 * Opt-in: who assumed the role in the last 90 days, from CloudTrail AssumeRole* events.
 * LookupEvents allows 2 calls per second per account and region: one rate gate per (account, region).
 */
import { CloudTrailClient, paginateLookupEvents } from '@aws-sdk/client-cloudtrail';
import type { AccountSession } from './session.js';
import { addGap, type RoleWork } from './work.js';

export const MAX_PAGES_PER_ROLE_REGION = 10;
const WINDOW_DAYS = 90;
const EVENTS = new Set(['AssumeRole', 'AssumeRoleWithWebIdentity', 'AssumeRoleWithSAML']);

type Gate = () => Promise<void>;

/** Who made the call, without anything else of the event (no IPs, no request details). */
export function principalOf(identity: Record<string, unknown> | undefined): string {
  if (!identity) return 'unknown';
  const s = (k: string) => (typeof identity[k] === 'string' ? (identity[k] as string) : undefined);
  if (s('type') === 'AWSService') return s('invokedBy') ?? 'AWS service';
  if (s('type') === 'WebIdentityUser' || s('type') === 'SAMLUser') return `${s('identityProvider') ?? s('type')}: ${s('userName') ?? '?'}`;
  return s('arn') ?? s('invokedBy') ?? s('principalId') ?? s('type') ?? 'unknown';
}

export async function cloudTrailAssumers(session: AccountSession, work: RoleWork, regions: readonly string[], gateOf: (region: string) => Gate): Promise<void> {
  const arn = work.facts.arn;
  if (work.facts.existence !== 'found' || !arn) return;
  const run = session.run;
  const end = run.clock();
  const start = new Date(end.getTime() - WINDOW_DAYS * 86_400_000);
  const seen = new Map<string, { principal: string; lastSeen: string; event: string; region: string }>();
  await Promise.all(
    regions.map(async (region) => {
      const ct = session.client('cloudtrail', region, CloudTrailClient);
      const gate = gateOf(region);
      let pages = 0;
      let more = false;
      const r = await session.attempt({ operation: 'cloudtrail:LookupEvents', region, detail: `role ${work.name}` }, async (abortSignal) => {
        await gate();
        const input = { LookupAttributes: [{ AttributeKey: 'ResourceName' as const, AttributeValue: arn }], StartTime: start, EndTime: end };
        for await (const page of paginateLookupEvents({ client: ct, pageSize: 50 }, input, { abortSignal })) {
          pages++;
          for (const ev of page.Events ?? []) {
            if (!ev.EventName || !EVENTS.has(ev.EventName)) continue;
            let detail: Record<string, unknown> = {};
            try {
              detail = JSON.parse(ev.CloudTrailEvent ?? '{}') as Record<string, unknown>;
            } catch {
              // A malformed event still counts with what the summary says.
            }
            const principal = principalOf(detail.userIdentity as Record<string, unknown> | undefined);
            const when = (ev.EventTime ?? end).toISOString();
            const key = `${principal}|${ev.EventName}`;
            const prev = seen.get(key);
            if (!prev || prev.lastSeen < when) seen.set(key, { principal, lastSeen: when, event: ev.EventName, region: typeof detail.awsRegion === 'string' ? detail.awsRegion : region });
          }
          more = Boolean(page.NextToken);
          if (!more || pages >= MAX_PAGES_PER_ROLE_REGION) break;
          await gate();
        }
      });
      if (!r.ok) addGap(work.facts.usage.gaps, r.gap);
      else if (more)
        addGap(work.facts.usage.gaps, {
          operation: 'cloudtrail:LookupEvents',
          region,
          account: session.account,
          reason: `cloudtrail:LookupEvents read only the newest ${MAX_PAGES_PER_ROLE_REGION} pages in ${region} (role ${work.name}): older assumers may be missing`,
        });
    }),
  );
  const assumedBy = [...seen.values()].sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : a.principal.localeCompare(b.principal)));
  if (assumedBy.length > 0 || !work.facts.usage.gaps.some((g) => g.operation === 'cloudtrail:LookupEvents')) work.facts.usage.assumedBy = assumedBy;
}
