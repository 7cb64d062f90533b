/**
 * Stand-in for `@aws-cdk/aws-service-spec` in the bundle (esbuild alias): cloudformation-diff loads the
 * whole service database from a file beside its module, which a bundle run without node_modules does
 * not have. This serves the same lookups from an embedded extract of the types the CDK readers use;
 * other types look unknown to cloudformation-diff, which then reports their property changes as updates.
 */
import spec from './spec.generated.json' with { type: 'json' };

type ResourceSpec = { cloudFormationType: string; scrutinizable?: string; properties: Record<string, { causesReplacement?: string; scrutinizable?: string }> };
const resources = spec as unknown as Record<string, ResourceSpec>;

const database = {
  lookup(_entity: string, _key: string, _op: string, type: string): ResourceSpec[] {
    const r = resources[type];
    return r ? [r] : [];
  },
};

export function loadAwsServiceSpecSync(): typeof database {
  return database;
}

export async function loadAwsServiceSpec(): Promise<typeof database> {
  return database;
}
