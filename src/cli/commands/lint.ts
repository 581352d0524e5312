import type { LintOptions } from '../../lint/options.js';
import { emitReport, exitCodeFor, type EmitOptions } from '../../lint/report.js';
import type { Finding } from '../../report/finding.js';
import { loadRulesMeta } from '../rules-meta.js';
import { decisionsFor } from '../decisions.js';
import { ReportStream } from '../../lint/report-stream.js';
import { policySources } from '../policy-sources.js';

/** The main job: lint policies, then conflicts and replay when asked. Returns the exit code. */
export async function runLint(opts: LintOptions, cwd: string): Promise<number> {
  if (opts.staged) {
    const { runStaged } = await import('../../hooks/staged.js');
    return runStaged(opts, cwd, loadRulesMeta);
  }
  // Loaded here, not at the top: --staged with nothing staged must not pay for YAML and schemas.
  const { loadPolicySet } = await import('../../policy/index.js');
  const findings: Finding[] = [];
  const loaded = await loadPolicySet({ cwd, config: opts.config, fix: opts.fix });
  findings.push(...loaded.findings);
  let filesChecked = loaded.files.length;

  if (loaded.set) {
    // Agents configured in the repository without the runtime guard (docs/runtime.md).
    const { checkAgentHooks } = await import('../../init/agent-hooks/check.js');
    findings.push(...checkAgentHooks(loaded.set.root.root, loaded.set));
    // Agents' own permission files committed beside the policy (docs/native.md): drift.
    // The drift check (and the engine it compiles the policy with) loads only when there are files.
    const { nativeFilesIn } = await import('../../native/present.js');
    const native = nativeFilesIn(loaded.set.root.root);
    if (native.length > 0) {
      const { checkDrift } = await import('../../native/drift.js');
      findings.push(...checkDrift(loaded.set, native));
      filesChecked += native.length;
    }
  }
  if (loaded.set && opts.checkConflicts) {
    const { checkConflicts } = await import('../../analysis/index.js');
    findings.push(...(await checkConflicts(loaded.set)));
  }
  const extra: EmitOptions['extra'] = {};
  let stream: ReportStream | undefined;
  if (loaded.set && opts.agentLogs.length > 0) {
    const { replayLogs } = await import('../../replay/index.js');
    // Formats that show decisions get them as the replay makes them (ocsf: straight to the report).
    const streams = opts.format === 'ocsf' || opts.format === 'splunk-hec';
    if (streams) stream = new ReportStream(opts.output, cwd);
    const collected = decisionsFor(opts.format, stream);
    const replay = await replayLogs({ cwd, set: loaded.set, logs: opts.agentLogs, progress: process.stderr.isTTY, agent: opts.agent, decisions: collected?.channel });
    findings.push(...replay.findings);
    filesChecked += replay.files.length;
    if (collected?.kept) extra.decisions = { kept: collected.kept, total: collected.total!() };
  }
  if (loaded.set) {
    extra.policyVersion = loaded.set.root.version;
    if (opts.format === 'html') extra.policySources = policySources(loaded.set, loaded.files);
  }

  const summary = await emitReport(findings, {
    format: opts.format,
    output: opts.output,
    cwd,
    color: opts.color,
    quiet: opts.quiet,
    filesChecked,
    loadRulesMeta,
    stream,
    extra,
  });
  return exitCodeFor(summary, opts.maxWarnings);
}
