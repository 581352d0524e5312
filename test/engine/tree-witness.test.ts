// Touching a tree is decided on automata (src/engine/tree-witness.ts). Cross-checked here against
// brute force: every path under the tree, over a small alphabet and up to a depth that any witness
// of these patterns fits in, is tested with the engine's own path matcher.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide } from '../../src/engine/index.js';
import { compilePolicyGlob } from '../../src/match/glob.js';
import { DENY_LIST } from '../../src/match/patterns.js';
import { asPathspec, treeLanguage, treeWitnesses } from '../../src/engine/tree-witness.js';
import { policy } from './policy-builder.js';

const SEGMENTS = ['a', 'b', 'c', '.e', 'ab'];
const PATTERN_SEGMENTS = ['a', 'b', '.e', '*', '**', 'a*', '*.e'];
const TREES = ['.', 'a', 'b', 'a/b', 'c', '.e'];

/** Every path of 1..depth segments over SEGMENTS. */
function allPaths(depth: number): string[] {
  let level = SEGMENTS.slice();
  const out = level.slice();
  for (let d = 2; d <= depth; d++) {
    level = level.flatMap((p) => SEGMENTS.map((s) => `${p}/${s}`));
    out.push(...level);
  }
  return out;
}

const PATHS = allPaths(5);

function under(tree: string, path: string): boolean {
  return tree === '.' || path === tree || path.startsWith(`${tree}/`);
}

const pattern = fc.array(fc.constantFrom(...PATTERN_SEGMENTS), { minLength: 1, maxLength: 3 }).map((segs) => segs.join('/'));

