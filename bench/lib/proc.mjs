/**
 * Runs a whole process and measures wall time and peak RSS.
 * Peak RSS comes from GNU time (`/usr/bin/time -f %M`, wait4's ru_maxrss of the child) when present;
 * otherwise from polling /proc/<pid>/status VmHWM every 5 ms (a high-water mark, so polling only misses
 * growth in the last few ms). Nothing to install either way.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const rssMethod = existsSync(GNU_TIME) ? 'GNU time %M (ru_maxrss)' : '/proc VmHWM polling';

/**
 * The environment of every measured process: this one (plus `extra`) without NODE_EXTRA_CA_CERTS. Node
 * reads and parses that CA bundle at start-up whatever the program runs (OpenSSL 3; +40–70 ms per process
 * on this machine, measured in part 3), and jq does not: the sandbox sets it for its TLS proxy, a GitHub
 * runner does not, and no measured process makes a TLS call. Every contender gets the same environment.
 */
export function benchEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/**
 * @returns {Promise<{ms:number, rssMB:number|null, code:number|null, signal:string|null, stdout:string, stderr:string}>}
 */
export function measure(cmd, args, { env, cwd, captureStdout = false, timeoutMs = 600_000 } = {}) {
  const useTime = existsSync(GNU_TIME);
  let dir;
  let argv = [cmd, ...args];
  if (useTime) {
    dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
    argv = [GNU_TIME, '-f', '%M', '-o', join(dir, 'rss'), cmd, ...args];
  }
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      env: env ?? benchEnv(),
      cwd,
      stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => {
      if (stderr.length < 64_000) stderr += d;
    });
    let hwm = 0;
    const poll = useTime
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {
            /* exited between polls */
          }
        }, 5);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let kb = hwm || null;
      if (useTime) {
        try {
          // GNU time prints "Command exited with non-zero status N" before the figure on failure.
          const lines = readFileSync(join(dir, 'rss'), 'utf8').trim().split('\n');
          kb = Number(lines[lines.length - 1]) || null;
        } catch {
          kb = null;
        }
        rmSync(dir, { recursive: true, force: true });
        // GNU time reports the child's exit status as its own.
      }
      resolve({ ms, rssMB: kb === null ? null : kb / 1024, code, signal, stdout, stderr });
    });
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (!n) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Runs `runs` times (after `warmup` unmeasured runs) and summarizes time and RSS. */
export async function repeat(runs, fn, { warmup = 0, okCodes = [0] } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await fn();
    results.push(r);
    // A process that fails once fails every time here (same input): don't spend minutes repeating it.
    if (!okCodes.includes(r.code)) break;
  }
  return summarizeRuns(results, okCodes);
}

/**
 * Processes that are compared with each other, run in rounds (one run of each, then again) rather than in
 * blocks: a slow spell of this shared machine then hits every contender alike. `contenders`: `[key, runs,
 * fn]`; returns key → repeat()'s summary. A contender that fails is not run again.
 */
export async function interleave(contenders, { okCodes = [0], onRound = () => {} } = {}) {
  const results = new Map(contenders.map(([key]) => [key, []]));
  const rounds = Math.max(0, ...contenders.map(([, runs]) => runs));
  for (let round = 0; round < rounds; round++) {
    onRound(round, rounds);
    for (const [key, runs, fn] of contenders) {
      const done = results.get(key);
      if (round >= runs || done.some((r) => !okCodes.includes(r.code))) continue;
      done.push(await fn());
    }
  }
  return new Map([...results].map(([key, rs]) => [key, summarizeRuns(rs, okCodes)]));
}

function summarizeRuns(results, okCodes) {
  const ok = results.filter((r) => okCodes.includes(r.code));
  const times = ok.map((r) => r.ms);
  const rss = ok.map((r) => r.rssMB).filter((x) => x !== null);
  return {
    runs: results.length,
    ok: ok.length,
    failed: results.find((r) => !okCodes.includes(r.code)) ?? null,
    ms: { median: median(times), min: Math.min(...times), max: Math.max(...times) },
    rssMB: { median: median(rss), min: Math.min(...rss), max: Math.max(...rss) },
    last: results[results.length - 1],
  };
}
