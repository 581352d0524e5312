import type { RuleMeta } from '../../report/rule.js';

export const rules: RuleMeta[] = [
  {
    id: 'hook-not-installed',
    severity: 'warning',
    category: 'runtime',
    summary: "An agent's committed configuration does not run the runtime guard.",
    docs: `The repository configures a coding agent (\`.claude/\`, \`.codex/\`, \`.gemini/\`, \`.cursor/\`,
\`.github/hooks/\`) but that agent's project hook configuration does not run
\`agent-policy-lint hook\`: the policy is enforced after the fact (in CI, at commit time) but not
while the agent works. See [docs/runtime.md](runtime.md).

\`\`\`json
{ "permissions": { "allow": ["Bash(npm test)"] } }
\`\`\`

In \`.claude/settings.json\`, with no \`PreToolUse\` hook running the guard, this is reported.

**Fix:** \`agent-policy-lint init --agent claude\` (or codex, gemini, cursor, copilot) merges the
hook into the file, keeping its keys and comments.`,
  },
  {
    id: 'hook-matcher-partial',
    severity: 'warning',
    category: 'runtime',
    summary: "The runtime guard's matcher skips tools the policy governs.",
    docs: `The guard is installed, but its hook matcher (Claude Code, Codex and Gemini CLI match tool names
with a regular expression) or its registered events (Cursor) leave out tools that run commands,
touch files or reach hosts the policy restricts: those calls never reach the guard. Files and
commands are always governed, since the built-in self-protection rules apply to every policy.

\`\`\`json
{ "hooks": { "PreToolUse": [{ "matcher": "Bash", "hooks": [{ "type": "command", "command": "node \\"$CLAUDE_PROJECT_DIR/node_modules/agent-policy-lint/dist/guard.cjs\\" --agent claude" }] }] } }
\`\`\`

This guard never sees \`Write\`, \`Edit\` or \`Read\`: reported, naming them.

**Fix:** match every tool (\`"*"\` in Claude Code, \`".*"\` in Codex and Gemini CLI), or run
\`agent-policy-lint init --agent AGENT\`, which adds such an entry.`,
  },
];
