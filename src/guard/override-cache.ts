// The override files of a policy, without running git on every hook call when nothing they
// depend on changed. `git ls-files -c -o --exclude-standard` (src/policy/discover.ts) costs a
// guard start a child process (the child_process module, a fork, git reading the index and every
// directory): about as much as the rest of a warm decision. Overrides can tighten the policy, so a
// missed one could be a wrong allow: the list is reused only when a fingerprint of everything
// git's answer depends on is unchanged, checked on every call by looking at the file system:
//
// - every directory of the work tree git would read (not .git, not a directory git itself
//   ignores, not an empty one): which override, root-policy and .gitignore names it holds, and
//   the content of its .gitignore (readdir, not mtimes: nothing racy);
// - the index (size, mtime, ctime and inode: git always replaces it by a rename);
// - the content (or absence) of every git configuration and exclude file git reads, and the
//   GIT_*, HOME and XDG_CONFIG_HOME variables. A configuration with an include or core.worktree,
//   a variable that moves git's index, repository or configuration (GIT_INDEX_FILE, GIT_DIR, …),
//   or a work tree of more than MAX_DIRS directories whose ignored directories cannot be left out,
//   is never cached.
//
// The fingerprint is taken before git lists the files (without blocking: the guard's code loads
// meanwhile), so a change in between is seen at the next check (a miss, never a stale hit); a
// configuration read from any file the fingerprint did not read first is never cached. Any doubt (an unreadable directory, a cache entry that is
// malformed) is a miss: git runs as before. The entry lives beside the policy cache in
// .git/agent-policy-lint/, which a built-in rule denies to agents.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { cacheDirOf, readCacheJson, writeCacheJson } from '../policy/cache-dir.js';
import { findOverridesAsync, findRepoRoot, outsideNestedPolicies, OVERRIDE_NAMES, ROOT_POLICY_NAMES } from '../policy/discover.js';

/** Work trees with more directories than this are not fingerprinted (git runs every time). */
export const MAX_DIRS = 400;
const VERSION = 2;
const RELEVANT = new Set([...OVERRIDE_NAMES, ...ROOT_POLICY_NAMES, '.gitignore']);
const GIT_LS_ARGS = ['ls-files', '-z', '-c', '-o', '--exclude-standard', '--', ...OVERRIDE_NAMES.flatMap((n) => [n, `*/${n}`])];

interface Entry {
  v: number;
  root: string;
  env: string;
  index: string;
  /** Absolute path -> sha256 of the content, or '' when absent. */
  files: Record<string, string>;
  /** Directories git ignores (relative, '/'-separated): not walked. */
  ignored: string[];
  /** Relative directory ('' for the root) -> its signature. */
  dirs: Record<string, string>;
  /** Repository-relative override files, as git listed them. */
  overrides: string[];
}

/**
 * Variables that make git read another index, repository, work tree or configuration than the
 * files the fingerprint looks at: with any of them set, git answers every time.
 */
const MOVES_GIT = /^GIT_(DIR|WORK_TREE|INDEX_FILE|COMMON_DIR|CONFIG|CEILING_DIRECTORIES|DISCOVERY_ACROSS_FILESYSTEM|NAMESPACE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES)/;
const movesGit = (env: NodeJS.ProcessEnv): boolean => Object.keys(env).some((k) => MOVES_GIT.test(k));

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

function envKey(env: NodeJS.ProcessEnv): string {
  const keys = Object.keys(env)
    .filter((k) => k.startsWith('GIT_') || k === 'HOME' || k === 'XDG_CONFIG_HOME')
    .sort();
  return JSON.stringify(keys.map((k) => [k, env[k]]));
}

