#!/usr/bin/env node
/**
 * A loopback HTTP proxy in front of moto_server that makes it answer like AWS far away:
 * - adds a fixed delay to every request (80 ms ≈ a round trip to a distant region);
 * - pages lambda:ListFunctions 50 at a time with NextMarker, as AWS does (moto returns every function
 *   in one page, which would hide the page chain the benchmark is about). The region's whole list is read
 *   from moto once and kept until `forgetLists()` (the account changed): moto builds every function for
 *   each ListFunctions (~250 ms for 600 on this machine, and it answers one request at a time), where AWS
 *   serves a 50-function page in constant time. Re-reading it per run would time moto, not the tool;
 * - counts requests by `service:Operation` from the wire (an independent check of the tool's own counts),
 *   and times moto's own answer per operation (the service time on the critical path);
 * - answers, as AWS would for an account without them, the calls moto 5.2 lacks: Access Advisor
 *   (GenerateServiceLastAccessedDetails → a job that is COMPLETED at the first poll) and EKS Pod Identity
 *   associations and access entries (empty lists). Without this every such call is a 500 or 404 that the
 *   SDK retries, which would measure moto's gaps rather than the tool.
 *
 *   node bench/latency-proxy.mjs --target http://127.0.0.1:5000 [--port 0] [--delay 80]
 *   GET /__bench/stats → {"calls":{...},"total":N}; GET /__bench/trace → [{op, region, start, end}] (ms since
 *   the last reset: when each request arrived and was answered); POST /__bench/reset clears both.
 */
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const LAMBDA_PAGE = 50;

/** `service:Operation` of a request, from its signature scope and its protocol's operation marker. */
export function operationOf(req, body) {
  const auth = req.headers.authorization ?? '';
  const scope = /Credential=[^/]+\/\d+\/[^/]+\/([^/]+)\//.exec(auth);
  const service = scope?.[1] ?? 'unknown';
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return `${service}:${target.split('.').pop()}`;
  const url = new URL(req.url, 'http://x');
  const action = url.searchParams.get('Action') ?? new URLSearchParams(body).get('Action');
  if (action) return `${service}:${action}`;
  const p = url.pathname;
  const m = req.method;
  if (service === 'lambda') {
    if (/^\/2015-03-31\/functions\/?$/.test(p)) return m === 'GET' ? 'lambda:ListFunctions' : 'lambda:CreateFunction';
    if (/^\/2015-03-31\/functions\/[^/]+\/?$/.test(p)) return m === 'GET' ? 'lambda:GetFunction' : `lambda:${m} function`;
  }
  if (service === 'eks') {
    const parts = p.split('/').filter(Boolean);
    const names = {
      'node-groups': ['ListNodegroups', 'DescribeNodegroup'],
      'fargate-profiles': ['ListFargateProfiles', 'DescribeFargateProfile'],
      'pod-identity-associations': ['ListPodIdentityAssociations', 'DescribePodIdentityAssociation'],
      addons: ['ListAddons', 'DescribeAddon'],
      'access-entries': ['ListAccessEntries', 'DescribeAccessEntry'],
    };
    if (m === 'GET' && parts[0] === 'clusters') {
      if (parts.length === 1) return 'eks:ListClusters';
      if (parts.length === 2) return 'eks:DescribeCluster';
      const n = names[parts[2]];
      if (n) return `eks:${parts.length === 3 ? n[0] : n[1]}`;
    }
    if (m === 'POST' && parts[0] === 'clusters') return parts.length === 1 ? 'eks:CreateCluster' : 'eks:CreateNodegroup';
  }
  return `${service}:${m} ${p.replace(/\/[^/]{20,}/g, '/…')}`;
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
let jobs = 0;
/** The region a request is signed for (its SigV4 credential scope). */
const regionOf = (req) => /Credential=[^/]+\/\d+\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];

/** Replies for what moto lacks, or null to forward. */
function emulated(op, body) {
  const xml = (name, inner) =>
    `<${name}Response xmlns="${IAM_NS}"><${name}Result>${inner}</${name}Result><ResponseMetadata><RequestId>bench-${++jobs}</RequestId></ResponseMetadata></${name}Response>`;
  if (op === 'iam:GenerateServiceLastAccessedDetails')
    return { type: 'text/xml', body: xml('GenerateServiceLastAccessedDetails', `<JobId>bench-job-${++jobs}</JobId>`) };
  if (op === 'iam:GetServiceLastAccessedDetails') {
    const level = /Granularity=ACTION_LEVEL/.test(body) ? 'ACTION_LEVEL' : 'SERVICE_LEVEL';
    const svc = (ns, name) => `<member><ServiceName>${name}</ServiceName><ServiceNamespace>${ns}</ServiceNamespace><TotalAuthenticatedEntities>0</TotalAuthenticatedEntities></member>`;
    return {
      type: 'text/xml',
      body: xml(
        'GetServiceLastAccessedDetails',
        `<JobStatus>COMPLETED</JobStatus><JobType>${level}</JobType><JobCreationDate>2026-11-28T00:00:00Z</JobCreationDate><JobCompletionDate>2026-11-28T00:00:01Z</JobCompletionDate><ServicesLastAccessed>${svc('s3', 'Amazon S3')}${svc('sqs', 'Amazon SQS')}</ServicesLastAccessed><IsTruncated>false</IsTruncated>`,
      ),
    };
  }
  if (op === 'eks:ListPodIdentityAssociations') return { type: 'application/json', body: '{"associations":[]}' };
  if (op === 'eks:ListAccessEntries') return { type: 'application/json', body: '{"accessEntries":[]}' };
  return null;
}

