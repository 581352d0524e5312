import type { RuleMeta } from '../report/rule.js';

export const rules: RuleMeta[] = [
  {
    id: 'staged-agent-write-denied',
    severity: 'error',
    category: 'staged',
    summary: 'A commit made by an agent writes or deletes a path the policy denies to that agent.',
    docs: `When \`agent-policy-lint --staged\` runs as the pre-commit hook and the commit is being made by
an agent (see [docs/pre-commit.md](pre-commit.md) for how an agent commit is recognised), every
staged path is decided as a filesystem write by that agent (a staged deletion as a delete). A
path the policy denies blocks the commit. The path is judged as it is staged, against the policy
as it is staged; when the commit also changes the policy, the committed policy (HEAD) must allow
the path too, so an agent cannot loosen the policy and use the loosened policy in one commit.

Example: with

\`\`\`yaml
default_permissions:
  filesystem:
    deny: [".github/workflows/**"]
\`\`\`

a commit by Claude Code (\`CLAUDECODE=1\`) that changes \`.github/workflows/ci.yml\` is refused:

\`\`\`
.github/workflows/ci.yml
  error  Agent "claude" may not write this file: denied by ".github/workflows/**" (.agent-policy.yml:4:13)
\`\`\`

Fix: leave the path out of the commit (\`git restore --staged PATH\`); or have a person approve a
time-limited bypass (\`agent-policy-lint bypass --reason … --allow PATH --duration 30m --approver EMAIL\`);
or change the policy in a reviewed pull request.`,
  },
  {
    id: 'staged-agent-approval-required',
    severity: 'error',
    category: 'staged',
    summary: 'A commit made by an agent changes a path that needs a human approval, and none covers it.',
    docs: `A \`require_human_approval\` rule lets an agent change a path only with a person's approval. A
commit carries no approval of its own, so an agent's commit that changes such a path is refused
unless a bypass record covers the path now.

Example: with

\`\`\`yaml
constraints:
  require_human_approval:
    - file_pattern: "package.json"
\`\`\`

an agent's commit that stages \`package.json\` is refused with this rule.

Fix: have a person review and make the commit (without the agent's environment), or record an
approval as a time-limited bypass (\`agent-policy-lint bypass --reason … --allow package.json
--duration 30m --approver EMAIL\`) and stage the record with the change.`,
  },
  {
    id: 'staged-agent-bypassed',
    severity: 'info',
    category: 'staged',
    summary: 'A commit made by an agent changes a path the policy denies, and a bypass record lets it through.',
    docs: `A bypass record (\`.agent-policy/bypasses/<id>.json\`, written by \`agent-policy-lint bypass\`)
that is in the index, approved, for this agent (or any agent), names the path and has not expired
lets an agent's commit change a path the policy would deny it. The commit goes ahead and this
notice names the bypass, so the exception stays visible.

Example: after

\`\`\`
agent-policy-lint bypass --reason "P0: fix auth crash" --allow backend/auth/config.yml --duration 30m --approver alice@example.com
git commit -m "bypass for the auth fix" -- .agent-policy/bypasses/
\`\`\`

an agent's commit of \`backend/auth/config.yml\` within the next 30 minutes passes with this notice.

Fix: nothing to fix; delete the record once it has expired and no committed log needs it.`,
  },
  {
    id: 'staged-head-policy-unusable',
    severity: 'error',
    category: 'staged',
    summary: "An agent's commit changes the policy, and the committed policy (HEAD) cannot be loaded to check it.",
    docs: `When an agent's commit changes a policy file, its paths must be allowed by the staged policy
and by the policy in HEAD (so that a commit cannot loosen the policy and use the loosened policy at
once). If HEAD's policy files have errors, the second check cannot be made, and the commit is
refused rather than let through unchecked.

Example: HEAD's \`.agent-policy.yml\` has a YAML syntax error (it was committed with
\`--no-verify\`), and Claude Code commits a fix to it.

Fix: have a person make the commit; the hook checks a person's policy change for errors only.`,
  },
  {
    id: 'staged-no-policy',
    severity: 'warning',
    category: 'staged',
    summary: 'An agent is committing, but neither the index nor HEAD holds a policy to check it against.',
    docs: `The pre-commit hook recognised an agent's commit but found no \`.agent-policy.yml\` in the index
or in HEAD, so nothing could be decided. The commit is let through with this warning.

Example: a repository where the hook is installed but the policy was never committed.

Fix: commit a policy (\`agent-policy-lint init\` writes a starting one), or remove the hook.`,
  },
];