function indexKey(gitDir: string): string {
  try {
    const s = statSync(join(gitDir, 'index'), { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'none' : `error:${Math.random()}`;
  }
}

/** sha256 of a file's content, '' when it does not exist; undefined when it cannot be read otherwise. */
function contentKey(file: string): string | undefined {
  try {
    return sha(readFileSync(file));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? '' : undefined;
  }
}

/** The configuration and exclude files git may read for this repository (whether or not they exist). */
function configFiles(gitDir: string, env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  return [
    '/etc/gitconfig',
    join(home, '.gitconfig'),
    join(xdg, 'git', 'config'),
    join(xdg, 'git', 'ignore'),
    join(gitDir, 'config'),
    join(gitDir, 'config.worktree'),
    join(gitDir, 'info', 'exclude'),
  ];
}

/**
 * Walks the work tree: each directory's signature (sub-directories, relevant names, .gitignore
 * content). Undefined when a directory cannot be read or there are too many.
 */
function walk(root: string, ignored: ReadonlySet<string>): Record<string, string> | undefined {
  const dirs: Record<string, string> = {};
  const todo: string[] = [''];
  let count = 0;
  while (todo.length > 0) {
    const rel = todo.pop()!;
    if (++count > MAX_DIRS) return undefined;
    let entries: Dirent[];
    try {
      entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
    } catch {
      return undefined;
    }
    // An empty directory holds nothing git lists: it is left out, so the audit log's lock
    // directory (an empty <log>.lock made and removed by every append) changes nothing.
    if (entries.length === 0 && rel !== '') continue;
    const names: string[] = [];
    let gitignore = '';
    for (const e of entries) {
      // git never lists a path through a directory named .git (the repository's, or a nested one's).
      if (e.name === '.git') continue;
      if (e.isDirectory()) {
        const child = rel === '' ? e.name : `${rel}/${e.name}`;
        if (!ignored.has(child)) todo.push(child);
      }
      if (RELEVANT.has(e.name)) {
        names.push(`${e.name}:${e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : 'f'}`);
        if (e.name === '.gitignore') {
          const k = contentKey(join(root, rel, e.name));
          if (k === undefined) return undefined;
          gitignore = k;
        }
      }
    }
    // The walked directories are the keys: a new or removed one (not empty) is a different set.
    dirs[rel] = JSON.stringify([names.sort(), gitignore]);
  }
  return dirs;
}

function entryFile(cacheDir: string, root: string): string {
  return join(cacheDir, `overrides-${sha(root).slice(0, 32)}.json`);
}

function sameDirs(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

function isEntry(v: unknown, root: string): v is Entry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<Entry>;
  return (
    e.v === VERSION &&
    e.root === root &&
    typeof e.env === 'string' &&
    typeof e.index === 'string' &&
    typeof e.files === 'object' &&
    e.files !== null &&
    Object.values(e.files).every((x) => typeof x === 'string') &&
    Array.isArray(e.ignored) &&
    e.ignored.every((x) => typeof x === 'string') &&
    typeof e.dirs === 'object' &&
    e.dirs !== null &&
    Array.isArray(e.overrides) &&
    e.overrides.every((x) => typeof x === 'string' && x !== '' && !isAbsolute(x) && !x.split('/').includes('..'))
  );
}

/**
 * The override files git would list under `root` (repository-relative, as git prints them), from
 * the cache when its fingerprint still holds; undefined otherwise (run git).
 */
export function cachedOverrides(cacheDir: string | undefined, root: string, env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  if (!cacheDir) return undefined;
  const e = readCacheJson(entryFile(cacheDir, root));
  if (!isEntry(e, root)) return undefined;
  const gitDir = join(root, '.git');
  if (e.env !== envKey(env) || e.index !== indexKey(gitDir)) return undefined;
  for (const [file, key] of Object.entries(e.files)) if (contentKey(file) !== key) return undefined;
  const dirs = walk(root, new Set(e.ignored));
  if (!dirs || !sameDirs(dirs, e.dirs)) return undefined;
  return e.overrides;
}

function git(root: string, args: string[], input?: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd: root, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ status: null, stdout: '' }));
    child.on('close', (code) => resolve({ status: code, stdout: Buffer.concat(chunks).toString('utf8') }));
    if (input === undefined) return;
    child.stdin!.on('error', () => {});
    child.stdin!.end(input);
  });
}

type Fingerprint = Omit<Entry, 'overrides'>;

/**
 * The file-system half of the fingerprint, taken before git lists the overrides: the variables,
 * the index, the usual configuration and exclude files, and the directories. For a tree of more
 * than MAX_DIRS directories, git first names the directories it ignores as a whole (node_modules,
 * build output), which are then left out. Undefined when it cannot be cached.
 */
