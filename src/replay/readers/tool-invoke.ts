// Tool invocations (the enterprise seed): {"agent":"customer-support","action":"tool_invoke",
// "tool":"ticket-update","parameters":{...},"context":{"conversation_id":...},"result":"success"}.
import { isObj, recordedRoot, str, type Obj } from './common.js';
import { contextOf, loggedOf } from './audit.js';
import { localCwd } from './paths.js';
import { actionFromToolCall } from './tool-call.js';
import type { LogEntry, ReadResult, ReaderState } from './types.js';

export function isToolInvokeShape(o: Obj): boolean {
  return o.action === 'tool_invoke' || o.action === 'tool.invoke' || o.action === 'tool_call';
}

export function readToolInvoke(o: Obj, state: ReaderState): ReadResult {
  const tool = str(o.tool) ?? str(o.tool_name) ?? str(o.name);
  if (!tool) return { kind: 'unknown', message: `"${String(o.action)}" entry without "tool"` };
  const logged = loggedOf(o);
  const facts = contextOf(o, state, logged);
  const params = isObj(o.parameters) ? o.parameters : isObj(o.params) ? o.params : isObj(o.input) ? o.input : undefined;
  const cwdField = str(o.cwd);
  const base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: cwdField };
  const context = { agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd: localCwd(base) };
  const r = actionFromToolCall(tool, params, context, base);
  if (r.kind === 'unknown') return r;
  const entry: LogEntry = { format: 'tool-invoke', action: r.action, logged, head: tool };
  if (r.action.kind !== 'tool') entry.tool = tool;
  return { kind: 'entries', entries: [entry], facts, params: [[o, '']] };
}
