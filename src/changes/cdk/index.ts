/**
 * CDK and CloudFormation inputs: `cdk diff` text, a cdk.out directory diffed against deployed templates,
 * and `describe-change-set` JSON. All three end in the same changes and effects as Terraform.
 * Each form loads its own module: cloudformation-diff is only loaded for --cdk-out.
 */
import type { Reader } from '../../inputs.js';

export const readCdkDiff: Reader<'cdk-diff'> = async (spec) => (await import('./diff-text/read.js')).readCdkDiffFile(spec);
export const readCdkOut: Reader<'cdk-out'> = async (spec, ctx) => (await import('./cdk-out.js')).readCdkOutDir(spec, ctx);
export const readChangeSet: Reader<'change-set'> = async (spec) => (await import('./change-set.js')).readChangeSetFile(spec);
