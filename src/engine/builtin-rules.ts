// Self-protection: rules every compiled policy carries, whatever its files say (SPEC 7). An agent
// may not touch the guard's audit logs, the bypass and approval records, or any agent's hook
// configuration (it could switch the guard off), and needs a human approval to write the policy
// itself. They are denies and approval gates like written ones, with the synthetic origin
// `<built-in>:N` (N is the rule's number in BUILTIN_RULES, listed in docs/runtime.md), so
// `explain` shows them and reasons cite them. An allow never removes a deny; the denies are put
// on every override level too, so no `exceptions` carve-out can reach them either.
import type { ApprovalRule, Origin, PatternRule } from '../policy/types.js';

export const BUILTIN_FILE = '<built-in>';

/** The default directory of the guard's session logs (audit.log_dir moves it). */
export const DEFAULT_LOG_DIR = '.agent-logs';

interface BuiltinRule {
  /** Documented id. */
  id: string;
  effect: 'deny' | 'approval';
  /** Patterns as in a policy file; `$LOG_DIR` is the audit log directory. */
  patterns: string[];
}

export const BUILTIN_RULES: readonly BuiltinRule[] = [
  // The guard's own state: its session logs, and its policy cache in the git directory.
  { id: 'self-protection/audit-logs', effect: 'deny', patterns: ['$LOG_DIR/**', '.git/agent-policy-lint/**'] },
  { id: 'self-protection/records', effect: 'deny', patterns: ['.agent-policy/bypasses/**', '.agent-policy/approvals/**', '.agent-policy/approvals.jsonl'] },
  {
    id: 'self-protection/hook-config',
    effect: 'deny',
    patterns: ['**/.claude/settings.json', '**/.claude/settings.local.json', '**/.codex/**', '**/.gemini/settings.json', '**/.cursor/hooks.json', '.github/hooks/**'],
  },
  { id: 'self-protection/policy', effect: 'approval', patterns: ['.agent-policy.yml', '.agent-policy.yaml', '.agent-policy.override.yml', '.agent-policy.override.yaml'] },
  // What the next git command runs: its configuration (core.hooksPath, core.pager, aliases,
  // filters: `git config` writing them is opaque, src/match/git-config.ts) and its hooks (the
  // pre-commit check among them). Appended, so that the rules above keep their numbers.
  { id: 'self-protection/git-config', effect: 'deny', patterns: ['.git/config', '.git/hooks/**'] },
  // What the next commit runs, from committed files: the commit hook managers' hooks and
  // configurations (husky, pre-commit, lefthook, simple-git-hooks), where the commit check is
  // installed and where a line of shell is code the next `git commit` runs. Teams edit them in
  // review, as the policy, so a write needs an approval rather than being denied. At the root
  // only (`./` anchors a name there): a `src/lefthook.yml` is run by nothing.
  {
    id: 'self-protection/commit-hooks',
    effect: 'approval',
    patterns: [
      '.husky/**',
      './.pre-commit-config.yaml',
      './.pre-commit-config.yml',
      './lefthook.yml',
      './lefthook.yaml',
      './.lefthook.yml',
      './.lefthook.yaml',
      './lefthook-local.yml',
      './lefthook-local.yaml',
      './.simple-git-hooks.json',
      './.simple-git-hooks.js',
      './.simple-git-hooks.cjs',
      './.simple-git-hooks.mjs',
    ],
  },
];

function origin(index: number, rule: BuiltinRule): Origin {
  return { file: BUILTIN_FILE, pointer: `/${rule.id}`, line: index + 1, column: 1 };
}

/** A log_dir as a pattern prefix: POSIX, no leading './', no trailing '/'. */
function logDirPattern(logDir: string | undefined): string {
  const d = (logDir ?? DEFAULT_LOG_DIR).replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
  return d === '' || d === '.' ? DEFAULT_LOG_DIR : d;
}

export function builtinDenies(logDir: string | undefined): PatternRule[] {
  const dir = logDirPattern(logDir);
  const out: PatternRule[] = [];
  BUILTIN_RULES.forEach((r, i) => {
    if (r.effect !== 'deny') return;
    for (const p of r.patterns) out.push({ pattern: p.replace('$LOG_DIR', dir), origin: origin(i, r) });
  });
  return out;
}

export function builtinApprovals(): ApprovalRule[] {
  const out: ApprovalRule[] = [];
  BUILTIN_RULES.forEach((r, i) => {
    if (r.effect !== 'approval') return;
    for (const p of r.patterns) out.push({ kind: 'file', pattern: p, origin: origin(i, r), reason: 'the agent policy governs every agent: a human reviews changes to it' });
  });
  return out;
}
