import type { RuleMeta } from '../report/rule.js';

const r = (id: string, severity: RuleMeta['severity'], summary: string, docs: string): RuleMeta => ({
  id,
  severity,
  summary,
  docs: docs.trim(),
  category: 'native',
});

export const rules: RuleMeta[] = [
  r('import-approximated', 'info', 'A native permission rule was imported stricter than it was written.', `
\`agent-policy-lint import\` reports every rule of an agent's permission file that the policy
cannot say exactly, and what it did instead. The approximation is always the stricter one: a deny
may grow (\`Bash(rm "x":*)\` becomes a deny of \`rm\`), an allow may only shrink or be left out
(\`Bash(npm test)\` matches that exact command in Claude Code, while the policy pattern \`npm test\`
also admits \`npm test --watch\`, so it is left out), and what the agent would ask about may be
denied (a policy cannot allow some commands and ask about all others).

**Fix:** review the imported policy; add the allows you need as policy patterns by hand.`),

  r('native-file-invalid', 'warning', 'An agent permission file cannot be read as the agent reads it.', `
A committed \`.claude/settings.json\`, \`.codex/config.toml\`, Codex \`.rules\` file, Gemini CLI
policy or \`.cursor/cli.json\` has a syntax error or a value of the wrong type. The agent ignores
or rejects it, so what it enforces is not what the file says.

**Fix:** correct the syntax at the reported line.`),

  r('native-rule-never-applies', 'warning', 'A rule in an agent permission file can never apply.', `
The rule is not of a form the agent understands (\`NotATool(\`, a number in a rule list), or it can
never match anything the agent does (\`Bash(Edit:*)\`: \`Edit\` is a tool, not a program). The
agent silently ignores it, so whoever wrote it believes in a protection that does not exist.

**Fix:** write the rule in the agent's documented syntax, or delete it.`),

  r('native-allows-denied', 'error', "An agent's own permission file allows what the policy denies.", `
The agent would run an action without asking that the repository's policy denies: the two
disagree, and the agent's file wins at run time unless the agent-policy-lint hook is installed.
The finding sits on the native rule's line and carries a witness (a command, path, host or tool
that the native rule allows and the policy denies).

\`\`\`json
{ "permissions": { "allow": ["Bash(curl:*)"] } }
\`\`\`

with \`commands.deny: ["curl *"]\` in \`.agent-policy.yml\` is an error with witness \`curl x\`.

**Fix:** narrow or delete the native rule, or regenerate the file with
\`agent-policy-lint export --to AGENT --write\`.`),

  r('native-stricter', 'info', "An agent's own permission file denies or asks about something the policy allows.", `
A notice: the agent is stricter than the policy (a native deny or ask the policy does not have).
Nothing is wrong, but the policy does not record the restriction, so other agents are not bound
by it.

**Fix:** add the restriction to the policy if it should hold for every agent.`),

  r('native-checks-off', 'error', "An agent's committed configuration switches its permission checks off.", `
\`"defaultMode": "bypassPermissions"\` (Claude Code), \`sandbox_mode = "danger-full-access"\` or
\`approval_policy = "never"\` (Codex) let the agent act without asking. Committed to the
repository, this applies to everyone who runs the agent there.

**Fix:** remove the setting from the committed file; set it per user, in a sandbox, if at all.`),
];
