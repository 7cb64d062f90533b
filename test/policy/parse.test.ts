import { describe, expect, it } from 'vitest';
import { parsePolicy, prettyPolicy, readCondition, renderCondition, toPolicyDocument } from '../../src/policy/index.js';
import { allow, poldoc, stmt } from './builders.js';

function statements(input: Parameters<typeof parsePolicy>[0]) {
  const parsed = parsePolicy(input);
  if (!parsed.ok) throw new Error(`expected ok, got: ${parsed.reason}`);
  return parsed.statements;
}

describe('parsePolicy', () => {
  it('treats a string and a one-element array the same', () => {
    expect(statements(poldoc(allow('s3:GetObject', 'arn:aws:s3:::b/*')))).toEqual(
      statements(poldoc(allow(['s3:GetObject'], ['arn:aws:s3:::b/*']))),
    );
  });

  it('accepts Statement as a single object', () => {
    expect(statements({ Version: '2012-10-17', Statement: allow('sqs:SendMessage') })).toEqual(
      statements(poldoc(allow('sqs:SendMessage'))),
    );
  });

  it('lower-cases actions and sorts and dedupes them', () => {
    const [s] = statements(poldoc(allow(['SQS:SendMessage', 's3:getObject', 'sqs:sendmessage'])));
    expect(s?.actions).toEqual(['s3:getobject', 'sqs:sendmessage']);
  });

  it('keeps resources case-sensitive (ARNs are)', () => {
    const [s] = statements(poldoc(allow('s3:GetObject', ['arn:aws:s3:::B/*', 'arn:aws:s3:::b/*'])));
    expect(s?.resources).toEqual(['arn:aws:s3:::B/*', 'arn:aws:s3:::b/*']);
  });

  it('reads NotAction and NotResource', () => {
    const [s] = statements(poldoc(stmt({ notAction: 'IAM:*', notResource: 'arn:aws:iam::*:role/admin' })));
    expect(s).toEqual({ effect: 'Allow', notActions: ['iam:*'], notResources: ['arn:aws:iam::*:role/admin'], conditions: [] });
  });

  it('reads JSON text and the URL-encoded JSON IAM returns', () => {
    const doc = poldoc(allow('s3:GetObject', 'arn:aws:s3:::b/*'));
    const expected = statements(doc);
    expect(statements(JSON.stringify(doc))).toEqual(expected);
    expect(statements(encodeURIComponent(JSON.stringify(doc)))).toEqual(expected);
    expect(statements(`  ${JSON.stringify(doc, null, 2)}\n`)).toEqual(expected);
  });

  it('treats null, undefined and empty text as "no policy"', () => {
    expect(parsePolicy(null)).toEqual({ ok: true, statements: [] });
    expect(parsePolicy(undefined)).toEqual({ ok: true, statements: [] });
    expect(parsePolicy('  ')).toEqual({ ok: true, statements: [] });
  });

  it('renders conditions as sorted `Operator key = values`, keys lower-cased, scalars as text', () => {
    const [s] = statements(
      poldoc(
        stmt({
          action: 's3:PutObject',
          resource: '*',
          condition: {
            StringEquals: { 'aws:SourceAccount': ['222233334444', '111122223333'] },
            Bool: { 'aws:SecureTransport': true },
            NumericLessThan: { 's3:max-keys': 10 },
          },
        }),
      ),
    );
    expect(s?.conditions).toEqual([
      'Bool aws:securetransport = true',
      'NumericLessThan s3:max-keys = 10',
      'StringEquals aws:sourceaccount = 111122223333,222233334444',
    ]);
  });

  it('flattens principals: "*", maps of string or array, account IDs as root ARNs', () => {
    const [s] = statements(
      poldoc(
        stmt({
          action: 'sts:AssumeRole',
          principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'], AWS: '111122223333' },
        }),
      ),
    );
    expect(s?.principals).toEqual([
      { type: 'AWS', value: 'arn:aws:iam::111122223333:root' },
      { type: 'Service', value: 'ec2.amazonaws.com' },
      { type: 'Service', value: 'lambda.amazonaws.com' },
    ]);
    const [star] = statements(poldoc(stmt({ action: 'sts:AssumeRole', principal: '*' })));
    expect(star?.principals).toEqual([{ type: '*', value: '*' }]);
    const [not] = statements(poldoc(stmt({ effect: 'Deny', action: 's3:*', notPrincipal: { AWS: 'arn:aws:iam::111122223333:role/x' } })));
    expect(not?.notPrincipals).toEqual([{ type: 'AWS', value: 'arn:aws:iam::111122223333:role/x', not: true }]);
  });

  it('accepts Effect in any case and drops empty Sids', () => {
    expect(statements(poldoc({ Effect: 'allow', Action: 's3:x', Sid: '' }))).toEqual([
      { effect: 'Allow', actions: ['s3:x'], conditions: [] },
    ]);
  });

  it('orders statements so their order in the document does not matter', () => {
    const a = allow('s3:GetObject');
    const b = stmt({ effect: 'Deny', action: 'iam:*', resource: '*' });
    expect(statements(poldoc(a, b))).toEqual(statements(poldoc(b, a)));
  });

  const unparseable: Array<[string, unknown, RegExp]> = [
    ['invalid JSON', '{"Statement": [', /not valid JSON/],
    ['bad URL encoding', '%7B%E0%A4%A', /URL-encoded/],
    ['a JSON array', '[1,2]', /not an object/],
    ['a number', 42, /number/],
    ['no Statement', { Version: '2012-10-17' }, /no Statement/],
    ['a statement that is a string', poldoc('x' as never), /Statement\[0\] is not an object/],
    ['no Effect', { Statement: [{ Action: 's3:x' }] }, /no Effect/],
    ['a bad Effect', { Statement: [{ Effect: 'Maybe', Action: 's3:x' }] }, /neither Allow nor Deny/],
    ['Action and NotAction', { Statement: [{ Effect: 'Allow', Action: 'a:b', NotAction: 'a:c' }] }, /both Action and NotAction/],
    ['no Action', { Statement: [{ Effect: 'Allow', Resource: '*' }] }, /neither Action nor NotAction/],
    ['a numeric action', { Statement: [{ Effect: 'Allow', Action: [1] }] }, /Action must be a string/],
    ['a null condition value', { Statement: [{ Effect: 'Allow', Action: 'a:b', Condition: { StringEquals: { k: null } } }] }, /values must be/],
    ['an empty condition value list', { Statement: [{ Effect: 'Allow', Action: 'a:b', Condition: { StringEquals: { k: [] } } }] }, /no values/],
    ['a condition key twice in different case', { Statement: [{ Effect: 'Allow', Action: 'a:b', Condition: { StringEquals: { 'aws:A': 'x', 'aws:a': 'y' } } }] }, /twice/],
    ['a principal that is a list', { Statement: [{ Effect: 'Allow', Action: 'a:b', Principal: ['x'] }] }, /Principal must be/],
  ];
  it.each(unparseable)('returns a reason, never throws, for %s', (_name, input, reason) => {
    const parsed = parsePolicy(input as never);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('toPolicyDocument', () => {
  it('round-trips a policy with every element', () => {
    const doc = poldoc(
      stmt({ sid: 'Read', action: ['s3:Get*', 's3:List*'], resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] }),
      stmt({
        effect: 'Deny',
        notAction: 'iam:*',
        notResource: 'arn:aws:iam::*:role/x',
        condition: { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['a,b', 'c\\d', 'e = f'] }, StringEquals: { 'aws:RequestTag/Cost = Center': '' } },
      }),
      stmt({ action: 'sts:AssumeRole', principal: '*' }),
      stmt({ action: 'sts:AssumeRole', notPrincipal: { AWS: ['111122223333'], Federated: 'cognito-identity.amazonaws.com' } }),
    );
    const once = statements(doc);
    expect(statements(toPolicyDocument(once))).toEqual(once);
  });

  it('survives keys spelled __proto__ (from JSON.parse they are plain keys)', () => {
    const text = '{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":{"__proto__":"x"},"Condition":{"StringEquals":{"__proto__":"y"}}}]}';
    const once = statements(text);
    expect(once[0]?.principals).toEqual([{ type: '__proto__', value: 'x' }]);
    expect(statements(toPolicyDocument(once))).toEqual(once);
    expect(prettyPolicy(text)).toContain('"__proto__": "x"');
  });

  it('reads back what renderCondition wrote, escapes included', () => {
    for (const [op, key, values] of [
      ['StringEquals', 'aws:sourceaccount', ['1', '2']],
      ['StringLike', 'a = b ', ['x,y', '\\', '']],
      ['Null', '', ['true']],
    ] as Array<[string, string, string[]]>) {
      expect(readCondition(renderCondition(op, key, values))).toEqual({ operator: op, key, values });
    }
    expect(readCondition('garbage')).toBeNull();
  });
});
