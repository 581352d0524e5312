import type { LintOptions } from '../args.js';
import type { Finding } from '../../report/finding.js';
import { loadPolicySet } from '../../policy/index.js';
import { emitReport } from '../output.js';

/** The main job: lint policies, then conflicts and replay when asked. Returns the exit code. */
export async function runLint(opts: LintOptions, cwd: string): Promise<number> {
  const findings: Finding[] = [];
  const loaded = await loadPolicySet({ cwd, config: opts.config, fix: opts.fix });
  findings.push(...loaded.findings);
  const filesChecked = loaded.files.length;

  const summary = await emitReport(findings, {
    format: opts.format,
    output: opts.output,
    cwd,
    color: opts.color,
    quiet: opts.quiet,
    filesChecked,
  });
  if (summary.errors > 0) return 1;
  if (opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings) return 1;
  return 0;
}
