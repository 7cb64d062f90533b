#!/usr/bin/env node
/**
 * PROTOTYPE (bench only, not the tool): how fast can a plan reader be if it never builds the whole
 * tree? Read the file as bytes, find the element boundaries of `resource_changes` (and of
 * `prior_state` resources) with a byte scanner that jumps over strings with indexOf, and JSON.parse only
 * the elements whose `type` matters (IAM and the compute types that name a role), plus `configuration`.
 * No string ever holds the whole plan, so size is bounded by Buffer (4 GB), not V8's 512 MB strings.
 *
 *   node bench/proto/scan-plan.mjs plan.json   → prints {"kept":N,"scanned":M,"ms":T}
 */
import { readFileSync } from 'node:fs';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;
const COMMA = 0x2c;

/** Index just past the closing quote of the string that starts at `i` (buf[i] === '"'). */
function skipString(buf, i) {
  let j = i + 1;
  for (;;) {
    j = buf.indexOf(QUOTE, j);
    if (j < 0) throw new Error('unterminated string');
    // An odd run of backslashes before the quote escapes it.
    let k = j - 1;
    let n = 0;
    while (buf[k] === BACKSLASH) {
      n++;
      k--;
    }
    if (n % 2 === 0) return j + 1;
    j++;
  }
}

/** Index just past the value (object/array/scalar) that starts at `i`. */
function skipValue(buf, i) {
  const c = buf[i];
  if (c === QUOTE) return skipString(buf, i);
  if (c !== OPEN_OBJ && c !== OPEN_ARR) {
    let j = i;
    while (j < buf.length && buf[j] !== COMMA && buf[j] !== CLOSE_OBJ && buf[j] !== CLOSE_ARR) j++;
    return j;
  }
  let depth = 0;
  let j = i;
  for (;;) {
    const b = buf[j];
    if (b === QUOTE) {
      j = skipString(buf, j);
      continue;
    }
    if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
    else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
}

const ws = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
function skipWs(buf, i) {
  while (ws(buf[i])) i++;
  return i;
}

/** Calls `onMember(key, start, end)` for each member of the object at `i`; returns the end. */
function members(buf, i, onMember) {
  i = skipWs(buf, i);
  if (buf[i] !== OPEN_OBJ) throw new Error(`expected an object at byte ${i}`);
  i = skipWs(buf, i + 1);
  if (buf[i] === CLOSE_OBJ) return i + 1;
  for (;;) {
    const kEnd = skipString(buf, i);
    const key = buf.toString('utf8', i + 1, kEnd - 1);
    i = skipWs(buf, kEnd);
    i = skipWs(buf, i + 1); // ':'
    const end = skipValue(buf, i);
    onMember(key, i, end);
    i = skipWs(buf, end);
    if (buf[i] === COMMA) {
      i = skipWs(buf, i + 1);
      continue;
    }
    return i + 1;
  }
}

function elements(buf, i, onElement) {
  i = skipWs(buf, i);
  i = skipWs(buf, i + 1);
  if (buf[i] === CLOSE_ARR) return;
  for (;;) {
    const end = skipValue(buf, i);
    onElement(i, end);
    i = skipWs(buf, end);
    if (buf[i] === COMMA) {
      i = skipWs(buf, i + 1);
      continue;
    }
    return;
  }
}

const RELEVANT = /"type":\s*"(aws_iam_[a-z_]+|aws_lambda_function|aws_eks_[a-z_]+|aws_ecs_task_definition|aws_sfn_state_machine|aws_codebuild_project)"/;
/** `type` sits within the first few hundred bytes of an element (after address, module_address, mode). */
function relevant(buf, start, end) {
  const head = buf.toString('latin1', start, Math.min(end, start + 1024));
  return RELEVANT.test(head);
}

export function scanPlan(file) {
  const buf = readFileSync(file);
  const out = { resourceChanges: [], priorIam: [], configuration: null, scanned: 0, top: {} };
  members(buf, 0, (key, s, e) => {
    if (key === 'resource_changes') {
      elements(buf, s, (a, b) => {
        out.scanned++;
        if (relevant(buf, a, b)) out.resourceChanges.push(JSON.parse(buf.toString('utf8', a, b)));
      });
    } else if (key === 'configuration') {
      out.configuration = JSON.parse(buf.toString('utf8', s, e));
    } else if (key === 'prior_state') {
      // Walk the module tree and keep only IAM resources (what resolving role names needs).
      const walk = (ms) =>
        members(buf, ms, (k, s2) => {
          if (k === 'resources') elements(buf, s2, (a, b) => relevant(buf, a, b) && out.priorIam.push(JSON.parse(buf.toString('utf8', a, b))));
          else if (k === 'child_modules') elements(buf, s2, (a) => walk(a));
        });
      members(buf, s, (k, s1) => {
        if (k === 'values') members(buf, s1, (k2, s2) => k2 === 'root_module' && walk(s2));
      });
    } else if (e - s < 4096) {
      out.top[key] = JSON.parse(buf.toString('utf8', s, e));
    }
  });
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const t0 = performance.now();
  const r = scanPlan(process.argv[2]);
  process.stdout.write(
    `${JSON.stringify({ kept: r.resourceChanges.length, iam: r.resourceChanges.filter((x) => x.type.startsWith('aws_iam_')).length, priorIam: r.priorIam.length, scanned: r.scanned, ms: Math.round(performance.now() - t0) })}\n`,
  );
}
