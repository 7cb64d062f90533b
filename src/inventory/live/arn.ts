/** ARN helpers. Role names are unique per account regardless of case, so roles are keyed by account + lower-cased name. */

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(arn: string): ParsedArn | null {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return null;
  return {
    partition: parts[1] ?? '',
    service: parts[2] ?? '',
    region: parts[3] ?? '',
    account: parts[4] ?? '',
    resource: parts.slice(5).join(':'),
  };
}

/** `arn:aws:iam::1:role/path/name` → name; also accepts `assumed-role/name/session` STS ARNs. */
export function roleNameOfArn(arn: string): string | null {
  const p = parseArn(arn);
  if (!p) return null;
  if (p.service === 'iam' && p.resource.startsWith('role/')) return p.resource.split('/').pop() ?? null;
  if (p.service === 'sts' && p.resource.startsWith('assumed-role/')) return p.resource.split('/')[1] ?? null;
  return null;
}

export function roleKey(account: string, name: string): string {
  return `${account}:${name.toLowerCase()}`;
}

/** Key of a role ARN as found in a resource's configuration; `defaultAccount` for bare names. */
export function roleKeyOfRef(ref: string | undefined, defaultAccount: string): string | null {
  if (!ref) return null;
  if (!ref.startsWith('arn:')) return roleKey(defaultAccount, ref.split('/').pop() ?? ref);
  const name = roleNameOfArn(ref);
  const p = parseArn(ref);
  return name && p ? roleKey(p.account, name) : null;
}

/** The region IAM (a global service) is signed for in each partition. */
export function iamRegion(partition: string): string {
  if (partition === 'aws-cn') return 'cn-north-1';
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  return 'us-east-1';
}

/** Fills `{partition}` and `{account}` in the cross-account role template. */
export function fillTemplate(template: string, partition: string, account: string): string {
  return template.replaceAll('{partition}', partition).replaceAll('{account}', account);
}
