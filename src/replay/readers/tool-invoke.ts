// Tool invocations (the enterprise seed): {"agent":"customer-support","action":"tool_invoke",
// "tool":"ticket-update","parameters":{...},"context":{"conversation_id":...},"result":"success"}.
import { clip, isObj, recordedRoot, str, type Obj } from './common.js';
import { contextOf, loggedOf } from './audit.js';
import { agentNamed } from '../../agent-tools/index.js';
import { localCwd } from './paths.js';
import { toolCallEntries } from './tool-call.js';
import type { ReadResult, ReaderState } from './types.js';

export function isToolInvokeShape(o: Obj): boolean {
  return o.action === 'tool_invoke' || o.action === 'tool.invoke' || o.action === 'tool_call';
}

export function readToolInvoke(o: Obj, state: ReaderState): ReadResult {
  const tool = str(o.tool) ?? str(o.tool_name) ?? str(o.name);
  if (!tool) return { kind: 'unknown', message: `"${String(o.action)}" entry without "tool"` };
  const logged = loggedOf(o);
  const facts = contextOf(o, state, logged);
  const params = isObj(o.parameters) ? o.parameters : isObj(o.params) ? o.params : isObj(o.input) ? o.input : undefined;
  const base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: str(o.cwd) };
  if (params === undefined) {
    // No parameters logged (the runtime guard's lines deciding a tool's name): the name is all
    // there is to decide.
    const action = { kind: 'tool' as const, tool, parameters: undefined, agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd: localCwd(base) };
    return { kind: 'entries', entries: [{ format: 'tool-invoke', action, logged, head: tool }], facts, params: [[o, '']] };
  }
  // A `runtime` naming an agent (the runtime guard writes one) selects that agent's vocabulary.
  const r = toolCallEntries({ agent: agentNamed(o.runtime), tool: tool, input: params }, 'tool-invoke', logged, facts, base);
  if (r.entries.length === 0) return { kind: 'unknown', message: r.problems.join('; ') || `${clip(tool, 60)} call names nothing to decide` };
  return { kind: 'entries', entries: r.entries, facts, params: [[o, '']], problems: r.problems };
}
