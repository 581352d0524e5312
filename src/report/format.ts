import type { Finding, Summary } from './finding.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  /** Colour output (stylish only). */
  color: boolean;
  toolVersion: string;
  /** Working directory findings are relative to (SARIF uses it as the source root). */
  cwd: string;
  /** --quiet: only errors were passed in, so an empty report does not mean "no warnings". */
  quiet?: boolean;
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
  }
}
