import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/inventory/live/limiter.ts
function createLimiter(size) {
  let running = 0;
  const waiting = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= size) await new Promise((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
function mapLimited(items, limit, fn) {
  return Promise.all(items.map((item) => limit(() => fn(item))));
}
function createRateGate(intervalMs, clock, sleep) {
  let next = 0;
  return async () => {
    const now = clock().getTime();
    const at = Math.max(now, next);
    next = at + intervalMs;
    if (at > now) await sleep(at - now);
  };
}

export {
  createLimiter,
  mapLimited,
  createRateGate
};
