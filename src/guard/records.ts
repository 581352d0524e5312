// The audit lines the guard writes, in the audit format replay reads (docs/replay.md, section
// "audit entries") plus the guard's own fields. File contents are never logged; commands, URLs
// and reasons go through the secret scanner's redaction first (src/replay/secrets.ts).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { normalizePath } from '../match/path.js';
import type { Action } from '../engine/types.js';
import { redactSecrets } from '../replay/secrets.js';
import type { AuditEvent } from '../audit/chain.js';
import type { GuardEvent } from './event.js';
import type { GuardPolicy } from './policy.js';
import type { CallVerdict, DecidedAction } from './verdict.js';

export interface RecordContext {
  timestamp: string;
  runtime: string;
  event: GuardEvent;
  policy: GuardPolicy;
  /** --agent-id: the policy's identity of this agent, when the hook names one. */
  agentId?: string;
}

type Line = Record<string, unknown>;

const redact = redactSecrets;

function base(ctx: RecordContext, event: AuditEvent): Line {
  const line: Line = { timestamp: ctx.timestamp, event, session_id: ctx.event.sessionId ?? null, runtime: ctx.runtime };
  if (ctx.agentId) line.agent_id = ctx.agentId;
  return line;
}

/** The agent's cwd relative to the repository ('.' for the root), or undefined when outside it. */
function relCwd(ctx: RecordContext): string | undefined {
  if (!ctx.event.cwd) return undefined;
  const n = normalizePath(ctx.event.cwd, { root: ctx.policy.root });
  return n.outside || n.invalid ? undefined : n.path;
}

/** The subject fields of an audit line: repository-relative paths, redacted commands and URLs. */
function subjectFields(a: Action, ctx: RecordContext): Line {
  switch (a.kind) {
    case 'filesystem': {
      // Paths repository-relative (absolute when outside), so replay elsewhere reads them the same.
      const paths = a.paths.map((p) => normalizePath(p, { root: ctx.policy.root, cwd: a.cwd }).path);
      return { action: `filesystem.${a.op}`, ...(paths.length === 1 ? { path: paths[0] } : { paths }) };
    }
    case 'command': {
      const cwd = relCwd(ctx);
      return { action: 'command.exec', command: redact(a.command), ...(cwd !== undefined ? { cwd } : {}) };
    }
    case 'network':
      return { action: 'network.request', ...(a.url !== undefined ? { url: redact(a.url) } : {}), ...(a.host !== undefined ? { host: a.host } : {}) };
    case 'tool':
      return { action: 'tool.invoke', tool: a.tool };
  }
}

/** Which decided actions get a line: what the tool does, and its name when that alone decides. */
function logged(decided: DecidedAction[]): DecidedAction[] {
  // A guess that no deny refused is not something the call did (replay guesses it again from the
  // tool's input where the log keeps it); one a deny refused is, read as a plain read, refused too.
  const effects = decided.filter((d) => d.action.kind !== 'tool' && !(d.action.kind === 'filesystem' && d.action.guessed && d.decision.outcome === 'allow'));
  const tools = decided.filter((d) => d.action.kind === 'tool' && (effects.length === 0 || d.decision.outcome !== 'allow'));
  return [...tools, ...effects];
}

export function decisionRecords(ctx: RecordContext, verdict: CallVerdict): Line[] {
  const out: Line[] = [];
  for (const d of logged(verdict.decided)) {
    out.push({
      ...base(ctx, 'decision'),
      ...subjectFields(d.action, ctx),
      tool: ctx.event.tool,
      ...(ctx.event.toolUseId ? { tool_use_id: ctx.event.toolUseId } : {}),
      allowed: d.decision.allowed,
      requires_approval: d.decision.requiresApproval,
      outcome: d.decision.outcome,
      call_outcome: verdict.outcome,
      reason: redact(d.decision.reason),
      rule: d.rule ?? null,
      policy_version: ctx.policy.version,
      policy_hash: ctx.policy.hash,
    });
  }
  if (verdict.problems.length > 0) {
    out.push({
      ...base(ctx, 'decision'),
      action: 'tool.invoke',
      tool: ctx.event.tool,
      allowed: false,
      requires_approval: false,
      outcome: 'deny',
      call_outcome: 'deny',
      reason: redact(verdict.problems.join('; ')),
      rule: null,
      policy_version: ctx.policy.version,
      policy_hash: ctx.policy.hash,
    });
  }
  return out;
}

/** SHA-256 of a file the tool wrote (the seed's diff_hash), when it is a readable file in the repository. */
function fileHash(path: string, ctx: RecordContext): { path: string; sha256?: string } {
  const n = normalizePath(path, { root: ctx.policy.root, cwd: ctx.event.cwd });
  if (n.outside || n.invalid) return { path: n.path };
  const abs = `${ctx.policy.root}/${n.path}`;
  try {
    if (!statSync(abs).isFile()) return { path: n.path };
    return { path: n.path, sha256: createHash('sha256').update(readFileSync(abs)).digest('hex') };
  } catch {
    return { path: n.path };
  }
}

export function postToolRecord(ctx: RecordContext, verdict: CallVerdict | undefined): Line {
  const line: Line = { ...base(ctx, 'post-tool'), tool: ctx.event.tool, result: ctx.event.result ?? 'success' };
  if (ctx.event.toolUseId) line.tool_use_id = ctx.event.toolUseId;
  if (verdict) {
    const written = verdict.decided.filter((d) => d.action.kind === 'filesystem' && d.action.op !== 'read');
    const files = written.flatMap((d) => (d.action.kind === 'filesystem' ? d.action.paths.map((p) => fileHash(p, ctx)) : []));
    if (files.length > 0) line.files = files;
    // The call ran although it needed an approval: the human approved it at the agent's prompt.
    if (verdict.outcome === 'needs-approval' && line.result === 'success') line.approval = 'interactive';
    if (verdict.outcome === 'deny') line.ran_although = 'denied';
  }
  return line;
}

export function sessionRecord(ctx: RecordContext, event: 'session-start' | 'session-end'): Line {
  return { ...base(ctx, event), policy_version: ctx.policy.version, policy_hash: ctx.policy.hash };
}
