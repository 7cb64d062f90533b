/** Options of the live AWS inventory source; every edge (clock, sleep, endpoints) can be replaced by tests. */

/** IAM action prefixes of the services the live source talks to (also the `service` of `service:Operation`). */
export type ServiceId =
  | 'iam'
  | 'sts'
  | 'lambda'
  | 'eks'
  | 'ec2'
  | 'ecs'
  | 'states'
  | 'codebuild'
  | 'cloudformation'
  | 'cloudtrail';

export interface LiveInventoryOptions {
  /** Regions to scan for dependents; `all` = the enabled regions (`ec2:DescribeRegions`). Default: see defaultRegion(). */
  regions?: string[] | 'all';
  /** `arn:{partition}:iam::{account}:role/iam-blast-radius-read`: how to read roles of other accounts. */
  assumeRoleArnTemplate?: string;
  /** One overall deadline for the whole collection. */
  timeoutMs: number;
  /** Opt-in CloudTrail AssumeRole lookups. */
  cloudtrail: boolean;
  /** SDK attempts per call (adaptive retry mode). Default 5. */
  maxAttempts?: number;
  /** A progress line for scans that take more than ~2 s. */
  onProgress?: (line: string) => void;
  /** One line per API call and per stage. */
  debug?: (line: string) => void;
  /** Extra SDK client config per service (tests: endpoint and static credentials). */
  clientConfig?: (service: ServiceId) => Record<string, unknown> | undefined;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** CloudTrail LookupEvents allows 2 calls per second per account and region. */
export const LOOKUP_INTERVAL_MS = 500;

/** The region used when none is configured: the SDK's own environment variables, else us-east-1. */
export function defaultRegion(env: NodeJS.ProcessEnv = process.env): string {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}
