// The entry `init` adds to a repository's .pre-commit-config.yaml (https://pre-commit.com): this
// repository's two hooks, at the release tag of the running version.
import { isMap, isSeq, parseDocument } from 'yaml';

export const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';
export const HOOKS_REPO = 'https://github.com/agent-policy-lint/agent-policy-lint';

export function hooksEntry(version: string): Record<string, unknown> {
  return {
    repo: HOOKS_REPO,
    rev: `v${version}`,
    // agent-policy-lint: each commit (what is staged); agent-policy-lint-all: `pre-commit run
    // --all-files` and CI (the whole policy, its conflicts and the committed agent logs).
    hooks: [{ id: 'agent-policy-lint' }, { id: 'agent-policy-lint-all' }],
  };
}

export function newPreCommitConfig(version: string): string {
  const doc = parseDocument('repos: []\n');
  doc.set('repos', doc.createNode([hooksEntry(version)]));
  return `# pre-commit hooks (https://pre-commit.com); install them with: pre-commit install\n${doc.toString()}`;
}

export interface ConfigEdit {
  /** The new text, or undefined when the file stays as it is. */
  text?: string;
  note: string;
}

/** Adds the entry to an existing config, keeping its comments; never touches one that has it. */
export function addHooksEntry(original: string, version: string): ConfigEdit {
  if (original.includes(HOOKS_REPO) || /\bid:\s*agent-policy-lint\b/.test(original)) return { note: `${PRE_COMMIT_CONFIG} already runs agent-policy-lint` };
  const doc = parseDocument(original);
  if (doc.errors.length > 0) return { note: `${PRE_COMMIT_CONFIG} does not parse (${doc.errors[0]!.message.split('\n')[0]}); add the entry from docs/pre-commit.md by hand` };
  const root = doc.contents;
  const repos = isMap(root) ? root.get('repos', true) : undefined;
  if (!isSeq(repos)) return { note: `${PRE_COMMIT_CONFIG} has no "repos" list; add the entry from docs/pre-commit.md by hand` };
  repos.add(doc.createNode(hooksEntry(version)));
  return { text: doc.toString(), note: `added the agent-policy-lint hooks to ${PRE_COMMIT_CONFIG}` };
}
