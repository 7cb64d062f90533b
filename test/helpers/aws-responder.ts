/**
 * A loopback HTTP server that speaks the AWS wire protocols, for what moto lacks (Access Advisor, EKS Pod
 * Identity and access entries, CloudTrail LookupEvents) and for injected failures (AccessDenied,
 * HTTP 400 Throttling, slow answers). Requests it does not answer are passed to an upstream (moto).
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';

export interface AwsRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** From the SigV4 credential scope. */
  region: string;
  service: string;
  /** awsQuery `Action`, or the operation of an `X-Amz-Target` header. */
  action?: string;
  /** awsQuery form fields. */
  form: URLSearchParams;
  /** JSON body (JSON 1.0/1.1, restJson1), when it parses. */
  json?: Record<string, unknown>;
}

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

export type Handler = (req: AwsRequest) => Reply | 'pass' | Promise<Reply | 'pass'>;

export interface Responder {
  endpoint: string;
  requests: AwsRequest[];
  stop(): Promise<void>;
}

function parseRequest(method: string, url: string, headers: IncomingHttpHeaders, body: string): AwsRequest {
  const u = new URL(url, 'http://x');
  const scope = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(String(headers.authorization ?? ''));
  const form = String(headers['content-type'] ?? '').includes('x-www-form-urlencoded') ? new URLSearchParams(body) : new URLSearchParams();
  let json: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = body ? JSON.parse(body) : undefined;
    if (parsed && typeof parsed === 'object') json = parsed as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  const target = headers['x-amz-target'];
  const action = form.get('Action') ?? (typeof target === 'string' ? target.split('.').pop() : undefined);
  const req: AwsRequest = { method, path: u.pathname, query: u.searchParams, headers, body, region: scope?.[1] ?? '', service: scope?.[2] ?? '', form };
  if (action) req.action = action;
  if (json) req.json = json;
  return req;
}

export async function startResponder(handler: Handler, upstream?: string): Promise<Responder> {
  const requests: AwsRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const parsed = parseRequest(req.method ?? 'GET', req.url ?? '/', req.headers, raw.toString('utf8'));
      requests.push(parsed);
      void Promise.resolve(handler(parsed)).then(
        (reply) => {
          if (reply === 'pass') {
            if (!upstream) {
              res.writeHead(500, { 'content-type': 'text/plain' });
              return res.end(`no handler and no upstream for ${parsed.action ?? parsed.path}`);
            }
            const target = new URL(req.url ?? '/', upstream);
            const forward = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
              res.writeHead(up.statusCode ?? 502, up.headers);
              up.pipe(res);
            });
            forward.on('error', (e) => {
              res.writeHead(502);
              res.end(String(e));
            });
            return forward.end(raw);
          }
          const send = () => {
            if (res.destroyed) return;
            res.writeHead(reply.status, { 'content-length': String(Buffer.byteLength(reply.body)), ...reply.headers });
            res.end(reply.body);
          };
          if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
          else send();
        },
        (e: unknown) => {
          res.writeHead(500);
          res.end(String(e));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** awsQuery success: `<XResponse><XResult>…</XResult><ResponseMetadata/></XResponse>` (the SDK needs the Result wrapper). */
export function queryXml(action: string, innerXml: string): Reply {
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: `<${action}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${action}Result>${innerXml}</${action}Result><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></${action}Response>`,
  };
}

/** awsQuery error; throttling is HTTP 400 `Throttling`. */
export function queryError(code: string, message: string, status = 400): Reply {
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
  };
}

export function xmlTag(name: string, value: string | number | boolean | undefined): string {
  return value === undefined ? '' : `<${name}>${typeof value === 'string' ? xmlEscape(value) : String(value)}</${name}>`;
}

/** restJson1 (Lambda, EKS). */
export function restJson(body: unknown, status = 200): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** restJson1 error: the type travels in `x-amzn-ErrorType`. */
export function restJsonError(type: string, message: string, status: number): Reply {
  return { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': type }, body: JSON.stringify({ message }) };
}

/** JSON 1.1 (CloudTrail, ECS, CodeBuild) and 1.0 (Step Functions). */
export function awsJson(body: unknown, version: '1.0' | '1.1' = '1.1'): Reply {
  return { status: 200, headers: { 'content-type': `application/x-amz-json-${version}` }, body: JSON.stringify(body) };
}

export function awsJsonError(type: string, message: string, status = 400, version: '1.0' | '1.1' = '1.1'): Reply {
  return { status, headers: { 'content-type': `application/x-amz-json-${version}` }, body: JSON.stringify({ __type: type, message }) };
}
