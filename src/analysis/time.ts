/** Dates and ages as the report shows them. Pure: the clock is always passed in. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** AWS keeps RoleLastUsed and Access Advisor data for this many days. */
export const TRACKING_DAYS = 400;

export function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Whole days between `then` and `now` (0 for anything in the last 24 hours or in the future). */
export function daysBetween(then: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY));
}

/** `2026-11-28T19:00Z`: minutes are as precise as a reviewer needs. */
export function formatInstant(d: Date): string {
  return `${d.toISOString().slice(0, 16)}Z`;
}

/** `2026-11-28` */
export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "2 hours ago", "35 days ago", "just now". */
export function formatAge(then: Date, now: Date): string {
  const ms = now.getTime() - then.getTime();
  if (ms < MINUTE) return ms < -MINUTE ? `${formatInstant(then)}, after the analysis time` : 'just now';
  if (ms < HOUR) return `${plural(Math.floor(ms / MINUTE), 'minute')} ago`;
  if (ms < 2 * DAY) return `${plural(Math.floor(ms / HOUR), 'hour')} ago`;
  return `${plural(Math.floor(ms / DAY), 'day')} ago`;
}
