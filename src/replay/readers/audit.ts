// The seed's audit entries: {"action":"filesystem.write","path":...,"allowed":true,"policy_version":"2.1"}.
import type { Action, ActionContext, FsOp } from '../../engine/types.js';
import { bool, clip, commandsOf, isObj, outcomeWord, pathsOf, recordedRoot, str, targetsOf, unplacedHint, version, type Obj } from './common.js';
import { agentNamed } from '../../agent-tools/index.js';
import { localCwd, toRepoPath } from './paths.js';
import { toolCallEntries } from './tool-call.js';
import type { LineFacts, LogEntry, Logged, ReadResult, ReaderState } from './types.js';

const FS_VERBS: Record<string, FsOp> = {
  write: 'write', create: 'write', edit: 'write', modify: 'write', update: 'write', append: 'write',
  move: 'write', rename: 'write', copy: 'write', chmod: 'write', mkdir: 'write',
  read: 'read', list: 'read', open: 'read', stat: 'read',
  delete: 'delete', remove: 'delete', unlink: 'delete', rmdir: 'delete',
};
const COMMAND_VERBS = new Set(['exec', 'execute', 'run', 'spawn']);
const NETWORK_VERBS = new Set(['request', 'fetch', 'connect', 'http', 'get', 'post']);
const TOOL_VERBS = new Set(['invoke', 'call', 'use']);

export function isAuditShape(o: Obj): boolean {
  return typeof o.action === 'string' && /^(filesystem|file|fs|command|shell|network|net|http|tool)\.[a-z_]+$/i.test(o.action);
}

/** The logged decision: `allowed`, else a `result`/`decision`/`outcome` word. */
export function loggedOf(o: Obj): Logged {
  const allowed = bool(o.allowed) ?? outcomeWord(o.decision) ?? outcomeWord(o.result) ?? outcomeWord(o.outcome) ?? outcomeWord(o.status);
  return {
    allowed,
    requiresApproval: bool(o.requires_approval ?? o.requiresApproval),
    policyVersion: version(o.policy_version ?? o.policyVersion),
    reason: str(o.reason),
    timestamp: str(o.timestamp) ?? str(o.ts) ?? str(o.time),
    user: str(o.user) ?? str(o.user_id),
  };
}

export function contextOf(o: Obj, state: ReaderState, logged: Logged): ActionContext & LineFacts {
  const agentId = str(o.agent_id) ?? str(o.agentId) ?? str(o.agent) ?? state.defaultAgent;
  const sessionId = str(o.session_id) ?? str(o.sessionId) ?? (isObj(o.context) ? str(o.context.session_id) ?? str(o.context.conversation_id) : undefined);
  return {
    agentId,
    sessionId,
    timestamp: logged.timestamp,
    approvalId: str(o.approval_id) ?? str(o.approvalId),
    policyVersion: logged.policyVersion,
    timeline: sessionId ?? agentId ?? '',
  };
}

// Verbs repeat on every line: split each once.
const verbs = new Map<string, [string, string]>();
function splitVerb(verb: string): [string, string] {
  let v = verbs.get(verb);
  if (!v) {
    v = verb.toLowerCase().split('.') as [string, string];
    if (verbs.size < 1000) verbs.set(verb, v);
  }
  return v;
}

export function readAudit(o: Obj, state: ReaderState): ReadResult {
  const verb = String(o.action);
  const [group, op] = splitVerb(verb);
  const logged = loggedOf(o);
  const ctx = contextOf(o, state, logged);
  const cwdField = str(o.cwd);
  const base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: cwdField };
  const { agentId, sessionId, timestamp, approvalId } = ctx;
  const cwd = cwdField === undefined ? undefined : localCwd(base);
  // Arrays made at their size (literals, map): a push onto an empty array reserves 17 slots, and
  // a replay reads a million lines.
  let actions: Action[];
  if (group === 'filesystem' || group === 'file' || group === 'fs') {
    // Own keys only: a log's `filesystem.constructor` is no operation (it was Object, decided as one).
    const fsOp = Object.hasOwn(FS_VERBS, op) ? FS_VERBS[op] : undefined;
    if (!fsOp) return { kind: 'unknown', message: `unknown filesystem operation "${clip(verb, 60)}" (expected write, read or delete)` };
    const raw = pathsOf(o);
    if (raw.length === 0) return { kind: 'unknown', message: `"${clip(verb, 60)}" entry without "path" or "paths"` };
    const paths = raw.length === 1 ? [toRepoPath(raw[0]!, base)] : raw.map((p) => toRepoPath(p, base));
    // Paths are repository-relative now; the engine must not join the cwd again.
    actions = [{ kind: 'filesystem', op: fsOp, paths, agentId, sessionId, timestamp, approvalId, cwd: undefined }];
  } else if (group === 'command' || group === 'shell') {
    if (!COMMAND_VERBS.has(op)) return { kind: 'unknown', message: `unknown command operation "${clip(verb, 60)}" (expected command.exec)` };
    const commands = commandsOf(o);
    if (commands.length === 0) return { kind: 'unknown', message: `"${clip(verb, 60)}" entry without "command"` };
    actions = commands.map((command): Action => ({ kind: 'command', command, agentId, sessionId, timestamp, approvalId, cwd, loggedRoot: base.sessionRoot }));
  } else if (group === 'network' || group === 'net' || group === 'http') {
    if (!NETWORK_VERBS.has(op)) return { kind: 'unknown', message: `unknown network operation "${clip(verb, 60)}" (expected network.request)` };
    const targets = targetsOf(o);
    if (targets.length === 0) return { kind: 'unknown', message: `"${clip(verb, 60)}" entry without "host" or "url"` };
    actions = targets.map(({ host, url }): Action => ({ kind: 'network', host, url, agentId, sessionId, timestamp, approvalId, cwd }));
  } else {
    if (!TOOL_VERBS.has(op)) return { kind: 'unknown', message: `unknown tool operation "${clip(verb, 60)}" (expected tool.invoke)` };
    const tool = str(o.tool) ?? str(o.name);
    if (!tool) return { kind: 'unknown', message: `"${clip(verb, 60)}" entry without "tool"` };
    const params = o.parameters ?? o.params;
    if (isObj(params)) {
      // What the tool was given is decided too (its paths, commands, URLs), as for tool_invoke.
      const r = toolCallEntries({ agent: agentNamed(o.runtime), tool, input: params, head: verb }, 'audit', logged, ctx, base);
      if (r.entries.length > 0) return { kind: 'entries', entries: r.entries, facts: ctx, params: [[o, '']], problems: r.problems };
    }
    actions = [{ kind: 'tool', tool, parameters: params, agentId, sessionId, timestamp, approvalId, cwd }];
  }
  const hint = unplacedHint(base, actions);
  // One logged decision for every subject of the line: they share it.
  const entries = actions.map((action): LogEntry => (hint ? { format: 'audit', action, logged, head: verb, hint } : { format: 'audit', action, logged, head: verb }));
  return { kind: 'entries', entries, facts: ctx, params: [[o, '']] };
}
