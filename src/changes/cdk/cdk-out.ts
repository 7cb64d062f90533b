/**
 * `--cdk-out DIR`: the synthesized templates, diffed against the deployed ones with
 * @aws-cdk/cloudformation-diff (replacement impact per property comes from its resource spec).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fullDiff, ResourceImpact } from '@aws-cdk/cloudformation-diff';
import { z } from 'zod';
import { InputError, describeError, formatPath } from '../../errors.js';
import type { InputSpec, ReaderContext } from '../../inputs.js';
import type { InputReading } from '../../model/change.js';
import { deriveStack } from './effects.js';
import { isRelevantType, type ResourceDelta, type StackView } from './model.js';
import { asTemplate, readJsonFile, readTemplate, type Template } from './template.js';

const manifestSchema = z.object({
  artifacts: z
    .record(
      z.string(),
      z.looseObject({
        type: z.string(),
        displayName: z.string().optional(),
        properties: z.looseObject({ templateFile: z.string().optional(), stackName: z.string().optional(), directoryName: z.string().optional() }).optional(),
      }),
    )
    .optional(),
});

interface StackArtifact {
  stack: string;
  templateFile: string;
}

/** Stacks of a cloud assembly, nested assemblies (stages) included. */
async function stacksOf(dir: string, depth = 0): Promise<StackArtifact[]> {
  const manifestFile = join(dir, 'manifest.json');
  let raw: unknown;
  try {
    raw = await readJsonFile(manifestFile, 'cloud assembly manifest');
  } catch (e) {
    if (e instanceof InputError && e.problem.endsWith('not found')) return templatesIn(dir);
    throw e;
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(manifestFile, `not a cloud assembly manifest: ${issue?.message ?? 'invalid'}`, issue ? formatPath(issue.path) : undefined);
  }
  const out: StackArtifact[] = [];
  for (const [id, art] of Object.entries(parsed.data.artifacts ?? {})) {
    if (art.type === 'aws:cloudformation:stack' && art.properties?.templateFile) {
      out.push({ stack: art.properties.stackName ?? id, templateFile: join(dir, art.properties.templateFile) });
    } else if (art.type === 'cdk:cloud-assembly' && art.properties?.directoryName && depth < 5) {
      out.push(...(await stacksOf(join(dir, art.properties.directoryName), depth + 1)));
    }
  }
  return out;
}

async function templatesIn(dir: string): Promise<StackArtifact[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new InputError(dir, 'cdk.out directory not found');
  }
  return names
    .filter((n) => n.endsWith('.template.json'))
    .sort()
    .map((n) => ({ stack: n.slice(0, -'.template.json'.length), templateFile: join(dir, n) }));
}

function replacementOf(impact: ResourceImpact): 'yes' | 'maybe' | 'no' {
  if (impact === ResourceImpact.WILL_REPLACE) return 'yes';
  if (impact === ResourceImpact.MAY_REPLACE) return 'maybe';
  return 'no';
}

/** The resource changes cloudformation-diff finds, in the readers' shape. */
export function templateDeltas(oldTemplate: Template, newTemplate: Template): ResourceDelta[] {
  const diff = fullDiff(oldTemplate, newTemplate);
  const deltas: ResourceDelta[] = [];
  for (const [logicalId, rd] of Object.entries(diff.resources.changes)) {
    if (!rd.isDifferent) continue;
    const oldType = rd.oldResourceType;
    const newType = rd.newResourceType;
    if (rd.resourceTypeChanged) {
      if (oldType && isRelevantType(oldType)) deltas.push({ logicalId, type: oldType, action: 'remove', replacement: 'no', replacedBecause: [], changedProperties: [], before: rd.oldProperties ?? {}, actions: ['[-]', 'type changed'] });
      if (newType && isRelevantType(newType)) deltas.push({ logicalId, type: newType, action: 'add', replacement: 'no', replacedBecause: [], changedProperties: [], after: rd.newProperties ?? {}, actions: ['[+]', 'type changed'] });
      continue;
    }
    const type = (newType ?? oldType) as string;
    if (!isRelevantType(type)) continue;
    if (rd.isAddition) {
      deltas.push({ logicalId, type, action: 'add', replacement: 'no', replacedBecause: [], changedProperties: [], after: rd.newProperties ?? {}, actions: ['[+]'] });
    } else if (rd.isRemoval) {
      deltas.push({ logicalId, type, action: 'remove', replacement: 'no', replacedBecause: [], changedProperties: [], before: rd.oldProperties ?? {}, actions: ['[-]', 'destroy'] });
    } else {
      const changedProperties = Object.entries(rd.propertyUpdates).filter(([, p]) => p.isDifferent).map(([k]) => k);
      if (changedProperties.length === 0) continue;
      const replacement = replacementOf(rd.changeImpact);
      const replacedBecause = Object.entries(rd.propertyUpdates)
        .filter(([, p]) => p.isDifferent && (p.changeImpact === ResourceImpact.WILL_REPLACE || p.changeImpact === ResourceImpact.MAY_REPLACE))
        .map(([k]) => k);
      deltas.push({
        logicalId,
        type,
        action: 'modify',
        replacement,
        replacedBecause,
        changedProperties,
        before: rd.oldProperties ?? {},
        after: rd.newProperties ?? {},
        actions: ['[~]', ...(replacement === 'yes' ? ['replace'] : replacement === 'maybe' ? ['may be replaced'] : [])],
      });
    }
  }
  return deltas;
}

