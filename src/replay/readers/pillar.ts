// Pillar-style audit entries (the governance seed): {"tool":"write_file","params":{"path":...},
// "session_id","user","trust_level","policy_checks":[{"policy","result"}],"result":"success"}.
import { isObj, recordedRoot, outcomeWord, policyChecks, str, type Obj } from './common.js';
import { contextOf, loggedOf } from './audit.js';
import { localCwd } from './paths.js';
import { actionFromToolCall } from './tool-call.js';
import type { LogEntry, ReadResult, ReaderState } from './types.js';

export function isPillarShape(o: Obj): boolean {
  return typeof o.tool === 'string' && o.action === undefined && ('params' in o || 'session_id' in o || 'policy_checks' in o || 'trust_level' in o);
}

export function readPillar(o: Obj, state: ReaderState): ReadResult {
  const logged = loggedOf(o);
  const checks = policyChecks(o.policy_checks);
  // An explicit `allowed` wins; then a blocking policy check; then the result word.
  if (typeof o.allowed !== 'boolean') {
    const fromResult = outcomeWord(o.result);
    logged.allowed = fromResult === false ? false : checks.allowed ?? fromResult;
    logged.reason ??= checks.reason;
  }
  const facts = contextOf(o, state, logged);
  const params = isObj(o.params) ? o.params : isObj(o.parameters) ? o.parameters : {};
  const cwdField = str(o.cwd);
  const base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: cwdField };
  const context = { agentId: facts.agentId, sessionId: facts.sessionId, timestamp: facts.timestamp, approvalId: facts.approvalId, cwd: localCwd(base) };
  const r = actionFromToolCall(String(o.tool), params, context, base);
  if (r.kind === 'unknown') return r;
  const entry: LogEntry = { format: 'pillar', action: r.action, logged, head: String(o.tool) };
  if (r.action.kind !== 'tool') entry.tool = String(o.tool);
  return { kind: 'entries', entries: [entry], facts, params: [[o, '']] };
}
