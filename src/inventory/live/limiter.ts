/** A tiny concurrency limiter: at most `size` tasks of one (service, region) run at once. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(size: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Runs `fn` over `items` through `limit`, keeping order. */
export function mapLimited<I, O>(items: readonly I[], limit: Limiter, fn: (item: I) => Promise<O>): Promise<O[]> {
  return Promise.all(items.map((item) => limit(() => fn(item))));
}

/**
 * At most one call start every `intervalMs` (CloudTrail LookupEvents allows 2 per second per region).
 * Clock and sleep are injected so tests can check the pacing without waiting.
 */
export function createRateGate(intervalMs: number, clock: () => Date, sleep: (ms: number) => Promise<void>) {
  let next = 0;
  return async () => {
    const now = clock().getTime();
    const at = Math.max(now, next);
    next = at + intervalMs;
    if (at > now) await sleep(at - now);
  };
}
