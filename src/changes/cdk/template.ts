/** Reading CloudFormation templates from disk: JSON, validated to the part the readers use. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError, formatPath } from '../../errors.js';
import { jsonErrorPlace } from '../../json-place.js';
import type { TemplateResource } from './model.js';

const templateSchema = z.object({
  Resources: z.record(
    z.string(),
    z.looseObject({
      Type: z.string().min(1),
      Properties: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

export interface Template {
  Resources: Record<string, TemplateResource>;
  [k: string]: unknown;
}

/** Validates an object as a CloudFormation template; `file` names it in the error. */
export function asTemplate(value: unknown, file: string): Template {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('Resources' in value)) {
    throw new InputError(file, 'not a CloudFormation template: no "Resources" object', 'top level');
  }
  const parsed = templateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatPath(issue.path) : undefined;
    throw new InputError(file, `not a CloudFormation template: ${issue?.message ?? 'invalid'}`, where);
  }
  return value as Template;
}

export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? `${what} not found` : `cannot read ${what} (${code ?? 'error'})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new InputError(file, `${what} is not valid JSON`, line ? `line ${line}` : jsonErrorPlace(text, e));
  }
}

export async function readTemplate(file: string): Promise<Template> {
  return asTemplate(await readJsonFile(file, 'template'), file);
}
