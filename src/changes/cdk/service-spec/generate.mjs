// Regenerates spec.generated.json from @aws-cdk/aws-service-spec (run: node src/changes/cdk/service-spec/generate.mjs).
// Only the resource types the CDK readers derive effects from: the bundled action cannot read the 2.6 MB
// database from node_modules at runtime, and cloudformation-diff needs no more than these for our use.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');

export const TYPES = [
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::InstanceProfile',
  'AWS::Lambda::Function',
  'AWS::ECS::TaskDefinition',
  'AWS::EKS::Cluster',
  'AWS::EKS::Nodegroup',
  'AWS::EKS::FargateProfile',
  'AWS::EKS::PodIdentityAssociation',
  'AWS::StepFunctions::StateMachine',
  'AWS::CodeBuild::Project',
];

export function extract() {
  const db = loadAwsServiceSpecSync();
  const out = {};
  for (const type of TYPES) {
    const r = db.lookup('resource', 'cloudFormationType', 'equals', type)[0];
    if (!r) throw new Error(`${type} not in the service spec`);
    const properties = {};
    for (const [name, p] of Object.entries(r.properties)) {
      const entry = {};
      if (p.causesReplacement) entry.causesReplacement = p.causesReplacement;
      if (p.scrutinizable) entry.scrutinizable = p.scrutinizable;
      properties[name] = entry;
    }
    out[type] = { cloudFormationType: type, ...(r.scrutinizable ? { scrutinizable: r.scrutinizable } : {}), properties };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'spec.generated.json');
  writeFileSync(file, `${JSON.stringify(extract(), null, 1)}\n`);
  console.log(`wrote ${file}`);
}
