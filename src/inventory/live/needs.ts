/**
 * Which dependent kinds are worth scanning for a role. A service can only run with a role whose trust
 * policy lets that service assume it, so when the live trust policy is known and admits no such service,
 * the scan for that service is skipped for this role (the answer "none" is then inferred from the trust
 * policy that was read successfully, not guessed). Access entries need no service principal: always scanned.
 */
import type { DependentKind } from '../../model/dependent.js';
import { admitsService, readTrust, type TrustFacts } from './trust.js';
import { ALL_KINDS, type RoleWork } from './work.js';

export function kindsNeeded(work: RoleWork): Set<DependentKind> {
  if (work.facts.existence === 'absent') return new Set();
  if (work.facts.existence === 'unknown') return new Set(ALL_KINDS);
  return kindsForTrust(work.trust, (work.facts.instanceProfiles ?? []).length > 0);
}

/** The dependent kinds a role with this trust policy can have (EC2 instances only through an instance profile). */
export function kindsForTrust(t: TrustFacts, hasInstanceProfiles: boolean): Set<DependentKind> {
  const kinds = new Set<DependentKind>(['eks-access-entry', 'iam-role', 'iam-user']);
  if (admitsService(t, 'lambda', 'edgelambda')) kinds.add('lambda-function');
  if (admitsService(t, 'eks')) kinds.add('eks-cluster');
  if (admitsService(t, 'ec2')) kinds.add('eks-nodegroup');
  if (admitsService(t, 'eks-fargate-pods')) kinds.add('eks-fargate-profile');
  if (admitsService(t, 'pods.eks')) kinds.add('eks-pod-identity');
  if (admitsService(t, 'pods.eks') || t.federated.length > 0) kinds.add('eks-addon');
  if (t.irsa.length > 0) kinds.add('irsa-service-account');
  if (hasInstanceProfiles) kinds.add('ec2-instance');
  if (admitsService(t, 'ecs-tasks')) {
    kinds.add('ecs-task-definition');
    kinds.add('ecs-service');
  }
  if (admitsService(t, 'states')) kinds.add('sfn-state-machine');
  if (admitsService(t, 'codebuild')) kinds.add('codebuild-project');
  if (admitsService(t, 'cloudformation')) kinds.add('cloudformation-stack');
  return kinds;
}

/**
 * What the input's own copy of a role's trust policy (a plan's `before`, refreshed from AWS when it was
 * planned) says the role will need, before IAM has answered: scans start on it instead of waiting for
 * identity. Only a hint: it can start a scan early, never skip one (the live trust policy adds its own
 * needs when it arrives), and what a role is given is still decided by its live trust policy. A hint that
 * cannot be read, or admits anyone, starts nothing. A role that EC2 may assume usually has an instance
 * profile: EC2 instances are hinted with it, which loads the EC2 scan early (its calls still wait for the
 * instance profiles identity finds, and none are made without one).
 */
export function kindsHinted(trustDocument: string | undefined): Set<DependentKind> {
  const t = readTrust(trustDocument);
  if (!t.parsed || t.open) return new Set();
  return kindsForTrust(t, admitsService(t, 'ec2'));
}

/**
 * What the affected roles of one account need, learned role by role while the identity stage runs. A scan
 * starts the moment one role is known to need it (`whenAny` resolves true) instead of after every role is
 * known; it is skipped only once every role is known and none needs it (`whenAny` resolves false). Parts
 * of a scan that depend on all the roles (their instance profiles, the set of affected principals) wait
 * for `settled`.
 */
export class Demand {
  private readonly needed = new Set<DependentKind>();
  private readonly waiting: { kinds: readonly DependentKind[]; resolve: (needed: boolean) => void }[] = [];
  private closed = false;
  private settle!: () => void;
  /** Resolves once every role's needs are in (the account's identity stage is over). */
  readonly settled = new Promise<void>((resolve) => (this.settle = resolve));

  /** Kinds some role needs; final once `settled` has resolved. */
  get kinds(): ReadonlySet<DependentKind> {
    return this.needed;
  }

  add(kinds: Iterable<DependentKind>): void {
    for (const k of kinds) this.needed.add(k);
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const w = this.waiting[i]!;
      if (w.kinds.some((k) => this.needed.has(k))) {
        this.waiting.splice(i, 1);
        w.resolve(true);
      }
    }
  }

  /** Every role's needs were added: what is not needed now never will be. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.resolve(false);
    this.settle();
  }

  /** True as soon as a role needs one of `kinds`; false when the roles are all known and none does. */
  whenAny(kinds: readonly DependentKind[]): Promise<boolean> {
    if (kinds.some((k) => this.needed.has(k))) return Promise.resolve(true);
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => this.waiting.push({ kinds, resolve }));
  }
}
