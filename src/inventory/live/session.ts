/**
 * One run's AWS plumbing: lazily created SDK clients per (account, region, service), each with the
 * call-counting middleware, adaptive retries and the run's deadline; per (service, region) limiters and
 * named lanes; and `attempt`, which turns any failure into a LookupGap.
 */
import type { LookupGap } from '../../model/inventory.js';
import type { DependentKind } from '../../model/dependent.js';
import { iamRegion } from './arn.js';
import { createLimiter, type Limiter } from './limiter.js';
import { failureReason, gapOf } from './failure.js';
import type { LiveInventoryOptions, ServiceId } from './options.js';
import type { Progress } from './progress.js';

/** How many calls of one service run at once in one region (and account). */
export const CONCURRENCY_PER_SERVICE_REGION = 4;

export interface ClientLike {
  // The SDK's overloads (one per step) are checked at the call sites' `as never`.
  middlewareStack: { add: (middleware: never, options: never) => void };
  destroy(): void;
}

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date };
export type CredentialProvider = () => Promise<Credentials>;

export interface Run {
  readonly options: LiveInventoryOptions;
  readonly clock: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly maxAttempts: number;
  readonly timeoutMs: number;
  /** Epoch ms of the overall deadline. */
  readonly deadlineAt: number;
  readonly signal: AbortSignal;
  readonly counts: Record<string, number>;
  readonly progress: Progress;
  readonly debug: (line: string) => void;
  /**
   * Runs `fn` once the next request is on its way (handed to the HTTP handler): CPU work such as loading
   * more SDK clients then overlaps the round trip instead of delaying the request.
   */
  readonly afterNextSend: (fn: () => void) => void;
  /** Called by every client when a request goes out. */
  readonly requestSent: () => void;
}

/** Last in the chain before the HTTP handler: once the handler has started the request, tell the run. */
function sentMiddleware(run: Run) {
  return (next: (args: unknown) => Promise<unknown>) => (args: unknown) => {
    const sending = next(args);
    run.requestSent();
    return sending;
  };
}

/**
 * The queue behind Run.afterNextSend: callbacks run on the next turn of the event loop after a request was
 * handed to the HTTP handler; by then every pending microtask has run, so the handler has issued it.
 */
export function createSendWatch(): Pick<Run, 'afterNextSend' | 'requestSent'> {
  let waiting: (() => void)[] = [];
  return {
    afterNextSend: (fn) => void waiting.push(fn),
    requestSent: () => {
      if (waiting.length === 0) return;
      const due = waiting;
      waiting = [];
      setImmediate(() => {
        for (const fn of due) fn();
      });
    },
  };
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; gap: LookupGap };

export interface AttemptContext {
  operation: string;
  region: string;
  kinds?: readonly DependentKind[];
  detail?: string;
}

export class AccountSession {
  private readonly clients = new Map<string, ClientLike>();
  private readonly limiters = new Map<string, Limiter>();

  constructor(
    readonly run: Run,
    readonly account: string,
    readonly partition: string,
    /** False for accounts read through the cross-account role. */
    readonly home: boolean,
    private readonly credentials?: CredentialProvider,
  ) {}

  client<C extends ClientLike>(service: ServiceId, region: string, Ctor: new (config: never) => C): C {
    const key = `${service}/${region}`;
    const existing = this.clients.get(key);
    if (existing) return existing as C;
    const extra = this.run.options.clientConfig?.(service) ?? {};
    const config: Record<string, unknown> = {
      region: region === 'global' ? iamRegion(this.partition) : region,
      maxAttempts: this.run.maxAttempts,
      retryMode: 'adaptive',
      ...extra,
    };
    if (this.credentials) config.credentials = this.credentials;
    const client = new Ctor(config as never);
    client.middlewareStack.add(this.countingMiddleware(service, region) as never, { step: 'initialize', name: 'ibrCallCounter' } as never);
    client.middlewareStack.add(sentMiddleware(this.run) as never, { step: 'finalizeRequest', priority: 'low', name: 'ibrAfterSend' } as never);
    this.clients.set(key, client);
    return client;
  }

  limit(service: ServiceId, region: string): Limiter {
    return this.lane(`${service}/${region}`, CONCURRENCY_PER_SERVICE_REGION);
  }

  /** A limiter of its own for one kind of call (e.g. Access Advisor jobs), so it does not queue behind the others. */
  lane(name: string, size: number): Limiter {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = createLimiter(size);
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /** Runs one lookup; a failure becomes a gap naming the operation, region and reason. */
  async attempt<T>(ctx: AttemptContext, fn: (signal: AbortSignal) => Promise<T>): Promise<Attempt<T>> {
    try {
      if (this.run.signal.aborted) throw Object.assign(new Error('deadline passed'), { name: 'AbortError' });
      return { ok: true, value: await fn(this.run.signal) };
    } catch (e) {
      const reason = failureReason(e, {
        ...ctx,
        account: this.account,
        foreignAccount: !this.home,
        maxAttempts: this.run.maxAttempts,
        timeoutMs: this.run.timeoutMs,
        deadlinePassed: this.run.signal.aborted,
      });
      this.run.debug(`gap ${reason}`);
      return { ok: false, gap: gapOf(reason, { operation: ctx.operation, region: ctx.region, account: this.account }, ctx.kinds) };
    }
  }

  destroy(): void {
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
  }

  private countingMiddleware(service: ServiceId, region: string) {
    const run = this.run;
    const account = this.account;
    return (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
      const operation = `${service}:${(context.commandName ?? 'Unknown').replace(/Command$/, '')}`;
      run.counts[operation] = (run.counts[operation] ?? 0) + 1;
      const started = Date.now();
      let outcome = 'ok';
      try {
        return await next(args);
      } catch (e) {
        outcome = e instanceof Error ? e.name : 'error';
        throw e;
      } finally {
        run.debug(`api ${operation} ${region} ${account} ${outcome} ${Date.now() - started}ms`);
      }
    };
  }
}
