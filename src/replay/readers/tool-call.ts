// A logged tool call (Claude tool_use blocks, Codex function calls, pillar and tool_invoke
// entries) turned into log entries through the one tool vocabulary the runtime guard uses
// (src/agent-tools, data/agent-tools.json): a call is judged on what the tool does, not on its
// name. Each effect (a file write, a command, a request) is one entry that also carries the tool
// name, checked against the policy's tool rules (`tools.allow: [Read, Edit]` forbids WebFetch);
// a call with no effect of its own is one tool entry.
import { toolActions, toolSpec, unknownFields, type AgentName, type ToolSpec } from '../../agent-tools/index.js';
import type { Action, ActionContext } from '../../engine/types.js';
import { isObj, unplacedHint } from './common.js';
import { localCwd, toRepoPath, type PathBase } from './paths.js';
import { derivedOnce } from '../../derived.js';
import type { LogEntry, LogFormat, Logged } from './types.js';

export interface ToolCall {
  /** The agent whose vocabulary names the tool; undefined for logs that name none. */
  agent?: AgentName;
  tool: string;
  input: unknown;
  /** How the log calls it in messages (defaults to the tool name). */
  head?: string;
  toolUseId?: string;
}

export interface ToolCallEntries {
  entries: LogEntry[];
  /** What could not be read (a file tool without a path): reported, the rest is replayed. */
  problems: string[];
}

/** The keys a table row reads, per row (rows are the table's own objects: a few dozen). */
const keysRead = derivedOnce((spec: ToolSpec): ReadonlySet<string> => {
  const read = new Set<string>();
  for (const keys of [spec.command, spec.paths, spec.dir, spec.glob, spec.url, spec.urlsInText, spec.patch, spec.server, spec.tool, spec.arguments]) for (const k of keys ?? []) read.add(k);
  return read;
});

/** The input without the keys its table row reads; undefined when nothing is left (the usual call). */
function leftover(input: Record<string, unknown>, spec: ToolSpec): Record<string, unknown> | undefined {
  const read = keysRead(spec);
  let any = false;
  for (const k in input) {
    if (Object.hasOwn(input, k) && !read.has(k)) {
      any = true;
      break;
    }
  }
  if (!any) return undefined;
  // fromEntries defines own properties: a logged `__proto__` key stays a key (assigned, it became
  // the copy's prototype, and its fields were then read as the call's own).
  return Object.fromEntries(Object.entries(input).filter(([k]) => !read.has(k)));
}

const NONE: readonly Action[] = [];

type Facts = Pick<ActionContext, 'agentId' | 'sessionId' | 'timestamp' | 'approvalId'>;

/** The entries of one logged tool call; they share `logged`, so one outcome settles them all. */
export function toolCallEntries(call: ToolCall, format: LogFormat, logged: Logged, facts: Facts, base: PathBase): ToolCallEntries {
  const cwd = localCwd(base);
  const context: ActionContext = { agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd };
  const r = toolActions({ agent: call.agent, tool: call.tool, input: call.input, context, placeDir: (dir) => localCwd({ ...base, cwd: dir }) });
  const all = r.actions;
  const named = all[0];
  // A log that names no agent may give a known tool fields its table row does not read (a
  // `source` beside a `path`): each of them that names a path, a command or a URL is decided too.
  const spec = call.agent === undefined ? toolSpec(undefined, call.tool) : undefined;
  const rest = spec && isObj(call.input) ? leftover(call.input, spec) : undefined;
  const extra = rest ? unknownFields(rest, context) : undefined;
  // Built at its size where it can be (a call has one effect, nearly always): a push onto an
  // empty array reserves 17 slots, and a replay reads a million calls.
  let placed: Action[] | undefined;
  const place = (a: Action): void => {
    if (placed === undefined) placed = [a];
    else placed.push(a);
  };
  const n = all.length + (extra ? extra.length : 0);
  for (let i = 1; i < n; i++) {
    const a = i < all.length ? all[i]! : extra![i - all.length]!;
    if (a.kind !== 'filesystem') {
      // A command's absolute operands under the logged root are files of the repository.
      if (a.kind === 'command' && base.sessionRoot !== undefined) a.loggedRoot = base.sessionRoot;
      place(a);
      continue;
    }
    // File paths become repository-relative here (no cwd left: the engine would join it again).
    // A search of the whole project names no file: the log does not say which were read.
    const paths = a.paths.length === 1 ? [toRepoPath(a.paths[0]!, base)] : [...new Set(a.paths.map((p) => toRepoPath(p, base)))];
    const kept = paths.length === 1 ? (paths[0] === '.' || paths[0] === '' ? [] : paths) : paths.filter((p) => p !== '.' && p !== '');
    // A literal, not a spread: a spread of an action is far slower (see src/agent-tools).
    if (kept.length > 0) {
      place(
        a.guessed
          ? { kind: 'filesystem', op: a.op, paths: kept, guessed: true, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, approvalId: a.approvalId, cwd: undefined }
          : { kind: 'filesystem', op: a.op, paths: kept, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, approvalId: a.approvalId, cwd: undefined },
      );
    }
  }
  const head = call.head ?? call.tool;
  const hint = unplacedHint(base, placed ?? NONE);
  const entry = (action: Action, tool?: string): LogEntry => {
    const e: LogEntry = { format, action, logged, head };
    if (tool !== undefined) e.tool = tool;
    if (call.toolUseId !== undefined) e.toolUseId = call.toolUseId;
    if (hint !== undefined) e.hint = hint;
    return e;
  };
  let entries: LogEntry[];
  if (placed !== undefined) entries = placed.map((a) => entry(a, a.kind === 'tool' ? undefined : call.tool));
  else if (r.problems.length > 0) entries = [];
  else entries = [entry(named!)];
  return { entries, problems: r.problems };
}
