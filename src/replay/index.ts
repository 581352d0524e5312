// --agent-log: stream each log, turn each line into engine Actions, re-decide them against the
// effective policy and report what disagrees (docs/replay.md).
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Finding } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';
import { CachedDecider, type Decider } from './decider.js';
import { resolveLogs } from './files.js';
import { streamLines } from './lines.js';
import { noProgress, ttyProgress } from './progress.js';
import { loadApprovals, loadBypasses } from './records.js';
import { Replayer } from './replayer.js';
import { FindingSink } from './sink.js';
import { engineDecider } from './engine.js';

export interface ReplayOptions {
  cwd: string;
  set: PolicySet;
  /** --agent-log values: files or globs, relative to cwd. */
  logs: string[];
  /** Progress on stderr when it is a TTY. */
  progress?: boolean;
  /** --agent: the agent to attribute actions to when a log does not name one. */
  agent?: string;
  /** "Now" for record expiry notices (tests). */
  now?: number;
  /** Replace the engine (tests, benchmarks). */
  decider?: Decider;
}

export interface ReplayResult {
  findings: Finding[];
  /** Log files replayed (absolute). */
  files: string[];
  /** Lines read and actions decided (for benchmarks). */
  stats?: { lines: number; actions: number; decisions: number };
}

/** --agent-log. */
export async function replayLogs(opts: ReplayOptions): Promise<ReplayResult> {
  const { files, findings: fileFindings } = resolveLogs(opts.logs, opts.cwd);
  const sink = new FindingSink();
  for (const f of fileFindings) sink.add(f);
  const root = opts.set.root;
  const bypassed = loadBypasses(root.root, root.bypass ?? {}, opts.now ?? Date.now());
  const approved = loadApprovals(root.root);
  for (const f of [...bypassed.findings, ...approved.findings]) sink.add(f);
  if (files.length === 0) return { findings: sink.all(), files };

  const decider = new CachedDecider(opts.decider ?? (await engineDecider(opts.set)));
  const replayer = new Replayer({ set: opts.set, decider, bypasses: bypassed.bypasses, approvals: approved.store, sink, agent: opts.agent });
  const total = files.reduce((n, f) => n + statSync(f).size, 0);
  const progress = opts.progress ? ttyProgress(total) : noProgress;
  try {
    for (const file of files) {
      const fr = replayer.file(file);
      await streamLines(file, {
        line: (text, no, unterminated) => fr.line(text, no, unterminated),
        tooLong: (no, chars) => fr.tooLong(no, chars),
        progress: (bytes) => progress.update(relative(opts.cwd, file) || file, bytes, replayer.lines),
      });
      fr.finish();
    }
  } finally {
    progress.done();
  }
  replayer.finish();
  return {
    findings: sink.all(),
    files,
    stats: { lines: replayer.lines, actions: replayer.actions, decisions: decider.misses },
  };
}
