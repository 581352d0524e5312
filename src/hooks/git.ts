// Reading what is about to be committed, in as few git processes as possible. Child processes
// inherit the environment on purpose: inside `git commit -a` or `git commit PATH` the hook runs
// with GIT_INDEX_FILE pointing at a temporary index, and that index is what will be committed.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { cacheDirOf } from '../policy/cache-dir.js';
import { findRepoRoot } from '../policy/repo-root.js';
import { readCachedBlob, writeCachedBlob } from './blob-cache.js';
import { STAGED_DIFF_ARGS, spawnGit, type GitResult } from './git-spawn.js';
import { indexReadArgs } from './index-specs.js';

/** git's stdout, or its own message as a UsageError (args name the command in the message). */
async function gitOutput(args: readonly string[], cwd: string, result: Promise<GitResult>): Promise<Buffer> {
  const r = await result;
  if (r.error) throw new UsageError(`cannot run git in ${cwd}: ${r.error.message}`, 'Is git installed and on PATH?');
  if (r.code === 0) return r.stdout;
  const msg = r.stderr.toString('utf8').trim().split('\n')[0] || `git ${args[0]} exited with ${r.code}`;
  throw new UsageError(`git ${args[0]} failed: ${msg}`);
}

/** Runs git and resolves with its stdout; a non-zero exit rejects with git's own message. */
export function git(args: string[], cwd: string, input?: string): Promise<Buffer> {
  return gitOutput(args, cwd, spawnGit(args, cwd, input));
}

export type StagedStatus = 'A' | 'M' | 'D' | 'T' | 'U' | 'X';

/** One path that differs between HEAD (or the empty tree) and the index. */
export interface StagedEntry {
  status: StagedStatus;
  /** Repository-relative, POSIX. */
  path: string;
  /** Blob in HEAD; undefined when the path is new. */
  headOid?: string;
  /** Blob in the index; undefined when the path is deleted. */
  indexOid?: string;
  indexMode?: string;
}

const ZERO_OID = /^0+$/;

/**
 * `git diff --cached --raw -z` (STAGED_DIFF_ARGS): renames are split into a deletion and an
 * addition on purpose. `started` is that very command, already started in cwd (staged-boot.ts).
 */
export async function stagedEntries(cwd: string, started?: Promise<GitResult>): Promise<StagedEntry[]> {
  let out: Buffer;
  try {
    out = await gitOutput(STAGED_DIFF_ARGS, cwd, started ?? spawnGit(STAGED_DIFF_ARGS, cwd));
  } catch (e) {
    // Outside a repository `git diff` turns into `diff --no-index` and complains about --cached.
    const inRepo = await git(['rev-parse', '--git-dir'], cwd).then(() => true, () => false);
    if (!inRepo) throw new UsageError(`--staged: ${cwd} is not in a git repository`, 'Run it inside the repository, as the pre-commit hook does.');
    throw e;
  }
  return parseRawDiff(out.toString('utf8'));
}

export function parseRawDiff(text: string): StagedEntry[] {
  const parts = text.split('\0');
  const entries: StagedEntry[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i]!;
    const path = parts[i + 1]!;
    if (!meta.startsWith(':')) break;
    const [srcMode, dstMode, srcOid, dstOid, statusField] = meta.slice(1).split(' ');
    const status = (statusField ?? 'M').charAt(0) as StagedStatus;
    entries.push({
      status,
      path,
      headOid: srcOid && !ZERO_OID.test(srcOid) && srcMode !== '000000' ? srcOid : undefined,
      indexOid: dstOid && !ZERO_OID.test(dstOid) && dstMode !== '000000' ? dstOid : undefined,
      indexMode: dstMode !== '000000' ? dstMode : undefined,
    });
  }
  return entries;
}

export interface IndexEntry {
  path: string;
  oid: string;
  mode: string;
}

/**
 * Index entries (stage 0) matching the pathspecs, with repository-relative paths. `started` is
 * that very `ls-files` (index-specs.ts indexReadArgs), already started in cwd (staged-boot.ts).
 */
export async function indexEntries(cwd: string, pathspecs: string[], started?: Promise<GitResult>): Promise<IndexEntry[]> {
  if (pathspecs.length === 0) return [];
  const args = indexReadArgs(pathspecs);
  const out = await gitOutput(args, cwd, started ?? spawnGit(args, cwd));
  const entries: IndexEntry[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, oid, stage] = rec.slice(0, tab).split(' ');
    if (stage !== '0' || !mode || !oid) continue;
    entries.push({ path: rec.slice(tab + 1), oid, mode });
  }
  return entries;
}

/** Variables that move git's repository or work tree away from where the directories say. */
const GIT_LOCATION_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];

/**
 * The work tree's top directory without a git process when the file system says it plainly: no
 * variable moves the repository, and the nearest `.git` above cwd (which is already a real path)
 * is a directory with a HEAD, or a `gitdir:` file (a worktree, a submodule). Anything else asks git.
 */
function plainTopLevel(cwd: string): string | undefined {
  if (GIT_LOCATION_ENV.some((k) => process.env[k] !== undefined)) return undefined;
  const top = findRepoRoot(cwd);
  if (!top) return undefined;
  const dotGit = join(top, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return statSync(join(dotGit, 'HEAD')).isFile() ? top : undefined;
    return readFileSync(dotGit, 'utf8').startsWith('gitdir: ') ? top : undefined;
  } catch {
    return undefined;
  }
}

export async function topLevel(cwd: string): Promise<string> {
  return plainTopLevel(cwd) ?? (await git(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
}

/** Blob contents for many object ids through one `git cat-file --batch`. Missing ids are absent. */
export async function readBlobs(cwd: string, oids: Iterable<string>): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  // Blobs read before come from the blob cache (blob-cache.ts: each entry checked against its id).
  let cache: string | undefined;
  try {
    cache = cacheDirOf(cwd);
  } catch {
    cache = undefined;
  }
  const wanted = [...new Set(oids)].filter((oid) => {
    const hit = readCachedBlob(cache, oid);
    if (hit) blobs.set(oid, hit);
    return !hit;
  });
  if (wanted.length === 0) return blobs;
  const out = await git(['cat-file', '--batch'], cwd, wanted.join('\n') + '\n');
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(10, pos);
    if (nl < 0) break;
    const header = out.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    const content = out.subarray(pos, pos + size);
    blobs.set(header[0]!, content);
    if (header[1] === 'blob') writeCachedBlob(cache, header[0]!, content);
    pos += size + 1;
  }
  return blobs;
}

/** Paths whose working-tree version differs from the staged one (for "you fixed it but did not stage it"). */
export async function unstagedPaths(cwd: string, paths: string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const out = await git(['diff', '--name-only', '-z', '--no-relative', '--', ...paths.map((p) => `:(top,literal)${p}`)], cwd);
  return new Set(out.toString('utf8').split('\0').filter(Boolean));
}
