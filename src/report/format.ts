import type { Finding, Summary } from './finding.js';
import type { ReplayedDecision } from './decision.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'html', 'ocsf', 'splunk-hec'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  /** Colour output (stylish only). */
  color: boolean;
  toolVersion: string;
  /** Working directory findings are relative to (SARIF uses it as the source root). */
  cwd: string;
  /** --quiet: only errors were passed in, so an empty report does not mean "no warnings". */
  quiet?: boolean;
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

/** Loaded on demand so a run pays only for the formatter it prints with. */
export async function getFormatter(format: Format): Promise<Formatter> {
  switch (format) {
    case 'json':
      return (await import('./formatters/json.js')).formatJson;
    case 'stylish':
      return (await import('./formatters/stylish.js')).formatStylish;
    case 'sarif':
      return (await import('./formatters/sarif.js')).formatSarif;
    case 'github':
      return (await import('./formatters/github.js')).formatGithub;
    case 'markdown':
      return (await import('./formatters/markdown.js')).formatMarkdown;
    case 'html':
      return (await import('./formatters/html.js')).formatHtml;
    case 'ocsf':
      return (await import('./formatters/ocsf.js')).formatOcsf;
    case 'splunk-hec':
      return (await import('./formatters/splunk-hec.js')).formatSplunkHec;
  }
}
