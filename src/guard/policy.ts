// The policy the guard decides with: found from the agent's working directory upwards, checked,
// compiled. Any error in it is fatal to the decision (the guard fails closed), never "no rules".
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_LOG_DIR } from '../engine/builtin-rules.js';
import { compilePolicy, type CompiledPolicy } from '../engine/index.js';
import { loadPolicySet } from '../policy/index.js';

export interface GuardPolicy {
  cp: CompiledPolicy;
  /** Absolute repository root (the root policy's directory). */
  root: string;
  version: string;
  /** sha256 over the effective policy files (path and content of each, in order). */
  hash: string;
  /** Absolute directory of the session logs. */
  logDir: string;
}

/** The policy is missing, unreadable or invalid: the guard denies and says where. */
export class PolicyUnusable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyUnusable';
  }
}

/** sha256 of the policy files: `path NUL content NUL` for each, paths relative to the root. */
export function policyHash(root: string, files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(relative(root, f).split(sep).join('/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return `sha256:${h.digest('hex')}`;
}

/** The log directory: audit.log_dir when set (inside the repository only), else .agent-logs. */
export function logDirOf(root: string, logDir: string | undefined): string {
  const dir = resolve(root, logDir ?? DEFAULT_LOG_DIR);
  const rel = relative(root, dir);
  if (logDir !== undefined && (isAbsolute(logDir) || rel === '' || rel.startsWith('..') || isAbsolute(rel))) {
    throw new PolicyUnusable(`audit.log_dir "${logDir}" is not a directory inside the repository`);
  }
  return dir;
}

export async function loadGuardPolicy(cwd: string): Promise<GuardPolicy> {
  const loaded = await loadPolicySet({ cwd });
  if (!loaded.set) {
    const e = loaded.findings.find((f) => f.severity === 'error');
    const at = e ? `${e.file}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''}` : '';
    throw new PolicyUnusable(e ? `the policy cannot be used: ${at}: ${e.message}` : 'the policy cannot be used');
  }
  const set = loaded.set;
  const root = set.root.root;
  return {
    cp: compilePolicy(set),
    root,
    version: set.root.version,
    hash: policyHash(root, loaded.files),
    logDir: logDirOf(root, set.root.audit?.logDir),
  };
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
