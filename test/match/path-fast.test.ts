// normalizePath's fast path (a plain relative path with no working directory is itself) must give
// exactly what the full normalisation gives, for every input, under roots of every form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePath, normalizeSlowly } from '../../src/match/path.js';

const ROOTS = ['/abs/repo', '/', 'C:/work/repo', 'C:/', '/repo/'];
// Characters the fast path accepts, and the ones that must send an input the full way.
const CHARS = ['a', 'Z', '0', '_', '-', '+', '.', '/', '/', '.', '~', ':', ' ', '\\', '\t', '\u2028', 'é', '*', '$'];
const SEGMENTS = ['src', '.env', '..', '.', '', 'a.', '...', '.. ', 'C:', '~', '~u', 'file.ts', 'pkg3', 'x+y', '-rf'];

const input = fc.oneof(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((cs) => cs.join('')),
  fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 6 }).map((ss) => ss.join('/')),
);

describe('normalizePath fast path', () => {
  it('agrees with the full normalisation on generated inputs', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...ROOTS), fc.constantFrom(undefined, ''), (s, root, cwd) => {
        expect(normalizePath(s, { root, cwd })).toEqual(normalizeSlowly(s, { root, cwd }));
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it('agrees on the shapes the bench and the logs use', () => {
    for (const s of ['src/file1.ts', 'dist1000000/a', 'pkg3/src/../src/util1.ts', '.env.local', 'a.', 'a/./b', 'x//y', 'C:x', '~/x', 'a b', 'src/', '/etc/passwd']) {
      for (const root of ROOTS) expect(normalizePath(s, { root })).toEqual(normalizeSlowly(s, { root }));
    }
  });

  it('still refuses a root that is not absolute', () => {
    expect(() => normalizePath('src/a.ts', { root: 'relative/root' })).toThrow(TypeError);
  });
});
