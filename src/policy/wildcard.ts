/**
 * IAM wildcards: `*` matches any run of characters, `?` exactly one. Used for actions (lower-cased
 * before they get here) and resources (case-sensitive ARNs).
 */

const regexCache = new Map<string, RegExp>();

export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?');
}

function firstWildcard(s: string): number {
  const star = s.indexOf('*');
  const q = s.indexOf('?');
  return star < 0 ? q : q < 0 ? star : Math.min(star, q);
}

function toRegExp(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 's');
    // Patterns come from policies under review: bounded by their size, but do not let a huge plan grow this forever.
    if (regexCache.size > 5000) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}

/** Does the IAM pattern match this concrete value? */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (!hasWildcard(pattern)) return pattern === value;
  if (pattern === '*') return true;
  return toRegExp(pattern).test(value);
}

/**
 * Does every value `inner` can match also match `outer`? Sound, not complete: an `*` in `inner` can only
 * be absorbed by an `*` in `outer`, a `?` in `inner` by `?` or `*`. So `s3:*` covers `s3:get*`,
 * `arn:aws:s3:::b/*` covers `arn:aws:s3:::b/x`, but `a?c` never claims to cover `a*c`.
 */
export function patternCovers(outer: string, inner: string): boolean {
  if (outer === inner || outer === '*') return true;
  if (!hasWildcard(outer)) return false;
  if (!hasWildcard(inner)) return wildcardMatch(outer, inner);
  // Cheap rejections first: the literal text around outer's wildcards must be there (most candidates fail here).
  const first = firstWildcard(outer);
  if (!inner.startsWith(outer.slice(0, first))) return false;
  const last = Math.max(outer.lastIndexOf('*'), outer.lastIndexOf('?'));
  if (!inner.endsWith(outer.slice(last + 1))) return false;
  const o = outer;
  const n = inner;
  // dp[j] = does outer[0..i) cover inner[0..j)
  let prev: boolean[] = new Array<boolean>(n.length + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= o.length; i++) {
    const oc = o[i - 1];
    const cur: boolean[] = new Array<boolean>(n.length + 1).fill(false);
    if (oc === '*') {
      // `*` absorbs any suffix of what the previous prefix covered.
      let seen = false;
      for (let j = 0; j <= n.length; j++) {
        seen = seen || prev[j] === true;
        cur[j] = seen;
      }
    } else {
      for (let j = 1; j <= n.length; j++) {
        const nc = n[j - 1];
        const ok = oc === '?' ? nc !== '*' : nc === oc && nc !== '*' && nc !== '?';
        cur[j] = ok && prev[j - 1] === true;
      }
    }
    prev = cur;
  }
  return prev[n.length] === true;
}
