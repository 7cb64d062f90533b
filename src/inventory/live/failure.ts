/** Turns an AWS SDK failure into a one-line gap reason: failure is data, never an exception. */
import type { LookupGap } from '../../model/inventory.js';
import type { DependentKind } from '../../model/dependent.js';

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'AuthFailure',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'CredentialsProviderError',
]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT', 'TimeoutError']);

export interface FailureContext {
  /** `lambda:ListFunctions` */
  operation: string;
  region?: string;
  account?: string;
  /** Set when the account is not the caller's own, to say so in the reason. */
  foreignAccount?: boolean;
  /** Extra place: `cluster prod`. */
  detail?: string;
  maxAttempts: number;
  timeoutMs: number;
  /** True when the run's deadline had passed when the call failed. */
  deadlinePassed: boolean;
}

export function errorName(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; code?: unknown; Code?: unknown };
    if (typeof o.code === 'string' && UNREACHABLE.has(o.code)) return o.code;
    if (typeof o.name === 'string' && o.name !== 'Error') return o.name;
    if (typeof o.Code === 'string') return o.Code;
    if (typeof o.code === 'string') return o.code;
  }
  return 'Error';
}

export function isNoSuchEntity(e: unknown): boolean {
  const name = errorName(e);
  return name === 'NoSuchEntity' || name === 'NoSuchEntityException' || name === 'ResourceNotFoundException';
}

function httpStatus(e: unknown): number | undefined {
  const o = e as { $metadata?: { httpStatusCode?: number }; $response?: { statusCode?: number } } | null;
  return o?.$metadata?.httpStatusCode ?? o?.$response?.statusCode;
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return (message.split('\n')[0] ?? '').slice(0, 160);
}

export function failureReason(e: unknown, ctx: FailureContext): string {
  const where =
    (ctx.region && ctx.region !== 'global' ? ` in ${ctx.region}` : '') +
    (ctx.foreignAccount && ctx.account ? ` of account ${ctx.account}` : '') +
    (ctx.detail ? ` (${ctx.detail})` : '');
  const name = errorName(e);
  if (ctx.deadlinePassed || name === 'AbortError')
    return `${ctx.operation} did not finish${where}: deadline of ${Math.round(ctx.timeoutMs / 1000)} s passed`;
  if (DENIED.has(name)) return `${ctx.operation} denied${where}`;
  if (THROTTLED.has(name)) return `${ctx.operation} throttled beyond ${ctx.maxAttempts} attempts${where}`;
  if (BAD_CREDENTIALS.has(name))
    return `${ctx.operation} rejected the credentials${where} (${name}; region not enabled, or no valid credentials)`;
  if (UNREACHABLE.has(name)) return `${ctx.operation} unreachable${where} (${name})`;
  if (name === 'SyntaxError' || /Deserialization error|XML parse error/.test(e instanceof Error ? e.message : '')) {
    const status = httpStatus(e);
    return `${ctx.operation} failed${where}: unreadable answer${status ? ` (HTTP ${status})` : ''}; the endpoint may not serve this API`;
  }
  if (name === 'OptInRequired') return `${ctx.operation} failed${where}: region not enabled (OptInRequired)`;
  return `${ctx.operation} failed${where}: ${name}: ${firstLine(e)}`;
}

export function gapOf(reason: string, ctx: Pick<FailureContext, 'operation' | 'region' | 'account'>, kinds?: readonly DependentKind[]): LookupGap {
  const gap: LookupGap = { operation: ctx.operation, reason };
  if (ctx.region) gap.region = ctx.region;
  if (ctx.account) gap.account = ctx.account;
  if (kinds) gap.kinds = [...kinds];
  return gap;
}
