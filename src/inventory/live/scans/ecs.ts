/** ECS task definitions (task and execution roles) and the services that run them. */
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient, paginateListClusters, paginateListServices, paginateListTaskDefinitions, type TaskDefinition } from '@aws-sdk/client-ecs';
import { roleKeyOfRef } from '../arn.js';
import { dependent, emptyOutput, record, type Scan } from './scan.js';

const DESCRIBE_SERVICES_BATCH = 10;

export const scanEcs: Scan = async ({ session, region }) => {
  const out = emptyOutput();
  const ecs = session.client('ecs', region, ECSClient);
  const limit = session.limit('ecs', region);
  const account = session.account;
  const task = session.run.progress.start(`ecs ${region}`, 'task definitions');
  const described = new Map<string, Promise<TaskDefinition | undefined>>();

  /** Each task definition is described at most once per run, whether listed or named by a service. */
  const describe = (arn: string) => {
    let p = described.get(arn);
    if (!p) {
      p = limit(() =>
        session.attempt({ operation: 'ecs:DescribeTaskDefinition', region, kinds: ['ecs-task-definition', 'ecs-service'], detail: arn.split('/').pop() }, async (abortSignal) =>
          (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }), { abortSignal })).taskDefinition,
        ),
      ).then((r) => {
        task.add(1);
        if (!r.ok) out.gaps.push(r.gap);
        else if (r.value) recordTaskDefinition(r.value);
        return r.ok ? r.value : undefined;
      });
      described.set(arn, p);
    }
    return p;
  };

  function roleLinks(td: TaskDefinition): { key: string | null; field: string }[] {
    const links: { key: string | null; field: string }[] = [];
    if (td.taskRoleArn) links.push({ key: roleKeyOfRef(td.taskRoleArn, account), field: 'taskRoleArn' });
    if (td.executionRoleArn) links.push({ key: roleKeyOfRef(td.executionRoleArn, account), field: 'executionRoleArn' });
    return links;
  }

  function recordTaskDefinition(td: TaskDefinition) {
    const name = `${td.family}:${td.revision}`;
    for (const link of roleLinks(td))
      record(out, link.key, dependent('ecs-task-definition', { id: td.taskDefinitionArn ?? name, name, region, account, via: `task definition ${link.field}` }));
  }

  const listed = await limit(() =>
    session.attempt({ operation: 'ecs:ListTaskDefinitions', region, kinds: ['ecs-task-definition'] }, async (abortSignal) => {
      const arns: string[] = [];
      for await (const page of paginateListTaskDefinitions({ client: ecs }, { status: 'ACTIVE' }, { abortSignal })) arns.push(...(page.taskDefinitionArns ?? []));
      return arns;
    }),
  );
  const servicesDone = scanServices();
  if (!listed.ok) out.gaps.push(listed.gap);
  else await Promise.all(listed.value.map(describe));
  await servicesDone;
  task.done();
  return out;

  async function scanServices(): Promise<void> {
    const clusters = await limit(() =>
      session.attempt({ operation: 'ecs:ListClusters', region, kinds: ['ecs-service'] }, async (abortSignal) => {
        const arns: string[] = [];
        for await (const page of paginateListClusters({ client: ecs }, {}, { abortSignal })) arns.push(...(page.clusterArns ?? []));
        return arns;
      }),
    );
    if (!clusters.ok) return void out.gaps.push(clusters.gap);
    await Promise.all(
      clusters.value.map(async (cluster) => {
        const clusterName = cluster.split('/').pop() ?? cluster;
        const services = await limit(() =>
          session.attempt({ operation: 'ecs:ListServices', region, kinds: ['ecs-service'], detail: `cluster ${clusterName}` }, async (abortSignal) => {
            const arns: string[] = [];
            for await (const page of paginateListServices({ client: ecs }, { cluster }, { abortSignal })) arns.push(...(page.serviceArns ?? []));
            return arns;
          }),
        );
        if (!services.ok) return void out.gaps.push(services.gap);
        const batches: string[][] = [];
        for (let i = 0; i < services.value.length; i += DESCRIBE_SERVICES_BATCH) batches.push(services.value.slice(i, i + DESCRIBE_SERVICES_BATCH));
        // Only the DescribeServices call holds a limiter slot: describe() below takes its own (no nesting, no deadlock).
        await Promise.all(batches.map(async (batch) => {
          const d = await limit(() =>
            session.attempt({ operation: 'ecs:DescribeServices', region, kinds: ['ecs-service'], detail: `cluster ${clusterName}` }, async (abortSignal) =>
              (await ecs.send(new DescribeServicesCommand({ cluster, services: batch }), { abortSignal })).services ?? [],
            ),
          );
          if (!d.ok) return void out.gaps.push(d.gap);
          await Promise.all(
            d.value.map(async (svc) => {
              if (!svc.taskDefinition || !svc.serviceArn) return;
              const td = await describe(svc.taskDefinition);
              if (!td) return;
              const tdName = `${td.family}:${td.revision}`;
              for (const link of roleLinks(td))
                record(
                  out,
                  link.key,
                  dependent('ecs-service', { id: svc.serviceArn, name: `${clusterName}/${svc.serviceName ?? ''}`, region, account, via: `service runs task definition ${tdName} (${link.field})` }),
                );
            }),
          );
        }));
      }),
    );
  }
};
