// The case classes kept between runs (src/policy/runtime-cache.ts): installing saved classes gives
// exactly the fold a fresh build gives, a malformed entry is ignored, and the guard keeps denying
// case variants of a denied path whatever the cache file holds.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CLI, REPO_ROOT, tempTree } from '../helpers/cli.js';
import { fixture, guardRepo, runHook } from './helpers.js';

const GUARD = join(REPO_ROOT, 'dist/guard.cjs');

type CaseFold = typeof import('../../src/match/case-fold.js');

async function freshCaseFold(): Promise<CaseFold> {
  vi.resetModules();
  return import('../../src/match/case-fold.js');
}

describe('case classes kept between runs', () => {
  it('installing saved classes folds every code unit as building the tables does', async () => {
    const built = await freshCaseFold();
    const classes = built.caseClasses();
    const installed = await freshCaseFold();
    expect(installed.useCaseClasses(JSON.parse(JSON.stringify(classes)))).toBe(true);
    for (let c = 0; c < 0x10000; c++) expect(installed.foldUnit(c)).toBe(built.foldUnit(c));
    expect(installed.caseClass(0x73)).toEqual(built.caseClass(0x73)); // s S ſ
    expect(installed.caseClosure([0x6b, 0x6b])).toEqual(built.caseClosure([0x6b, 0x6b])); // k K KELVIN SIGN
  });

  it('caseClosure is the union of the case classes of the set\'s members (wide and narrow sets)', async () => {
    const cf = await freshCaseFold();
    const { normalizeRanges, rangesContain } = await import('../../src/match/ranges.js');
    const reference = (set: number[]): number[] => {
      const out: number[] = [...set];
      for (let c = 0; c < 0x10000; c++) if (rangesContain(set, c)) for (const m of cf.caseClass(c)) out.push(m, m);
      return normalizeRanges(out);
    };
    const sets = [[0, 0x2e, 0x30, 0xffff], [0x61, 0x7a], [0x4b, 0x4b], [0x100, 0x2ff, 0x400, 0x4ff], [0x17f, 0x17f, 0x212a, 0x212a], [0x30, 0x39]];
    // Wide sets are closed by walking what they lack: `.`, and sets lacking case variants of members.
    const wide = [
      [0, 0x09, 0x0b, 0x0c, 0x0e, 0x2027, 0x202a, 0xffff],
      [0, 0x6a, 0x6c, 0xffff], // all but k: K and KELVIN SIGN bring it back
      [0, 0x4a, 0x4c, 0x6a, 0x6c, 0x2129, 0x212b, 0xffff], // all but the whole class of k
      [0, 0x17e, 0x180, 0xffff], // all but LATIN SMALL LETTER LONG S
      [1, 0xfffe],
    ];
    for (const set of [...sets, ...wide]) expect(cf.caseClosure(set)).toEqual(reference(set));
    const installed = await freshCaseFold();
    expect(installed.useCaseClasses(cf.caseClasses())).toBe(true);
    for (const set of [...sets, ...wide]) expect(installed.caseClosure(set)).toEqual(reference(set));
  });

  it('ignores malformed entries (the tables are then built as usual)', async () => {
    const cf = await freshCaseFold();
    for (const bad of [undefined, {}, [], [[5]], [[7, 3]], [[1, 2], [2, 3]], [[1, 0x10000]], [['a', 'b']], [[0, 65]]]) expect(cf.useCaseClasses(bad)).toBe(false);
    expect(cf.caseClass(0x73)).toEqual([0x53, 0x73, 0x17f]);
  });

  it('the guard saves them in the git directory and a corrupt file changes no decision', async () => {
    const repo = guardRepo();
    const payload = (file: string) =>
      JSON.stringify({ session_id: 's1', cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: join(repo, file) } });
    const first = await runHook(['--agent', 'claude'], payload('ſecrets/key'), { cwd: repo, entry: GUARD });
    expect(first.stdout).toContain('"permissionDecision":"deny"');
    const dir = join(repo, '.git', 'agent-policy-lint');
    const saved = readdirSync(dir).filter((f) => f.startsWith('case-classes-'));
    expect(saved).toHaveLength(1);
    writeFileSync(join(dir, saved[0]!), '[[1,0]]');
    const second = await runHook(['--agent', 'claude'], payload('SECRETS/key'), { cwd: repo, entry: GUARD });
    expect(second.stdout).toContain('"permissionDecision":"deny"');
  });
});

