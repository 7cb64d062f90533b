/**
 * The inputs a run reads and the registry of readers that turn each into IAM changes.
 * Each reader lives in its own module under src/changes/ and is registered here, lazily
 * imported so a run loads only what it reads.
 */
import type { InputReading } from './model/change.js';

export type InputSpec =
  /** `terraform show -json` output; `label` from `--plan name=path`, else the path. */
  | { kind: 'plan'; label: string; path: string }
  /** Text output of `cdk diff`. */
  | { kind: 'cdk-diff'; label: string; path: string }
  /** A cdk.out directory, diffed against deployed templates (a directory, or fetched live when absent). */
  | { kind: 'cdk-out'; label: string; dir: string; deployedDir?: string }
  /** JSON of `aws cloudformation describe-change-set --include-property-values`. */
  | { kind: 'change-set'; label: string; path: string }
  /** Static reading of Terraform source: base and head checkouts. */
  | { kind: 'hcl'; label: string; baseDir: string; headDir: string };

/** What readers may use from the outside world; passed in so tests can replace it. */
export interface ReaderContext {
  /** Run a program (`terraform show -json plan.out`) when the reader needs one; absent = not allowed. */
  exec?: (cmd: string, args: string[]) => Promise<{ stdout: string; code: number }>;
  /** Fetch deployed CloudFormation templates when no directory is given (live AWS edge). */
  fetchDeployedTemplate?: (stack: string) => Promise<{ template: unknown; physicalIds: Record<string, string> } | null>;
}

export type Reader<K extends InputSpec['kind']> = (
  spec: Extract<InputSpec, { kind: K }>,
  ctx: ReaderContext,
) => Promise<InputReading>;

type ReaderRegistry = { [K in InputSpec['kind']]: () => Promise<Reader<K>> };

export const readers: ReaderRegistry = {
  plan: async () => (await import('./changes/terraform/index.js')).readPlan,
  'cdk-diff': async () => (await import('./changes/cdk/index.js')).readCdkDiff,
  'cdk-out': async () => (await import('./changes/cdk/index.js')).readCdkOut,
  'change-set': async () => (await import('./changes/cdk/index.js')).readChangeSet,
  hcl: async () => (await import('./changes/hcl/index.js')).readHcl,
};

export async function readInput(spec: InputSpec, ctx: ReaderContext): Promise<InputReading> {
  const load = readers[spec.kind] as () => Promise<Reader<typeof spec.kind>>;
  const reader = await load();
  return reader(spec as never, ctx);
}