async function fileFingerprint(root: string, env: NodeJS.ProcessEnv): Promise<Fingerprint | undefined> {
  const gitDir = join(root, '.git');
  const envK = envKey(env);
  const index = indexKey(gitDir);
  const files: Record<string, string> = {};
  for (const f of configFiles(gitDir, env)) {
    let text: Buffer | undefined;
    try {
      text = readFileSync(f);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
    }
    // An include (even a conditional one git did not follow) can bring in any file: not cached.
    if (text && !/(^|[\\/])(ignore|exclude)$/.test(f) && /\[\s*include/i.test(text.toString('utf8'))) return undefined;
    files[f] = text ? sha(text) : '';
  }
  let ignored: string[] = [];
  let dirs = walk(root, new Set());
  if (!dirs) {
    const collapsed = await git(root, ['ls-files', '-z', '-o', '-i', '--exclude-standard', '--directory']);
    if (collapsed.status !== 0) return undefined;
    const dirsOut = collapsed.stdout
      .split('\0')
      .filter((p) => p.endsWith('/'))
      .map((p) => p.slice(0, -1));
    if (dirsOut.length === 0) return undefined;
    // Only a directory matched by an ignore rule itself: git never looks inside it.
    const check = await git(root, ['check-ignore', '-z', '--stdin'], dirsOut.join('\0') + '\0');
    if (check.status !== 0 && check.status !== 1) return undefined;
    const confirmed = new Set(check.stdout.split('\0').filter(Boolean));
    ignored = dirsOut.filter((d) => confirmed.has(d));
    dirs = walk(root, new Set(ignored));
    if (!dirs) return undefined;
  }
  return { v: VERSION, root, env: envK, index, files, ignored, dirs };
}

/**
 * Whether git's configuration comes only from files the fingerprint read (and names no include,
 * core.worktree or an exclude file elsewhere). Asked while git lists the overrides; a file the
 * fingerprint did not read before the listing could have changed in between, so any other file
 * means the list is not kept (git then answers every call, as it did before this cache).
 */
async function configCovered(root: string, env: NodeJS.ProcessEnv, read: Record<string, string>): Promise<boolean> {
  const list = await git(root, ['config', '--list', '--show-origin', '-z']);
  if (list.status !== 0) return false;
  const home = env.HOME || homedir();
  const fields = list.stdout.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const origin = fields[i]!;
    if (!origin.startsWith('file:')) return false;
    const file = isAbsolute(origin.slice(5)) ? origin.slice(5) : join(root, origin.slice(5));
    if (!Object.hasOwn(read, file)) return false;
    const nl = fields[i + 1]!.indexOf('\n');
    const key = (nl < 0 ? fields[i + 1]! : fields[i + 1]!.slice(0, nl)).toLowerCase();
    if (key.startsWith('include') || key === 'core.worktree') return false;
    if (key === 'core.excludesfile') {
      const value = nl < 0 ? '' : fields[i + 1]!.slice(nl + 1);
      const excludes = value.startsWith('~/') ? join(home, value.slice(2)) : value;
      if (!isAbsolute(excludes) || !Object.hasOwn(read, excludes)) return false;
    }
  }
  return true;
}

/** Runs `git ls-files` for the override files (repository-relative), or undefined when git fails. */
export function listOverridesWithGit(root: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', GIT_LS_ARGS, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => {
      if (code !== 0) return resolve(undefined);
      const names = Buffer.concat(chunks)
        .toString('utf8')
        .split('\0')
        .filter((p) => p && OVERRIDE_NAMES.includes(p.slice(p.lastIndexOf('/') + 1)));
      resolve([...new Set(names)]);
    });
  });
}

/** Saves git's list with the fingerprint taken before it. */
export function saveOverrides(cacheDir: string | undefined, fingerprint: Fingerprint | undefined, overrides: string[]): void {
  if (!cacheDir || !fingerprint) return;
  writeCacheJson(entryFile(cacheDir, fingerprint.root), { ...fingerprint, overrides } satisfies Entry);
}

/**
 * Every override file of the policy at `rootDir` (absolute, sorted): findOverridesAsync's answer,
 * from the cache when the fingerprint holds. Cached only for a policy at the top of a repository
 * whose .git is a directory (where the cache lives); anything else asks git (or walks) as before.
 */
export async function discoverOverrides(rootDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const cacheDir = findRepoRoot(rootDir) === rootDir && !movesGit(env) ? cacheDirOf(rootDir) : undefined;
  if (!cacheDir) return findOverridesAsync(rootDir);
  const finish = (rel: string[]): string[] => outsideNestedPolicies(rootDir, rel.map((p) => join(rootDir, p))).sort();
  const hit = cachedOverrides(cacheDir, rootDir, env);
  if (hit) return finish(hit);
  // A miss: the file-system fingerprint first, then git lists the overrides while another git
  // says where its configuration came from (two processes at once, as the cold path's cost).
  const fingerprint = await fileFingerprint(rootDir, env);
  const [listed, covered] = await Promise.all([listOverridesWithGit(rootDir), fingerprint ? configCovered(rootDir, env, fingerprint.files) : false]);
  if (!listed) return findOverridesAsync(rootDir);
  if (covered) saveOverrides(cacheDir, fingerprint, listed);
  return finish(listed);
}
