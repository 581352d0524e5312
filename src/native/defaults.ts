// What an agent does with what no rule names (its mode's default), as policy rules. Shared by
// every importer so that each agent's defaults become the same, stricter, policy shapes.
import type { Finding } from '../report/finding.js';
import { addApproval, addRule, type DraftPolicy, type NativePlace } from './types.js';

export type Default = 'allow' | 'ask' | 'deny';

/**
 * Programs through which an allowed command runs another that the policy then checks on its own
 * (wrappers and shells: docs/decisions.md). Agents match the whole line, so without an allow of
 * their own these ask there; the imported policy gates them.
 */
export const RUNNER_PROGRAMS = [
  'sudo', 'doas', 'env', 'command', 'builtin', 'exec', 'nohup', 'nice', 'ionice', 'time', 'timeout', 'xargs', 'stdbuf', 'setsid',
  'unbuffer', 'taskset', 'coproc', 'busybox', 'noglob', 'nocorrect', 'bash', 'sh', 'zsh', 'dash', 'ksh', 'eval', 'su', 'runuser', 'source', '.',
];

export interface DefaultsContext {
  draft: DraftPolicy;
  /** "Claude Code's default mode (.claude/settings.json:4)": starts each comment. */
  source: string;
  place: NativePlace;
  findings: Finding[];
}

export function approximated(findings: Finding[], at: NativePlace, message: string, hint?: string): void {
  findings.push({ ruleId: 'import-approximated', severity: 'info', message, hint, file: at.file, line: at.line, column: at.column });
}

/**
 * Commands no rule names. With allows, the allow list refuses the rest (a policy cannot allow
 * some and ask about the others) and runners the agent would not look through need approval.
 */
export function commandDefaults(ctx: DefaultsContext, unmatched: Default, allows: readonly string[], runners: readonly string[]): void {
  const { draft, source } = ctx;
  if (unmatched === 'allow') return;
  if (allows.length === 0) {
    if (unmatched === 'deny') addRule(draft.commands.deny, '*', `${source}: commands no rule allows are refused`);
    else addApproval(draft.approvals, 'command', '*', `${source}: commands no rule allows ask`);
    return;
  }
  if (unmatched === 'ask') {
    approximated(ctx.findings, ctx.place, 'commands the agent would ask about are denied by the imported policy: a policy cannot allow some commands and ask about all others', 'Add require_human_approval command patterns for commands that should stay possible with an approval.');
  }
  const allowedFirst = new Set(allows.map((p) => p.split(' ')[0]));
  for (const w of runners) if (!allowedFirst.has(w)) addApproval(draft.approvals, 'command', w, `${source}: the agent matches the whole "${w} …" line`);
}

/** File writes no rule names (reads in the repository are allowed by every agent). */
export function writeDefaults(ctx: DefaultsContext, unmatched: Default): void {
  if (unmatched === 'ask') addApproval(ctx.draft.approvals, 'file', '**', `${ctx.source}: edits ask`);
  else if (unmatched === 'deny') {
    addRule(ctx.draft.filesystem.deny, '**', `${ctx.source}: edits are refused (reads too: the policy cannot deny writes only)`);
    approximated(ctx.findings, ctx.place, 'the agent refuses edits; the policy cannot deny writes only, so reads are denied too');
  }
}

/** Hosts no rule names: only the allowed ones are reachable unless the agent fetches anything. */
export function networkDefaults(ctx: DefaultsContext, unmatched: Default): void {
  if (unmatched !== 'allow') ctx.draft.network.allowOutbound = false;
}

/** MCP tools no rule names. Once tools.allow has entries it lists everything that may run. */
export function toolDefaults(ctx: DefaultsContext, unmatched: Default, freeTools: readonly string[]): void {
  const { draft, source } = ctx;
  if (unmatched === 'allow') return;
  if (draft.tools.allow.length > 0) {
    for (const t of freeTools) addRule(draft.tools.allow, t, `${source}: runs without asking`);
    if (unmatched === 'ask') approximated(ctx.findings, ctx.place, 'MCP tools the agent would ask about are denied by the imported policy (tools.allow is a list of what may run)');
  } else if (unmatched === 'deny') addRule(draft.tools.deny, 'mcp__*', `${source}: MCP tools no rule allows are refused`);
  else addApproval(draft.approvals, 'tool', 'mcp__*', `${source}: MCP tools ask`);
}
