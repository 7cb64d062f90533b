/**
 * A mermaid graph of changed roles → their dependents. Node ids are ours (`r0`, `d3`); every label is
 * escaped with mermaid entity codes, and the fence is chosen by fencedBlock so no label can close it.
 */
import type { RoleImpact } from '../model/report.js';
import { escapeMermaidLabel, fencedBlock, truncate } from './escape.js';

export interface MermaidLimits {
  maxRoles: number;
  maxDependentsPerRole: number;
}

export function mermaidGraph(roles: readonly RoleImpact[], limits: MermaidLimits = { maxRoles: 25, maxDependentsPerRole: 8 }): string {
  const shown = roles.slice(0, limits.maxRoles);
  if (shown.length === 0) return '';
  const lines = ['graph LR'];
  let dependentIndex = 0;
  shown.forEach((role, i) => {
    const roleLabel = escapeMermaidLabel(truncate(role.newName ? `${role.name} → ${role.newName}` : role.name, 64));
    lines.push(`  r${i}["${roleLabel}<br/>${role.risk}"]:::${role.risk}`);
    const deps = role.dependents.slice(0, limits.maxDependentsPerRole);
    for (const d of deps) {
      const id = `d${dependentIndex++}`;
      const label = escapeMermaidLabel(truncate(`${d.kind}: ${d.name ?? d.id}`, 72));
      lines.push(`  r${i} --> ${id}["${label}"]`);
    }
    const more = role.dependents.length - deps.length;
    if (more > 0) lines.push(`  r${i} --> d${dependentIndex++}["… ${more} more"]`);
    if (role.dependentsStatus !== 'known') {
      lines.push(`  r${i} -.-> d${dependentIndex++}["dependents ${role.dependentsStatus}"]`);
    }
  });
  if (roles.length > shown.length) lines.push(`  more["… ${roles.length - shown.length} more roles"]`);
  lines.push(
    '  classDef high fill:#ffd7d5,stroke:#d1242f',
    '  classDef medium fill:#fff1c5,stroke:#9a6700',
    '  classDef low fill:#ddf4ff,stroke:#0969da',
    '  classDef none fill:#f6f8fa,stroke:#8c959f',
  );
  return fencedBlock(lines.join('\n'), 'mermaid');
}
