import type { RuleMeta } from '../report/rule.js';

// Findings only the GitHub Action reports (it also reports every policy, conflict and replay rule).
export const rules: RuleMeta[] = [
  {
    id: 'agent-write-denied',
    severity: 'error',
    category: 'action',
    summary: 'An agent-authored pull request changes a file the policy denies to the agent.',
    docs: `The Action decides every file an agent-authored pull request adds, modifies, renames or
deletes as a filesystem write (a deletion as a delete) by the agent, with the same engine the CLI
uses. A denied path is an error annotation on that file.

\`\`\`yaml
permissions:
  filesystem:
    deny: [".github/workflows/**"]
\`\`\`

A pull request by \`claude[bot]\` that edits \`.github/workflows/release.yml\` is reported:
\`.github/workflows/release.yml: the agent may not write this file (matches deny ".github/workflows/**")\`.

**Fix:** take the change out of the agent's pull request and make it yourself, or, if the agent
should be allowed to make it, change the policy in a separate pull request a person reviews.`,
  },
  {
    id: 'agent-write-needs-approval',
    severity: 'warning',
    category: 'action',
    summary: 'An agent-authored pull request changes a file that requires human approval.',
    docs: `A \`require_human_approval\` rule with a \`file_pattern\` gates writes to matching files. When
an agent-authored pull request changes such a file, the Action reports a warning on the file and
adds the label \`needs-human-approval\`, so that a person looks at that change before merging.

\`\`\`yaml
constraints:
  require_human_approval:
    - file_pattern: "package.json"
\`\`\`

**Fix:** review the change; approving the pull request is the human approval. To stop the
warning for a file, remove it from \`require_human_approval\` (a widening the Action reports).`,
  },
  {
    id: 'policy-widened',
    severity: 'warning',
    category: 'action',
    summary: 'The pull request widens the agent policy (new allows, removed denies, relaxed constraints).',
    docs: `When a pull request changes \`.agent-policy.yml\` or an override, the Action compares the
effective policy at the base commit with the one at the head commit. Everything that lets an agent
do more is a widening: a new allow pattern, a removed deny, an emptied allow list (which allows
everything), \`allow_outbound\` turned on, a new network exception, a removed approval rule, a
higher \`max_files_per_action\`, a new root exception, a more trusted agent, a longer bypass limit.
Each is a warning on the changed line, the pull request gets the label \`policy-change\`, and the
job summary shows the unified diff.

\`\`\`diff
 permissions:
   filesystem:
-    deny: [".env*", "secrets/**"]
+    deny: [".env*"]
\`\`\`

**Fix:** nothing to fix if the change is intended: the warning makes sure a person reviews it. An
agent should never widen its own policy; require review from the policy's owners (CODEOWNERS).`,
  },
  {
    id: 'policy-narrowed',
    severity: 'info',
    category: 'action',
    summary: 'The pull request narrows the agent policy.',
    docs: `The counterpart of \`policy-widened\`: a new deny, a removed allow, \`allow_outbound\` turned
off, a new approval rule. Reported for the record (job summary and SARIF); it never fails a run.

**Fix:** none needed. Check that the agents you run still have the access they need.`,
  },
  {
    id: 'pr-files-truncated',
    severity: 'warning',
    category: 'action',
    summary: 'GitHub listed only part of the pull request files or commits; the rest were not checked.',
    docs: `The REST API lists at most 3000 files and 250 commits of a pull request. When a pull request
is larger, the files past the limit were not decided and commits past the limit were not read for
authorship signals.

**Fix:** split the pull request, or run \`agent-policy-lint\` on the checkout for the full picture.`,
  },
  {
    id: 'policy-base-unreadable',
    severity: 'warning',
    category: 'action',
    summary: 'The base version of a changed policy file could not be read, so the change was not compared.',
    docs: `To report what a policy change widens, the Action reads the base version of each changed
policy file with the REST contents API (\`GET /repos/{owner}/{repo}/contents/{path}?ref={base sha}\`).
When that fails (no \`contents: read\` permission, a network error), the comparison is skipped and
this warning says why. On an agent-authored pull request it is an error: the agent's files could
only be judged by the policy the agent changed.

**Fix:** give the job \`contents: read\`.`,
  },
  {
    id: 'agent-detection-invalid',
    severity: 'warning',
    category: 'action',
    summary: "An entry of the policy's agent_detection could not be read and was ignored.",
    docs: `\`agent_detection\` adds authorship signals to the built-in ones (see docs/action.md):

\`\`\`yaml
agent_detection:
  logins: ["acme-agent[bot]", { login: "robo", agent: "robo" }]
  emails: ["agent@acme.example"]
  branch_prefixes: ["bot/"]
  threshold: medium   # strong | medium | weak
\`\`\`

An entry of another shape, or a threshold outside \`strong\`, \`medium\`, \`weak\`, is ignored with
this warning.

**Fix:** write the entry as a string or as the mapping shown.`,
  },
];
