// Claude Code session transcripts (~/.claude/projects/<project>/<session>.jsonl): `assistant`
// lines carry tool_use blocks (the attempts), `user` lines carry the matching tool_result blocks
// (what happened). Other record types (system, summary, file-history-snapshot, progress, ...)
// hold no action and are skipped.
import { isObj, str, type Obj } from './common.js';
import { toolCallEntries } from './tool-call.js';
import type { LogEntry, ReadResult, ReaderState, ToolOutcome } from './types.js';

const MARKERS = ['sessionId', 'session_id', 'uuid', 'parentUuid', 'leafUuid', 'messageId'];

export function isClaudeShape(o: Obj): boolean {
  if (typeof o.type !== 'string' || o.action !== undefined) return false;
  if (isObj(o.message)) return true;
  for (const m of MARKERS) if (m in o) return true;
  return false;
}

// Whether a tool use was refused comes from fields Claude Code itself writes, never from the
// result text: a command's output becomes the tool_result text, so an `rm -rf` that prints
// "requires approval" or "The user doesn't want to proceed" must still count as carried out.
// The structural markers (sources in docs/replay.md):
// - `toolDenialKind` on the user record that carries the result (Claude Code 2.1+): the call was
//   refused before it ran: by the person at the prompt, a permission rule or hook, or auto mode.
//   `cancelled` (interrupted while running) is not a refusal: the tool had started.
// - `toolUseResult: "User rejected tool use"` (the whole field, as older versions write a prompt
//   rejection): a tool that ran has its structured result there (an object, an array for MCP
//   tools, or "Error: " and the output), never this exact string.
// - an `attachment` record of type `hook_blocking_error` from a PreToolUse hook, naming the
//   tool use by `toolUseID`.
const DENIAL_KINDS: Record<string, string> = {
  'user-rejected': 'rejected at the permission prompt',
  'permission-rule': 'denied by a permission rule or hook',
  'automode-blocked': 'blocked by the auto mode classifier',
  'automode-unavailable': 'refused: auto mode could not decide',
};
const REJECTED_RESULT = 'User rejected tool use';

/** The single tool_result of a user record ('' when it has none or several). */
function onlyResultId(content: unknown[]): string {
  let id = '';
  for (const b of content) {
    if (!isObj(b) || b.type !== 'tool_result') continue;
    if (id !== '' || typeof b.tool_use_id !== 'string') return '';
    id = b.tool_use_id;
  }
  return id;
}

function outcomesOf(record: Obj, content: unknown[]): ToolOutcome[] {
  const out: ToolOutcome[] = [];
  // A record-level marker speaks for the record's one result; with several it names none of them.
  let why: string | undefined;
  const kind = record.toolDenialKind;
  if (typeof kind === 'string' && Object.hasOwn(DENIAL_KINDS, kind)) why = DENIAL_KINDS[kind];
  else if (record.toolUseResult === REJECTED_RESULT) why = 'rejected at the permission prompt';
  const refused = why !== undefined ? onlyResultId(content) : '';
  for (const b of content) {
    if (!isObj(b) || b.type !== 'tool_result' || typeof b.tool_use_id !== 'string') continue;
    const blocked = refused !== '' && b.tool_use_id === refused && b.is_error === true;
    out.push(blocked ? { toolUseId: b.tool_use_id, blocked, why } : { toolUseId: b.tool_use_id, blocked: false });
  }
  return out;
}

/** A PreToolUse hook's block, recorded as an attachment that names the tool use. */
function hookBlock(o: Obj): ToolOutcome[] | undefined {
  const a = o.attachment;
  if (!isObj(a) || a.type !== 'hook_blocking_error' || typeof a.toolUseID !== 'string' || a.toolUseID === '') return undefined;
  const event = typeof a.hookEvent === 'string' ? a.hookEvent : typeof a.hookName === 'string' ? a.hookName.split(':')[0] : undefined;
  if (event !== 'PreToolUse') return undefined;
  return [{ toolUseId: a.toolUseID, blocked: true, why: 'blocked by a PreToolUse hook' }];
}

