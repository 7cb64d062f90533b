/** The deployed template of a CloudFormation stack and its physical ids, for the cdk.out reader. */
import { CloudFormationClient, GetTemplateCommand, paginateListStackResources } from '@aws-sdk/client-cloudformation';
import { parse as parseYaml } from 'yaml';
import { createRun } from './collect.js';
import { errorName } from './failure.js';
import { defaultRegion, type LiveInventoryOptions } from './options.js';
import { AccountSession } from './session.js';

export interface DeployedTemplate {
  template: unknown;
  /** logicalId → physicalId */
  physicalIds: Record<string, string>;
}

export type DeployedTemplateOptions = Partial<LiveInventoryOptions> & { region?: string };

function isMissingStack(e: unknown): boolean {
  return errorName(e) === 'ValidationError' && /does not exist/i.test(e instanceof Error ? e.message : '');
}

/**
 * GetTemplate (Original stage, as deployed before transforms) + ListStackResources.
 * Returns null when the stack does not exist; other failures throw a one-line Error (the caller decides).
 */
export async function fetchDeployedTemplate(stack: string, options: DeployedTemplateOptions = {}): Promise<DeployedTemplate | null> {
  const region = options.region ?? (Array.isArray(options.regions) && options.regions[0] ? options.regions[0] : defaultRegion());
  const { run, stop } = createRun({ ...options, timeoutMs: options.timeoutMs ?? 60_000, cloudtrail: false });
  const session = new AccountSession(run, '', 'aws', true);
  const cfn = session.client('cloudformation', region, CloudFormationClient);
  const abortSignal = run.signal;
  try {
    let body: string | undefined;
    try {
      body = (await cfn.send(new GetTemplateCommand({ StackName: stack, TemplateStage: 'Original' }), { abortSignal })).TemplateBody;
    } catch (e) {
      if (isMissingStack(e)) return null;
      throw e;
    }
    const physicalIds: Record<string, string> = {};
    for await (const page of paginateListStackResources({ client: cfn }, { StackName: stack }, { abortSignal }))
      for (const r of page.StackResourceSummaries ?? []) if (r.LogicalResourceId && r.PhysicalResourceId) physicalIds[r.LogicalResourceId] = r.PhysicalResourceId;
    return { template: parseTemplate(body ?? '{}'), physicalIds };
  } catch (e) {
    const name = errorName(e);
    const message = e instanceof Error ? (e.message.split('\n')[0] ?? name) : String(e);
    throw new Error(`cloudformation: reading deployed stack ${stack} in ${region} failed: ${name}: ${message}`);
  } finally {
    stop();
    session.destroy();
  }
}

function parseTemplate(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    // Templates deployed as YAML (short-form tags such as !Ref are kept as plain values).
    return parseYaml(body, { logLevel: 'silent' });
  }
}
