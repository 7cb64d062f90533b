/** The gate: block when the highest unwaived risk reaches fail-on; waivers are recorded, never silent. */
import type Picomatch from 'picomatch';
import type { AnalysisSettings } from '../pipeline.js';
import { maxRisk, riskRank, type Decision, type RoleImpact, type Risk } from '../model/report.js';

/** A risk that belongs to no single role (a managed policy whose attachments are unknown). */
export interface LooseRisk {
  risk: Risk;
  reason: string;
}

let picomatch: typeof Picomatch | undefined;

/**
 * Loads the glob matcher when `ignore-roles` has globs: most runs have none and skip loading it (~10 ms).
 * Await it before analyze(); the pipeline does.
 */
export async function prepareRoleGlobs(globs: readonly string[]): Promise<void> {
  if (globs.length > 0 && !picomatch) picomatch = (await import('picomatch')).default;
}

function roleGlob(glob: string): { glob: string; test: (name: string) => boolean } {
  if (!picomatch) throw new Error('internal error: ignore-roles globs were not prepared (await prepareRoleGlobs first)');
  return { glob, test: picomatch(glob) };
}

export function decide(
  roles: RoleImpact[],
  loose: readonly LooseRisk[],
  settings: Pick<AnalysisSettings, 'failOn' | 'ignoreRoles' | 'acknowledgedBy'>,
): { decision: Decision; roles: RoleImpact[] } {
  const { failOn } = settings;
  const reaches = (r: Risk) => failOn !== 'never' && riskRank(r) >= riskRank(failOn);
  const globs = settings.ignoreRoles.map(roleGlob);
  const waivedBy = new Set<string>();
  const blocking: string[] = [];
  const waivedLines: string[] = [];

  const judged = roles.map((role) => {
    if (!reaches(role.risk)) return role;
    const glob = globs.find((g) => g.test(role.name) || (role.newName !== undefined && g.test(role.newName)));
    const waiver = glob ? `ignore-roles ${glob.glob}` : settings.acknowledgedBy;
    if (waiver) {
      waivedBy.add(waiver);
      waivedLines.push(`\`${role.name}\` (${role.risk}) is waived by ${waiver}`);
      return { ...role, waived: waiver };
    }
    blocking.push(`\`${role.name}\` is ${role.risk}: ${role.reasons[0] ?? 'no reason recorded'}`);
    return role;
  });
  for (const l of loose) {
    if (!reaches(l.risk)) continue;
    if (settings.acknowledgedBy) {
      waivedBy.add(settings.acknowledgedBy);
      waivedLines.push(`${l.reason} (${l.risk}) is waived by ${settings.acknowledgedBy}`);
    } else blocking.push(`${l.risk}: ${l.reason}`);
  }

  const risk = maxRisk([...roles.map((r) => r.risk), ...loose.map((l) => l.risk)]);
  const block = blocking.length > 0;
  const reasons: string[] = [];
  if (block) reasons.push(...blocking, `fail-on ${failOn} blocks at ${failOn} risk or above`);
  else if (roles.length === 0 && loose.length === 0) reasons.push('no IAM role is affected');
  else if (failOn === 'never') reasons.push(`fail-on never: the highest risk is ${risk}, and nothing blocks`);
  else if (waivedLines.length === 0) reasons.push(`the highest risk is ${risk}, below fail-on ${failOn}`);
  reasons.push(...waivedLines);

  return { decision: { block, failOn, risk, reasons, waivedBy: [...waivedBy].sort() }, roles: judged };
}
