/** CodeBuild projects (service role). */
import { BatchGetProjectsCommand, CodeBuildClient, paginateListProjects } from '@aws-sdk/client-codebuild';
import { roleKeyOfRef } from '../arn.js';
import { mapLimited } from '../limiter.js';
import { dependent, emptyOutput, record, type Scan } from './scan.js';

const BATCH = 100;

export const scanCodeBuild: Scan = async ({ session, region }) => {
  const out = emptyOutput();
  const cb = session.client('codebuild', region, CodeBuildClient);
  const limit = session.limit('codebuild', region);
  const listed = await limit(() =>
    session.attempt({ operation: 'codebuild:ListProjects', region, kinds: ['codebuild-project'] }, async (abortSignal) => {
      const names: string[] = [];
      for await (const page of paginateListProjects({ client: cb }, {}, { abortSignal })) names.push(...(page.projects ?? []));
      return names;
    }),
  );
  if (!listed.ok) {
    out.gaps.push(listed.gap);
    return out;
  }
  const batches: string[][] = [];
  for (let i = 0; i < listed.value.length; i += BATCH) batches.push(listed.value.slice(i, i + BATCH));
  await mapLimited(batches, limit, async (names) => {
    const d = await session.attempt({ operation: 'codebuild:BatchGetProjects', region, kinds: ['codebuild-project'] }, async (abortSignal) =>
      (await cb.send(new BatchGetProjectsCommand({ names }), { abortSignal })).projects ?? [],
    );
    if (!d.ok) return void out.gaps.push(d.gap);
    for (const p of d.value)
      record(out, roleKeyOfRef(p.serviceRole, session.account), dependent('codebuild-project', { id: p.arn ?? p.name ?? '?', name: p.name, region, account: session.account, via: 'project serviceRole' }));
  });
  return out;
};
