// A named tool call with a parameter object (pillar entries, tool_invoke entries, Claude tool_use
// blocks) turned into the engine's Action: file tools -> filesystem, shells -> command,
// fetchers -> network, anything else -> tool. The replay also checks every call's tool name
// against the policy's tool rules (LogEntry.tool): `tools.allow: [Read, Edit]` forbids WebFetch.
import { posix } from 'node:path';
import type { Action, ActionContext } from '../../engine/types.js';
import { classifyTool, clip, commandsOf, isObj, pathsOf, str, targetsOf } from './common.js';
import { toRepoPath, type PathBase } from './paths.js';

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

export type ToolCallResult = { kind: 'action'; action: Action } | { kind: 'unknown'; message: string };

/** The directory part of a glob before its first wildcard: `src/**\/*.ts` -> `src`. */
export function staticPrefix(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (/[*?[\]{}!]/.test(part)) break;
    fixed.push(part);
  }
  // A glob without wildcards names a file; its directory is what a search reads.
  if (fixed.length === parts.length) fixed.pop();
  return fixed.join('/');
}

export function actionFromToolCall(name: string, params: unknown, context: ActionContext, base: PathBase): ToolCallResult {
  const p = isObj(params) ? params : EMPTY;
  const { agentId, sessionId, timestamp, approvalId, cwd } = context;
  const cls = classifyTool(name);
  // Objects built literally (no spreads): one shape per kind, fast in the engine and the cache.
  const toolOnly = (): ToolCallResult => ({ kind: 'action', action: { kind: 'tool', tool: name, parameters: params, agentId, sessionId, timestamp, approvalId, cwd } });
  switch (cls.kind) {
    case 'skip':
      return toolOnly();
    case 'filesystem': {
      const raw = pathsOf(p);
      if (raw.length === 0) return { kind: 'unknown', message: `${clip(name, 60)} call without a file path` };
      const paths = raw.length === 1 ? [toRepoPath(raw[0]!, base)] : raw.map((x) => toRepoPath(x, base));
      // File paths are repository-relative now: no cwd, or the engine would join it again.
      return { kind: 'action', action: { kind: 'filesystem', op: cls.op, paths, agentId, sessionId, timestamp, approvalId, cwd: undefined } };
    }
    case 'search': {
      // Glob/Grep/LS read below their directory: check that directory (and the glob's fixed part).
      const dir = str(p.path) ?? str(p.directory) ?? str(p.dir) ?? '.';
      // Grep's `pattern` is a regular expression, not a path; its file filter is `glob`.
      const glob = /grep|search/i.test(name) ? str(p.glob) : str(p.glob) ?? str(p.pattern);
      const prefix = glob ? staticPrefix(glob.replace(/\\/g, '/')) : '';
      const joined = prefix.startsWith('/') ? prefix : prefix ? posix.join(dir.replace(/\\/g, '/'), prefix) : dir;
      const path = toRepoPath(joined, base);
      // A search of the whole repository names no file; the log does not say which were read.
      if (path === '.' || path === '') return toolOnly();
      return { kind: 'action', action: { kind: 'filesystem', op: 'read', paths: [path], agentId, sessionId, timestamp, approvalId, cwd: undefined } };
    }
    case 'command': {
      const command = commandsOf(p)[0];
      if (!command) return { kind: 'unknown', message: `${clip(name, 60)} call without a command` };
      return { kind: 'action', action: { kind: 'command', command, agentId, sessionId, timestamp, approvalId, cwd } };
    }
    case 'network': {
      const { host, url } = targetsOf(p)[0] ?? {};
      if (!host && !url) return { kind: 'unknown', message: `${clip(name, 60)} call without a url or host` };
      return { kind: 'action', action: { kind: 'network', host, url, agentId, sessionId, timestamp, approvalId, cwd } };
    }
    case 'tool':
      return toolOnly();
  }
}
