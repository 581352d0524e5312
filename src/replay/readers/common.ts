import type { Action } from '../../engine/types.js';
import { relCwd, type PathBase } from './paths.js';
import { commandText } from '../../agent-tools/index.js';
import type { LogEntry } from './types.js';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A logged boolean (`true`, `"true"`); undefined when absent or unclear. */
export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

/** A version may be logged as a number (2.1) or a string ("2.1"). */
export function version(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return str(v);
}

const BLOCKED_WORDS = new Set(['blocked', 'block', 'denied', 'deny', 'rejected', 'reject', 'refused', 'forbidden', 'fail', 'failed', 'violation', 'prevented']);
const ALLOWED_WORDS = new Set(['allowed', 'allow', 'pass', 'passed', 'success', 'succeeded', 'ok', 'approved', 'executed', 'done', 'completed']);

/** `result: "blocked"` / `decision: "deny"` style fields: false blocked, true carried out. */
export function outcomeWord(v: unknown): boolean | undefined {
  if (typeof v !== 'string') return undefined;
  const w = v.trim().toLowerCase();
  if (BLOCKED_WORDS.has(w)) return false;
  if (ALLOWED_WORDS.has(w)) return true;
  return undefined;
}

/** `policy_checks: [{policy, result}]`: false if any check blocked, true if all passed. */
export function policyChecks(v: unknown): { allowed?: boolean; reason?: string } {
  if (!Array.isArray(v) || v.length === 0) return {};
  let all = true;
  for (const c of v) {
    const r = isObj(c) ? outcomeWord(c.result ?? c.status ?? c.outcome) : undefined;
    if (r === false) {
      const name = isObj(c) ? str(c.policy) ?? str(c.name) : undefined;
      return { allowed: false, reason: name ? `policy check "${name}" blocked it` : 'a policy check blocked it' };
    }
    if (r !== true) all = false;
  }
  return all ? { allowed: true } : {};
}

/** Keys naming one path, and keys naming a list of them: what pathsOf reads. */
export const PATH_KEY_NAMES = ['path', 'file_path', 'filePath', 'file', 'filename', 'notebook_path', 'target', 'target_file', 'destination'] as const;
export const PATHS_KEY_NAMES = ['paths', 'files', 'file_paths', 'filePaths'] as const;
const PATH_KEYS = new Set<string>(PATH_KEY_NAMES);
const PATHS_KEYS = new Set<string>(PATHS_KEY_NAMES);

/** Every path named by a parameter object (`path`, `file_path`, `paths: [...]`, a move's `source`, ...). */
export function pathsOf(p: Obj): string[] {
  // The common case, one `path` or `file_path` and no other path key, read directly.
  const one = p.path !== undefined ? p.path : p.file_path;
  if (typeof one === 'string' && one !== '' && onlyOnePathKey(p)) return [one];
  return pathsByKeys(p);
}

// Property loads by name stay monomorphic for a log's one entry shape: much cheaper than walking
// every key of the entry through the sets (or loading keys from a list). Every key of the two
// lists but path and file_path must be probed here; the property test in readers.test.ts draws
// its keys from the lists, so a key added there and not here fails it.
function onlyOnePathKey(p: Obj): boolean {
  if (p.path !== undefined && p.file_path !== undefined) return false;
  return (
    p.filePath === undefined && p.file === undefined && p.filename === undefined && p.notebook_path === undefined && p.target === undefined &&
    p.target_file === undefined && p.destination === undefined && p.paths === undefined && p.files === undefined && p.file_paths === undefined &&
    p.filePaths === undefined && p.source === undefined
  );
}

