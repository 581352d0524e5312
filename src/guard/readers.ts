// One reader per agent: the hook payload (already parsed JSON) turned into a GuardEvent.
// Shapes are pinned in fixtures/agents/<agent>/ with the public documentation they come from.
// Anything unexpected throws PayloadError, which the guard answers with a deny (fail closed).
import { PayloadError, type EventKind, type GuardAgent, type GuardEvent } from './event.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function need(o: Obj, key: string, what: string): string {
  const v = str(o[key]);
  if (v === undefined) throw new PayloadError(`${what} payload without "${key}"`);
  return v;
}

/** Tool arguments sent as a JSON-encoded string (Copilot's toolArgs, Cursor's MCP tool_input). */
function jsonArgs(v: unknown, what: string): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    throw new PayloadError(`${what}: the tool arguments are a string that is not JSON`);
  }
}

// Claude Code and Codex share one shape (Codex adopted Claude's hook protocol); Gemini CLI's is
// the same with its own event names.
const CLAUDE_EVENTS: Record<string, EventKind> = {
  PreToolUse: 'pre-tool',
  PostToolUse: 'post-tool',
  PostToolUseFailure: 'post-tool',
  SessionStart: 'session-start',
  SessionEnd: 'session-end',
};

const GEMINI_EVENTS: Record<string, EventKind> = {
  BeforeTool: 'pre-tool',
  AfterTool: 'post-tool',
  SessionStart: 'session-start',
  SessionEnd: 'session-end',
};

function readClaudeLike(o: Obj, agent: string, events: Record<string, EventKind>): GuardEvent {
  const name = need(o, 'hook_event_name', agent);
  const kind = Object.hasOwn(events, name) ? events[name] : undefined;
  if (!kind) throw new PayloadError(`unknown ${agent} hook event "${name.slice(0, 60)}"`);
  const e: GuardEvent = { kind, name, sessionId: str(o.session_id), cwd: str(o.cwd), mode: str(o.permission_mode) };
  if (kind === 'pre-tool' || kind === 'post-tool') {
    e.tool = need(o, 'tool_name', `${agent} ${name}`);
    if (!('tool_input' in o)) throw new PayloadError(`${agent} ${name} payload without "tool_input"`);
    e.input = o.tool_input;
    e.toolUseId = str(o.tool_use_id);
    if (kind === 'post-tool') e.result = name === 'PostToolUseFailure' || toolFailed(o.tool_response) ? 'error' : 'success';
  }
  return e;
}

/** A tool_response that says it failed (`is_error`, `success: false`, a non-zero exit code, Gemini's `error`). */
function toolFailed(r: unknown): boolean {
  if (!isObj(r)) return false;
  if (r.is_error === true || r.success === false || r.interrupted === true || (r.error !== undefined && r.error !== null)) return true;
  const code = r.exit_code ?? r.exitCode;
  return typeof code === 'number' && code !== 0;
}

// Cursor names the tool by the event itself (beforeShellExecution) and carries the arguments at
// the top level; its newer preToolUse event carries tool_name and tool_input like Claude.
const CURSOR_EVENTS: Record<string, EventKind> = {
  beforeShellExecution: 'pre-tool',
  beforeReadFile: 'pre-tool',
  beforeMCPExecution: 'pre-tool',
  preToolUse: 'pre-tool',
  afterShellExecution: 'post-tool',
  afterFileEdit: 'post-tool',
  afterMCPExecution: 'post-tool',
  postToolUse: 'post-tool',
  sessionStart: 'session-start',
  sessionEnd: 'session-end',
};

