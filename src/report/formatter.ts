// What a formatter is, and what it is given. Formatters import their types from here (not from
// ./format.ts, which loads the formatters: importing it back would be an import cycle).
import type { Finding, Summary } from './finding.js';
import type { ReplayedDecision } from './decision.js';
import type { RuleMeta } from './rule.js';

/** Rule metadata by rule id, as ESLint passes `rulesMeta` to its formatters. */
export type RulesMeta = ReadonlyMap<string, RuleMeta>;

export interface FormatContext {
  /** Colour output (stylish only). */
  color: boolean;
  toolVersion: string;
  /** Working directory findings are relative to (SARIF uses it as the source root). */
  cwd: string;
  /** --quiet: only errors were passed in, so an empty report does not mean "no warnings". */
  quiet?: boolean;
  /**
   * Every rule the running program can report, by id (summary, docs, default severity, category).
   * The composition root (src/cli/rules.ts) collects the modules' registries and passes them in,
   * so that src/report never imports the modules whose findings it formats. A finding whose rule
   * is missing here is still reported, from the finding alone.
   */
  rulesMeta: RulesMeta;
  /** html: replayed decisions (the first ones, up to a cap) and how many there were in all. */
  decisions?: { kept: readonly ReplayedDecision[]; total: number };
  /** html: the policy files' text by repository-relative path (the lines around a rule). */
  policySources?: Readonly<Record<string, string>>;
  /** html (the Action): what the pull request does to the policy, and its unified diff. */
  policyDiff?: { changes: ReadonlyArray<{ direction: string; scope: string; what: string; file: string; line: number }>; diff: string };
  /** ocsf, splunk-hec: the version of the policy in review. */
  policyVersion?: string;
}

export type Formatter = (findings: readonly Finding[], summary: Summary, ctx: FormatContext) => string;
