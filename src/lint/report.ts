// Writing a run's report and choosing its exit code: shared by the CLI and the adapters it starts
// (the pre-commit hook), so that every entry point reports alike.
import { resolve } from 'node:path';
import { summarize, type Finding, type Summary } from '../report/finding.js';
import { getChunkedFormatter, type Format } from '../report/format.js';
import type { FormatContext, RulesMeta } from '../report/formatter.js';
import { prepareFindings } from '../report/prepare.js';
import { VERSION } from '../version.js';
import { writeReportFile } from './report-file.js';
import { ReportStream } from './report-stream.js';

/**
 * Loads the rule metadata the formatters receive. The composition root provides it (it alone may
 * import every module's registry); a loader, so that a run that reports nothing never loads it.
 */
export type RulesMetaLoader = () => Promise<RulesMeta>;

export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  if (flag !== undefined) return flag;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export interface EmitOptions {
  format: Format;
  output?: string;
  cwd: string;
  color?: boolean;
  quiet: boolean;
  filesChecked: number;
  loadRulesMeta: RulesMetaLoader;
  /** Opened before a replay that streamed decisions into it: the report ends there. */
  stream?: ReportStream;
  /** What some formats show besides findings (html: decisions, policy text). */
  extra?: Pick<FormatContext, 'decisions' | 'policySources' | 'policyDiff' | 'policyVersion'>;
}

/** Formats and writes the report; returns the summary of what was reported. */
export async function emitReport(all: readonly Finding[], opts: EmitOptions): Promise<Summary> {
  const prepared = prepareFindings(all, opts.cwd);
  const shown = opts.quiet ? prepared.filter((f) => f.severity === 'error') : prepared;
  const summary = summarize(prepared, opts.filesChecked);
  const formatter = await getChunkedFormatter(opts.format);
  const color = opts.output ? false : useColor(opts.color, process.stdout);
  const chunks = formatter(shown, summarize(shown, opts.filesChecked), {
    color,
    toolVersion: VERSION,
    cwd: opts.cwd,
    quiet: opts.quiet,
    rulesMeta: await opts.loadRulesMeta(),
    ...opts.extra,
  });
  if (opts.stream) {
    for (const text of chunks) opts.stream.write(text);
    opts.stream.close();
  } else if (opts.output) {
    writeReportFile(resolve(opts.cwd, opts.output), opts.output, chunks);
  } else if (opts.format === 'html') {
    // The pieces through one stream to standard output (a pipe may be slower than the report is made).
    const out = new ReportStream(undefined, opts.cwd);
    for (const text of chunks) out.write(text);
    out.close();
  } else {
    const text = [...chunks].join('');
    // --quiet prints nothing when there is nothing to report, as ESLint's does.
    if (text && !(opts.quiet && shown.length === 0 && opts.format === 'stylish')) process.stdout.write(text);
  }
  return summary;
}

/** The exit code; when warnings alone make it 1, says so on stderr (the report may not show them: --quiet). */
export function exitCodeFor(summary: { errors: number; warnings: number }, maxWarnings?: number): number {
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    process.stderr.write(`agent-policy-lint: too many warnings: ${summary.warnings}, and --max-warnings allows ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}
