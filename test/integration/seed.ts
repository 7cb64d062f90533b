/**
 * Seeds moto through the AWS SDK with a small account: roles of every dependent kind, >50 Lambda
 * functions in us-east-1 (two pages), functions in eu-west-1, an EKS cluster with a node group and a
 * Fargate profile, ECS task definition + service, an EC2 instance with an instance profile, and a role
 * marked used through sts:AssumeRole.
 */
import { CreateClusterCommand, CreateFargateProfileCommand, CreateNodegroupCommand, EKSClient } from '@aws-sdk/client-eks';
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { CreateClusterCommand as CreateEcsClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient, ListFunctionsCommand, PublishVersionCommand } from '@aws-sdk/client-lambda';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';

export const ACCOUNT = '123456789012';
export const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
export const FILLER_FUNCTIONS = 52;

export const sdk = (endpoint: string, region = 'us-east-1') => ({ region, endpoint, credentials: CREDENTIALS });

const trust = (principal: Record<string, unknown>, condition?: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
  });

// A valid empty zip: moto stores the code without running it.
const ZIP = Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64');

export interface Seeded {
  arn: (role: string) => string;
  clusterIssuer: string;
  instanceId: string;
}

export async function seedAccount(endpoint: string): Promise<Seeded> {
  const iam = new IAMClient(sdk(endpoint));
  const arn = (role: string) => `arn:aws:iam::${ACCOUNT}:role/${role}`;
  const role = (name: string, doc: string) => iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: doc }));

  await role('app-role', trust({ Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] }));
  await iam.send(new PutRolePolicyCommand({ RoleName: 'app-role', PolicyName: 'read-orders', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) }));
  await role('filler-role', trust({ Service: 'lambda.amazonaws.com' }));
  await role('idle-role', trust({ Service: 'lambda.amazonaws.com' }));
  await role('eks-cluster-role', trust({ Service: 'eks.amazonaws.com' }));
  await role('fargate-role', trust({ Service: 'eks-fargate-pods.amazonaws.com' }));
  await role('pod-role', trust({ Service: 'pods.eks.amazonaws.com' }));
  await role('ecs-task-role', trust({ Service: 'ecs-tasks.amazonaws.com' }));
  await role('ec2-role', trust({ Service: 'ec2.amazonaws.com' }));
  await iam.send(new CreateUserCommand({ UserName: 'ci-user' }));
  await role('deploy-role', trust({ AWS: [arn('app-role'), `arn:aws:iam::${ACCOUNT}:user/ci-user`] }));

  const policy = await iam.send(
    new CreatePolicyCommand({ PolicyName: 'shared-read', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' }] }) }),
  );
  for (const r of ['app-role', 'ecs-task-role']) await iam.send(new AttachRolePolicyCommand({ RoleName: r, PolicyArn: policy.Policy!.Arn! }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'ec2-profile' }));
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'ec2-profile', RoleName: 'ec2-role' }));

  const fn = (lambda: LambdaClient, name: string, role: string) =>
    lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: arn(role), Runtime: 'python3.12', Handler: 'app.handler', Code: { ZipFile: ZIP }, Environment: { Variables: { DB_PASSWORD: 'hunter2' } } }));
  const useast = new LambdaClient(sdk(endpoint, 'us-east-1'));
  const euwest = new LambdaClient(sdk(endpoint, 'eu-west-1'));
  await fn(useast, 'orders-api', 'app-role');
  await useast.send(new PublishVersionCommand({ FunctionName: 'orders-api' }));
  await fn(useast, 'orders-worker', 'app-role');
  await fn(euwest, 'orders-eu', 'app-role');
  await Promise.all(Array.from({ length: FILLER_FUNCTIONS }, (_, i) => fn(useast, `filler-${String(i).padStart(2, '0')}`, 'filler-role')));

  const eks = new EKSClient(sdk(endpoint));
  const cluster = await eks.send(new CreateClusterCommand({ name: 'prod', roleArn: arn('eks-cluster-role'), resourcesVpcConfig: { subnetIds: ['subnet-1'] } }));
  await eks.send(new CreateNodegroupCommand({ clusterName: 'prod', nodegroupName: 'workers', nodeRole: arn('app-role'), subnets: ['subnet-1'] }));
  await eks.send(new CreateFargateProfileCommand({ clusterName: 'prod', fargateProfileName: 'batch', podExecutionRoleArn: arn('fargate-role'), selectors: [{ namespace: 'batch' }] }));
  const clusterIssuer = cluster.cluster!.identity!.oidc!.issuer!.replace('https://', '');
  await role(
    'irsa-role',
    trust({ Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${clusterIssuer}` }, { StringEquals: { [`${clusterIssuer}:sub`]: 'system:serviceaccount:payments:api' } }),
  );

  const ecs = new ECSClient(sdk(endpoint));
  await ecs.send(new RegisterTaskDefinitionCommand({ family: 'payments', taskRoleArn: arn('ecs-task-role'), containerDefinitions: [{ name: 'app', image: 'nginx', memory: 128 }] }));
  await ecs.send(new CreateEcsClusterCommand({ clusterName: 'main' }));
  await ecs.send(new CreateServiceCommand({ cluster: 'main', serviceName: 'payments', taskDefinition: 'payments:1', desiredCount: 1 }));

  const ec2 = new EC2Client(sdk(endpoint, 'eu-west-1'));
  // One of moto's built-in AMIs (listing them takes seconds).
  const run = await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, IamInstanceProfile: { Name: 'ec2-profile' } }));

  // Mark app-role used: an API call with credentials from sts:AssumeRole on it.
  const assumed = await new STSClient(sdk(endpoint)).send(new AssumeRoleCommand({ RoleArn: arn('app-role'), RoleSessionName: 'seed' }));
  const c = assumed.Credentials!;
  await new LambdaClient({ ...sdk(endpoint), credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! } }).send(new ListFunctionsCommand({}));

  for (const client of [iam, useast, euwest, eks, ecs, ec2]) client.destroy();
  return { arn, clusterIssuer, instanceId: run.Instances![0]!.InstanceId! };
}
