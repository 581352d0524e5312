// What the logs show the agents did: every action a log reader finds, minus the attempts the
// runtime itself blocked (a blocked attempt is not something the agent needs). Any log replay
// reads works here, through the same readers, so any agent's vocabulary is understood.
import type { Action } from '../../engine/types.js';
import type { Finding } from '../../report/finding.js';
import { streamLinesSync, type LogSource } from '../../replay/lines.js';
import { newReaderState, readLine, type LogEntry } from '../../replay/readers/index.js';
import { STDIN, STDIN_FD } from '../../replay/files.js';

export interface Observation {
  action: Action;
  /** The runtime's tool name, when the log names one. */
  tool?: string;
  /** Where it was logged, for comments and findings. */
  file: string;
  line: number;
}

export interface Observed {
  observations: Observation[];
  /** Lines that could not be read: reported, never silently dropped. */
  findings: Finding[];
  /** Attempts the log shows were blocked (not learned). */
  blocked: number;
}

interface Pending {
  entry: LogEntry;
  line: number;
}

/** Reads every log file (`-` is standard input) relative to the repository at `repoRoot`. */
export function observeLogs(files: readonly string[], repoRoot: string): Observed {
  const out: Observed = { observations: [], findings: [], blocked: 0 };
  for (const file of files) observeFile(file, repoRoot, out);
  return out;
}

function observeFile(file: string, repoRoot: string, out: Observed): void {
  const state = newReaderState(repoRoot);
  const pending: Pending[] = [];
  const blockedUses = new Set<string>();
  const source: LogSource = file === STDIN ? STDIN_FD : file;
  const problem = (line: number, message: string): void => {
    out.findings.push({ ruleId: 'learn-unreadable-line', severity: 'warning', message, hint: 'Fix or remove the line; it was not learned from.', file, line, column: 1 });
  };
  streamLinesSync(source, {
    line(text, lineNo) {
      if (text.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        problem(lineNo, 'the line is not valid JSON');
        return;
      }
      const result = readLine(value, state);
      if (result.kind === 'unknown') {
        problem(lineNo, result.message);
        return;
      }
      for (const o of result.outcomes ?? []) if (o.blocked) blockedUses.add(o.toolUseId);
      if (result.kind === 'skip') return;
      for (const entry of result.entries) pending.push({ entry, line: lineNo });
    },
    tooLong(lineNo, chars) {
      problem(lineNo, `the line is ${chars} characters long, over the limit`);
    },
  });
  for (const { entry, line } of pending) {
    // Blocked by the runtime (structured fields only, as replay reads them): not needed.
    if (entry.logged.allowed === false || (entry.toolUseId !== undefined && blockedUses.has(entry.toolUseId))) {
      out.blocked++;
      continue;
    }
    out.observations.push({ action: entry.action, tool: entry.tool ?? (entry.action.kind === 'tool' ? entry.action.tool : undefined), file, line });
  }
}
