/**
 * CDK and CloudFormation inputs: `cdk diff` text, a cdk.out directory diffed against deployed templates,
 * and `describe-change-set` JSON. All three end in the same changes and effects as Terraform.
 */
import type { Reader } from '../../inputs.js';
import { readCdkOutDir } from './cdk-out.js';
import { readChangeSetFile } from './change-set.js';
import { readCdkDiffFile } from './diff-text/read.js';

export const readCdkDiff: Reader<'cdk-diff'> = (spec) => readCdkDiffFile(spec);
export const readCdkOut: Reader<'cdk-out'> = (spec, ctx) => readCdkOutDir(spec, ctx);
export const readChangeSet: Reader<'change-set'> = (spec) => readChangeSetFile(spec);
