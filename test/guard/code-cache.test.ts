// The guard's V8 code cache (src/guard/code-cache.ts) and its CommonJS chunk loader
// (src/guard/chunk-loader.ts): an entry is written, reused, and ignored whenever it was not made
// from exactly the chunk's source or its bytes changed; whatever the cache holds, every decision
// and every fail-closed answer of dist/guard.cjs stays the same.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkLoader, wrapChunk } from '../../src/guard/chunk-loader.js';
import { codeCacheDir, compileWithCache, openCodeCache, saveCodeCache } from '../../src/guard/code-cache.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { fixture, guardRepo, runHook, type HookRun } from './helpers.js';

const GUARD = join(REPO_ROOT, 'dist/guard.cjs');
const tempDir = () => mkdtempSync(join(tmpdir(), 'apl-code-cache-'));
const SOURCE = '(function () { return [1, 2, 3].map((x) => x * 2).join(","); })';
const run = (script: { runInThisContext(): unknown }) => (script.runInThisContext() as () => string)();

describe('code cache entries', () => {
  it('are written after a compile without one and used by the next compile', () => {
    const dir = tempDir();
    const first = openCodeCache(dir);
    expect(run(compileWithCache(first, SOURCE, '/x/chunk.js'))).toBe('2,4,6');
    expect(first.toSave).toHaveLength(1);
    saveCodeCache(first);
    expect(readdirSync(dir)).toEqual(['chunk.js.v8']);
    const second = openCodeCache(dir);
    const script = compileWithCache(second, SOURCE, '/x/chunk.js');
    expect(script.cachedDataRejected).toBe(false);
    expect(second.toSave).toHaveLength(0);
    expect(run(script)).toBe('2,4,6');
  });

  it('are ignored when made from another source of the same length (V8 checks only the length)', () => {
    const dir = tempDir();
    const c = openCodeCache(dir);
    compileWithCache(c, SOURCE, '/x/chunk.js');
    saveCodeCache(c);
    const other = SOURCE.replace('x * 2', 'x * 3');
    expect(other.length).toBe(SOURCE.length);
    const again = openCodeCache(dir);
    expect(run(compileWithCache(again, other, '/x/chunk.js'))).toBe('3,6,9');
    expect(again.toSave).toHaveLength(1);
  });

  it('are ignored when a byte of them changed, when truncated, or when not an entry at all', () => {
    const dir = tempDir();
    const c = openCodeCache(dir);
    compileWithCache(c, SOURCE, '/x/chunk.js');
    saveCodeCache(c);
    const file = join(dir, 'chunk.js.v8');
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[good.length - 8]! ^= 0xff; // V8 itself accepts this (no checksum on Node 20)
    for (const bad of [flipped, good.subarray(0, good.length >> 1), good.subarray(0, 20), Buffer.from('not a cache'), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      const again = openCodeCache(dir);
      expect(run(compileWithCache(again, SOURCE, '/x/chunk.js'))).toBe('2,4,6');
      expect(again.toSave).toHaveLength(1);
    }
  });

  it('keyed by the bytes a source was made from: reused for the same bytes, ignored for other bytes of the same length, never shared with a text key', () => {
    const dir = tempDir();
    const bytes = Buffer.from(SOURCE);
    const first = openCodeCache(dir);
    compileWithCache(first, SOURCE, '/x/chunk.js', bytes);
    saveCodeCache(first);
    const same = openCodeCache(dir);
    expect(compileWithCache(same, SOURCE, '/x/chunk.js', Buffer.from(SOURCE)).cachedDataRejected).toBe(false);
    expect(same.toSave).toHaveLength(0);
    const other = SOURCE.replace('x * 2', 'x * 3');
    const changed = openCodeCache(dir);
    expect(run(compileWithCache(changed, other, '/x/chunk.js', Buffer.from(other)))).toBe('3,6,9');
    expect(changed.toSave).toHaveLength(1);
    // An entry keyed by the text is not one keyed by the same bytes (and the other way round).
    const text = openCodeCache(dir);
    compileWithCache(text, SOURCE, '/x/chunk.js');
    expect(text.toSave).toHaveLength(1);
  });

  it('a chunk edited in place (same name, same length) runs its new code, not the cached one', () => {
    const dir = tempDir();
    const cacheDir = tempDir();
    const write = (n: number) => writeFileSync(join(dir, 'entry.js'), `exports.value = [1, 2, 3].map((x) => x * ${n}).join(",");`);
    const load = () => {
      const cache = openCodeCache(cacheDir);
      const value = (chunkLoader(dir, (source, filename, bytes) => compileWithCache(cache, source, filename, bytes), (s) => require(s)).load('entry.js') as { value: string }).value;
      saveCodeCache(cache);
      return { value, compiled: cache.toSave.length };
    };
    write(2);
    expect(load().value).toBe('2,4,6');
    expect(readdirSync(cacheDir)).toEqual(['entry.js.v8']);
    write(3);
    expect(load().value).toBe('3,6,9');
    expect(load().value).toBe('3,6,9');
  });

  it('without a directory, or one that cannot be written, chunks compile and nothing fails', () => {
    const none = openCodeCache(undefined);
    expect(run(compileWithCache(none, SOURCE, '/x/chunk.js'))).toBe('2,4,6');
    expect(none.toSave).toHaveLength(0);
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'x');
    const blocked = openCodeCache(join(blocker, 'code'));
    expect(run(compileWithCache(blocked, SOURCE, '/x/chunk.js'))).toBe('2,4,6');
    expect(() => saveCodeCache(blocked)).not.toThrow();
    expect(codeCacheDir(undefined)).toBeUndefined();
    expect(codeCacheDir('/c')).toBe(join('/c', `code-${process.version}-${process.arch}`));
  });
});