/** The general reading, key by key (tests hold pathsOf's direct case to it). */
export function pathsByKeys(p: Obj): string[] {
  let out: string[] | undefined;
  let one: string | undefined;
  for (const k in p) {
    const v = p[k];
    if (PATH_KEYS.has(k)) {
      if (typeof v !== 'string' || v === '') continue;
      if (one === undefined && out === undefined) one = v;
      else (out ??= [one!]).push(v);
    } else if (PATHS_KEYS.has(k) && Array.isArray(v)) {
      out ??= one === undefined ? [] : [one];
      for (const x of v) {
        if (typeof x === 'string' && x !== '') out.push(x);
        else if (isObj(x) && typeof x.path === 'string') out.push(x.path);
      }
    }
  }
  // A move or copy touches its source too; a source without a destination is still a file the
  // entry names (these are filesystem entries: their `source` is a path, not code).
  if (typeof p.source === 'string' && p.source !== '') (out ??= one === undefined ? [] : [one]).push(p.source);
  if (out) return [...new Set(out)];
  return one === undefined ? [] : [one];
}

/**
 * Every command line an entry names: `command`, `cmd`, `script`, `commandLine`, `argv`. An entry
 * with two of them is two commands, each decided: deciding only the first would let the other
 * field carry anything.
 */
export function commandsOf(p: Obj): string[] {
  const one = str(p.command);
  if (one !== undefined && p.cmd === undefined && p.script === undefined && p.commandLine === undefined && p.argv === undefined) return [one];
  const out: string[] = [];
  for (const v of [p.command, p.cmd, p.script, p.commandLine]) if (typeof v === 'string' && v !== '' && !out.includes(v)) out.push(v);
  if (Array.isArray(p.argv)) {
    const line = commandText(p.argv);
    if (line !== undefined && !out.includes(line)) out.push(line);
  }
  return out;
}

/**
 * Every network target an entry names: each URL field and each host field is its own request,
 * as the engine decides one subject per request (a host beside a URL would hide the URL's host).
 */
export function targetsOf(p: Obj): Array<{ host?: string; url?: string }> {
  const out: Array<{ host?: string; url?: string }> = [];
  const seen = new Set<string>();
  for (const v of [p.url, p.uri, p.endpoint]) if (typeof v === 'string' && v !== '' && !seen.has(v)) (seen.add(v), out.push({ url: v }));
  for (const v of [p.host, p.hostname, p.domain]) {
    if (typeof v !== 'string' || v === '' || seen.has(v)) continue;
    seen.add(v);
    // A host that is the URL's own host adds nothing to decide.
    if (!out.some((t) => t.url !== undefined && urlHost(t.url) === v.toLowerCase())) out.push({ host: v });
  }
  return out;
}

function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Where the repository lay on the machine that wrote the log, when the entry records it. */
export function recordedRoot(o: Obj): string | undefined {
  return str(o.repo_root);
}

const NO_ROOT_HINT =
  'The log records no repository root, so absolute paths count as outside the repository: add "repo_root" (the repository\'s absolute path on the machine that wrote the log) to its entries.';

/**
 * The finding hint when an action names an absolute path or working directory that replay could
 * not place in the repository because the log records no root: how to record it.
 */
export function unplacedHint(base: PathBase, actions: readonly Action[]): string | undefined {
  if (base.sessionRoot !== undefined) return undefined;
  if (relCwd(base)?.startsWith('/')) return NO_ROOT_HINT;
  for (const a of actions) if (a.kind === 'filesystem' && a.paths.some((p) => p.startsWith('/'))) return NO_ROOT_HINT;
  return undefined;
}

/** For messages, built only when a finding needs it: `filesystem.write src/a.ts`, `Bash: npm test`. */
export function entryLabel(e: Pick<LogEntry, 'head' | 'action'>): string {
  const a = e.action;
  const head = clip(e.head, 60);
  switch (a.kind) {
    case 'filesystem':
      return `${head} ${a.paths.length === 1 ? a.paths[0] : `${a.paths.length} paths`}`;
    case 'command':
      return `${head}: ${clip(a.command)}`;
    case 'network':
      return `${head} ${clip(a.url ?? a.host ?? '')}`;
    case 'tool':
      return head === a.tool ? `tool ${clip(a.tool, 80)}` : `${head} ${clip(a.tool, 80)}`;
  }
}

/** Bounded one-line summary of a value for messages (never the whole content). */
export function clip(s: string, max = 120): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
