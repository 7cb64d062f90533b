/**
 * The one wrapper around GitHub: an Octokit built once with the retry and throttling plugins, and the few
 * calls the action makes. Everything else receives this object, so tests point it at a loopback server.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { GitHub } from '@actions/github/lib/utils';

export interface GitHubOptions {
  token: string;
  /** REST base URL (GITHUB_API_URL). GraphQL goes to `<base>/graphql` (`/api/graphql` on GHES). */
  baseUrl: string;
  log: { warning: (message: string) => void; debug: (message: string) => void };
  /** Milliseconds per second of `retry-after` and per retry step: 1000 in production, ~1 in tests. */
  retryUnitMs?: number;
  /**
   * GitHub asks integrations to space writes by a second; tests turn the pacing off so a suite of
   * many runs stays fast. Retries on errors are not affected.
   */
  paceWrites?: boolean;
}

export interface IssueComment {
  id: number;
  nodeId: string;
  body: string;
  htmlUrl: string;
  userLogin: string;
  userType: string;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

const MAX_RATE_LIMIT_RETRIES = 3;

/** A limiter that runs jobs at once: stands in for the plugin's write pacing when it is off. */
const immediate = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const fn = args.find((a) => typeof a === 'function') as (...a: unknown[]) => unknown;
      const rest = args.slice(args.indexOf(fn) + 1);
      return Promise.resolve(fn(...rest));
    },
  }),
};

export function createOctokit(options: GitHubOptions) {
  const Client = GitHub.plugin(retry, throttling);
  const unit = options.retryUnitMs ?? 1000;
  // Duck-typed stand-in for a Bottleneck.Group: the plugin only calls key(id).schedule(...).
  const pacing = options.paceWrites === false ? { write: immediate as never, notifications: immediate as never } : {};
  return new Client({
    auth: `token ${options.token}`,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'iam-blast-radius',
    retry: { retryAfterBaseValue: unit },
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      ...pacing,
      onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        options.log.warning(`GitHub rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter} s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= 120;
      },
      onSecondaryRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
        options.log.warning(`GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter} s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
    },
  });
}

export type Octokit = ReturnType<typeof createOctokit>;

function toComment(c: {
  id: number;
  node_id: string;
  body?: string | null;
  html_url: string;
  user: { login: string; type: string } | null;
}): IssueComment {
  return {
    id: c.id,
    nodeId: c.node_id,
    body: c.body ?? '',
    htmlUrl: c.html_url,
    userLogin: c.user?.login ?? '',
    userType: c.user?.type ?? '',
  };
}

/** The calls the action makes, over one Octokit. */
export class GitHubApi {
  constructor(
    readonly octokit: Octokit,
    readonly ref: RepoRef,
  ) {}

  /** All comments of the issue or PR: every page, or a busy PR gets a duplicate. */
  async listComments(issue: number): Promise<IssueComment[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.ref,
      issue_number: issue,
      per_page: 100,
    });
    return all.map(toComment);
  }

  async createComment(issue: number, body: string): Promise<IssueComment> {
    const { data } = await this.octokit.rest.issues.createComment({ ...this.ref, issue_number: issue, body });
    return toComment(data);
  }

  /** One comment as it is now; undefined when it was deleted. */
  async getComment(id: number): Promise<IssueComment | undefined> {
    try {
      const { data } = await this.octokit.rest.issues.getComment({ ...this.ref, comment_id: id });
      return toComment(data);
    } catch (e) {
      if ((e as { status?: number } | null)?.status === 404) return undefined;
      throw e;
    }
  }

  async updateComment(id: number, body: string): Promise<IssueComment> {
    const { data } = await this.octokit.rest.issues.updateComment({ ...this.ref, comment_id: id, body });
    return toComment(data);
  }

  async deleteComment(id: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({ ...this.ref, comment_id: id });
  }

  async listLabels(issue: number): Promise<string[]> {
    const labels = await this.octokit.paginate(this.octokit.rest.issues.listLabelsOnIssue, {
      ...this.ref,
      issue_number: issue,
      per_page: 100,
    });
    return labels.map((l) => l.name);
  }

  /** Login of the token's user; undefined for installation tokens (GITHUB_TOKEN), which cannot ask. */
  async authenticatedLogin(): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.users.getAuthenticated();
      return data.login;
    } catch {
      return undefined;
    }
  }

  /** Which of these comments are already minimized (one GraphQL query). */
  async minimizedOf(nodeIds: string[]): Promise<Set<string>> {
    if (nodeIds.length === 0) return new Set();
    const result = await this.octokit.graphql<{ nodes: ({ id: string; isMinimized: boolean } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
      { ids: nodeIds },
    );
    return new Set(result.nodes.filter((n) => n?.isMinimized).map((n) => n!.id));
  }

  async minimizeOutdated(nodeId: string): Promise<void> {
    await this.octokit.graphql(
      'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
      { id: nodeId },
    );
  }
}
