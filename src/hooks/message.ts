// What the hook prints on stderr when it refuses a commit: what was blocked, by which rule
// (file:line), and the ways forward, with the real paths filled in.
import { relative, sep } from 'node:path';
import type { AgentCommit } from '../agents/environment.js';
import { selfCommand } from './self-command.js';
import { shQuote } from './sh-quote.js';

export { shQuote };

export interface BlockedPath {
  /** Repository-relative path. */
  path: string;
  /** The path as the policy (and a bypass record) names it: relative to the policy's directory. */
  policyPath: string;
  op: 'write' | 'delete';
  kind: 'denied' | 'approval';
  /** The deciding rule, when one is written in a policy file. */
  rule?: { pattern: string; file: string; line: number; column: number };
  /** Why, in words, when no written rule decided (outside the allow list, no policy, …). */
  reason: string;
}

export interface BlockedInput {
  agent?: AgentCommit;
  blocked: BlockedPath[];
  /** Errors that are not about the agent's paths (policy lint, replayed logs). */
  otherErrors: number;
  /** How many of those come from replaying staged agent logs. */
  replayErrors: number;
  /** Staged files with errors whose working-tree version differs (repository-relative). */
  unstagedFixes: string[];
  cwd: string;
  top: string;
}

const SHOWN = 20;


function where(cwd: string, rule: NonNullable<BlockedPath['rule']>): string {
  const file = relative(cwd, rule.file).split(sep).join('/') || rule.file;
  return `${file}:${rule.line}:${rule.column}`;
}

export function blockedMessage(input: BlockedInput): string {
  const { agent, blocked, cwd, top } = input;
  const out: string[] = [];
  const fromCwd = (p: string): string => relative(cwd, `${top}${sep}${p.split('/').join(sep)}`).split(sep).join('/') || '.';
  if (blocked.length > 0 && agent) {
    out.push(`agent-policy-lint: commit refused: agent "${agent.agent}" (recognised by ${agent.via}) may not make ${blocked.length === 1 ? 'this change' : `these ${blocked.length} changes`}:`);
    const width = Math.min(60, Math.max(...blocked.slice(0, SHOWN).map((b) => fromCwd(b.path).length)));
    for (const b of blocked.slice(0, SHOWN)) {
      const why = b.rule
        ? `${b.kind === 'approval' ? 'needs human approval by' : 'denied by'} "${b.rule.pattern}" at ${where(cwd, b.rule)}`
        : b.reason;
      out.push(`  ${b.op.padEnd(6)} ${fromCwd(b.path).padEnd(width)}  ${why}`);
    }
    if (blocked.length > SHOWN) out.push(`  … and ${blocked.length - SHOWN} more (see the report above)`);
    const paths = blocked.map((b) => b.path);
    const allows = [...new Set(blocked.map((b) => b.policyPath))];
    const firstRule = blocked.find((b) => b.rule)?.rule;
    out.push('', 'Ways forward:');
    out.push('  1. Fix the change: leave these paths out of the commit, for example');
    out.push(`       git restore --staged -- ${paths.slice(0, SHOWN).map((p) => shQuote(fromCwd(p))).join(' ')}`);
    out.push('  2. Have a person approve a time-limited bypass and commit the record it writes, then commit again:');
    out.push(
      `       ${selfCommand()} bypass --reason "why this change is needed" ${allows
        .slice(0, SHOWN)
        .map((p) => `--allow ${shQuote(p)}`)
        .join(' ')} --agent ${shQuote(agent.agent)} --duration 30m --approver EMAIL`,
    );
    if (blocked.some((b) => b.kind === 'approval')) {
      out.push('     (or have a person review the change and make the commit themselves)');
    }
    out.push(`  3. Change the policy in a reviewed pull request${firstRule ? ` (${where(cwd, firstRule)})` : ''}.`);
    if (input.otherErrors > 0) out.push('', `The report above also lists ${input.otherErrors} other error(s) in staged files.`);
  } else {
    const n = input.otherErrors;
    out.push(`agent-policy-lint: commit refused: ${n === 1 ? 'an error' : `${n} errors`} in staged files (listed above).`);
    out.push('', 'Ways forward:');
    out.push('  1. Fix the staged files and `git add` them: the hook checks what is staged, not the working tree.');
    if (input.replayErrors > 0) {
      out.push('  2. A staged agent log records actions the policy denies: undo what they did, or, if a person approved');
      out.push('     them, record the approval (docs/replay.md; a bypass only covers actions inside its time window).');
      out.push('  3. If the policy is wrong, change it in a reviewed pull request.');
    } else {
      out.push('  2. If the policy is wrong, change it in a reviewed pull request.');
    }
  }
  for (const p of input.unstagedFixes) {
    out.push('', `Note: ${fromCwd(p)} differs in your working tree from the version being committed; if you fixed it there, run: git add ${shQuote(fromCwd(p))}`);
  }
  return out.join('\n') + '\n';
}
