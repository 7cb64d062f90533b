/**
 * Part 2 — live inventory against a seeded moto_server (through bench/latency-proxy.mjs, which pages
 * ListFunctions like AWS, fills in what moto lacks, counts calls on the wire and can add latency).
 * Also collects the account-size curve of part 4 (100 → 1,500 → 5,000 functions) on the same server.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startMoto, hasMoto } from './lib/moto.mjs';
import { seed, roleName, roleArn, REGIONS, ACCOUNT, functionRegion, clientConfig } from './lib/seed.mjs';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { startProxy } from './latency-proxy.mjs';
import { benchEnv, measure, median } from './lib/proc.mjs';
import { table, ms, ratio, range, met } from './lib/table.mjs';

const LATENCY_MS = 80;
const LAMBDA_PAGE = 50;

/** A plan that deletes the given roles, in the shape `terraform show -json` writes. */
export function rolesPlan(indices) {
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com', 'eks.amazonaws.com'] }, Action: 'sts:AssumeRole' }] });
  const before = (i) => ({ arn: roleArn(i), assume_role_policy: trust, create_date: '2026-01-01T00:00:00Z', description: '', force_detach_policies: false, id: roleName(i), inline_policy: [], managed_policy_arns: [], max_session_duration: 3600, name: roleName(i), name_prefix: '', path: '/', permissions_boundary: '', tags: {}, tags_all: {}, unique_id: `AROA${String(i).padStart(17, '0')}` });
  const addr = (i) => `aws_iam_role.bench["${roleName(i)}"]`;
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: {} },
    resource_changes: indices.map((i) => ({
      address: addr(i), mode: 'managed', type: 'aws_iam_role', name: 'bench', index: roleName(i), provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['delete'], before: before(i), after: null, after_unknown: {}, before_sensitive: { tags: {}, tags_all: {} }, after_sensitive: false },
      action_reason: 'delete_because_each_key',
    })),
    prior_state: { format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { resources: indices.map((i) => ({ address: addr(i), mode: 'managed', type: 'aws_iam_role', name: 'bench', index: roleName(i), provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: before(i), sensitive_values: { tags: {}, tags_all: {} } })) } } },
    configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } }, root_module: {} },
    timestamp: '2026-11-28T12:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}

/** What the pages force: the fewest calls that can learn every fact the tool reports. */
export function minimumCalls(op, world, roles) {
  const G = world.regions.length;
  const C = world.clusters.length;
  const NG = world.clusters.reduce((a, c) => a + c.nodegroups, 0);
  const pages = world.regions.reduce((a, r) => a + Math.max(1, Math.ceil((world.functionsPerRegion[r] ?? 0) / LAMBDA_PAGE)), 0);
  const rules = {
    'sts:GetCallerIdentity': [1, 'once per run'],
    'lambda:ListFunctions': [pages, `Σ regions ⌈functions/${LAMBDA_PAGE}⌉`],
    'eks:ListClusters': [G, 'one per region'],
    'eks:DescribeCluster': [C, 'one per cluster'],
    'eks:ListNodegroups': [C, 'one per cluster'],
    'eks:DescribeNodegroup': [NG, 'one per node group'],
    'eks:ListFargateProfiles': [C, 'one per cluster'],
    'eks:ListPodIdentityAssociations': [C, 'one per cluster'],
    'eks:ListAddons': [C, 'one per cluster'],
    'eks:ListAccessEntries': [C, 'one per cluster'],
    'ec2:DescribeInstances': [G, 'one filtered call per region'],
    'ecs:ListClusters': [G, 'one per region'],
    'ecs:ListTaskDefinitions': [G, 'one per region'],
    'ecs:ListServices': [0, 'no ECS clusters'],
    'states:ListStateMachines': [G, 'one per region'],
    'codebuild:ListProjects': [G, 'one per region'],
    'cloudformation:DescribeStacks': [G, 'one per region'],
    'iam:GetRole': [roles, 'one per affected role'],
    'iam:ListAttachedRolePolicies': [roles, 'one per affected role'],
    'iam:ListRolePolicies': [roles, 'one per affected role'],
    'iam:ListInstanceProfilesForRole': [roles, 'one per affected role'],
    'iam:GetRolePolicy': [0, 'no inline policies'],
    'iam:GetAccountAuthorizationDetails': [Math.ceil(world.roles / 1000), '⌈roles/1000⌉ pages'],
    'iam:GenerateServiceLastAccessedDetails': [roles, 'one job per affected role'],
    'iam:GetServiceLastAccessedDetails': [roles, 'one poll per job (completes at once here)'],
    'iam:ListRoles': [Math.ceil(world.roles / 1000), '⌈roles/1000⌉ pages (trust chains)'],
    'iam:ListUsers': [1, 'one page'],
  };
  const r = rules[op];
  return r ? { min: r[0], rule: r[1] } : null;
}

