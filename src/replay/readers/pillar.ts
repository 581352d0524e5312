// Pillar-style audit entries (the governance seed): {"tool":"write_file","params":{"path":...},
// "session_id","user","trust_level","policy_checks":[{"policy","result"}],"result":"success"}.
import { clip, isObj, recordedRoot, outcomeWord, policyChecks, str, type Obj } from './common.js';
import { contextOf, loggedOf } from './audit.js';
import { agentNamed } from '../../agent-tools/index.js';
import { toolCallEntries } from './tool-call.js';
import type { ReadResult, ReaderState } from './types.js';

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
  const base = { repoRoot: state.repoRoot, sessionRoot: recordedRoot(o), cwd: str(o.cwd) };
  // A `runtime` naming an agent (the runtime guard writes one) selects that agent's vocabulary.
  const r = toolCallEntries({ agent: agentNamed(o.runtime), tool: String(o.tool), input: params }, 'pillar', logged, facts, base);
  if (r.entries.length === 0) return { kind: 'unknown', message: r.problems.join('; ') || `${clip(String(o.tool), 60)} call names nothing to decide` };
  return { kind: 'entries', entries: r.entries, facts, params: [[o, '']], problems: r.problems };
}