describe('tree witnesses on automata, against brute force', () => {
  it('finds a witness exactly when some path under the tree matches the deny, and every witness is one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TREES), fc.uniqueArray(pattern, { minLength: 1, maxLength: 3 }), (tree, denies) => {
        const compiled = compilePolicy(policy({ fs: { deny: denies } }));
        const r = treeWitnesses(compiled, treeLanguage(tree), [compiled.rootLevel], false);
        if ('unknown' in r) throw new Error(r.unknown);
        for (const deny of denies) {
          const matches = compilePolicyGlob(deny, DENY_LIST);
          const brute = PATHS.find((p) => under(tree, p) && matches(p));
          const w = r.witnesses.find((x) => x.pattern === deny);
          if (w) {
            expect(under(tree, w.path), `${w.path} under ${tree}`).toBe(true);
            expect(matches(w.path), `${w.path} matches ${deny}`).toBe(true);
          }
          expect(w !== undefined, `tree ${tree}, deny ${deny}: brute force found ${brute ?? 'none'}`).toBe(brute !== undefined);
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('rm -rf of a tree is denied (anchored deny), asks (deny at any depth), or is allowed, as brute force says', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TREES.filter((t) => t !== '.')), pattern, (tree, deny) => {
        const compiled = compilePolicy(policy({ fs: { deny: [deny] } }));
        const d = decide({ kind: 'command', command: `rm -rf ${tree}` }, compiled);
        const matches = compilePolicyGlob(deny, DENY_LIST);
        const brute = PATHS.find((p) => under(tree, p) && matches(p));
        // Built-in denies at any depth (hook configurations) make every tree ask at least.
        expect(d.outcome).not.toBe('allow');
        if (brute !== undefined && !deny.startsWith('**') && deny.includes('/')) expect(d.outcome, `${deny} under ${tree}: ${d.reason}`).toBe('deny');
        if (d.outcome === 'deny') expect(brute, `${deny} under ${tree}: ${d.reason}`).toBeDefined();
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('tree decisions', () => {
  const P = compilePolicy(policy({ fs: { deny: ['src/generated/**', '.env'] } }));
  const cmd = (command: string) => decide({ kind: 'command', command }, P);

  it('rm -rf src is denied when src/generated/** is, with the witness in the reason', () => {
    const d = cmd('rm -rf src');
    expect(d.outcome).toBe('deny');
    expect(d.reason).toContain('src/generated/a');
    expect(d.reason).toContain('src/generated/**');
  });

  it('a tree that may hold a name denied at any depth asks (commands.opaque decides)', () => {
    expect(cmd('rm -rf lib').outcome).toBe('needs-approval');
    expect(cmd('rm -rf lib').reason).toContain('lib/.env');
  });

  it('a glob is every path it may match', () => {
    expect(cmd('rm src/generated/*.ts').outcome).toBe('deny');
    expect(cmd('rm src/*.ts').outcome).toBe('allow');
    expect(cmd('rm -r src/*').outcome).toBe('deny');
  });

  it("a shell glob's wildcard does not match a leading dot (bash without dotglob)", () => {
    const E = compilePolicy(policy({ fs: { deny: ['.env*', 'secrets/**'] } }));
    const d = (command: string) => decide({ kind: 'command', command }, E).outcome;
    expect(d('rm *.log')).toBe('allow');
    expect(d('cat *.md')).toBe('allow');
    // `*` may be `secrets`, which secrets/** covers itself.
    expect(d('cat *')).toBe('deny');
    // `.e*` may be `.env` itself, as `*` may be `secrets`: a glob names every path it matches
    // (only what lies BELOW a tree's paths "may" exist, and asks).
    expect(d('cat .e*')).toBe('deny');
    expect(d('cat src/*/x')).toBe('allow');
    expect(d('cat secre*/*')).toBe('deny');
    expect(d('cat s*/.k')).toBe('deny');
  });

  it("a git pathspec tree never reaches the repository's .git, and its wildcards match dot-files", () => {
    const G = compilePolicy(policy({ fs: { deny: ['.GIT/**', 'secrets/**', 'src/generated/**'] } }));
    const all = treeWitnesses(G, treeLanguage('.'), [G.rootLevel], true);
    const git = treeWitnesses(G, asPathspec(treeLanguage('.')), [G.rootLevel], true);
    if ('unknown' in all || 'unknown' in git) throw new Error('unknown');
    // The built-in denies (.git/config, .git/hooks/**) and the policy's own, in any case.
    expect(all.witnesses.some((w) => /^\.git(?:\/|$)/i.test(w.path))).toBe(true);
    expect(git.witnesses.filter((w) => /^\.git(?:\/|$)/i.test(w.path))).toEqual([]);
    expect(git.witnesses.map((w) => w.path)).toContain('secrets/a');
    const d = (command: string) => decide({ kind: 'command', command }, G);
    for (const line of ['git restore .', 'git checkout -- .', "git restore '*'", 'git clean -fdx']) {
      expect(d(line).outcome, line).toBe('deny');
      expect(d(line).reason, line).not.toMatch(/\.git\//i);
    }
    expect(d('git restore src').reason).toContain('src/generated/');
    expect(d('git checkout -- docs').outcome).toBe('allow');
    // git's `*` matches a leading dot (no shell dot rule): `git rm '*env'` deletes .env.
    const E = compilePolicy(policy({ fs: { deny: ['.env'] } }));
    expect(decide({ kind: 'command', command: "git rm '*env'" }, E).outcome).toBe('deny');
    expect(decide({ kind: 'command', command: 'rm *env' }, E).outcome).toBe('allow');
    // Unquoted, the shell expands it first (without dot-files).
    expect(decide({ kind: 'command', command: 'git rm *env' }, E).outcome).toBe('allow');
  });

  it('an allow list must cover the whole tree', () => {
    const A = compilePolicy(policy({ fs: { allow: ['build/**', 'src', 'src/*.ts'] } }));
    // Only the built-in hook-configuration denies (at any depth) make build ask.
    expect(decide({ kind: 'command', command: 'rm -rf build' }, A).outcome).toBe('needs-approval');
    const d = decide({ kind: 'command', command: 'rm -rf src' }, A);
    expect(d.outcome).toBe('deny');
    expect(d.reason).toMatch(/such as "src\/[^"]*"/);
  });
});

describe("the tree searches' shortcuts give the full searches' answers", () => {
  // Literal tree paths that share starts with the patterns' literals, and ones that do not.
  const TREE_PATHS = ['.', 'a', 'b', 'a/b', 'ab', 'pkg1', 'pkg1/src', 'pkg12', 'src', 'src/a', 'docs', '.e', 'a.e', 'x/y/z'];
  const LITERALS = ['a', 'b', 'ab', 'pkg1', 'pkg12', 'src', 'docs', '.e', 'x', 'README.md'];
  const allowPattern = fc
    .array(fc.constantFrom(...LITERALS, '*', '**', '*.e', 'a*'), { minLength: 1, maxLength: 3 })
    .map((segs) => segs.join('/'));
  const anyPattern = fc.oneof(pattern, allowPattern);

  it('same witnesses, in the same order, with and without the shortcuts (pruned allows, whole-tree witness)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TREE_PATHS),
        fc.boolean(),
        fc.uniqueArray(anyPattern, { maxLength: 3 }),
        fc.uniqueArray(allowPattern, { maxLength: 5 }),
        fc.uniqueArray(anyPattern, { maxLength: 2 }),
        fc.option(fc.constantFrom('a', 'pkg1', 'src'), { nil: undefined }),
        fc.boolean(),
        (tree, skipsHidden, denies, allows, gates, overrideDir, gated) => {
          const compiled = compilePolicy(
            policy({
              fs: { deny: denies, allow: allows },
              approvals: { file: gates },
              ...(overrideDir ? { overrides: [{ dir: overrideDir, fs: { allow: [`${overrideDir}/**/*.e`] } }] } : {}),
            }),
          );
          const levels = [compiled.rootLevel, ...compiled.overrides.values()];
          const lang = treeLanguage(tree, skipsHidden);
          const fast = treeWitnesses(compiled, lang, levels, gated);
          const full = treeWitnesses(compiled, lang, levels, gated, undefined, { fullSearch: true });
          expect(fast).toEqual(full);
          // Deferred: the same witnesses at any depth, in the same order, made when asked for.
          const lazy = treeWitnesses(compiled, lang, levels, gated, undefined, { deferAnyDepth: true });
          if ('unknown' in fast || 'unknown' in lazy) expect(lazy).toEqual(fast);
          else {
            expect(lazy.witnesses.filter((w) => !w.anyDepth)).toEqual(fast.witnesses.filter((w) => !w.anyDepth));
            const anyDepth = lazy.deferred ? [...lazy.witnesses, ...lazy.deferred()] : lazy.witnesses;
            expect(anyDepth.filter((w) => w.anyDepth)).toEqual(fast.witnesses.filter((w) => w.anyDepth));
          }
        },
      ),
      { numRuns: 400, seed: 13 },
    );
  });
});