// `Edit.input`: where a secret was found, per tool name (a few dozen names; bounded all the same).
const labels = new Map<string, string>();
function inputLabel(name: string): string {
  let l = labels.get(name);
  if (l === undefined) {
    l = `${name}.input`;
    if (labels.size < 1000) labels.set(name, l);
  }
  return l;
}

// Repeats are adjacent (a message re-written as it grows): a short memory suffices.
const SEEN_LIMIT = 1000;

export function readClaude(o: Obj, state: ReaderState): ReadResult {
  const sessionId = str(o.sessionId) ?? str(o.session_id);
  const cwd = str(o.cwd);
  const key = sessionId ?? '';
  // The project directory is the session's first cwd (Claude Code starts in it): never a later
  // line's own cwd, which may be anywhere the agent went (`cd /`).
  let sessionRoot = state.sessionRoots.get(key);
  if (cwd && sessionRoot === undefined) state.sessionRoots.set(key, (sessionRoot = cwd));
  // Sub-agent threads run in parallel and are written one after another: each is its own
  // timeline, named by its root line. ('?': a thread whose root this reader has not seen.)
  const side = o.isSidechain === true;
  if (side && o.parentUuid === null) state.sideRoots.set(key, str(o.uuid) ?? `line-${state.sideRoots.size}`);
  const message = isObj(o.message) ? o.message : undefined;
  const content = message && Array.isArray(message.content) ? message.content : undefined;

  if (o.type === 'user') return content ? { kind: 'skip', outcomes: outcomesOf(o, content) } : { kind: 'skip' };
  if (o.type === 'attachment') {
    const outcomes = hookBlock(o);
    return outcomes ? { kind: 'skip', outcomes } : { kind: 'skip' };
  }
  if (o.type !== 'assistant' || !content) return { kind: 'skip' };

  const timestamp = str(o.timestamp);
  const agentId = state.defaultAgent;
  const sub = str(o.agentId) ?? (side ? `side:${state.sideRoots.get(key) ?? '?'}` : '');
  const facts = { agentId, sessionId, timestamp, timeline: sub ? `${key}#${sub}` : key };
  const base = { repoRoot: state.repoRoot, sessionRoot, cwd };
  // Made at their size for the usual line of one tool use (a push onto an empty array reserves
  // 17 slots, and a transcript has hundreds of thousands of them).
  let entries: LogEntry[] | undefined;
  let params: Array<[unknown, string]> | undefined;
  let problems: string[] | undefined;
  for (const b of content) {
    if (!isObj(b) || b.type !== 'tool_use' || typeof b.name !== 'string') continue;
    const id = str(b.id);
    if (id) {
      // One set operation: the size grows only for an id not seen before.
      const seen = state.seenToolUse;
      const before = seen.size;
      if (seen.add(id).size === before) continue;
      if (before >= SEEN_LIMIT) {
        seen.clear();
        seen.add(id);
      }
    }
    const where: [unknown, string] = [b.input, inputLabel(b.name)];
    if (params === undefined) params = [where];
    else params.push(where);
    // Each tool use has its own outcome: its own logged record, shared by its effects.
    const r = toolCallEntries({ agent: 'claude', tool: b.name, input: b.input, toolUseId: id }, 'claude', { timestamp }, { agentId, sessionId, timestamp, approvalId: undefined }, base);
    for (const p of r.problems) (problems ??= []).push(`tool_use ${p}`);
    // The call's own array, when it is the first (no one else holds it).
    if (entries === undefined) entries = r.entries;
    else for (const e of r.entries) entries.push(e);
  }
  if (params === undefined) return { kind: 'skip' };
  return { kind: 'entries', entries: entries!, facts, params, problems: problems ?? [] };
}
