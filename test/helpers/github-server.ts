/**
 * GitHub's REST and GraphQL API, the part the action uses, served on loopback so tests run the real
 * Octokit client (with its retry and throttling plugins) end to end. Faults are injected per route.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
  /** False: every write answers 403 like a fork PR's read-only GITHUB_TOKEN. */
  canWrite: boolean;
  /** Installation tokens (GITHUB_TOKEN) cannot call GET /user. */
  installation: boolean;
}

export interface StoredComment {
  id: number;
  node_id: string;
  issue: number;
  body: string;
  user: { login: string; type: string };
  minimized: boolean;
  created_at: string;
}

export interface Fault {
  method: string;
  /** Matched against the path without query. */
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests it answers before it stops (default 1). */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  body: unknown;
}

export const TOKENS: Record<string, FakeUser> = {
  'ghs-write': { login: 'github-actions[bot]', type: 'Bot', canWrite: true, installation: true },
  'ghs-readonly': { login: 'github-actions[bot]', type: 'Bot', canWrite: false, installation: true },
  'ghp-user': { login: 'octocat', type: 'User', canWrite: true, installation: false },
};

/** GitHub counts characters, not UTF-16 units. */
export const BODY_LIMIT = 65_536;

export class FakeGitHub {
  readonly comments: StoredComment[] = [];
  readonly labels = new Map<number, string[]>();
  readonly requests: LoggedRequest[] = [];
  private readonly faults: Fault[] = [];
  private nextId = 1000;
  private server = createServer((req, res) => void this.handle(req, res));
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.comments.length = 0;
    this.labels.clear();
    this.requests.length = 0;
    this.faults.length = 0;
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  addComment(issue: number, body: string, user: { login: string; type: string } = { login: 'alice', type: 'User' }): StoredComment {
    const id = this.nextId++;
    const c: StoredComment = { id, node_id: `IC_${id}`, issue, body, user, minimized: false, created_at: new Date(0).toISOString() };
    this.comments.push(c);
    return c;
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  writes(): LoggedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !(r.path === '/graphql' && !String((r.body as { query?: string })?.query).includes('mutation')));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      this.requests.push({ method, path: url.pathname, query: url.search, status, body });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };

    const fault = this.faults.find((f) => f.method === method && f.path.test(url.pathname) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
      return;
    }

    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const user = token ? TOKENS[token] : undefined;
    if (!user) return send(401, { message: 'Bad credentials' });
    const isWrite = method !== 'GET' && !(url.pathname === '/graphql' && !String((body as { query?: string })?.query).includes('mutation'));
    if (isWrite && !user.canWrite) return send(403, { message: 'Resource not accessible by integration' });

    let m: RegExpExecArray | null;
    if (method === 'GET' && url.pathname === '/user') {
      if (user.installation) return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login: user.login, type: user.type });
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const [, owner, repo, n] = m;
      const issue = Number(n);
      if (method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = this.commentsOn(issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const links: string[] = [];
        const pageUrl = (p: number) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>`;
        if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
        if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
        return send(200, slice.map((c) => this.view(owner!, repo!, c)), links.length ? { link: links.join(', ') } : {});
      }
      if (method === 'POST') {
        const text = String((body as { body?: unknown })?.body ?? '');
        if ([...text].length > BODY_LIMIT) return send(422, tooLong());
        const c = this.addComment(issue, text, { login: user.login, type: user.type });
        return send(201, this.view(owner!, repo!, c));
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      const [, owner, repo, id] = m;
      const c = this.comments.find((x) => x.id === Number(id));
      if (!c) return send(404, { message: 'Not Found' });
      if (method === 'GET') return send(200, this.view(owner!, repo!, c));
      if (method === 'PATCH') {
        const text = String((body as { body?: unknown })?.body ?? '');
        if ([...text].length > BODY_LIMIT) return send(422, tooLong());
        c.body = text;
        return send(200, this.view(owner!, repo!, c));
      }
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(c), 1);
        return send(204, undefined);
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/.exec(url.pathname)) && method === 'GET') {
      const names = this.labels.get(Number(m[3])) ?? [];
      return send(200, names.map((name, i) => ({ id: i + 1, name })));
    }
    if (url.pathname === '/graphql' && method === 'POST') {
      const { query, variables } = body as { query: string; variables: Record<string, unknown> };
      if (query.includes('minimizeComment')) {
        const c = this.comments.find((x) => x.node_id === variables['id']);
        if (!c) return send(200, { data: null, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] });
        c.minimized = true;
        return send(200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
      }
      if (query.includes('nodes(ids')) {
        const ids = variables['ids'] as string[];
        const nodes = ids.map((id) => {
          const c = this.comments.find((x) => x.node_id === id);
          return c ? { id: c.node_id, isMinimized: c.minimized } : null;
        });
        return send(200, { data: { nodes } });
      }
    }
    return send(404, { message: 'Not Found' });
  }

  private view(owner: string, repo: string, c: StoredComment) {
    return {
      id: c.id,
      node_id: c.node_id,
      body: c.body,
      user: c.user,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      created_at: c.created_at,
    };
  }
}

function tooLong() {
  return {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
  };
}

/** One fake GitHub for a test file, started once and reset before each test: `const gh = useFakeGitHub();` then `gh()`. */
export function useFakeGitHub(): () => FakeGitHub {
  let server: FakeGitHub | undefined;
  beforeAll(async () => {
    server = await new FakeGitHub().start();
  });
  afterAll(async () => {
    await server?.stop();
  });
  beforeEach(() => server?.reset());
  return () => {
    if (!server) throw new Error('the fake GitHub starts in beforeAll');
    return server;
  };
}
