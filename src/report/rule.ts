import type { Severity } from './finding.js';

/**
 * Static description of a rule. Each module declares its own rules in a `rules.ts`
 * beside it; `src/cli/rules.ts` (the composition root) gathers them, and `docs/rules.md` is generated from them.
 */
export interface RuleMeta {
  id: string;
  /** Default severity. */
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** Markdown body for docs/rules.md: why it matters, an example, how to fix. */
  docs: string;
  /** Grouping in the docs: policy, engine, conflicts, replay, action, staged. */
  category: string;
}

export const DOCS_BASE = 'https://github.com/agent-policy-lint/agent-policy-lint/blob/main/docs/rules.md';

export function helpUri(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`;
}