/**
 * The proxy reads each region's function list from moto once per account state (see latency-proxy.mjs):
 * read them now, untimed, as the first page every contender asks for (`FunctionVersion=ALL`).
 */
async function warmFunctionLists(proxy) {
  proxy.forgetLists();
  for (const region of REGIONS) {
    const lambda = new LambdaClient(clientConfig(proxy.endpoint, region));
    await lambda.send(new ListFunctionsCommand({ FunctionVersion: 'ALL' }));
    lambda.destroy();
  }
}

function worldOf(size) {
  const functionsPerRegion = {};
  for (let i = 0; i < size.functions; i++) functionsPerRegion[functionRegion(i)] = (functionsPerRegion[functionRegion(i)] ?? 0) + 1;
  const clusters = Array.from({ length: size.clusters }, (_, c) => ({ region: REGIONS[c % REGIONS.length], nodegroups: size.nodegroupsPerCluster }));
  return { regions: REGIONS, functionsPerRegion, clusters, roles: size.roles };
}

function awsBinary() {
  try {
    return execFileSync('pyenv', ['which', 'aws'], { encoding: 'utf8' }).trim();
  } catch {
    try {
      return execFileSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).trim() || null;
    } catch {
      return null;
    }
  }
}

export async function runPart2({ cli, outDir, smoke, log }) {
  const out = { notes: [], world: null, flat: [], latency: null, none: null, cliScript: null, account: [], ok: true };
  if (!hasMoto()) {
    out.notes.push('moto_server is not on PATH: part 2 is skipped (`pip install "moto[server]"`).');
    out.skipped = true;
    return out;
  }
  if (!cli) {
    out.notes.push('dist/cli.js is missing: run `npm run build`; part 2 needs the CLI.');
    out.skipped = true;
    return out;
  }
  const size = smoke
    ? { roles: 12, profiles: 2, functions: 60, clusters: 1, nodegroupsPerCluster: 1 }
    : { roles: 300, profiles: 200, functions: 1500, clusters: 6, nodegroupsPerCluster: 2 };
  const accountSizes = smoke ? [60] : [100, 1500, 5000];
  const roleCounts = smoke ? [1, 4] : [1, 10, 25, 100];
  const headline = smoke ? 4 : 25;
  const moto = await startMoto();
  const proxy = await startProxy({ target: moto.endpoint, delayMs: 0 });
  log(`part 2: moto ${moto.endpoint} (pid ${moto.pid}), proxy ${proxy.endpoint}`);
  const env = benchEnv({
    AWS_ENDPOINT_URL: proxy.endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    NODE_NO_WARNINGS: '1',
  });
  delete env.AWS_PROFILE;
  delete env.AWS_SESSION_TOKEN;
  const planFile = (n) => {
    const f = join(outDir, `live-plan-${n}.json`);
    writeFileSync(f, JSON.stringify(rolesPlan(Array.from({ length: n }, (_, i) => i))));
    return f;
  };
  const reportFile = join(outDir, 'live-report.json');
  const runTool = async (n, inventory = 'live') => {
    proxy.reset();
    const r = await measure(
      process.execPath,
      [cli, 'analyze', '--plan', planFile(n), '--inventory', inventory, '--regions', REGIONS.join(','), '--format', 'json', '--fail-on', 'never', '--timeout', '600', '--output', reportFile],
      { env, timeoutMs: 900_000 },
    );
    r.wire = proxy.stats();
    try {
      const rep = JSON.parse(readFileSync(reportFile, 'utf8'));
      r.apiCalls = rep.meta?.apiCalls ?? {};
      r.timings = rep.meta?.timings ?? {};
      r.dependents = rep.roles?.reduce((a, x) => a + (x.dependents?.length ?? 0), 0);
      r.roles = rep.roles?.length;
      r.gaps = (rep.meta?.inventory?.gaps?.length ?? 0) + (rep.roles?.reduce((a, x) => a + (x.dependentGaps?.length ?? 0) + (x.usage?.gaps?.length ?? 0), 0) ?? 0);
      r.gapReasons = [...new Set([...(rep.meta?.inventory?.gaps ?? []), ...(rep.roles ?? []).flatMap((x) => [...(x.dependentGaps ?? []), ...(x.usage?.gaps ?? [])])].map((g) => `${g.operation}: ${g.reason}`))].slice(0, 6);
      rmSync(reportFile, { force: true });
    } catch (e) {
      r.reportError = `${String(e).slice(0, 200)} ${r.stderr.slice(-300)}`;
    }
    return r;
  };
  const summarize = (results) => {
    const ok = results.filter((r) => r.code === 0 && !r.reportError);
    const times = ok.map((r) => r.ms);
    return { runs: results.length, ok: ok.length, ms: { median: median(times), min: Math.min(...times), max: Math.max(...times) }, last: ok[ok.length - 1] ?? results[results.length - 1] };
  };
  const state = { roles: 0, profiles: 0, functions: 0, clusters: 0 };
  try {
    // Part 4's account curve first, growing the same account; the headline size is measured in full.
    for (const fns of accountSizes) {
      const s = await seed(moto.endpoint, { ...size, functions: fns }, state);
      log(`part 2: seeded ${fns} functions (+${ms(s.ms)})`);
      await warmFunctionLists(proxy);
      const runs = [];
      const times = smoke ? 1 : fns === size.functions ? 5 : 3;
      for (let i = 0; i < times; i++) runs.push(await runTool(headline));
      const sum = summarize(runs);
      out.account.push({ functions: fns, seedMs: s.ms, ...sum, calls: sum.last?.wire?.calls?.['lambda:ListFunctions'] });
      if (fns === size.functions) {
        out.world = worldOf({ ...size, functions: fns });
        out.headline = { roles: headline, ...sum };
        // Runs that are compared with each other are interleaved (one of each, then again), so that a slow
        // spell of this shared machine hits all of them alike instead of one block of runs.
        const others = roleCounts.filter((n) => n !== headline);
        const byRoles = new Map(others.map((n) => [n, []]));
        log(`part 2: ${others.join(', ')} roles, interleaved`);
        for (let i = 0; i < (smoke ? 1 : 3); i++) for (const n of others) byRoles.get(n).push(await runTool(n));
        for (const n of roleCounts) out.flat.push(n === headline ? { roles: n, ...sum } : { roles: n, ...summarize(byRoles.get(n)) });
        // The critical path, walked alone: GetCallerIdentity, then every ListFunctions page of the
        // largest region one after the other, through the same proxy and latency.
        const largest = Object.entries(worldOf({ ...size, functions: fns }).functionsPerRegion).sort((a, b) => b[1] - a[1])[0][0];
        const walkChain = async () => {
          proxy.reset();
          const t0 = performance.now();
          const sts = new STSClient(clientConfig(proxy.endpoint, 'us-east-1'));
          const lambda = new LambdaClient(clientConfig(proxy.endpoint, largest));
          await sts.send(new GetCallerIdentityCommand({}));
          let marker;
          let pages = 0;
          do {
            const page = await lambda.send(new ListFunctionsCommand({ FunctionVersion: 'ALL', ...(marker ? { Marker: marker } : {}) }));
            marker = page.NextMarker;
            pages++;
          } while (marker);
          sts.destroy();
          lambda.destroy();
          return { ms: performance.now() - t0, pages };
        };
        // The tool with latency and the two parts of the critical path (the run without AWS calls, the
        // page chain walked alone), interleaved.
        log(`part 2: ${LATENCY_MS} ms latency, no inventory and the critical path, interleaved`);
        proxy.setDelay(LATENCY_MS);
        const none = [];
        const lat = [];
        const chainRuns = [];
        for (let i = 0; i < (smoke ? 1 : 5); i++) {
          none.push(await runTool(headline, 'none'));
          lat.push(await runTool(headline));
          chainRuns.push(await walkChain());
        }
        out.none = summarize(none);
        out.latency = summarize(lat);
        out.chain = { region: largest, pages: chainRuns[0].pages, ms: median(chainRuns.map((c) => c.ms)) };
        proxy.setDelay(0);
        const aws = awsBinary();
        if (!aws) out.notes.push('The AWS CLI is not installed: the baseline script is skipped.');
        else {
          const scriptRoles = 1;
          log(`part 2: AWS CLI script for ${scriptRoles} role(s)`);
          proxy.reset();
          const r = await measure('bash', [join(import.meta.dirname, 'aws-cli-baseline.sh'), ...Array.from({ length: scriptRoles }, (_, i) => roleName(i))], {
            env: { ...env, ENDPOINT: proxy.endpoint, AWS_BIN: aws, REGIONS: (smoke ? REGIONS.slice(2) : REGIONS).join(' '), AWS_DEFAULT_REGION: 'us-east-1' },
            captureStdout: true,
            timeoutMs: 900_000,
          });
          out.cliScript = { roles: scriptRoles, regions: smoke ? 1 : REGIONS.length, ms: r.ms, code: r.code, wire: proxy.stats(), stderr: r.stderr.slice(-300) };
          if (r.code !== 0) out.ok = false;
        }
      }
    }
  } finally {
    await proxy.close();
    await moto.stop();
  }
  for (const r of [out.headline, out.latency, ...out.flat, ...out.account]) if (r && r.ok === 0) out.ok = false;
  return out;
}

