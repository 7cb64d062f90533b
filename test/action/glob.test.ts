/**
 * glob.ts loads picomatch only for a pattern that may be a glob. Its cheap test must never call a glob a
 * plain path: for any pattern, isGlob answers as picomatch.scan does.
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { expandGlob, isGlob, mayBeGlob } from '../../src/action/glob.js';
import { REPO_ROOT } from './harness.js';

const pattern = fc.oneof(
  fc.string({ unit: fc.constantFrom('*', '?', '[', ']', '{', '}', '(', ')', ',', '.', '..', '!', '+', '@', '\\', '/', 'a', 'b', '-', ' ') }),
  fc.string({ unit: 'binary' }),
);

describe('isGlob', () => {
  it('plain paths are not globs without loading picomatch; any pattern: as picomatch.scan says', async () => {
    for (const plain of ['plan.json', 'infra/prod/plan.json', './a b/c-d_e.json', '!negated.json', 'v1.2/x+y@z.json']) {
      expect(mayBeGlob(plain)).toBe(false);
      expect(picomatch.scan(plain).isGlob).toBe(false);
    }
    await fc.assert(
      fc.asyncProperty(pattern, async (p) => {
        const scanned = picomatch.scan(p).isGlob;
        if (!mayBeGlob(p)) expect(scanned).toBe(false);
        expect(await isGlob(p)).toBe(scanned);
      }),
      { numRuns: 2000 },
    );
  });

  it('expands a glob to sorted paths relative to cwd', async () => {
    expect(await expandGlob('./test/action/fixtures/plan-*.json', REPO_ROOT, 'file')).toEqual([
      'test/action/fixtures/plan-delete-role.json',
      'test/action/fixtures/plan-no-iam.json',
    ]);
  });
});
