/** Progress lines for scans that run longer than ~2 s: which region/service, how much is done. */
export interface ProgressTask {
  /** Adds to the count of items seen so far. */
  add(n: number): void;
  done(): void;
}

export interface Progress {
  start(label: string, unit: string): ProgressTask;
  stop(): void;
}

const QUIET_MS = 2000;
const TICK_MS = 250;

export function createProgress(onLine: ((line: string) => void) | undefined, clock: () => Date): Progress {
  if (!onLine) return { start: () => ({ add: () => {}, done: () => {} }), stop: () => {} };
  const running = new Set<{ label: string; unit: string; startedAt: number; printedAt: number; count: number }>();
  // Ticks often, prints each task at most every QUIET_MS once it has run that long.
  const timer = setInterval(() => {
    const now = clock().getTime();
    for (const t of running) {
      if (now - t.startedAt < QUIET_MS || now - t.printedAt < QUIET_MS) continue;
      t.printedAt = now;
      onLine(`${t.label}: ${t.count} ${t.unit} so far (${Math.floor((now - t.startedAt) / 1000)} s)`);
    }
  }, TICK_MS);
  timer.unref();
  return {
    start(label, unit) {
      const startedAt = clock().getTime();
      const task = { label, unit, startedAt, printedAt: startedAt, count: 0 };
      running.add(task);
      return {
        add: (n) => {
          task.count += n;
        },
        done: () => {
          running.delete(task);
        },
      };
    },
    stop: () => clearInterval(timer),
  };
}
