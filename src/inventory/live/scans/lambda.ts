/** Lambda functions (every version: an old published version keeps its own role). */
import { LambdaClient, paginateListFunctions } from '@aws-sdk/client-lambda';
import { roleKeyOfRef } from '../arn.js';
import { dependent, emptyOutput, record, type Scan } from './scan.js';

export const scanLambda: Scan = async ({ session, region }) => {
  const out = emptyOutput();
  const lambda = session.client('lambda', region, LambdaClient);
  const task = session.run.progress.start(`lambda ${region}`, 'function versions');
  // function ARN (unqualified) → role key → versions
  const byFunction = new Map<string, { name: string; role: string; key: string | null; versions: string[] }>();
  const r = await session.limit('lambda', region)(() =>
    session.attempt({ operation: 'lambda:ListFunctions', region, kinds: ['lambda-function'] }, async (abortSignal) => {
      for await (const page of paginateListFunctions({ client: lambda, pageSize: 50 }, { FunctionVersion: 'ALL' }, { abortSignal })) {
        for (const fn of page.Functions ?? []) {
          if (!fn.FunctionArn || !fn.Role) continue;
          const arn = fn.Version && fn.FunctionArn.endsWith(`:${fn.Version}`) ? fn.FunctionArn.slice(0, -fn.Version.length - 1) : fn.FunctionArn;
          const id = `${arn}|${fn.Role}`;
          const entry = byFunction.get(id) ?? { name: fn.FunctionName ?? arn, role: fn.Role, key: roleKeyOfRef(fn.Role, session.account), versions: [] };
          entry.versions.push(fn.Version ?? '$LATEST');
          byFunction.set(id, entry);
        }
        task.add(page.Functions?.length ?? 0);
      }
    }),
  );
  task.done();
  if (!r.ok) out.gaps.push(r.gap);
  for (const [id, f] of byFunction) {
    const arn = id.split('|')[0] ?? id;
    record(
      out,
      f.key,
      dependent('lambda-function', {
        id: arn,
        name: f.name,
        region,
        account: session.account,
        via: `function configuration Role (${f.versions.length === 1 ? 'version' : 'versions'} ${f.versions.join(', ')})`,
      }),
    );
  }
  return out;
};
