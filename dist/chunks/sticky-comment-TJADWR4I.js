import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import "./chunk-UUTPRXCH.js";

// src/action/sticky-comment.ts
var MARKER = /^<!-- iam-blast-radius:([\w.:/-]{1,64}) sha=([0-9a-f]{1,64}|unknown) run=([0-9TZ:.+-]{10,40}) -->/;
function markerLine(m) {
  return `<!-- iam-blast-radius:${m.tag} sha=${m.sha} run=${m.run} -->`;
}
function parseMarker(body) {
  const m = MARKER.exec(body);
  return m ? { tag: m[1], sha: m[2], run: m[3] } : void 0;
}
function withoutRunTime(body) {
  return body.replace(/^(<!-- iam-blast-radius:\S+ sha=\S+) run=\S+ -->/, "$1 -->");
}
function runTime(m) {
  const t = Date.parse(m.run);
  return Number.isNaN(t) ? 0 : t;
}
async function findOurs(api, issue, tag) {
  const marked = (await api.listComments(issue)).map((comment) => ({ comment, marker: parseMarker(comment.body) })).filter((x) => x.marker?.tag === tag);
  if (marked.every((x) => x.comment.userType === "Bot")) return marked;
  const login = await api.authenticatedLogin();
  return marked.filter((x) => login ? x.comment.userLogin === login : x.comment.userType === "Bot");
}
function byRecency(a, b) {
  return runTime(b.marker) - runTime(a.marker) || a.comment.id - b.comment.id;
}
async function publishComment(api, req) {
  const fullBody = `${markerLine(req.marker)}
${req.body}`;
  const ours = (await findOurs(api, req.issue, req.marker.tag)).sort(byRecency);
  const newest = ours[0];
  if (newest && runTime(newest.marker) > runTime(req.marker)) {
    req.log.info(`A newer run (${newest.marker.run}, ${newest.marker.sha.slice(0, 7)}) already commented; leaving its comment.`);
    return { action: "newer-run-present", url: newest.comment.htmlUrl, newer: newest.marker };
  }
  if (!newest && !req.hasChanges) return { action: "not-needed" };
  if (req.mode === "update") await deleteAll(api, ours.slice(1));
  if (newest && withoutRunTime(newest.comment.body) === withoutRunTime(fullBody)) {
    return { action: "unchanged", url: newest.comment.htmlUrl };
  }
  if (req.mode === "update" && newest) {
    const current = await api.getComment(newest.comment.id);
    const now = current ? parseMarker(current.body) : void 0;
    if (current && now && now.tag === req.marker.tag && runTime(now) > runTime(req.marker)) {
      req.log.info(`A newer run (${now.run}, ${now.sha.slice(0, 7)}) updated the comment meanwhile; leaving it.`);
      return { action: "newer-run-present", url: current.htmlUrl, newer: now };
    }
    if (current) {
      const updated = await api.updateComment(newest.comment.id, fullBody);
      return { action: "updated", url: updated.htmlUrl };
    }
  }
  const created = await api.createComment(req.issue, fullBody);
  if (req.mode === "hide-and-new") {
    await hideOthers(api, ours.map((o) => o.comment).filter((c) => c.id !== created.id));
  } else if (req.mode === "update") {
    return settleRace(api, req, created);
  }
  return { action: "created", url: created.htmlUrl };
}
async function hideOthers(api, others) {
  const hidden = await api.minimizedOf(others.map((c) => c.nodeId));
  for (const c of others) if (!hidden.has(c.nodeId)) await api.minimizeOutdated(c.nodeId);
}
async function settleRace(api, req, created) {
  const ours = (await findOurs(api, req.issue, req.marker.tag)).sort(byRecency);
  const winner = ours[0];
  if (!winner || ours.length === 1) return { action: "created", url: created.htmlUrl };
  await deleteAll(api, ours.slice(1));
  return winner.comment.id === created.id ? { action: "created", url: created.htmlUrl } : { action: "newer-run-present", url: winner.comment.htmlUrl, newer: winner.marker };
}
async function deleteAll(api, stale) {
  for (const o of stale) {
    try {
      await api.deleteComment(o.comment.id);
    } catch (e) {
      if (e?.status !== 404) throw e;
    }
  }
}
export {
  markerLine,
  parseMarker,
  publishComment
};
