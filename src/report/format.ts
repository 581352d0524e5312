import type { Formatter, FormatContext } from './formatter.js';
import type { Finding, Summary } from './finding.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'html', 'ocsf', 'splunk-hec'] as const;
export type Format = (typeof FORMATS)[number];

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

/** The report in pieces to write one after another: html's streams (a 100,000-finding page is never one string); the others are one piece. */
export async function getChunkedFormatter(format: Format): Promise<(findings: readonly Finding[], summary: Summary, ctx: FormatContext) => Iterable<string>> {
  if (format === 'html') return (await import('./formatters/html.js')).formatHtmlChunks;
  const f = await getFormatter(format);
  return (findings, summary, ctx) => [f(findings, summary, ctx)];
}
