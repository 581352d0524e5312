// Chooses a reader per line by the line's shape: a log may even mix formats.
import { isObj } from './common.js';
import { isAuditShape, readAudit } from './audit.js';
import { isClaudeShape, readClaude } from './claude.js';
import { isCodexShape, readCodex } from './codex.js';
import { isPillarShape, readPillar } from './pillar.js';
import { isToolInvokeShape, readToolInvoke } from './tool-invoke.js';
import type { ReadResult, ReaderState } from './types.js';

export { newReaderState } from './types.js';
export type { LogEntry, LogFormat, Logged, LineFacts, ReadResult, ReaderState, ToolOutcome } from './types.js';

const GUARD_EVENTS = new Set(['session-start', 'post-tool', 'session-end']);

const EXPECTED =
  'expected an audit entry ("action": "filesystem.write" ...), a pillar entry ("tool", "params"), a tool invocation ("action": "tool_invoke"), a Claude Code transcript record ("type", "message") or a Codex rollout line ("type", "payload")';

export function readLine(value: unknown, state: ReaderState): ReadResult {
  if (!isObj(value)) {
    const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { kind: 'unknown', message: `line holds ${what}, not an object; ${EXPECTED}` };
  }
  // The guard's session logs: only decision lines hold actions; the others chain the log.
  if (typeof value.event === 'string' && typeof value.chain === 'string' && GUARD_EVENTS.has(value.event)) return { kind: 'skip' };
  if (isToolInvokeShape(value)) return readToolInvoke(value, state);
  if (isAuditShape(value)) return readAudit(value, state);
  if (isCodexShape(value)) return readCodex(value, state);
  if (isClaudeShape(value)) return readClaude(value, state);
  if (isPillarShape(value)) return readPillar(value, state);
  if (typeof value.action === 'string') {
    return { kind: 'unknown', message: `unknown action "${value.action.slice(0, 60)}"; expected filesystem.write|read|delete, command.exec, network.request or tool_invoke` };
  }
  return { kind: 'unknown', message: `unrecognised entry; ${EXPECTED}` };
}
