import { describe, expect, it } from 'vitest';
import { diffTrust, trustPrincipals } from '../../src/policy/index.js';
import { poldoc, stmt, trustDoc } from './builders.js';

describe('trustPrincipals', () => {
  it('flattens the principals of Allow sts:AssumeRole* statements with their conditions', () => {
    const doc = poldoc(
      stmt({ principal: { Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] }, action: 'sts:AssumeRole' }),
      stmt({
        principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
        action: 'sts:AssumeRoleWithWebIdentity',
        condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/app:*' } },
      }),
    );
    expect(trustPrincipals(doc)).toEqual([
      {
        type: 'Federated',
        value: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
        conditions: ['StringLike token.actions.githubusercontent.com:sub = repo:org/app:*'],
      },
      { type: 'Service', value: 'edgelambda.amazonaws.com' },
      { type: 'Service', value: 'lambda.amazonaws.com' },
    ]);
  });

  it('counts sts:*, *, SAML, TagSession and SetSourceIdentity; ignores Deny and other actions', () => {
    const doc = poldoc(
      stmt({ principal: { AWS: 'arn:aws:iam::111122223333:role/a' }, action: 'sts:*' }),
      stmt({ principal: { AWS: 'arn:aws:iam::111122223333:role/b' }, action: '*' }),
      stmt({ principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/idp' }, action: 'STS:AssumeRoleWithSAML' }),
      stmt({ principal: { AWS: 'arn:aws:iam::111122223333:role/c' }, action: ['sts:TagSession'] }),
      stmt({ principal: { AWS: 'arn:aws:iam::111122223333:role/d' }, action: ['sts:SetSourceIdentity'] }),
      stmt({ principal: { AWS: 'arn:aws:iam::111122223333:role/e' }, action: 'sts:GetCallerIdentity' }),
      stmt({ effect: 'Deny', principal: { AWS: 'arn:aws:iam::111122223333:role/f' }, action: 'sts:AssumeRole' }),
    );
    expect(trustPrincipals(doc).map((p) => p.value)).toEqual([
      'arn:aws:iam::111122223333:role/a',
      'arn:aws:iam::111122223333:role/b',
      'arn:aws:iam::111122223333:role/c',
      'arn:aws:iam::111122223333:role/d',
      'arn:aws:iam::111122223333:saml-provider/idp',
    ]);
  });

  it('marks NotPrincipal grants', () => {
    expect(trustPrincipals(poldoc(stmt({ notPrincipal: { AWS: 'arn:aws:iam::111122223333:role/x' }, action: 'sts:AssumeRole' })))).toEqual([
      { type: 'AWS', value: 'arn:aws:iam::111122223333:role/x', not: true },
    ]);
  });

  it('has none for no policy or an unparseable one', () => {
    expect(trustPrincipals(null)).toEqual([]);
    expect(trustPrincipals('{')).toEqual([]);
  });
});

describe('diffTrust', () => {
  it('reports swapped service principals', () => {
    const d = diffTrust(trustDoc({ Service: 'lambda.amazonaws.com' }), trustDoc({ Service: ['ec2.amazonaws.com'] }));
    expect(d).toEqual({
      removed: [{ type: 'Service', value: 'lambda.amazonaws.com' }],
      added: [{ type: 'Service', value: 'ec2.amazonaws.com' }],
    });
  });

  it('shows a principal whose conditions change as removed (old) and added (new)', () => {
    const gh = { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' };
    const sub = (v: string) => ({ StringLike: { 'token.actions.githubusercontent.com:sub': v } });
    const d = diffTrust(
      trustDoc(gh, { action: 'sts:AssumeRoleWithWebIdentity', condition: sub('repo:org/app:*') }),
      trustDoc(gh, { action: 'sts:AssumeRoleWithWebIdentity', condition: sub('repo:org/app:ref:refs/heads/main') }),
    );
    expect(d.removed).toHaveLength(1);
    expect(d.added).toHaveLength(1);
    expect(d.removed[0]?.conditions).toEqual(['StringLike token.actions.githubusercontent.com:sub = repo:org/app:*']);
    expect(d.added[0]?.conditions).toEqual(['StringLike token.actions.githubusercontent.com:sub = repo:org/app:ref:refs/heads/main']);
  });

  it('sees no change between an account ID and its root ARN, or in spelling', () => {
    const d = diffTrust(
      trustDoc({ AWS: '111122223333' }),
      JSON.stringify({ Statement: { Action: ['STS:ASSUMEROLE'], Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Effect: 'Allow' } }),
    );
    expect(d).toEqual({ added: [], removed: [] });
  });

  it('sees {"AWS": "*"} and "*" as the same principal', () => {
    expect(diffTrust(trustDoc('*'), trustDoc({ AWS: ['*'] }))).toEqual({ added: [], removed: [] });
  });

  it('treats a created or deleted trust policy as all added or all removed', () => {
    expect(diffTrust(null, trustDoc({ Service: 'ecs-tasks.amazonaws.com' })).added).toHaveLength(1);
    expect(diffTrust(trustDoc('*'), null).removed).toEqual([{ type: '*', value: '*' }]);
  });

  it('says unknown instead of inventing removals when a side cannot be parsed', () => {
    const d = diffTrust(trustDoc({ Service: 'lambda.amazonaws.com' }), '{"Statement": 5}');
    expect(d.removed).toEqual([]);
    expect(d.added).toEqual([]);
    expect(d.unknown).toMatch(/after: Statement\[0\] is not an object/);
  });
});
