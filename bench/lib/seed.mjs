/**
 * Seeds a moto_server through the AWS SDK itself: roles, instance profiles with EC2 instances, Lambda
 * functions spread over regions, EKS clusters with node groups. Deterministic names; incremental, so the
 * scaling run can grow one account from 100 to 5,000 functions without re-seeding.
 */
import { IAMClient, CreateRoleCommand, CreateInstanceProfileCommand, AddRoleToInstanceProfileCommand } from '@aws-sdk/client-iam';
import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
import { EKSClient, CreateClusterCommand, CreateNodegroupCommand } from '@aws-sdk/client-eks';
import { EC2Client, RunInstancesCommand, DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { crc32, deflateRawSync } from 'node:zlib';

export const ACCOUNT = '123456789012';
export const REGIONS = ['eu-west-1', 'us-east-1', 'eu-central-1'];
export const roleName = (i) => `bench-role-${String(i).padStart(4, '0')}`;
export const roleArn = (i) => `arn:aws:iam::${ACCOUNT}:role/${roleName(i)}`;
export const profileName = (i) => `bench-profile-${String(i).padStart(4, '0')}`;
export const functionName = (i) => `bench-fn-${String(i).padStart(5, '0')}`;
/** Function i runs under role i mod 300, in region ⌊i/300⌋ mod 3: a role's functions span regions. */
export const functionRegion = (i) => REGIONS[Math.floor(i / 300) % REGIONS.length];

export const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
export const clientConfig = (endpoint, region) => ({ endpoint, region, credentials, maxAttempts: 3 });

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com', 'eks.amazonaws.com'] },
      Action: 'sts:AssumeRole',
    },
  ],
});

/** A valid one-file zip (stored, no compression needed but deflate is cheap). */
function tinyZip() {
  const name = Buffer.from('index.js');
  const data = Buffer.from('exports.handler = async () => ({ ok: true });\n');
  const comp = deflateRawSync(data);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(comp.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(comp.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const localLen = local.length + name.length + comp.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(localLen, 16);
  return Buffer.concat([local, name, comp, central, name, end]);
}
const ZIP = tinyZip();

export async function pool(items, concurrency, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  });
  await Promise.all(workers);
}

/**
 * Brings the account to the given size. `state` remembers what exists so a later call only adds.
 * @param {{roles:number, profiles:number, functions:number, clusters:number, nodegroupsPerCluster:number}} size
 */
export async function seed(endpoint, size, state = { roles: 0, profiles: 0, functions: 0, clusters: 0 }) {
  const iam = new IAMClient(clientConfig(endpoint, 'us-east-1'));
  const lambda = Object.fromEntries(REGIONS.map((r) => [r, new LambdaClient(clientConfig(endpoint, r))]));
  const eks = Object.fromEntries(REGIONS.map((r) => [r, new EKSClient(clientConfig(endpoint, r))]));
  const ec2 = Object.fromEntries(REGIONS.map((r) => [r, new EC2Client(clientConfig(endpoint, r))]));
  const t0 = Date.now();
  const range = (a, b) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

  await pool(range(state.roles, size.roles), 16, (i) =>
    iam.send(new CreateRoleCommand({ RoleName: roleName(i), AssumeRolePolicyDocument: TRUST })),
  );
  state.roles = Math.max(state.roles, size.roles);

  if (size.profiles > state.profiles) {
    const amis = {};
    for (const r of REGIONS) {
      const imgs = await ec2[r].send(new DescribeImagesCommand({ Owners: ['amazon'] }));
      amis[r] = imgs.Images?.[0]?.ImageId ?? 'ami-12c6146b';
    }
    await pool(range(state.profiles, size.profiles), 16, async (i) => {
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: profileName(i) }));
      await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: profileName(i), RoleName: roleName(i) }));
      const region = REGIONS[i % REGIONS.length];
      await ec2[region].send(
        new RunInstancesCommand({
          ImageId: amis[region],
          MinCount: 1,
          MaxCount: 1,
          InstanceType: 't3.micro',
          IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/${profileName(i)}` },
        }),
      );
    });
    state.profiles = size.profiles;
  }

  await pool(range(state.functions, size.functions), 24, (i) =>
    lambda[functionRegion(i)].send(
      new CreateFunctionCommand({
        FunctionName: functionName(i),
        Runtime: 'nodejs20.x',
        Role: roleArn(i % size.roles),
        Handler: 'index.handler',
        Code: { ZipFile: ZIP },
      }),
    ),
  );
  state.functions = Math.max(state.functions, size.functions);

  // Clusters round-robin over regions; cluster role and node roles are roles 0..(3×clusters).
  await pool(range(state.clusters, size.clusters), 6, async (c) => {
    const region = REGIONS[c % REGIONS.length];
    const name = `bench-eks-${c}`;
    await eks[region].send(
      new CreateClusterCommand({
        name,
        roleArn: roleArn(c * 3),
        resourcesVpcConfig: { subnetIds: ['subnet-00000001', 'subnet-00000002'] },
      }),
    );
    for (let n = 0; n < size.nodegroupsPerCluster; n++) {
      await eks[region].send(
        new CreateNodegroupCommand({
          clusterName: name,
          nodegroupName: `ng-${n}`,
          nodeRole: roleArn(c * 3 + 1 + n),
          subnets: ['subnet-00000001'],
        }),
      );
    }
  });
  state.clusters = Math.max(state.clusters, size.clusters);
  for (const c of [iam, ...Object.values(lambda), ...Object.values(eks), ...Object.values(ec2)]) c.destroy();
  return { ms: Date.now() - t0, state };
}
