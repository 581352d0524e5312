import { relative } from 'node:path';
import { loadPolicySet } from '../../src/policy/index.js';
import type { Finding } from '../../src/report/finding.js';
import { replayLogs, type ReplayOptions, type ReplayResult } from '../../src/replay/index.js';

/** Loads the policy found from `cwd` (it must load cleanly) and replays the logs. */
export async function replayIn(cwd: string, logs: string[], extra: Partial<ReplayOptions> = {}): Promise<ReplayResult> {
  const loaded = await loadPolicySet({ cwd });
  if (!loaded.set) throw new Error(`policy did not load: ${loaded.findings.map((f) => f.message).join('; ')}`);
  const errors = loaded.findings.filter((f) => f.severity === 'error');
  if (errors.length) throw new Error(`policy has errors: ${errors.map((f) => `${f.ruleId} ${f.message}`).join('; ')}`);
  return replayLogs({ cwd, set: loaded.set, logs, ...extra });
}

/** `file:line ruleId` for each finding (file relative to cwd), sorted. */
export function keys(findings: readonly Finding[], cwd: string): string[] {
  return findings.map((f) => `${relative(cwd, f.file) || f.file}:${f.line} ${f.ruleId}`).sort(byLine);
}

function byLine(a: string, b: string): number {
  const [fa, la] = a.split(' ')[0]!.split(':');
  const [fb, lb] = b.split(' ')[0]!.split(':');
  return fa!.localeCompare(fb!) || Number(la) - Number(lb) || a.localeCompare(b);
}

export function at(findings: readonly Finding[], line: number, ruleId: string): Finding {
  const f = findings.find((x) => x.line === line && x.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} at line ${line}; have: ${findings.map((x) => `${x.line} ${x.ruleId}`).join(', ')}`);
  return f;
}
