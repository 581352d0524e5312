// Codex CLI session rollouts (~/.codex/sessions/YYYY/MM/DD/rollout-*.jsonl). Each line is a
// RolloutLine `{timestamp, type, payload}` (openai/codex, codex-rs/protocol; cited in
// fixtures/logs/codex/README.md): `session_meta` (the session id and the directory Codex runs in),
// `turn_context` (each turn's cwd), `response_item` (messages and tool calls: `function_call` with
// JSON-text `arguments`, `custom_tool_call` with raw `input` such as apply_patch's patch,
// `local_shell_call` with an argv, and their outputs), `event_msg` and `compacted`.
//
// Tool calls are read through Codex's names in the shared vocabulary (src/agent-tools). A rollout
// records no refusal in a structured field (a declined command gets no output, or an output text
// the command could also print), so every call counts as carried out.
import { posix } from 'node:path';
import { isObj, str, type Obj } from './common.js';
import { posixPath } from './paths.js';
import { toolCallEntries } from './tool-call.js';
import type { ReadResult, ReaderState, ToolOutcome } from './types.js';

const LINE_TYPES = new Set(['session_meta', 'response_item', 'turn_context', 'event_msg', 'compacted']);
const CALLS = new Set(['function_call', 'custom_tool_call', 'local_shell_call']);
const OUTPUTS = new Set(['function_call_output', 'custom_tool_call_output', 'local_shell_call_output']);

// One rollout file is one session. Its facts live in the reader state's session map, which a
// parallel replay hands between slices and checks for a slice that guessed them wrongly.
const ROOT = 'codex:root';
const SESSION = 'codex:session';

export function isCodexShape(o: Obj): boolean {
  return typeof o.type === 'string' && LINE_TYPES.has(o.type) && isObj(o.payload) && o.action === undefined;
}

export function readCodex(o: Obj, state: ReaderState): ReadResult {
  const p = o.payload as Obj;
  switch (o.type) {
    case 'session_meta': {
      // The directory Codex was started in is the project (its sandbox's writable root).
      const cwd = str(p.cwd);
      if (cwd) state.sessionRoots.set(ROOT, cwd);
      const id = str(p.id);
      if (id) state.sessionRoots.set(SESSION, id);
      return { kind: 'skip' };
    }
    case 'turn_context':
      state.codexCwd = str(p.cwd);
      return { kind: 'skip' };
    case 'response_item':
      return responseItem(p, str(o.timestamp), state);
    default:
      return { kind: 'skip' };
  }
}

function responseItem(p: Obj, timestamp: string | undefined, state: ReaderState): ReadResult {
  const type = p.type;
  if (typeof type !== 'string') return { kind: 'skip' };
  if (OUTPUTS.has(type)) {
    // Outputs settle their calls at once (as carried out): nothing in them is structural.
    const id = str(p.call_id);
    const outcomes: ToolOutcome[] = id ? [{ toolUseId: id, blocked: false }] : [];
    return { kind: 'skip', outcomes };
  }
  if (type === 'web_search_call') return call({ tool: 'web_search', input: p.action, id: undefined }, timestamp, state);
  if (!CALLS.has(type)) return { kind: 'skip' };
  const id = str(p.call_id) ?? str(p.id);
  if (type === 'local_shell_call') {
    const action = isObj(p.action) ? p.action : {};
    return call({ tool: 'shell', input: { command: action.command, workdir: action.working_directory }, id }, timestamp, state);
  }
  const name = str(p.name);
  if (!name) return { kind: 'unknown', message: `Codex ${type} without a name` };
  if (type === 'custom_tool_call') return call({ tool: name, input: { input: p.input }, id }, timestamp, state);
  // function_call: the arguments are JSON text; apply_patch may also be given the patch itself.
  let input: unknown = p.arguments;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch {
      input = { input };
    }
  }
  return call({ tool: name, input, id }, timestamp, state);
}

function call(c: { tool: string; input: unknown; id: string | undefined }, timestamp: string | undefined, state: ReaderState): ReadResult {
  // A slice of a large file that starts after session_meta guesses "unknown" (''): the merge
  // sees the guess disagree with the truth and replays the slice knowing it.
  if (!state.sessionRoots.has(ROOT)) state.sessionRoots.set(ROOT, '');
  if (!state.sessionRoots.has(SESSION)) state.sessionRoots.set(SESSION, '');
  const root = state.sessionRoots.get(ROOT) || undefined;
  const sessionId = state.sessionRoots.get(SESSION) || undefined;
  const input = isObj(c.input) ? c.input : {};
  // A call's `workdir` is where it runs: relative to the turn's cwd (else the session's).
  const turn = state.codexCwd ?? root;
  const workdir = str(input.workdir);
  const cwd = workdir === undefined ? turn : workdir.startsWith('/') || /^[A-Za-z]:[\\/]/.test(workdir) || turn === undefined ? workdir : posix.join(posixPath(turn), posixPath(workdir));
  const agentId = state.defaultAgent;
  const facts = { agentId, sessionId, timestamp, timeline: sessionId ?? 'codex' };
  const base = { repoRoot: state.repoRoot, sessionRoot: root, cwd };
  // The workdir is applied here, for every tool (a patch's files are relative to it too): not again
  // by the tool table, which reads a command tool's own directory field.
  const callInput = workdir === undefined ? c.input : Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'workdir'));
  const r = toolCallEntries({ agent: 'codex', tool: c.tool, input: callInput, toolUseId: c.id }, 'codex', { timestamp }, { agentId, sessionId, timestamp, approvalId: undefined }, base);
  return { kind: 'entries', entries: r.entries, facts, params: [[c.input, `${c.tool}.arguments`]], problems: r.problems.map((m) => `Codex ${m}`) };
}
