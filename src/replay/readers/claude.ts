// Claude Code session transcripts (~/.claude/projects/<project>/<session>.jsonl): `assistant`
// lines carry tool_use blocks (the attempts), `user` lines carry the matching tool_result blocks
// (what happened). Other record types (system, summary, file-history-snapshot, progress, ...)
// hold no action and are skipped.
import { isObj, str, type Obj } from './common.js';
import { localCwd } from './paths.js';
import { actionFromToolCall } from './tool-call.js';
import type { LogEntry, ReadResult, ReaderState, ToolOutcome } from './types.js';

const MARKERS = ['sessionId', 'session_id', 'uuid', 'parentUuid', 'leafUuid', 'messageId'];

export function isClaudeShape(o: Obj): boolean {
  if (typeof o.type !== 'string' || o.action !== undefined) return false;
  if (isObj(o.message)) return true;
  for (const m of MARKERS) if (m in o) return true;
  return false;
}

// tool_result texts that mean the tool did not run because something refused it: the user
// rejected it at the permission prompt, a permission rule denied it, or a PreToolUse hook blocked it.
const BLOCKED: Array<[RegExp, string]> = [
  [/doesn't want to (?:proceed with this tool use|take this action)|tool use was rejected/i, 'rejected at the permission prompt'],
  [/Permission to use \S+ .*has been denied|permission (?:was )?denied by (?:policy|rule|settings|the user)/i, 'denied by a permission rule'],
  [/operation blocked by hook|PreToolUse:\S+ hook (?:error|blocked|stopped)|blocked by (?:a |the )?(?:PreToolUse )?hook/i, 'blocked by a hook'],
  [/^(?:<tool_use_error>)?\s*Blocked[:.]|requires approval/i, 'blocked by the agent runtime'],
];

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    let s = '';
    for (const c of content) if (isObj(c) && typeof c.text === 'string') s += c.text + '\n';
    return s;
  }
  return '';
}

function outcomesOf(content: unknown[]): ToolOutcome[] {
  const out: ToolOutcome[] = [];
  for (const b of content) {
    if (!isObj(b) || b.type !== 'tool_result' || typeof b.tool_use_id !== 'string') continue;
    let why: string | undefined;
    if (b.is_error === true) {
      // Only the start of the text: a refusal is stated first, and results can be huge.
      const text = resultText(b.content).slice(0, 2000);
      for (const [re, w] of BLOCKED) {
        if (re.test(text)) {
          why = w;
          break;
        }
      }
    }
    out.push({ toolUseId: b.tool_use_id, blocked: why !== undefined, why });
  }
  return out;
}

// Repeats are adjacent (a message re-written as it grows): a short memory suffices.
const SEEN_LIMIT = 1000;

export function readClaude(o: Obj, state: ReaderState): ReadResult {
  const sessionId = str(o.sessionId) ?? str(o.session_id);
  const cwd = str(o.cwd);
  let sessionRoot = sessionId ? state.sessionRoots.get(sessionId) : undefined;
  if (sessionId && cwd && sessionRoot === undefined) state.sessionRoots.set(sessionId, (sessionRoot = cwd));
  const key = sessionId ?? '';
  // Sub-agent threads run in parallel and are written one after another: each is its own
  // timeline, named by its root line. ('?': a thread whose root this reader has not seen.)
  const side = o.isSidechain === true;
  if (side && o.parentUuid === null) state.sideRoots.set(key, str(o.uuid) ?? `line-${state.sideRoots.size}`);
  const message = isObj(o.message) ? o.message : undefined;
  const content = message && Array.isArray(message.content) ? message.content : undefined;

  if (o.type === 'user') return content ? { kind: 'skip', outcomes: outcomesOf(content) } : { kind: 'skip' };
  if (o.type !== 'assistant' || !content) return { kind: 'skip' };

  const timestamp = str(o.timestamp);
  const agentId = state.defaultAgent;
  const sub = str(o.agentId) ?? (side ? `side:${state.sideRoots.get(key) ?? '?'}` : '');
  const facts = { agentId, sessionId, timestamp, timeline: sub ? `${key}#${sub}` : key };
  const base = { repoRoot: state.repoRoot, sessionRoot: sessionRoot ?? cwd, cwd };
  const context = { agentId, sessionId, timestamp, approvalId: undefined, cwd: localCwd(base) };
  const entries: LogEntry[] = [];
  const params: Array<[unknown, string]> = [];
  const problems: string[] = [];
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
    params.push([b.input, `${b.name}.input`]);
    const r = actionFromToolCall(b.name, b.input, context, base);
    if (r.kind === 'unknown') problems.push(`tool_use ${r.message}`);
    if (r.kind !== 'action') continue;
    const e: LogEntry = { format: 'claude', action: r.action, logged: { timestamp }, head: b.name, toolUseId: id };
    if (r.action.kind !== 'tool') e.tool = b.name;
    entries.push(e);
  }
  if (params.length === 0) return { kind: 'skip' };
  return { kind: 'entries', entries, facts, params, problems };
}
