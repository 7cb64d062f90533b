import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analysis/rules.js';

describe('README risk rules', () => {
  it('state every rule of rules.ts word for word, and no other', () => {
    const doc = readFileSync('docs/readme/20-risk-rules.md', 'utf8');
    const rows = doc.split('\n').filter((l) => /^\| `(high|medium|low|none)` \|/.test(l));
    expect(rows).toEqual(RULES.map((r) => `| \`${r.risk}\` | ${r.rule} |`));
  });
});