export function renderPart2(r) {
  if (r.skipped) return r.notes.join('\n\n');
  const md = [];
  const w = r.world;
  const h = r.headline;
  const roles = h.roles;
  const fnsDesc = Object.entries(w.functionsPerRegion).map(([g, n]) => `${g} ${n}`).join(', ');
  md.push(`Account: ${w.roles} roles, ${fnsDesc} Lambda functions, ${w.clusters.length} EKS clusters × ${w.clusters[0]?.nodegroups ?? 0} node groups, instance profiles with one EC2 instance each; plan deletes ${roles} roles.`);

  // Calls by operation vs the minimum.
  const wire = h.last?.wire?.calls ?? {};
  const tool = h.last?.apiCalls ?? {};
  const ops = [...new Set([...Object.keys(wire), ...Object.keys(tool)])].sort();
  let totalMin = 0;
  let totalTool = 0;
  let totalWire = 0;
  const rows = ops.map((op) => {
    const m = minimumCalls(op, w, roles);
    const t = tool[op] ?? 0;
    const x = wire[op] ?? 0;
    totalTool += t;
    totalWire += x;
    totalMin += m ? m.min : t;
    return [op, t, x, m ? m.min : `(${t}: no rule)`, m ? m.rule : '', m && m.min ? ratio(Math.max(t, x) / m.min) : ''];
  });
  rows.push(['**total**', totalTool, totalWire, totalMin, '', ratio(Math.max(totalTool, totalWire) / totalMin)]);
  md.push(table(['operation', 'calls (tool count)', 'requests on the wire', 'minimum', 'why', 'ratio'], rows));

  // Wall time, flatness, latency.
  const timeRows = r.flat.map((f) => [`${f.roles} role${f.roles > 1 ? 's' : ''}`, 'direct', `${f.ok}/${f.runs}`, ms(f.ms.median), range(f.ms, ms), f.last?.wire?.total ?? '', f.last?.dependents ?? '', f.last?.gaps ?? '']);
  if (r.none) timeRows.push([`${roles} roles`, '--inventory none', `${r.none.ok}/${r.none.runs}`, ms(r.none.ms.median), range(r.none.ms, ms), 0, '', '']);
  if (r.latency) timeRows.push([`${roles} roles`, `+${LATENCY_MS} ms per request`, `${r.latency.ok}/${r.latency.runs}`, ms(r.latency.ms.median), range(r.latency.ms, ms), r.latency.last?.wire?.total ?? '', r.latency.last?.dependents ?? '', r.latency.last?.gaps ?? '']);
  if (r.cliScript) {
    const perRole = r.cliScript.ms / r.cliScript.roles;
    timeRows.push([`${r.cliScript.roles} role(s)`, `AWS CLI script (${r.cliScript.regions} regions)`, r.cliScript.code === 0 ? '1/1' : '0/1', ms(r.cliScript.ms), '', r.cliScript.wire.total, '', '']);
    timeRows.push([`${roles} roles`, 'AWS CLI script, extrapolated', '', ms(perRole * roles), `${ms(perRole)} per role × ${roles}`, Math.round((r.cliScript.wire.total / r.cliScript.roles) * roles), '', '']);
  }
  md.push(table(['affected', 'how', 'ok/runs', 'wall median', 'min–max', 'requests', 'dependents found', 'gaps'], timeRows));

  // Targets.
  const checks = [];
  const callRatio = Math.max(totalTool, totalWire) / totalMin;
  checks.push(['calls ≤ 1.1× minimum', ratio(callRatio), met(callRatio <= 1.1)]);
  const first = r.flat.find((f) => f.roles === 1);
  const last = r.flat[r.flat.length - 1];
  if (first && last && first !== last) {
    const growth = last.ms.median / first.ms.median;
    const perRole = (last.ms.median - first.ms.median) / (last.roles - first.roles);
    checks.push([`flat in roles: ${last.roles} roles ≤ 1.5× the wall of 1 role`, `${ms(first.ms.median)} → ${ms(last.ms.median)} (${ratio(growth)}; +${ms(perRole)} per extra role)`, met(growth <= 1.5)]);
  }
  let critical = null;
  if (r.latency && r.none && r.chain) {
    critical = { requests: 1 + r.chain.pages, chainMs: r.chain.ms, nonNetworkMs: r.none.ms.median, total: r.none.ms.median + r.chain.ms };
    const x = r.latency.ms.median / critical.total;
    checks.push([`with ${LATENCY_MS} ms latency, wall ≤ 1.5× critical path`, `${ms(r.latency.ms.median)} vs ${ms(critical.total)} (${ratio(x)})`, met(x <= 1.5)]);
  }
  if (r.cliScript && r.cliScript.code === 0) {
    const script = (r.cliScript.ms / r.cliScript.roles) * roles;
    const x = script / h.ms.median;
    checks.push([`≥ 20× faster than the AWS CLI script for ${roles} roles`, `${ms(h.ms.median)} vs ${ms(script)} (${x.toFixed(0)}×)`, met(x >= 20)]);
  }
  md.push(table(['target', 'measured', 'met?'], checks));
  if (critical)
    md.push(
      `Critical path: the longest chain of dependent requests is sts:GetCallerIdentity → the ${r.chain.pages} ListFunctions pages of ${r.chain.region} (each page needs the previous NextMarker): ${critical.requests} requests × ${LATENCY_MS} ms plus moto's answers. Walked alone through the same proxy it takes ${ms(critical.chainMs)} (median of runs, each right after one of the tool's); plus ${ms(critical.nonNetworkMs)} the same run needs without any AWS call (\`--inventory none\`: Node start, plan, analysis, report) = ${ms(critical.total)}. Peak requests in flight during the tool's run with latency: ${r.latency.last?.wire?.maxInflight ?? '?'}.`,
    );
  const t = h.last?.timings;
  if (t) md.push(`Stages of the ${roles}-role run (report \`meta.timings\`): ${Object.entries(t).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}.`);
  if (h.last?.gapReasons?.length) md.push(`Lookups that failed (gaps in the report): ${h.last.gapReasons.join('; ')}.`);
  md.push(
    'The endpoint is moto_server behind bench/latency-proxy.mjs: the proxy pages `ListFunctions` 50 at a time as AWS does (moto answers with every function at once; the proxy reads each region’s list from moto once after seeding, untimed, since moto rebuilds all of them for every call where AWS serves a page in constant time), answers Access Advisor (a job COMPLETED at the first poll), EKS Pod Identity and access entries (empty) which moto lacks, and counts requests on the wire; "calls (tool count)" is the report\'s `meta.apiCalls` (operations, before SDK retries), "requests on the wire" counts every attempt.',
  );
  if (r.cliScript) md.push(`The AWS CLI script (bench/aws-cli-baseline.sh, \`aws\` v1, one process per call) ran for ${r.cliScript.roles} role(s) and is extrapolated linearly to ${roles}: it is a loop with no shared state, so each role costs the same.`);
  for (const n of r.notes) md.push(n);
  return md.join('\n\n');
}

/** Part 4's account-size rows. */
export function renderAccountCurve(r) {
  if (r.skipped || !r.account.length) return '';
  const rows = r.account.map((a) => [a.functions.toLocaleString('en'), `${a.ok}/${a.runs}`, ms(a.ms.median), range(a.ms, ms), a.last?.wire?.calls?.['lambda:ListFunctions'] ?? '', a.last?.wire?.total ?? '', a.last?.dependents ?? '']);
  return table(['functions in the account', 'ok/runs', 'wall median (25 roles, direct)', 'min–max', 'ListFunctions pages', 'requests', 'dependents found'], rows);
}

export { ACCOUNT };
