// The runtime guard: one hook invocation, from the agent's payload to the agent's answer.
// Everything that can go wrong (a payload it cannot read, an unusable policy, a log it cannot
// write, the internal deadline) ends in a deny in the form the agent honours: it fails closed.
import { existsSync } from 'node:fs';
import { toolActions } from '../agent-tools/index.js';
import { AutomataNotLoaded } from '../engine/automata-support.js';
import type { Action } from '../engine/types.js';
import { appendChained } from '../audit/writer.js';
import { auditKey } from '../audit/chain.js';
import { answer, failClosed, type Answer } from './answers.js';
import { deadlineMs, withDeadline } from './deadline.js';
import { PayloadError, type GuardAgent, type GuardEvent } from './event.js';
import { loadGuardPolicy, sessionLogPath, type GuardPolicy } from './policy.js';
import type { PrefetchedOverrides } from './prefetch.js';
import { readPayload } from './readers.js';
import { decisionRecords, postToolRecord, sessionRecord, type RecordContext } from './records.js';
import { decideCall, type CallVerdict } from './verdict.js';

export interface GuardOptions {
  agent: GuardAgent;
  /** The payload as read from stdin. */
  stdin: string;
  env: NodeJS.ProcessEnv;
  /** The hook process's working directory (used when the payload names none). */
  cwd: string;
  /** --event: the event, for payloads that do not name it (Copilot CLI's camelCase ones). */
  event?: string;
  /** --agent-id: the policy's identity for this agent. */
  agentId?: string;
  now?: () => Date;
  /** Loads the policy (default: loadGuardPolicy, cached on disk); a long-lived caller may keep it. */
  loadPolicy?: (cwd: string) => Promise<GuardPolicy>;
  /** Override files listed ahead of time for the policy above the hook's directory. */
  overrides?: PrefetchedOverrides;
}

const BOM = '\uFEFF';

class LogUnwritable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogUnwritable';
  }
}

const KNOWN_FAILURES = new Set(['PayloadError', 'PolicyUnusable', 'DeadlineError', 'LogUnwritable']);

/** Parses the payload; Cursor may send a UTF-8 byte order mark first (stripped). */
export function parsePayload(agent: GuardAgent, stdin: string): unknown {
  let text = stdin;
  if (agent === 'cursor' && text.startsWith(BOM)) text = text.slice(1);
  if (text.trim() === '') throw new PayloadError('empty payload on stdin');
  try {
    return JSON.parse(text);
  } catch (e) {
    // JSON.parse quotes the text around the error (`Unexpected token 'g', "ghp_01…"... is not
    // valid JSON`): the quote is left out, as it may hold part of a secret.
    const msg = (e as Error).message;
    const quote = msg.indexOf(', "');
    throw new PayloadError(`the payload is not valid JSON${text.startsWith(BOM) ? ' (it starts with a byte order mark)' : ''}: ${(quote < 0 ? msg : msg.slice(0, quote)).slice(0, 120)}`);
  }
}

async function decideEvent(opts: GuardOptions): Promise<Answer> {
  const { agent } = opts;
  const event: GuardEvent = readPayload(agent, parsePayload(agent, opts.stdin), opts.event);
  const cwd = event.cwd && existsSync(event.cwd) ? event.cwd : opts.cwd;
  const policy: GuardPolicy = await (opts.loadPolicy ?? ((dir: string) => loadGuardPolicy(dir, { overrides: opts.overrides })))(cwd);
  const ctx: RecordContext = { timestamp: (opts.now?.() ?? new Date()).toISOString(), runtime: agent, event, policy, agentId: opts.agentId };
  const file = sessionLogPath(policy, event.sessionId, agent);
  const append = async (lines: Record<string, unknown>[]): Promise<void> => {
    try {
      await appendChained(file, lines, { key: auditKey(opts.env) });
    } catch (e) {
      throw new LogUnwritable(`the audit log ${file} cannot be written: ${(e as Error).message}`);
    }
  };
  const context = { agentId: opts.agentId, sessionId: event.sessionId, timestamp: ctx.timestamp, cwd };
  const decideNow = async (): Promise<CallVerdict> => {
    let found = toolActions({ agent, tool: event.tool!, input: event.input, context });
    // The shell half of the engine (bash parser) loads only for calls that run commands, and the
    // automata of tree touches (refa) only for a command that touches a tree or a glob.
    if (found.actions.some((a) => a.kind === 'command')) await import('../engine/command-half.js');
    let notes: Map<Action, string> | undefined;
    if (found.searches?.length) {
      // A search reads what its glob matches: decided on automata, loaded only for searches.
      const { searchActions } = await import('../agent-tools/search.js');
      const searched = searchActions(policy.cp, event.tool!, found, context);
      found = { ...found, actions: searched.actions, problems: [...found.problems, ...searched.problems] };
      notes = searched.notes;
    }
    try {
      return decideCall(policy.cp, agent, event.tool!, found, notes);
    } catch (e) {
      if (!(e instanceof AutomataNotLoaded)) throw e;
      // Thrown before any tree was decided; the engine is pure, so deciding again is the same decision.
      await import('../engine/trees.js');
      return decideCall(policy.cp, agent, event.tool!, found, notes);
    }
  };
  let verdict: CallVerdict | undefined;
  switch (event.kind) {
    case 'pre-tool': {
      verdict = await decideNow();
      policy.lists?.save();
      // Logged before answering: an unwritable log is a deny.
      await append(decisionRecords(ctx, verdict));
      return answer(agent, event.kind, verdict);
    }
    case 'post-tool': {
      // Re-decided (no log read): says whether the call needed the approval it evidently got.
      verdict = await decideNow();
      policy.lists?.save();
      await append([postToolRecord(ctx, verdict)]);
      return answer(agent, event.kind, { outcome: 'allow', reason: '' });
    }
    case 'session-start':
    case 'session-end':
      await append([sessionRecord(ctx, event.kind)]);
      return answer(agent, event.kind, { outcome: 'allow', reason: '' });
  }
}

/** Runs the guard once; never throws: any failure is the agent's deny. */
export async function runGuard(opts: GuardOptions): Promise<Answer> {
  try {
    return await withDeadline(decideEvent(opts), deadlineMs(opts.env));
  } catch (e) {
    const err = e as Error;
    const why = KNOWN_FAILURES.has(err?.name) ? err.message : `internal error: ${err?.message ?? String(e)}`;
    return failClosed(opts.agent, why);
  }
}