describe('--staged reads the checked set the guard caches', () => {
  it("an agent's commit that leaves the policy alone takes the checked set from .git/agent-policy-lint", () => {
    const repo = guardRepo();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e.x', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    git('add', '-A');
    git('commit', '-q', '--no-verify', '-m', 'base');
    writeFileSync(join(repo, 'src/b.ts'), 'export const b = 1;\n');
    git('add', 'src/b.ts');
    const env = { ...process.env, NO_COLOR: '1', CLAUDECODE: '1' };
    const staged = () => spawnSync(process.execPath, [CLI, '--staged'], { cwd: repo, env, encoding: 'utf8' });
    expect(staged().status).toBe(0);
    // The first run saved the checked set; a second run reads it (seen by changing what it holds).
    const dir = join(repo, '.git', 'agent-policy-lint');
    const entry = readdirSync(dir).find((f) => f.startsWith('policy-'))!;
    expect(entry).toBeDefined();
    const text = readFileSync(join(dir, entry), 'utf8');
    expect(text).toContain('"secrets/**"');
    writeFileSync(join(dir, entry), text.split('"secrets/**"').join('"src/**"'));
    const second = staged();
    expect(second.status).not.toBe(0);
    expect(second.stdout + second.stderr).toContain('src/b.ts');
  });
});