export function startProxy({ target, port = 0, delayMs = 80, pageLambda = true, emulateMissing = true }) {
  const targetUrl = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let calls = {};
  let upstreamMs = {};
  const listCache = new Map();
  let inflight = 0;
  let maxInflight = 0;
  /** Every request since the last reset: operation, region, and when it arrived and was answered (ms). */
  let trace = [];
  let traceStart = performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  function forward(req, body, path, op) {
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: targetUrl.host };
      delete headers['content-length'];
      if (body.length) headers['content-length'] = String(body.length);
      const up = http.request(
        { host: targetUrl.hostname, port: targetUrl.port, method: req.method, path, headers, agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            (upstreamMs[op] ??= []).push(performance.now() - t0);
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) });
          });
          res.on('error', reject);
        },
      );
      up.on('error', reject);
      up.end(body);
    });
  }

  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks);
    if (req.url === '/__bench/stats') {
      const total = Object.values(calls).reduce((a, b) => a + b, 0);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ calls, total, maxInflight, upstreamMs: medians(upstreamMs) }));
      return;
    }
    if (req.url === '/__bench/trace') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(trace));
      return;
    }
    if (req.url === '/__bench/reset') {
      trace = [];
      traceStart = performance.now();
      calls = {};
      upstreamMs = {};
      maxInflight = 0;
      res.writeHead(204).end();
      return;
    }
    const op = operationOf(req, body.toString('utf8'));
    calls[op] = (calls[op] ?? 0) + 1;
    const traced = { op, region: regionOf(req), start: Math.round(performance.now() - traceStart), end: 0 };
    trace.push(traced);
    inflight++;
    maxInflight = Math.max(maxInflight, inflight);
    try {
      if (delayMs) await sleep(delayMs);
      const fake = emulateMissing ? emulated(op, body.toString('utf8')) : null;
      if (fake) {
        res.writeHead(200, { 'content-type': fake.type, 'content-length': Buffer.byteLength(fake.body) }).end(fake.body);
        return;
      }
      const url = new URL(req.url, 'http://x');
      if (pageLambda && op === 'lambda:ListFunctions') {
        const marker = url.searchParams.get('Marker');
        const max = Math.min(LAMBDA_PAGE, Number(url.searchParams.get('MaxItems') ?? LAMBDA_PAGE) || LAMBDA_PAGE);
        url.searchParams.delete('Marker');
        url.searchParams.delete('MaxItems');
        // The region's whole list is read from moto once (see the header); every page slices it.
        const key = `${regionOf(req)}${url.search}`;
        let all = listCache.get(key);
        if (!all) {
          const up = await forward(req, body, url.pathname + url.search, op);
          if (up.status !== 200) {
            res.writeHead(up.status, up.headers).end(up.body);
            return;
          }
          all = JSON.parse(up.body.toString('utf8')).Functions ?? [];
          listCache.set(key, all);
        }
        const start = marker ? Number(Buffer.from(marker, 'base64url').toString()) : 0;
        const page = { Functions: all.slice(start, start + max) };
        if (start + max < all.length) page.NextMarker = Buffer.from(String(start + max)).toString('base64url');
        const out = Buffer.from(JSON.stringify(page));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': out.length }).end(out);
        return;
      }
      const up = await forward(req, body, req.url, op);
      const headers = { ...up.headers };
      delete headers['transfer-encoding'];
      headers['content-length'] = String(up.body.length);
      res.writeHead(up.status, headers).end(up.body);
    } catch (e) {
      res.writeHead(502).end(String(e));
    } finally {
      traced.end = Math.round(performance.now() - traceStart);
      inflight--;
    }
  });
  return new Promise((resolve) => {
    server.keepAliveTimeout = 30_000;
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      resolve({
        endpoint: `http://127.0.0.1:${addr.port}`,
        stats: () => {
          const total = Object.values(calls).reduce((a, b) => a + b, 0);
          return { calls: { ...calls }, total, maxInflight, upstreamMs: medians(upstreamMs) };
        },
        trace: () => [...trace],
        reset: () => {
          trace = [];
          traceStart = performance.now();
          calls = {};
          upstreamMs = {};
          maxInflight = 0;
        },
        /** The account changed (seeded): read each region's function list from moto again. */
        forgetLists: () => listCache.clear(),
        setDelay: (ms) => {
          delayMs = ms;
        },
        close: () =>
          new Promise((r) => {
            agent.destroy();
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}

function medians(byOp) {
  const out = {};
  for (const [op, xs] of Object.entries(byOp)) {
    const s = [...xs].sort((a, b) => a - b);
    out[op] = s[Math.floor(s.length / 2)];
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (k, d) => {
    const i = args.indexOf(k);
    return i >= 0 ? args[i + 1] : d;
  };
  const target = get('--target');
  if (!target) {
    console.error('usage: node bench/latency-proxy.mjs --target http://127.0.0.1:PORT [--port N] [--delay 80]');
    process.exit(2);
  }
  const p = await startProxy({ target, port: Number(get('--port', '0')), delayMs: Number(get('--delay', '80')) });
  console.log(p.endpoint);
}