function readCursor(o: Obj): GuardEvent {
  const name = need(o, 'hook_event_name', 'cursor');
  const kind = Object.hasOwn(CURSOR_EVENTS, name) ? CURSOR_EVENTS[name] : undefined;
  if (!kind) throw new PayloadError(`unknown cursor hook event "${name.slice(0, 60)}"`);
  const roots = Array.isArray(o.workspace_roots) ? o.workspace_roots.filter((r): r is string => typeof r === 'string') : [];
  const e: GuardEvent = { kind, name, sessionId: str(o.conversation_id) ?? str(o.session_id), cwd: str(o.cwd) ?? roots[0] };
  if (kind === 'session-start' || kind === 'session-end') return e;
  if (name === 'preToolUse' || name === 'postToolUse') {
    e.tool = need(o, 'tool_name', `cursor ${name}`);
    e.input = jsonArgs(o.tool_input, `cursor ${name}`);
  } else {
    // The event is the tool: its top-level fields are the arguments (the table names which).
    e.tool = name;
    const { hook_event_name: _n, conversation_id: _c, generation_id: _g, workspace_roots: _w, content: _content, ...rest } = o;
    e.input = rest;
    if (name === 'beforeShellExecution' && str(o.command) === undefined) throw new PayloadError('cursor beforeShellExecution payload without "command"');
    if (name === 'beforeReadFile' && str(o.file_path) === undefined) throw new PayloadError('cursor beforeReadFile payload without "file_path"');
    if (name === 'beforeMCPExecution' && str(o.tool_name) === undefined) throw new PayloadError('cursor beforeMCPExecution payload without "tool_name"');
  }
  e.toolUseId = str(o.generation_id);
  if (kind === 'post-tool') e.result = 'success';
  return e;
}

// Copilot CLI: camelCase names give camelCase fields (toolName, toolArgs as a JSON string);
// PascalCase names give the VS Code-compatible snake_case fields (tool_name, tool_input).
const COPILOT_EVENTS: Record<string, EventKind> = {
  preToolUse: 'pre-tool',
  PreToolUse: 'pre-tool',
  postToolUse: 'post-tool',
  PostToolUse: 'post-tool',
  sessionStart: 'session-start',
  SessionStart: 'session-start',
  sessionEnd: 'session-end',
  SessionEnd: 'session-end',
};

function readCopilot(o: Obj, event: string | undefined): GuardEvent {
  // The camelCase payload does not name its event: the hook command does (--event), else the
  // fields show it (toolName: a tool event; toolResult: after the tool).
  const name = str(o.hook_event_name) ?? str(o.hookEventName) ?? event ?? inferCopilotEvent(o);
  const kind = Object.hasOwn(COPILOT_EVENTS, name) ? COPILOT_EVENTS[name] : undefined;
  if (!kind) throw new PayloadError(`unknown copilot hook event "${name.slice(0, 60)}"`);
  const e: GuardEvent = { kind, name, sessionId: str(o.sessionId) ?? str(o.session_id), cwd: str(o.cwd) };
  if (kind === 'pre-tool' || kind === 'post-tool') {
    const snake = 'tool_name' in o;
    e.tool = snake ? need(o, 'tool_name', `copilot ${name}`) : need(o, 'toolName', `copilot ${name}`);
    const args = snake ? o.tool_input : o.toolArgs;
    if (args === undefined) throw new PayloadError(`copilot ${name} payload without ${snake ? '"tool_input"' : '"toolArgs"'}`);
    e.input = jsonArgs(args, `copilot ${name}`);
    e.toolUseId = str(o.toolCallId) ?? str(o.tool_use_id);
    if (kind === 'post-tool') {
      const r = o.toolResult ?? o.tool_response;
      const type = isObj(r) ? str(r.resultType) ?? str(r.result_type) : undefined;
      e.result = type === 'failure' || type === 'error' || type === 'denied' ? 'error' : 'success';
    }
  }
  return e;
}

function inferCopilotEvent(o: Obj): string {
  if ('toolResult' in o) return 'postToolUse';
  if ('toolName' in o) return 'preToolUse';
  if ('source' in o) return 'sessionStart';
  if ('reason' in o) return 'sessionEnd';
  throw new PayloadError('copilot payload whose event cannot be told (no toolName, toolResult, source or reason; pass --event NAME)');
}

export function readPayload(agent: GuardAgent, payload: unknown, event?: string): GuardEvent {
  if (!isObj(payload)) throw new PayloadError(`the ${agent} hook payload is not a JSON object`);
  switch (agent) {
    case 'claude':
    case 'codex':
      return readClaudeLike(payload, agent, CLAUDE_EVENTS);
    case 'gemini':
      return readClaudeLike(payload, agent, GEMINI_EVENTS);
    case 'cursor':
      return readCursor(payload);
    case 'copilot':
      return readCopilot(payload, event);
  }
}
