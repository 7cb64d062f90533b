import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);

// src/inventory/live/arn.ts
function parseArn(arn) {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return null;
  return {
    partition: parts[1] ?? "",
    service: parts[2] ?? "",
    region: parts[3] ?? "",
    account: parts[4] ?? "",
    resource: parts.slice(5).join(":")
  };
}
function roleNameOfArn(arn) {
  const p = parseArn(arn);
  if (!p) return null;
  if (p.service === "iam" && p.resource.startsWith("role/")) return p.resource.split("/").pop() ?? null;
  if (p.service === "sts" && p.resource.startsWith("assumed-role/")) return p.resource.split("/")[1] ?? null;
  return null;
}
function roleKey(account, name) {
  return `${account}:${name.toLowerCase()}`;
}
function roleKeyOfRef(ref, defaultAccount) {
  if (!ref) return null;
  if (!ref.startsWith("arn:")) return roleKey(defaultAccount, ref.split("/").pop() ?? ref);
  const name = roleNameOfArn(ref);
  const p = parseArn(ref);
  return name && p ? roleKey(p.account, name) : null;
}
function iamRegion(partition) {
  if (partition === "aws-cn") return "cn-north-1";
  if (partition === "aws-us-gov") return "us-gov-west-1";
  return "us-east-1";
}
function fillTemplate(template, partition, account) {
  return template.replaceAll("{partition}", partition).replaceAll("{account}", account);
}

export {
  parseArn,
  roleKey,
  roleKeyOfRef,
  iamRegion,
  fillTemplate
};
