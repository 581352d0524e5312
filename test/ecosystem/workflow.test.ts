// The workflow users copy from the README or docs/action.md, or get from `init`: one text, valid
// for actionlint, clean under zizmor's audits, identical in all three places.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempTree } from '../helpers/cli.js';
import { actionlint, workflowBlocks, zizmorProblems } from '../helpers/workflow-audit.js';

const read = (rel: string): string => readFileSync(join(REPO_ROOT, rel), 'utf8');

/** What the README showed before: invalid YAML, and once fixed, a script injection. */
const OLD_README_STEP = `# .github/workflows/agent-policy.yml
on: pull_request
permissions:
  contents: read
  security-events: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: policy
        uses: agent-policy-lint/agent-policy-lint@v1
      - if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: x
      - if: steps.policy.outputs.agent-authored == 'true'
        run: echo "Agent-authored; signals: \${{ steps.policy.outputs.agent-signals }}"
`;

describe('the documented workflow', () => {
  const documented = [
    ...workflowBlocks(read('README.md')).map((text) => ({ where: 'README.md', text })),
    ...workflowBlocks(read('docs/action.md')).map((text) => ({ where: 'docs/action.md', text })),
  ];

  it('is in the README and docs/action.md', () => {
    expect(documented.map((d) => d.where)).toEqual(['README.md', 'docs/action.md']);
  });

  it('is exactly what init writes', () => {
    const dir = tempTree({ 'package.json': '{"name":"x","devDependencies":{"husky":"^9"}}\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const written = readFileSync(join(dir, '.github/workflows/agent-policy.yml'), 'utf8');
    for (const d of documented) expect(d.text, d.where).toBe(written);
  });

  it.each([
    ...['README.md', 'docs/action.md'].map((f) => [f, workflowBlocks(read(f))[0] ?? '']),
    ...readdirSync(join(REPO_ROOT, '.github/workflows')).map((f) => [`.github/workflows/${f}`, read(`.github/workflows/${f}`)]),
  ])("%s passes actionlint and zizmor audits", async (_where, text) => {
    expect(await actionlint(text)).toEqual([]);
    expect(zizmorProblems(text)).toEqual([]);
  });

  it('the checks catch what the README used to show', async () => {
    expect((await actionlint(OLD_README_STEP))[0]).toMatch(/^yaml: /);
    const fixedYaml = OLD_README_STEP.replace(/run: (.*)$/m, (_m, cmd: string) => `run: '${cmd}'`);
    // actionlint only knows untrusted event fields; a step output carrying a trailer is zizmor's.
    const problems = zizmorProblems(fixedYaml);
    for (const audit of ['template-injection', 'excessive-permissions', 'unpinned-uses', 'artipacked', 'fork guard']) {
      expect(problems.some((p) => p.startsWith(audit)), audit).toBe(true);
    }
  });
});