describe('compiled path lists kept between runs', () => {
  it('are read back only by the same build, runtime and policy', async () => {
    const { openListsCache } = await import('../../src/policy/runtime-cache.js');
    const dir = tempTree({});
    const snapshot = { rel: { universal: [0] } };
    const first = openListsCache(dir, '/repo', 'sha256:p', 'stamp-1')!;
    expect(first.get('k')).toBeUndefined();
    first.set('k', snapshot);
    first.save();
    expect(openListsCache(dir, '/repo', 'sha256:p', 'stamp-1')!.get('k')).toEqual(snapshot);
    // Another build (its compiler may read patterns otherwise), another policy, another place.
    expect(openListsCache(dir, '/repo', 'sha256:p', 'stamp-2')!.get('k')).toBeUndefined();
    expect(openListsCache(dir, '/repo', 'sha256:q', 'stamp-1')!.get('k')).toBeUndefined();
    expect(openListsCache(dir, '/elsewhere', 'sha256:p', 'stamp-1')!.get('k')).toBeUndefined();
    // The TypeScript sources have no stamp, and no cache directory means no cache.
    expect(openListsCache(dir, '/repo', 'sha256:p', undefined)).toBeUndefined();
    expect(openListsCache(undefined, '/repo', 'sha256:p', 'stamp-1')).toBeUndefined();
    // A damaged file is an empty cache, filled again.
    const file = join(dir, readdirSync(dir).find((f) => f.startsWith('lists-'))!);
    writeFileSync(file, '{"format":1,"lists":');
    const again = openListsCache(dir, '/repo', 'sha256:p', 'stamp-1')!;
    expect(again.get('k')).toBeUndefined();
    again.set('k', snapshot);
    again.save();
    expect(JSON.parse(readFileSync(file, 'utf8')).lists.k).toEqual(snapshot);
  });

  it("the guard and an agent's commit restore the lists an earlier run compiled (seen by changing them), and a damaged entry changes no decision", () => {
    const repo = guardRepo();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e.x', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    git('add', '-A');
    git('commit', '-q', '--no-verify', '-m', 'base');
    writeFileSync(join(repo, 'src/b.ts'), 'export const b = 1;\n');
    git('add', 'src/b.ts');
    const env = { ...process.env, NO_COLOR: '1', CLAUDECODE: '1' };
    const staged = () => spawnSync(process.execPath, [join(REPO_ROOT, 'dist/pre-commit.cjs'), '--staged'], { cwd: repo, env, encoding: 'utf8' });
    expect(staged().status).toBe(0);
    const dir = join(repo, '.git', 'agent-policy-lint');
    const entry = join(dir, readdirSync(dir).find((f) => f.startsWith('lists-'))!);
    const saved = JSON.parse(readFileSync(entry, 'utf8')) as { lists: Record<string, unknown> };
    const key = (role: string, patterns: string[]) => JSON.stringify(['path', role, patterns]);
    const allowKey = key('allow', ['src/**', 'package.json', 'README.md']);
    const denyKey = Object.keys(saved.lists).find((k) => k.startsWith(JSON.stringify(['path', 'deny']).slice(0, -1)))!;
    expect(saved.lists[allowKey]).toBeDefined();
    expect(denyKey).toBeDefined();

    // A deny list whose automaton is the allow list's (rule 0 is `.env*`): the commit of src/b.ts is
    // now refused by `.env*`, so the second run restored the list instead of compiling it.
    const allowRel = (saved.lists[allowKey] as { rel: { automaton: object } }).rel;
    const denyAsAllow = { errors: [], rel: { ...allowRel, automaton: { ...allowRel.automaton, nocase: true } } };
    writeFileSync(entry, JSON.stringify({ ...saved, lists: { ...saved.lists, [denyKey]: denyAsAllow } }));
    const second = staged();
    expect(second.status).not.toBe(0);
    expect(second.stdout + second.stderr).toContain('.env*');

    // Damaged entries are compiled again: the same verdicts as without a cache.
    for (const damaged of ['{"format":1', JSON.stringify({ ...saved, lists: { [denyKey]: { rel: 5 }, [allowKey]: { errors: [], rel: { universal: [9] } } } })]) {
      writeFileSync(entry, damaged);
      expect(staged().status).toBe(0);
    }
    // The case classes are read only when a list is compiled: not by a run that restores them all.
    writeFileSync(entry, JSON.stringify(saved));
    const classes = () => readdirSync(dir).filter((f) => f.startsWith('case-classes-'));
    expect(classes()).toHaveLength(1);
    rmSync(join(dir, classes()[0]!));
    expect(staged().status).toBe(0);
    expect(classes()).toHaveLength(0);
    rmSync(entry);
    expect(staged().status).toBe(0);
    expect(classes()).toHaveLength(1);

    // And the guard reads the same entry: a denied path stays denied after a damaged one.
    writeFileSync(entry, JSON.stringify({ ...saved, lists: { [denyKey]: { rel: 5 } } }));
    const payload = JSON.stringify({ session_id: 's1', cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: { file_path: join(repo, 'secrets/k'), old_string: 'a', new_string: 'b' } });
    const hook = spawnSync(process.execPath, [GUARD, '--agent', 'claude'], { cwd: repo, input: payload, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(hook.stdout).toContain('"permissionDecision":"deny"');
  });
});

describe('command lists in the runtime cache', () => {
  it('the guard restores the command lists an earlier run compiled (seen by changing them), and a damaged entry changes no decision', () => {
    const repo = guardRepo();
    const bash = (command: string) => {
      const payload = JSON.stringify({ session_id: 's1', cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } });
      return spawnSync(process.execPath, [GUARD, '--agent', 'claude'], { cwd: repo, input: payload, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' }).stdout;
    };
    const DENIED = '"permissionDecision":"deny"';
    expect(bash('npm test')).not.toContain(DENIED);
    expect(bash('rm -rf src')).toContain(DENIED);
    const dir = join(repo, '.git', 'agent-policy-lint');
    const entry = join(dir, readdirSync(dir).find((f) => f.startsWith('lists-'))!);
    const saved = JSON.parse(readFileSync(entry, 'utf8')) as { lists: Record<string, { nocase: boolean }> };
    // Keyed by the case folding (denies fold case, allows do not) and the patterns in order.
    const allowKey = JSON.stringify(['command', false, ['npm test', 'git status', 'ls']]);
    const denyKey = JSON.stringify(['command', true, ['rm -rf', 'curl *', 'git push --force']]);
    expect(saved.lists[allowKey]).toBeDefined();
    expect(saved.lists[denyKey]).toBeDefined();

    // The deny list given the allow list's automaton: `npm test` is now denied (by rule 0,
    // `rm -rf`), so the run restored the list rather than compiling it.
    writeFileSync(entry, JSON.stringify({ ...saved, lists: { ...saved.lists, [denyKey]: { ...saved.lists[allowKey], nocase: true } } }));
    expect(bash('npm test')).toContain(DENIED);

    // A damaged snapshot, or one that folds case otherwise, is compiled again: the verdicts without a cache.
    for (const damaged of [{ kind: 5 }, saved.lists[allowKey]]) {
      writeFileSync(entry, JSON.stringify({ ...saved, lists: { ...saved.lists, [denyKey]: damaged } }));
      expect(bash('npm test')).not.toContain(DENIED);
      expect(bash('rm -rf src')).toContain(DENIED);
    }
  });
});

describe('the cache directory stays bounded', () => {
  it('a run that writes a new entry keeps the 16 latest of its kind (and 256 code entries), and nothing else is touched', async () => {
    const repo = guardRepo();
    const dir = join(repo, '.git', 'agent-policy-lint');
    const codeDir = join(dir, `code-${process.version}-${process.arch}`);
    mkdirSync(codeDir, { recursive: true });
    // Entries of earlier policy versions and builds, all older than what this run writes.
    const old = (file: string, i: number): void => {
      writeFileSync(file, '{}');
      const t = new Date(Date.UTC(2026, 0, 1) + i * 1000);
      utimesSync(file, t, t);
    };
    for (let i = 0; i < 40; i++) {
      old(join(dir, `policy-${String(i).padStart(64, '0')}.json`), i);
      old(join(dir, `lists-${String(i).padStart(64, '0')}.json`), i);
    }
    for (let i = 0; i < 300; i++) old(join(codeDir, `stale-${i}.js.v8`), i);
    old(join(dir, 'overrides-elsewhere.json'), 0);
    old(join(dir, 'unrelated.txt'), 0);
    const payload = fixture('claude', 'pre-read-deny.json', repo);
    const run = await runHook(['--agent', 'claude'], payload, { cwd: repo, entry: GUARD });
    expect(run.stdout).toContain('"permissionDecision":"deny"');
    const names = readdirSync(dir);
    const policies = names.filter((f) => f.startsWith('policy-'));
    const lists = names.filter((f) => f.startsWith('lists-'));
    expect(policies).toHaveLength(16);
    expect(lists).toHaveLength(16);
    // The newest stale ones stay beside the entries this run wrote; the oldest are gone.
    expect(policies).toContain(`policy-${String(39).padStart(64, '0')}.json`);
    expect(policies).not.toContain(`policy-${String(0).padStart(64, '0')}.json`);
    expect(policies.filter((f) => !/^policy-0+\d*\.json$/.test(f))).toHaveLength(1);
    expect(names).toContain('overrides-elsewhere.json');
    expect(names).toContain('unrelated.txt');
    const code = readdirSync(codeDir);
    expect(code).toHaveLength(256);
    expect(code).toContain('entry.js.v8');
    expect(code).not.toContain('stale-0.js.v8');
    // And the next run uses what this one wrote: the same answer, the directory unchanged.
    const again = await runHook(['--agent', 'claude'], payload, { cwd: repo, entry: GUARD });
    expect(again.stdout).toBe(run.stdout);
    expect(readdirSync(dir).sort()).toEqual(names.sort());
  });
});
