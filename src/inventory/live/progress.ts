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

export function createProgress(onLine: ((line: string) => void) | undefined, clock: () => Date): Progress {
  if (!onLine) return { start: () => ({ add: () => {}, done: () => {} }), stop: () => {} };
  const running = new Set<{ label: string; unit: string; startedAt: number; count: number }>();
  const timer = setInterval(() => {
    const now = clock().getTime();
    for (const t of running) {
      const seconds = Math.round((now - t.startedAt) / 1000);
      if (now - t.startedAt >= QUIET_MS) onLine(`${t.label}: ${t.count} ${t.unit} so far (${seconds} s)`);
    }
  }, QUIET_MS);
  timer.unref();
  return {
    start(label, unit) {
      const task = { label, unit, startedAt: clock().getTime(), count: 0 };
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
