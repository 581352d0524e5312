import { writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compareFindings, summarize, type Finding, type Summary } from '../report/finding.js';
import { getFormatter, type Format } from '../report/format.js';
import { helpUri } from '../report/rule.js';
import { VERSION } from '../version.js';
import type { FormatContext } from '../report/format.js';
import type { ReportStream } from './report-stream.js';

/** Paths relative to cwd with POSIX separators, help URIs filled in, sorted. */
export function prepareFindings(findings: readonly Finding[], cwd: string): Finding[] {
  const rel = (f: string): string => {
    if (!f || !isAbsolute(f)) return f;
    const r = relative(cwd, f);
    return (r === '' ? '.' : r).split(sep).join('/');
  };
  return findings
    .map((f) => ({
      ...f,
      file: rel(f.file),
      helpUri: f.helpUri ?? helpUri(f.ruleId),
      related: f.related?.map((r) => ({ ...r, file: rel(r.file) })),
    }))
    .sort(compareFindings);
}

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
  const formatter = await getFormatter(opts.format);
  const color = opts.output ? false : useColor(opts.color, process.stdout);
  const text = formatter(shown, summarize(shown, opts.filesChecked), {
    color,
    toolVersion: VERSION,
    cwd: opts.cwd,
    quiet: opts.quiet,
    ...opts.extra,
  });
  if (opts.stream) {
    opts.stream.write(text);
    opts.stream.close();
  } else if (opts.output) {
    writeFileSync(resolve(opts.cwd, opts.output), text);
  } else if (text) {
    process.stdout.write(text);
  }
  return summary;
}
