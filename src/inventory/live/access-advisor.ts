/**
 * Access Advisor: GenerateServiceLastAccessedDetails, then poll GetServiceLastAccessedDetails with the
 * same client (same principal/session, which AWS requires) and back-off, until done or the deadline.
 *
 * The jobs of one account run in a lane of their own (ADVISOR_CONCURRENCY calls at a time), so they neither
 * queue behind the identity calls nor hold them up; the SDK's adaptive retry slows the client down if IAM
 * throttles. The first job of the account is polled as soon as it is generated (the probe): when it is
 * already COMPLETED, jobs finish at once in this account and every other job is polled as soon as it is
 * generated too; otherwise each job waits POLL_FIRST_MS before its first poll and doubles the wait up to
 * POLL_MAX_MS. A job that completes at once thus costs one generate and one poll, and N jobs take about
 * three round trips, not N/4 × (two round trips) + 0.5 s; an account whose jobs take time pays one extra
 * poll (the probe's).
 */
import { GenerateServiceLastAccessedDetailsCommand, GetServiceLastAccessedDetailsCommand, IAMClient, type ServiceLastAccessed } from '@aws-sdk/client-iam';
import type { ServiceAccess } from '../../model/inventory.js';
import type { AccountSession } from './session.js';
import { addGap, type RoleWork } from './work.js';

/** Services AWS reports per action at ACTION_LEVEL (management actions); others answer per service only. */
export const ACTION_TRACKED_SERVICES: ReadonlySet<string> = new Set(['s3', 'ec2', 'iam', 'lambda']);

export const POLL_FIRST_MS = 500;
export const POLL_MAX_MS = 8000;
/**
 * Access Advisor calls in flight per account, apart from the identity lane's 4. IAM's rate limits apply per
 * account and are not published per operation: 8 is a moderate burst, and if IAM throttles, the shared
 * client's adaptive retry slows down (a call still throttled after the attempts becomes a gap).
 */
export const ADVISOR_CONCURRENCY = 8;

function iso(d: Date | undefined): string | null {
  return d ? d.toISOString() : null;
}

/** The Access Advisor jobs of one account's affected roles. */
export class AccessAdvisor {
  /** Resolves to true when the account's first job was COMPLETED at its first poll. */
  private probe: Promise<boolean> | undefined;

  constructor(private readonly session: AccountSession) {}

  /** Fills `work.facts.usage.services` (or a usage gap); never throws for AWS failures. */
  async lookup(work: RoleWork, removedServices: readonly string[]): Promise<void> {
    const usage = work.facts.usage;
    if (work.facts.existence !== 'found' || !work.facts.arn) return;
    const session = this.session;
    const run = session.run;
    const iam = session.client('iam', 'global', IAMClient);
    const limit = session.lane('iam/global/access-advisor', ADVISOR_CONCURRENCY);
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

    let answerProbe: ((fast: boolean) => void) | undefined;
    let delay: number;
    if (!this.probe) {
      this.probe = new Promise<boolean>((resolve) => (answerProbe = resolve));
      delay = 0;
    } else delay = (await this.probe) ? 0 : POLL_FIRST_MS;
    try {
      for (;;) {
        if (run.clock().getTime() + delay >= run.deadlineAt) {
          return addGap(usage.gaps, {
            operation: 'iam:GetServiceLastAccessedDetails',
            region: 'global',
            account: session.account,
            reason: `Access Advisor job still IN_PROGRESS when the deadline of ${Math.round(run.timeoutMs / 1000)} s came (${detail})`,
          });
        }
        if (delay > 0) await run.sleep(delay);
        delay = delay === 0 ? POLL_FIRST_MS : Math.min(delay * 2, POLL_MAX_MS);
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
        answerProbe?.(polled.ok && polled.value.status === 'COMPLETED');
        answerProbe = undefined;
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
    } finally {
      // A probe that never got an answer (deadline, failure) lets the others back off as usual.
      answerProbe?.(false);
    }
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