const EMPTY: Template = { Resources: {} };

export async function readCdkOutDir(spec: Extract<InputSpec, { kind: 'cdk-out' }>, ctx: ReaderContext): Promise<InputReading> {
  const stacks = await stacksOf(spec.dir);
  if (stacks.length === 0) throw new InputError(spec.dir, 'no stacks found (expected manifest.json or *.template.json: run `cdk synth` first)');
  const reading: InputReading = { input: spec.label, source: 'cdk', file: spec.dir, changes: [], sensitiveMasked: 0, warnings: [], managedPolicies: [] };
  const deployedFrom = spec.deployedDir ? `--deployed ${spec.deployedDir}` : ctx.fetchDeployedTemplate ? 'CloudFormation GetTemplate' : 'none';
  reading.meta = { stacks: String(stacks.length), deployed: deployedFrom };
  if (!spec.deployedDir && !ctx.fetchDeployedTemplate) {
    reading.warnings.push('no deployed templates (--deployed) and no live AWS access: every resource is treated as new');
  }
  for (const { stack, templateFile } of stacks) {
    const newTemplate = await readTemplate(templateFile);
    let oldTemplate = EMPTY;
    let physicalIds: Record<string, string> = {};
    if (spec.deployedDir) {
      const file = join(spec.deployedDir, `${stack}.template.json`);
      try {
        oldTemplate = await readTemplate(file);
      } catch (e) {
        if (!(e instanceof InputError && e.problem.endsWith('not found'))) throw e;
        reading.warnings.push(`${stack}: no deployed template ${file}: treated as a new stack (everything created)`);
      }
    } else if (ctx.fetchDeployedTemplate) {
      let fetched: Awaited<ReturnType<NonNullable<ReaderContext['fetchDeployedTemplate']>>>;
      try {
        fetched = await ctx.fetchDeployedTemplate(stack);
      } catch (e) {
        // Treating the stack as new would report its deletions as creations: leave it out, say so.
        reading.warnings.push(`${stack}: deployed template could not be read (${describeError(e)}): its changes are unknown; pass --deployed DIR`);
        continue;
      }
      if (fetched === null) {
        reading.warnings.push(`${stack}: not deployed (no stack in CloudFormation): treated as a new stack (everything created)`);
      } else {
        // GetTemplate's TemplateBody is text; a live helper may pass it on unparsed.
        let body = fetched.template;
        if (typeof body === 'string') {
          try {
            body = JSON.parse(body) as unknown;
          } catch {
            throw new InputError(`deployed template of ${stack}`, 'not JSON (a YAML-authored stack?): save it as JSON and pass --deployed DIR');
          }
        }
        oldTemplate = asTemplate(body, `deployed template of ${stack}`);
        physicalIds = fetched.physicalIds;
      }
    }
    const view: StackView = {
      stack,
      input: spec.label,
      source: 'cdk',
      deltas: templateDeltas(oldTemplate, newTemplate),
      oldResources: oldTemplate.Resources,
      newResources: newTemplate.Resources,
      physicalIds,
      valuesKnown: true,
    };
    const derived = deriveStack(view);
    reading.changes.push(...derived.changes);
    reading.warnings.push(...derived.warnings);
    reading.managedPolicies?.push(...derived.managedPolicies);
    for (const [role, trust] of Object.entries(derived.trustBefore)) (reading.trustBefore ??= {})[role] ??= trust;
  }
  return reading;
}