describe('chunk loader', () => {
  it('runs CommonJS chunks once, resolves ./ requires among them and Node built-ins, and refuses other paths', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'entry.js'), "#!/usr/bin/env node\nconst b = require('./b.js'); exports.value = b.twice(21) + require('node:path').sep;");
    writeFileSync(join(dir, 'b.js'), "let runs = (globalThis.__aplRuns ?? 0) + 1; globalThis.__aplRuns = runs; exports.twice = (x) => x * 2; exports.entry = () => require('./entry.js');");
    writeFileSync(join(dir, 'bad.js'), "require('../outside.js');");
    const loader = chunkLoader(dir, (source, filename) => compileWithCache(openCodeCache(undefined), source, filename), (s) => require(s));
    expect((loader.load('entry.js') as { value: string }).value).toBe('42/');
    expect((loader.load('b.js') as { entry: () => { value: string } }).entry().value).toBe('42/');
    expect((globalThis as { __aplRuns?: number }).__aplRuns).toBe(1);
    expect(() => loader.load('bad.js')).toThrow(/unexpected require/);
    expect(wrapChunk('#!x\n1')).not.toContain('#!');
  });
});

describe('dist/guard.cjs with its code cache', () => {
  const CASES: [string, string][] = [
    ['claude', 'pre-bash-allow.json'],
    ['claude', 'pre-bash-deny.json'],
    ['claude', 'pre-read-deny.json'],
    ['claude', 'pre-write-ask.json'],
    ['claude', 'pre-grep-glob-deny.json'],
    ['claude', 'pre-glob-allow.json'],
  ];
  const answers = async (repo: string, env: Record<string, string> = {}): Promise<HookRun[]> => {
    const out: HookRun[] = [];
    for (const [agent, name] of CASES) out.push(await runHook(['--agent', agent], fixture(agent, name, repo), { cwd: repo, entry: GUARD, env }));
    out.push(await runHook(['--agent', 'claude'], '{not json', { cwd: repo, entry: GUARD, env }));
    out.push(await runHook(['--agent', 'claude'], '', { cwd: repo, entry: GUARD, env }));
    return out;
  };

  it('writes entries, reuses them, and decides the same with no, good, tampered or garbage entries', async () => {
    const repo = guardRepo();
    const uncached = await answers(repo, { AGENT_POLICY_LINT_CODE_CACHE: '0' });
    const codeDir = join(repo, '.git', 'agent-policy-lint', `code-${process.version}-${process.arch}`);
    expect(existsSync(codeDir)).toBe(false);
    expect(uncached.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0, 2, 2]);
    expect(uncached[1]!.stdout).toContain('"permissionDecision":"deny"');
    expect(uncached[3]!.stdout).toContain('"permissionDecision":"ask"');
    expect(await answers(repo)).toEqual(uncached);
    const entries = readdirSync(codeDir).filter((f) => f.endsWith('.v8'));
    expect(entries).toContain('entry.js.v8');
    expect(entries.some((f) => f.startsWith('run-'))).toBe(true);
    const before = entries.map((f) => readFileSync(join(codeDir, f)));
    expect(await answers(repo)).toEqual(uncached);
    // Reused, not rewritten.
    expect(entries.map((f) => readFileSync(join(codeDir, f)))).toEqual(before);
    // Tampered: one byte of every entry's code flipped (V8 alone would accept it).
    const tampered = before.map((e) => {
      const b = Buffer.from(e);
      b[b.length - 16]! ^= 0xff;
      return b;
    });
    entries.forEach((f, i) => writeFileSync(join(codeDir, f), tampered[i]!));
    expect(await answers(repo)).toEqual(uncached);
    // The loaded chunks' entries were made again from their sources.
    expect(readFileSync(join(codeDir, 'entry.js.v8')).equals(tampered[entries.indexOf('entry.js.v8')]!)).toBe(false);
    for (const f of entries) writeFileSync(join(codeDir, f), 'garbage');
    expect(await answers(repo)).toEqual(uncached);
  }, 240_000);

  it('still decides when the cache directory cannot be written', async () => {
    const repo = guardRepo();
    writeFileSync(join(repo, '.git', 'agent-policy-lint'), 'a file where the cache directory would be');
    const r = await runHook(['--agent', 'claude'], fixture('claude', 'pre-bash-deny.json', repo), { cwd: repo, entry: GUARD });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"permissionDecision":"deny"');
  }, 60_000);

  it('fails closed when a chunk is missing', async () => {
    const repo = guardRepo();
    const copy = tempDir();
    cpSync(join(REPO_ROOT, 'dist/guard.cjs'), join(copy, 'guard.cjs'));
    cpSync(join(REPO_ROOT, 'dist/guard-chunks'), join(copy, 'guard-chunks'), { recursive: true });
    const run = readdirSync(join(copy, 'guard-chunks')).find((f) => f.startsWith('run-'))!;
    rmSync(join(copy, 'guard-chunks', run));
    const noRun = await runHook(['--agent', 'claude'], fixture('claude', 'pre-bash-allow.json', repo), { cwd: repo, entry: join(copy, 'guard.cjs') });
    expect(noRun.code).toBe(2);
    expect(noRun.stdout).toBe('');
    // The per-program tables' file (src/guard/data-entries.ts): a shell call cannot be decided without it.
    cpSync(join(REPO_ROOT, 'dist/guard-chunks', run), join(copy, 'guard-chunks', run));
    rmSync(join(copy, 'guard-chunks', 'data-entries.bin'));
    const noTables = await runHook(['--agent', 'claude'], fixture('claude', 'pre-bash-allow.json', repo), { cwd: repo, entry: join(copy, 'guard.cjs') });
    expect(noTables.code).toBe(2);
    expect(noTables.stdout).toBe('');
    expect(noTables.stderr).toContain('data-entries.bin');
    rmSync(join(copy, 'guard-chunks', 'entry.js'));
    const noEntry = await runHook(['--agent', 'claude'], fixture('claude', 'pre-bash-allow.json', repo), { cwd: repo, entry: join(copy, 'guard.cjs') });
    expect(noEntry.code).toBe(2);
    expect(noEntry.stderr).toContain('failed closed');
  }, 60_000);
});
