/**
 * One comment per pull request and tag, found by a hidden marker on its first line. The marker carries the
 * head SHA and the run time so an older run never overwrites a newer one.
 */
import type { CommentMode } from './inputs.js';
import type { GitHubApi, IssueComment } from './github.js';

export interface Marker {
  tag: string;
  sha: string;
  /** ISO time of the event the run analysed. */
  run: string;
}

const MARKER = /^<!-- iam-blast-radius:([\w.:/-]{1,64}) sha=([0-9a-f]{1,64}|unknown) run=([0-9TZ:.+-]{10,40}) -->/;

export function markerLine(m: Marker): string {
  return `<!-- iam-blast-radius:${m.tag} sha=${m.sha} run=${m.run} -->`;
}

export function parseMarker(body: string): Marker | undefined {
  const m = MARKER.exec(body);
  return m ? { tag: m[1]!, sha: m[2]!, run: m[3]! } : undefined;
}

/** The body without the run time: two runs that would write the same thing compare equal. */
function withoutRunTime(body: string): string {
  return body.replace(/^(<!-- iam-blast-radius:\S+ sha=\S+) run=\S+ -->/, '$1 -->');
}

function runTime(m: Marker): number {
  const t = Date.parse(m.run);
  return Number.isNaN(t) ? 0 : t;
}

export interface PublishRequest {
  issue: number;
  marker: Marker;
  /** Rendered report, without the marker. */
  body: string;
  mode: Exclude<CommentMode, 'off'>;
  /** False when no input changes IAM: then a comment is written only to update an earlier one. */
  hasChanges: boolean;
  log: { info: (m: string) => void; warning: (m: string) => void };
}

export type PublishOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string }
  | { action: 'newer-run-present'; url: string; newer: Marker }
  | { action: 'not-needed' };

interface Ours {
  comment: IssueComment;
  marker: Marker;
}

/**
 * Marker comments we wrote. Anyone can paste a marker into a comment; only those by the token's own
 * user count. GITHUB_TOKEN and app tokens cannot ask who they are, and post as a Bot.
 */
async function findOurs(api: GitHubApi, issue: number, tag: string): Promise<Ours[]> {
  const marked = (await api.listComments(issue))
    .map((comment) => ({ comment, marker: parseMarker(comment.body) }))
    .filter((x): x is Ours => x.marker?.tag === tag);
  if (marked.every((x) => x.comment.userType === 'Bot')) return marked;
  const login = await api.authenticatedLogin();
  return marked.filter((x) => (login ? x.comment.userLogin === login : x.comment.userType === 'Bot'));
}

/** Newest run first; for the same run time, the comment created first. */
function byRecency(a: Ours, b: Ours): number {
  return runTime(b.marker) - runTime(a.marker) || a.comment.id - b.comment.id;
}

export async function publishComment(api: GitHubApi, req: PublishRequest): Promise<PublishOutcome> {
  const fullBody = `${markerLine(req.marker)}\n${req.body}`;
  const ours = (await findOurs(api, req.issue, req.marker.tag)).sort(byRecency);
  const newest = ours[0];

  if (newest && runTime(newest.marker) > runTime(req.marker)) {
    req.log.info(`A newer run (${newest.marker.run}, ${newest.marker.sha.slice(0, 7)}) already commented; leaving its comment.`);
    return { action: 'newer-run-present', url: newest.comment.htmlUrl, newer: newest.marker };
  }
  if (!newest && !req.hasChanges) return { action: 'not-needed' };
  // Duplicates left by an earlier race (or by a switch from `new`) go, so one sticky comment remains.
  if (req.mode === 'update') await deleteAll(api, ours.slice(1));
  if (newest && withoutRunTime(newest.comment.body) === withoutRunTime(fullBody)) {
    return { action: 'unchanged', url: newest.comment.htmlUrl };
  }

  if (req.mode === 'update' && newest) {
    // A newer run may have updated the comment since the list was read: re-read it right before writing,
    // so an older run never puts its report on top. (GitHub has no conditional update; the window left
    // is one round trip, which the workflow's `concurrency:` group closes.)
    const current = await api.getComment(newest.comment.id);
    const now = current ? parseMarker(current.body) : undefined;
    if (current && now && now.tag === req.marker.tag && runTime(now) > runTime(req.marker)) {
      req.log.info(`A newer run (${now.run}, ${now.sha.slice(0, 7)}) updated the comment meanwhile; leaving it.`);
      return { action: 'newer-run-present', url: current.htmlUrl, newer: now };
    }
    if (current) {
      const updated = await api.updateComment(newest.comment.id, fullBody);
      return { action: 'updated', url: updated.htmlUrl };
    }
  }

  const created = await api.createComment(req.issue, fullBody);
  if (req.mode === 'hide-and-new') {
    await hideOthers(api, ours.map((o) => o.comment).filter((c) => c.id !== created.id));
  } else if (req.mode === 'update') {
    return settleRace(api, req, created);
  }
  return { action: 'created', url: created.htmlUrl };
}

async function hideOthers(api: GitHubApi, others: IssueComment[]): Promise<void> {
  const hidden = await api.minimizedOf(others.map((c) => c.nodeId));
  for (const c of others) if (!hidden.has(c.nodeId)) await api.minimizeOutdated(c.nodeId);
}

/**
 * Two runs that both found no comment both create one. Each then re-reads and keeps the same winner
 * (newest run, then the first created), deleting the rest, so the PR ends with exactly one.
 */
async function settleRace(api: GitHubApi, req: PublishRequest, created: IssueComment): Promise<PublishOutcome> {
  const ours = (await findOurs(api, req.issue, req.marker.tag)).sort(byRecency);
  const winner = ours[0];
  if (!winner || ours.length === 1) return { action: 'created', url: created.htmlUrl };
  await deleteAll(api, ours.slice(1));
  return winner.comment.id === created.id
    ? { action: 'created', url: created.htmlUrl }
    : { action: 'newer-run-present', url: winner.comment.htmlUrl, newer: winner.marker };
}

async function deleteAll(api: GitHubApi, stale: readonly Ours[]): Promise<void> {
  for (const o of stale) {
    try {
      await api.deleteComment(o.comment.id);
    } catch (e) {
      // A racing run may have deleted it first.
      if ((e as { status?: number } | null)?.status !== 404) throw e;
    }
  }
}
