// --agent-log: stream each log, turn each line into engine Actions, re-decide them against the
// effective policy and report what disagrees (docs/replay.md).
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Finding } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';
import { CachedDecider, type Decider } from './decider.js';
import { STDIN, STDIN_FD, resolveLogs } from './files.js';
import { streamLines, textLines, type LineSink, type LogSource } from './lines.js';
import { noProgress, ttyProgress } from './progress.js';
import { loadApprovals } from '../records/approvals.js';
import { loadBypasses } from '../records/bypasses.js';
import { fsRecords, type RecordSource } from '../records/read.js';
import { Replayer } from './replayer.js';
import { chainFindings } from './chain.js';
import { FindingSink } from './sink.js';
import { engineDecider, loadAutomata } from './engine.js';
import type { DecisionChannel } from '../report/decision.js';
import { decisionEncoder } from '../report/decision-encoder.js';

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
  /** Stream every replayed decision to a report format (html, ocsf, splunk-hec). */
  decisions?: DecisionChannel;
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
  const { files, findings } = resolveLogs(opts.logs, opts.cwd);
  return runReplay(opts, files.map((file) => (file === STDIN ? { file, path: STDIN_FD } : { file })), findings, fsRecords);
}

export interface ReplayTextOptions extends Omit<ReplayOptions, 'logs'> {
  /** Logs already in memory (e.g. staged blobs); `file` is the path findings name. */
  texts: Array<{ file: string; text: string }>;
  /** Where bypass and approval records are read from (default: the work tree). */
  records?: RecordSource;
}

/** Replays logs given as text (the pre-commit hook replays what is staged). */
export async function replayTexts(opts: ReplayTextOptions): Promise<ReplayResult> {
  return runReplay(opts, opts.texts, [], opts.records ?? fsRecords);
}

async function runReplay(
  opts: Omit<ReplayOptions, 'logs'>,
  /** `file` names the log in findings; `path` is where it is read from when that differs (stdin: a descriptor). */
  inputs: Array<{ file: string; path?: LogSource; text?: string }>,
  pre: Finding[],
  records: RecordSource,
): Promise<ReplayResult> {
  const sink = new FindingSink();
  for (const f of pre) sink.add(f);
  const root = opts.set.root;
  const bypassed = loadBypasses(root.root, root.bypass ?? {}, opts.now ?? Date.now(), records);
  const approved = loadApprovals(root.root, records);
  for (const f of [...bypassed.findings, ...approved.findings]) sink.add(f);
  const files = inputs.map((i) => i.file);
  if (inputs.length === 0) return { findings: sink.all(), files };

  const channel = opts.decisions;
  // This thread decides every kind of action (its workers load the automata when they need them).
  if (!opts.decider) await loadAutomata();
  const decider = new CachedDecider(opts.decider ?? engineDecider(opts.set), Boolean(channel));
  const decisions = channel ? { encode: await decisionEncoder(channel.format, channel.meta), cwd: opts.cwd, write: (t: string | Uint8Array) => channel.write(t), ...(channel.flush ? { flush: () => channel.flush!() } : {}) } : undefined;
  const replayer = new Replayer({ set: opts.set, decider, bypasses: bypassed.bypasses, approvals: approved.store, sink, agent: opts.agent, decisions });
  const total = inputs.reduce((n, i) => n + (i.text !== undefined ? i.text.length : (typeof i.path === 'number' ? 0 : statSync(i.path ?? i.file).size)), 0);
  const progress = opts.progress ? ttyProgress(total) : noProgress;
  let parallel: import('./parallel.js').ParallelReplay | undefined;
  try {
    for (const input of inputs) {
      const shown = relative(opts.cwd, input.file) || input.file;
      for (const f of chainFindings(input)) sink.add(f);
      // Large files go to worker threads when the decider is the engine (a test's is not clonable).
      if (input.text === undefined && input.path === undefined && !opts.decider) {
        const par = await import('./parallel.js');
        if (par.shouldSplit(input.file, Boolean(channel))) {
          parallel ??= new par.ParallelReplay(replayer, opts.set, channel ? { format: channel.format, meta: channel.meta, cwd: opts.cwd } : undefined);
          await parallel.file(input.file, (bytes) => progress.update(shown, bytes, replayer.lines));
          continue;
        }
      }
      const fr = replayer.file(input.file);
      const sinkFor: LineSink = {
        line: (text, no, unterminated) => fr.line(text, no, unterminated),
        tooLong: (no, chars) => fr.tooLong(no, chars),
        progress: (bytes) => progress.update(shown, bytes, replayer.lines),
      };
      if (input.text !== undefined) textLines(input.text, sinkFor);
      else await streamLines(input.path ?? input.file, sinkFor);
      fr.finish();
    }
  } finally {
    progress.done();
    await parallel?.close();
  }
  replayer.finish();
  return {
    findings: sink.all(),
    files,
    stats: { lines: replayer.lines, actions: replayer.actions, decisions: decider.misses },
  };
}
