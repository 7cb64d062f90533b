/** Small builders so tests read like the policies they describe. */

export type Stmt = Record<string, unknown>;

export function stmt(fields: {
  effect?: 'Allow' | 'Deny';
  action?: string | string[];
  notAction?: string | string[];
  /** Strings, or CloudFormation intrinsics (`{ 'Fn::GetAtt': [...] }`) as a template writes them. */
  resource?: string | Record<string, unknown> | Array<string | Record<string, unknown>>;
  notResource?: string | string[];
  principal?: unknown;
  notPrincipal?: unknown;
  condition?: Record<string, Record<string, unknown>>;
  sid?: string;
}): Stmt {
  const s: Stmt = { Effect: fields.effect ?? 'Allow' };
  if (fields.sid !== undefined) s['Sid'] = fields.sid;
  if (fields.action !== undefined) s['Action'] = fields.action;
  if (fields.notAction !== undefined) s['NotAction'] = fields.notAction;
  if (fields.resource !== undefined) s['Resource'] = fields.resource;
  if (fields.notResource !== undefined) s['NotResource'] = fields.notResource;
  if (fields.principal !== undefined) s['Principal'] = fields.principal;
  if (fields.notPrincipal !== undefined) s['NotPrincipal'] = fields.notPrincipal;
  if (fields.condition !== undefined) s['Condition'] = fields.condition;
  return s;
}

export function poldoc(...statements: Stmt[]): Record<string, unknown> {
  return { Version: '2012-10-17', Statement: statements };
}

/** `allow('s3:GetObject', 'arn:…')`: the commonest statement. */
export function allow(action: string | string[], resource: string | string[] = '*'): Stmt {
  return stmt({ action, resource });
}

export function trustDoc(principal: unknown, extra: { action?: string | string[]; condition?: Record<string, Record<string, unknown>> } = {}) {
  return poldoc(
    stmt({
      principal,
      action: extra.action ?? 'sts:AssumeRole',
      ...(extra.condition ? { condition: extra.condition } : {}),
    }),
  );
}
