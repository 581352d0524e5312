// The policy the guard decides with: found from the agent's working directory upwards, checked,
// compiled. Any error in it is fatal to the decision (the guard fails closed), never "no rules".
//
// Start-up cost is the guard's latency, so the checked policy set is cached, keyed by the
// sha256 of the policy files' paths and contents (the same hash the log records): a hit skips
// the YAML parser, the schema validators and the semantic checks. Override files are still
// discovered on every call (git ls-files), so a new override is never missed. The cache lives
// in the repository's .git directory (never committed), which a built-in rule denies to agents.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_LOG_DIR } from '../engine/builtin-rules.js';
import { compilePolicy, type CompiledPolicy } from '../engine/files.js';
import { findRootPolicy } from '../policy/discover.js';
import { cacheDirOf, openListsCache, policyHash, readPolicySetCache, withCaseClasses, writePolicySetCache, type ListsCache } from '../policy/runtime-cache.js';
import type { PolicySet } from '../policy/types.js';
import { discoverOverrides } from './override-cache.js';
import type { PrefetchedOverrides } from './prefetch.js';

export interface GuardPolicy {
  cp: CompiledPolicy;
  /** Absolute repository root (the root policy's directory). */
  root: string;
  version: string;
  /** sha256 over the effective policy files (path and content of each, in order). */
  hash: string;
  /** Absolute directory of the session logs. */
  logDir: string;
  /** Whether the checked policy came from the cache. */
  cached: boolean;
  /** Compiled path lists kept for this policy by earlier calls: save() after deciding keeps new ones. */
  lists?: ListsCache;
}

/** The policy is missing, unreadable or invalid: the guard denies and says where. */
export class PolicyUnusable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyUnusable';
  }
}

export { policyHash };

/** The log directory: audit.log_dir when set (inside the repository only), else .agent-logs. */
export function logDirOf(root: string, logDir: string | undefined): string {
  const dir = resolve(root, logDir ?? DEFAULT_LOG_DIR);
  const rel = relative(root, dir);
  if (logDir !== undefined && (isAbsolute(logDir) || rel === '' || rel.startsWith('..') || isAbsolute(rel))) {
    throw new PolicyUnusable(`audit.log_dir "${logDir}" is not a directory inside the repository`);
  }
  return dir;
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/** Loads and checks the policy files (the slow path): YAML, schema, semantic checks. */
async function checkPolicy(cwd: string, files: ReadonlyMap<string, Buffer>, overrides: string[]): Promise<PolicySet> {
  const { loadPolicySet } = await import('../policy/index.js');
  const loaded = await loadPolicySet({
    cwd,
    readFile: (abs) => files.get(abs)?.toString('utf8') ?? (isFile(abs) ? readFileSync(abs, 'utf8') : undefined),
    overrideFiles: () => overrides,
  });
  if (!loaded.set) {
    const e = loaded.findings.find((f) => f.severity === 'error');
    const at = e ? `${relative(cwd, e.file) || e.file}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''}` : '';
    throw new PolicyUnusable(e ? `the policy cannot be used: ${at}: ${e.message}` : 'the policy cannot be used');
  }
  return loaded.set;
}

export async function loadGuardPolicy(cwd: string, opts: { cache?: boolean; overrides?: PrefetchedOverrides } = {}): Promise<GuardPolicy> {
  const rootFile = findRootPolicy(cwd, isFile);
  if (!rootFile) throw new PolicyUnusable('no .agent-policy.yml found in the agent\'s directory or above it (up to the repository root)');
  const rootDir = dirname(rootFile);
  const overrides = await (opts.overrides?.rootFile === rootFile ? opts.overrides.files : discoverOverrides(rootDir));
  const files = new Map<string, Buffer>();
  for (const f of [rootFile, ...overrides]) {
    try {
      files.set(f, readFileSync(f));
    } catch (e) {
      if (f === rootFile) throw new PolicyUnusable(`the policy file ${rootFile} cannot be read: ${(e as Error).message}`);
      // An override listed by git but gone from the work tree is not part of the policy.
    }
  }
  const hash = policyHash(rootDir, files);
  const cacheDir = opts.cache === false ? undefined : cacheDirOf(rootDir);
  let set = readPolicySetCache(cacheDir, rootDir, hash);
  const cached = set !== undefined;
  if (!set) {
    set = await checkPolicy(cwd, files, [...files.keys()].slice(1));
    writePolicySetCache(cacheDir, rootDir, hash, set);
  }
  const checked = set;
  const root = checked.root.root;
  const lists = openListsCache(cacheDir, rootDir, hash);
  const cp = withCaseClasses(cacheDir, () => compilePolicy(checked, { lists }));
  return { cp, root, version: checked.root.version, hash, logDir: logDirOf(root, checked.root.audit?.logDir), cached, lists };
}

/** A session id as a file name: kept when plain, else hashed (never a path). */
export function sessionFileName(sessionId: string | undefined, agent: string): string {
  if (sessionId === undefined) return `${agent}-no-session`;
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(sessionId) && !sessionId.includes('..')) return sessionId;
  return `${agent}-${createHash('sha256').update(sessionId).digest('hex').slice(0, 32)}`;
}

export function sessionLogPath(policy: GuardPolicy, sessionId: string | undefined, agent: string): string {
  return join(policy.logDir, `${sessionFileName(sessionId, agent)}.jsonl`);
}

