/**
 * Access Advisor: GenerateServiceLastAccessedDetails, then poll GetServiceLastAccessedDetails with the
 * same client (same principal/session, which AWS requires) and back-off, until done or the deadline.
 */
import { GenerateServiceLastAccessedDetailsCommand, GetServiceLastAccessedDetailsCommand, IAMClient, type ServiceLastAccessed } from '@aws-sdk/client-iam';
import type { ServiceAccess } from '../../model/inventory.js';
import type { AccountSession } from './session.js';
import { addGap, type RoleWork } from './work.js';

/** Services AWS reports per action at ACTION_LEVEL (management actions); others answer per service only. */
export const ACTION_TRACKED_SERVICES: ReadonlySet<string> = new Set(['s3', 'ec2', 'iam', 'lambda']);

export const POLL_FIRST_MS = 500;
export const POLL_MAX_MS = 8000;

function iso(d: Date | undefined): string | null {
  return d ? d.toISOString() : null;
}

export async function accessAdvisor(session: AccountSession, work: RoleWork, removedServices: readonly string[]): Promise<void> {
  const usage = work.facts.usage;
  if (work.facts.existence !== 'found' || !work.facts.arn) return;
  const run = session.run;
  const iam = session.client('iam', 'global', IAMClient);
  const limit = session.limit('iam', 'global');
  const tracked = removedServices.map((s) => s.toLowerCase()).filter((s) => ACTION_TRACKED_SERVICES.has(s));
  const granularity = tracked.length > 0 ? 'ACTION_LEVEL' : 'SERVICE_LEVEL';
  const detail = `role ${work.name}`;
  const arn = work.facts.arn;

  const job = await limit(() =>
    session.attempt({ operation: 'iam:GenerateServiceLastAccessedDetails', region: 'global', detail }, async (abortSignal) =>
      (await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: granularity }), { abortSignal })).JobId,
    ),
  );
  if (!job.ok) return addGap(usage.gaps, job.gap);
  const jobId = job.value;
  if (!jobId) return addGap(usage.gaps, { operation: 'iam:GenerateServiceLastAccessedDetails', region: 'global', account: session.account, reason: `Access Advisor returned no job id (${detail})` });

  let delay = POLL_FIRST_MS;
  for (;;) {
    if (run.clock().getTime() + delay >= run.deadlineAt) {
      return addGap(usage.gaps, {
        operation: 'iam:GetServiceLastAccessedDetails',
        region: 'global',
        account: session.account,
        reason: `Access Advisor job still IN_PROGRESS when the deadline of ${Math.round(run.timeoutMs / 1000)} s came (${detail})`,
      });
    }
    await run.sleep(delay);
    delay = Math.min(delay * 2, POLL_MAX_MS);
    const polled = await limit(() =>
      session.attempt({ operation: 'iam:GetServiceLastAccessedDetails', region: 'global', detail }, async (abortSignal) => {
        const services: ServiceLastAccessed[] = [];
        let marker: string | undefined;
        for (;;) {
          const page = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, ...(marker ? { Marker: marker } : {}) }), { abortSignal });
          if (page.JobStatus !== 'COMPLETED') return { status: page.JobStatus ?? 'UNKNOWN', error: page.Error?.Message ?? page.Error?.Code, services };
          services.push(...(page.ServicesLastAccessed ?? []));
          if (!page.IsTruncated || !page.Marker) return { status: 'COMPLETED', error: undefined, services };
          marker = page.Marker;
        }
      }),
    );
    if (!polled.ok) return addGap(usage.gaps, polled.gap);
    const { status, error, services } = polled.value;
    if (status === 'IN_PROGRESS') continue;
    if (status !== 'COMPLETED')
      return addGap(usage.gaps, {
        operation: 'iam:GetServiceLastAccessedDetails',
        region: 'global',
        account: session.account,
        reason: `Access Advisor job ${status}${error ? `: ${error}` : ''} (${detail})`,
      });
    usage.servicesStatus = 'known';
    usage.services = services.map((s) => toServiceAccess(s, tracked));
    return;
  }
}

function toServiceAccess(s: ServiceLastAccessed, tracked: readonly string[]): ServiceAccess {
  const namespace = s.ServiceNamespace ?? '?';
  const out: ServiceAccess = { namespace, lastAccessed: iso(s.LastAuthenticated) };
  if (s.LastAuthenticatedRegion) out.region = s.LastAuthenticatedRegion;
  if (tracked.includes(namespace.toLowerCase()) && s.TrackedActionsLastAccessed)
    out.actions = s.TrackedActionsLastAccessed.map((a) => {
      const action: { action: string; lastAccessed: string | null; region?: string } = {
        action: `${namespace}:${a.ActionName ?? '?'}`,
        lastAccessed: iso(a.LastAccessedTime),
      };
      if (a.LastAccessedRegion) action.region = a.LastAccessedRegion;
      return action;
    });
  return out;
}
