// The pull-request workflow that `init` writes and that README.md and docs/action.md show: one
// text, so the docs can never drift from what users get (test/init/workflow-docs.test.ts compares
// them). It follows actionlint and zizmor: no `${{ }}` inside `run:` (outputs go through `env:`),
// least permissions per job, every action pinned to a full commit SHA with its version beside it,
// no persisted checkout credentials, and no SARIF upload from a fork's pull request (its token
// cannot write security events).

export interface ActionPin {
  /** owner/repo[/path] */
  action: string;
  /** A full commit SHA, or a tag when no release commit is known (see selfPin). */
  ref: string;
  /** The release the SHA is, shown as a comment (Dependabot and Renovate update both). */
  version?: string;
}

/** Third-party actions the workflow uses, at their current major versions. */
export const CHECKOUT: ActionPin = { action: 'actions/checkout', ref: '8e8c483db84b4bee98b60c0593521ed34d9990e8', version: 'v6.0.1' };
export const UPLOAD_ARTIFACT: ActionPin = { action: 'actions/upload-artifact', ref: 'ea165f8d65b6e75b540449e92b4886f43607fa02', version: 'v4.6.2' };
export const UPLOAD_SARIF: ActionPin = { action: 'github/codeql-action/upload-sarif', ref: '5d4e8d1aca955e8d8589aabd499c5cae939e33c7', version: 'v4.31.9' };

/**
 * This project's own Action. A published package knows the commit it was released from (the
 * release workflow records it in package.json as `actionRelease`), and `init` pins that; the
 * docs and a build from source name the moving major tag.
 */
export function selfPin(release?: { commit?: unknown; version?: unknown }): ActionPin {
  const commit = typeof release?.commit === 'string' && /^[0-9a-f]{40}$/.test(release.commit) ? release.commit : undefined;
  if (commit) return { action: 'agent-policy-lint/agent-policy-lint', ref: commit, version: typeof release?.version === 'string' ? `v${release.version}` : undefined };
  return { action: 'agent-policy-lint/agent-policy-lint', ref: 'v1' };
}

export function usesLine(pin: ActionPin): string {
  return `${pin.action}@${pin.ref}${pin.version ? ` # ${pin.version}` : ''}`;
}

export const WORKFLOW_PATH = '.github/workflows/agent-policy.yml';

export function workflowYaml(self: ActionPin = selfPin()): string {
  return `# ${WORKFLOW_PATH}
name: agent-policy
on:
  pull_request:
  push:
    branches: [main]

permissions: {} # nothing by default; the job asks for what it needs

jobs:
  agent-policy:
    runs-on: ubuntu-latest
    permissions:
      contents: read # the checkout, and the base version of a changed policy file
      pull-requests: write # labels on agent-authored pull requests
      security-events: write # upload the SARIF file to code scanning
      actions: read # upload-sarif reads the run's details in private repositories
    steps:
      - uses: ${usesLine(CHECKOUT)}
        with:
          persist-credentials: false
      - id: policy
        uses: ${usesLine(self)}
        with:
          check-conflicts: true
          agent-log: |
            .agent-actions.jsonl
            .agent-logs/**/*.jsonl
          sarif-file: agent-policy.sarif
          html-report: agent-policy-report.html
      - name: Upload the findings to code scanning
        # A fork's pull request gets a read-only token: it cannot upload.
        if: always() && steps.policy.outputs.sarif-file != '' && github.event.pull_request.head.repo.fork != true
        uses: ${usesLine(UPLOAD_SARIF)}
        with:
          sarif_file: \${{ steps.policy.outputs.sarif-file }}
          category: agent-policy-lint
      - name: Keep the HTML report as a build artifact
        if: always() && steps.policy.outputs.html-report != ''
        uses: ${usesLine(UPLOAD_ARTIFACT)}
        with:
          name: agent-policy-report
          path: \${{ steps.policy.outputs.html-report }}
          retention-days: 14
      - name: Say which agent signals were found
        if: steps.policy.outputs.agent-authored == 'true'
        env:
          # Commit trailers and branch names are written by the pull request's author: never
          # expand them into the script itself.
          SIGNALS: \${{ steps.policy.outputs.agent-signals }}
        run: |
          printf 'Agent-authored; signals: %s\\n' "$SIGNALS"
`;
}
