// A large log replayed on several cores: worker threads take byte-range slices (cut at line
// starts) and do the per-line work (JSON, readers, secrets, decisions, per-action findings);
// the main thread completes each slice in file order with what needs the lines before it
// (timestamp order, persistence, first sightings, tool results that arrive in the next slice,
// finding caps). The findings are the same as a single-threaded replay's (see docs/replay.md for
// the one exception: a tool_use repeated exactly across a slice boundary is counted twice).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Finding } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';
import { CachedDecider } from './decider.js';
import { AutomataNotLoaded, engineDecider, loadAutomata } from './engine.js';
import { streamLinesSync } from './lines.js';
import { loadApprovals } from '../records/approvals.js';
import { loadBypasses } from '../records/bypasses.js';
import { newReaderState, type ReaderState, type ToolOutcome } from './readers/index.js';
import { newChunkRecord, Replayer, type ChunkRecord, type FileReplay } from './replayer.js';
import type { SecretHit } from './secrets.js';
import { FindingSink } from './sink.js';
import { PendingUses } from './pending.js';
import type { LogEntry } from './readers/index.js';
import type { DecisionFormat, DecisionMeta } from '../report/decision.js';
import { decisionEncoder } from '../report/decision-encoder.js';
import { ByteLines, PartShipper } from './byte-lines.js';

const MARK = 'agent-policy-lint-replay-worker';
/** Files smaller than this are replayed on one thread: starting workers costs more. */
const MIN_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN ?? 64 * 1024 * 1024);
/**
 * 2 MiB: what waits in memory is about (workers + 1) slices' results, and a worker's young
 * generation holds what one slice allocates: smaller slices (with a 4 MB young generation,
 * YOUNG_MB) keep the peak lower than 8 MiB ones did (figures in docs/replay.md).
 */
const SLICE_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_SLICE ?? 2 * 1024 * 1024);
/**
 * Slices when decisions are encoded (--format ocsf, splunk-hec): a slice's report lines are about
 * three times its bytes, and they wait on the main thread until the slice before is merged (a
 * slice that guessed a session's directory wrongly is redone, its lines with it), so what is in
 * flight is about (workers + 1) slices of output: 2 MiB slices keep it near 20 MB (docs/siem.md).
 */
const DECISION_SLICE_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_SLICE ?? 2 * 1024 * 1024);
const MAX_CARRIED = 10_000;
/** A worker ships a slice's encoded decisions in parts of this many bytes (tests: tiny ones). */
const PART_BYTES = Number(process.env.AGENT_POLICY_LINT_REPLAY_PART ?? 512 * 1024);


/**
 * A slice's findings as UTF-8 JSON, one after another (`ends`: where each ends), transferred,
 * not copied: the main thread keeps the ones it lists as bytes outside its heap until the file
 * is done. Kept as objects, they grew its young generation from 16 to 32 MB (docs/replay.md).
 */
export interface ShippedFindings {
  /** ruleId, severity and line (within the slice) of each. */
  meta: Array<[string, Finding['severity'], number]>;
  json: Uint8Array;
  ends: Uint32Array;
}

export interface SliceResult {
  index: number;
  lines: number;
  actions: number;
  findings: ShippedFindings;
  totals: Array<[string, Finding['severity'], number]>;
  /** The timestamps as typed arrays: transferred, not copied, and off the main thread's heap. */
  record: Omit<ChunkRecord, 'tk' | 'tl' | 'tm'> & { tk: Int32Array; tl: Int32Array; tm: Float64Array };
  /** sessionId -> project directory, as this slice guessed them (sessions it was not told of). */
  sessionRoots: Array<[string, string]>;
  sideRoots: Array<[string, string]>;
  /**
   * The slice's replayed decisions, encoded (when a report format asked for them): the last of
   * them; a worker ships the others in parts while the slice goes on (SlicePart).
   */
  decisions?: Uint8Array;
}

/** Encoded decisions of a slice, shipped by a worker before the slice's result. */
interface SlicePart {
  part: number;
  /** Transferred; its first `used` bytes are the part. */
  buffer: ArrayBuffer;
  used: number;
}

/** What a worker needs to encode decisions as the main thread would (clonable). */
export interface WorkerDecisions {
  format: DecisionFormat;
  meta: DecisionMeta;
  cwd: string;
}

interface SliceTask {
  index: number;
  file: string;
  start: number;
  end: number;
  /** Project directories of sessions, learned by the merge since this worker was last told. */
  roots?: Array<[string, string]>;
  /** Rules the main thread has listed to the cap for this file: the slice only counts them. */
  full?: string[];
  /**
   * Lines before the slice, when decisions are encoded: they name their line in the file, and
   * the encoded text cannot be corrected afterwards as findings are (counted by the main thread).
   */
  lineOffset?: number;
}

/** A worker's young generation (MB): 4 with 2 MiB slices (AGENT_POLICY_LINT_REPLAY_YOUNG_MB for measuring). */
const YOUNG_MB = Number(process.env.AGENT_POLICY_LINT_REPLAY_YOUNG_MB ?? 4);
/**
 * When decisions are streamed (ocsf, splunk-hec): 16. The one worker replays and encodes every
 * event (a gigabyte of text for a million lines): with 4 MB, collecting was a quarter of its time,
 * and this worker is what bounds the run. 16 MB: CPU -18%, peak RSS 150 -> 184 MB (docs/siem.md).
 */
const STREAMING_YOUNG_MB = Number(process.env.AGENT_POLICY_LINT_REPLAY_YOUNG_MB ?? 16);

/** Two use both cores of a 2-core machine within the memory goal; each more costs about 40 MB. */
const DEFAULT_WORKERS = 2;
/**
 * When decisions are encoded (--format ocsf, splunk-hec, html): none, this thread replays and
 * writes. Two workers do not fit in 200 MB (244-252 MB: the second heap and its slices' events in
 * flight), and on the 2-core machine one worker was slower than none (2026-12-07, paired runs of
 * the bench's million lines to OCSF: 6.5-8.2 s on this thread, 8.6-14.5 s on one worker, at the
 * same peak memory): the worker's smaller heap collects more, and its events cross to this thread
 * to be written (docs/siem.md).
 */
const ENCODING_WORKERS = 0;

/**
 * How many workers replay a large log while this thread merges their slices: two by default
 * where the machine has two cores or more (1.15-1.35x faster than one thread on a 2-vCPU machine,
 * at about the same peak memory: bench/replay.bench.ts, docs/replay.md), none on one core.
 * AGENT_POLICY_LINT_REPLAY_WORKERS=N sets it (0: all on this thread; 1: one worker, the lowest
 * peak memory, a little slower than one thread). encoding: none by default (ENCODING_WORKERS).
 */
export function workerCount(encoding = false): number {
  const env = process.env.AGENT_POLICY_LINT_REPLAY_WORKERS;
  const cores = availableParallelism();
  const n = env !== undefined && env !== '' ? Math.min(Number(env), cores) : cores >= 2 ? (encoding ? ENCODING_WORKERS : DEFAULT_WORKERS) : 0;
  // Workers run this module's own file: not possible from TypeScript sources (tests).
  if (!Number.isInteger(n) || n < 1 || !/\.m?js$/.test(new URL(import.meta.url).pathname)) return 0;
  return n;
}

/** encoding: decisions are encoded for a report (--format ocsf, splunk-hec, html). */
export function shouldSplit(file: string, encoding = false): boolean {
  return statSync(file).size >= MIN_BYTES && workerCount(encoding) >= 1;
}

/** Slice boundaries: every SLICE_BYTES, moved to just after the next newline. */
export function sliceBounds(file: string, bytes = SLICE_BYTES): Array<[number, number]> {
  const size = statSync(file).size;
  const out: Array<[number, number]> = [];
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(64 * 1024);
  try {
    let start = 0;
    while (start < size) {
      let cut = start + bytes;
      if (cut >= size) {
        out.push([start, size]);
        break;
      }
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, cut);
        if (n === 0) {
          cut = size;
          break;
        }
        const nl = buf.subarray(0, n).indexOf(10);
        if (nl >= 0) {
          cut += nl + 1;
          break;
        }
        cut += n;
      }
      out.push([start, cut]);
      start = cut;
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

/** Newlines between two byte offsets of a file. */
export function countNewlines(file: string, start: number, end: number): number {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let n = 0;
  try {
    for (let pos = start; pos < end; ) {
      const got = readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos);
      if (got === 0) break;
      for (let i = buf.indexOf(10, 0); i !== -1 && i < got; i = buf.indexOf(10, i + 1)) n++;
      pos += got;
    }
  } finally {
    closeSync(fd);
  }
  return n;
}

/** Replays one slice with the given starting knowledge (a worker: none). */
export function replaySlice(replayer: Replayer, task: SliceTask, state: ReaderState, told?: ReadonlyMap<string, string>, parts?: PartShipper): SliceResult {
  const sink = new FindingSink(undefined, task.full?.length ? new Set(task.full) : undefined);
  const record = newChunkRecord();
  const decisions = replayer.opts.decisions ? new ByteLines(parts) : undefined;
  const fr = replayer.file(task.file, { sink, record, state, decisions, lineOffset: task.lineOffset });
  const before = { lines: replayer.lines, actions: replayer.actions };
  let lines = 0;
  streamLinesSync(
    task.file,
    {
      line: (text, no, unterminated) => {
        lines = no;
        fr.line(text, no, unterminated);
      },
      tooLong: (no, chars) => {
        lines = no;
        fr.tooLong(no, chars);
      },
    },
    { start: task.start, end: task.end },
  );
  fr.finish();
  const guessed: Array<[string, string]> = [];
  for (const [session, root] of fr.state.sessionRoots) if (!told?.has(session)) guessed.push([session, root]);
  return {
    index: task.index,
    lines,
    actions: replayer.actions - before.actions,
    findings: shipFindings(sink.findings),
    totals: sink.totals(),
    record: { ...record, tk: Int32Array.from(record.tk), tl: Int32Array.from(record.tl), tm: Float64Array.from(record.tm) },
    sessionRoots: guessed,
    sideRoots: [...fr.state.sideRoots],
    ...(decisions ? { decisions: decisions.bytes() } : {}),
  };
}

function shipFindings(findings: readonly Finding[]): ShippedFindings {
  const enc = new TextEncoder();
  const parts = findings.map((f) => enc.encode(JSON.stringify(f)));
  const json = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((p, i) => {
    json.set(p, at);
    ends[i] = at += p.length;
  });
  return { meta: findings.map((f) => [f.ruleId, f.severity, f.line]), json, ends };
}

/** Findings listed by the merge, held as JSON bytes outside the JS heap until the file is done. */
export class KeptFindings {
  private readonly chunks: Buffer[] = [];
  private used = 0;
  /** Per finding: chunk, offset in it, byte length, line in the file. */
  private readonly index: number[] = [];

  add(bytes: Uint8Array, line: number): void {
    let chunk = this.chunks.at(-1);
    if (!chunk || this.used + bytes.length > chunk.length) {
      this.chunks.push((chunk = Buffer.allocUnsafeSlow(Math.max(1 << 20, bytes.length))));
      this.used = 0;
    }
    chunk.set(bytes, this.used);
    this.index.push(this.chunks.length - 1, this.used, bytes.length, line);
    this.used += bytes.length;
  }

  /** The findings, in the order added; the store is empty afterwards. */
  *drain(): Generator<Finding> {
    for (let i = 0; i < this.index.length; i += 4) {
      const [c, off, len, line] = [this.index[i]!, this.index[i + 1]!, this.index[i + 2]!, this.index[i + 3]!];
      const f = JSON.parse(this.chunks[c]!.toString('utf8', off, off + len)) as Finding;
      f.line = line;
      yield f;
    }
    this.chunks.length = 0;
    this.index.length = 0;
  }
}

/** The main thread's side of one file: completes slices in order. */
class FileMerge {
  private offset = 0;
  private readonly roots = new Map<string, string>();
  /** The roots in the order learned: workers are told the part they have not been told yet. */
  readonly rootLog: Array<[string, string]> = [];
  private readonly sideRoots = new Map<string, string>();
  private readonly carried = new PendingUses<{ entry: LogEntry; line: number; hits: SecretHit[] }>();
  private readonly kept = new KeptFindings();
  readonly fr: FileReplay;

  constructor(
    private readonly replayer: Replayer,
    readonly file: string,
  ) {
    this.fr = replayer.file(file);
  }

  /** False when the slice assumed a session's project directory wrongly: redo it with the truth. */
  fits(s: SliceResult): boolean {
    for (const [session, root] of s.sessionRoots) {
      const known = this.roots.get(session);
      if (known !== undefined && known !== root) return false;
    }
    return true;
  }

  /** What a slice must start from when the main thread replays it itself. */
  startState(): ReaderState {
    return newReaderState(this.replayer.opts.set.root.root, this.replayer.opts.agent, { sessionRoots: this.roots, sideRoots: this.sideRoots });
  }

  /** parts: the slice's encoded decisions shipped before its result, in order. */
  merge(s: SliceResult, parts: readonly Uint8Array[] = []): void {
    const r = this.replayer;
    const off = this.offset;
    const sink = r.sink;
    const shipped = new Map<string, number>();
    const { meta, json, ends } = s.findings;
    for (let i = 0; i < meta.length; i++) {
      const [ruleId, severity, line] = meta[i]!;
      shipped.set(ruleId, (shipped.get(ruleId) ?? 0) + 1);
      if (sink.admit(this.file, ruleId, severity)) this.kept.add(json.subarray(i === 0 ? 0 : ends[i - 1], ends[i]), line + off);
    }
    for (const [ruleId, severity, n] of s.totals) sink.countOnly(this.file, ruleId, severity, n - (shipped.get(ruleId) ?? 0));
    for (const p of parts) r.writeEncoded(p);
    if (s.decisions) r.writeEncoded(s.decisions);
    const rec = s.record;
    // Tool results for tool uses of earlier slices.
    for (const o of rec.orphans) this.resolve(o);
    // Timestamps, in line order within each timeline (a slice records them in line order).
    const keys = rec.timelines.map(([key, session]) => [this.placeholder(key, session), session] as const);
    for (let i = 0; i < rec.tk.length; i++) {
      const [key, session] = keys[rec.tk[i]!]!;
      this.fr.timeAt(key, session, rec.tm[i]!, rec.tl[i]! + off);
    }
    for (const [agent, session, line] of rec.blocked) r.countBlocked(this.file, line + off, { agentId: agent, sessionId: session });
    for (const [agent, line, n] of rec.agents) this.fr.unknownAgent(agent, line + off, n);
    for (const [version, line, n] of rec.versions) this.fr.otherVersion(version, line + off, n);
    for (const p of rec.pending) {
      if (this.carried.size >= MAX_CARRIED) this.flushOldest();
      this.carried.add(p.entry.toolUseId!, { ...p, line: p.line + off });
    }
    for (const [session, root] of s.sessionRoots) {
      if (this.roots.has(session)) continue;
      this.roots.set(session, root);
      this.rootLog.push([session, root]);
    }
    for (const [session, root] of s.sideRoots) this.sideRoots.set(session, root);
    r.lines += s.lines;
    r.actions += s.actions;
    this.offset += s.lines;
  }

  /** End of file: tool uses whose result never came count as carried out. */
  finish(): void {
    for (const c of this.carried.drain()) this.fr.evaluateCarried(c.entry, c.line, c.hits);
  }

  /** The slices' listed findings, into the replay's sink (after the workers are gone). */
  release(): void {
    for (const f of this.kept.drain()) this.replayer.sink.push(f);
  }

  // A sub-agent thread that began in an earlier slice: the slice could not name it.
  private placeholder(key: string, session: string | undefined): string {
    if (!key.endsWith('#side:?')) return key;
    const root = this.sideRoots.get(session ?? '');
    return root ? `${key.slice(0, -1)}${root}` : key;
  }

  private resolve(o: ToolOutcome): void {
    const c = this.carried.take(o.toolUseId);
    if (c) this.fr.evaluateCarried(c.entry, c.line, c.hits, o);
  }

  private flushOldest(): void {
    const c = this.carried.takeOldest();
    if (c) this.fr.evaluateCarried(c.entry, c.line, c.hits);
  }
}

interface Pool {
  /**
   * prepare: what to add to the task once the worker that will run it is known; part: the
   * slice's encoded decisions as the worker ships them, before the result.
   */
  run(task: SliceTask, prepare?: (w: Worker) => Partial<SliceTask>, part?: (bytes: Uint8Array, w: Worker) => void, again?: (w: Worker) => void): Promise<SliceResult>;
  close(): Promise<void>;
}

function startPool(n: number, set: PolicySet, agent: string | undefined, decisions: WorkerDecisions | undefined): Pool {
  const idle: Worker[] = [];
  const waiting: Array<{ res: (w: Worker) => void; rej: (e: Error) => void }> = [];
  const all: Worker[] = [];
  let broken: Error | undefined;
  const breakPool = (e: Error): void => {
    broken ??= e;
    for (const x of waiting.splice(0)) x.rej(broken);
  };
  const ready = new Map<Worker, Promise<void>>();
  for (let i = 0; i < n; i++) {
    const w = new Worker(new URL(import.meta.url), {
      workerData: { [MARK]: true, set, agent, decisions },
      // A bounded heap keeps the process within the memory goal (docs/replay.md): the old
      // generation holds the caches (tens of MB at most), the young one what a slice allocates
      // (YOUNG_MB; a 2 MiB slice's garbage dies young; STREAMING_YOUNG_MB for the one worker that
      // encodes every event for ocsf and splunk-hec).
      resourceLimits: { maxYoungGenerationSizeMb: decisions && decisions.format !== 'json' ? STREAMING_YOUNG_MB : YOUNG_MB, maxOldGenerationSizeMb: 96 },
    });
    w.unref();
    all.push(w);
    idle.push(w);
    // A worker says it is listening; one that does not within 20 s is given up (the slices are
    // then replayed on this thread) rather than waited for.
    ready.set(
      w,
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('replay worker did not start')), 20_000);
        timer.unref();
        w.once('message', () => {
          clearTimeout(timer);
          resolve();
        });
        w.once('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
      }),
    );
  }
  const take = async (): Promise<Worker> => {
    if (broken) throw broken;
    const w = idle.pop() ?? (await new Promise<Worker>((res, rej) => waiting.push({ res, rej })));
    await ready.get(w);
    return w;
  };
  const give = (w: Worker): void => {
    const next = waiting.shift();
    if (next) next.res(w);
    else idle.push(w);
  };
  return {
    async run(task, prepare, part, again) {
      if (broken) throw broken;
      let w: Worker;
      try {
        w = await take();
      } catch (e) {
        breakPool(e as Error);
        throw e;
      }
      try {
        return await new Promise<SliceResult>((resolve, reject) => {
          const onMessage = (m: { result?: SliceResult; error?: string; again?: boolean } & Partial<SlicePart>): void => {
            if (m.buffer !== undefined) {
              part?.(new Uint8Array(m.buffer, 0, m.used), w);
              return;
            }
            // The worker replays the slice again (it loaded the automata): what it shipped is void.
            if (m.again) {
              again?.(w);
              return;
            }
            cleanup();
            if (m.error !== undefined) reject(new Error(m.error));
            else resolve(m.result!);
          };
          const onError = (e: Error): void => {
            cleanup();
            breakPool(e);
            reject(e);
          };
          const onExit = (code: number): void => onError(new Error(`replay worker exited with code ${code}`));
          const cleanup = (): void => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
          };
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
          w.postMessage(prepare ? { ...task, ...prepare(w) } : task);
        });
      } finally {
        if (!broken) give(w);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

export class ParallelReplay {
  private pool?: Pool;
  private failed = false;
  /** Redoes slices here: a slice's lines and actions are counted once, by the merge. */
  private readonly redo: Replayer;

  constructor(
    private readonly replayer: Replayer,
    private readonly set: PolicySet,
    private readonly decisions?: WorkerDecisions,
  ) {
    this.redo = new Replayer({ ...replayer.opts, sink: new FindingSink() });
  }

  /** Replays one file in slices; `progress` after each slice merged (bytes done). */
  async file(file: string, progress: (bytes: number) => void): Promise<void> {
    const merge = new FileMerge(this.replayer, file);
    const linesBefore = this.replayer.lines;
    const bounds = sliceBounds(file, this.decisions ? DECISION_SLICE_BYTES : SLICE_BYTES);
    const tasks: SliceTask[] = bounds.map(([start, end], index) => ({ index, file, start, end }));
    // Encoded decisions need their line in the file: newlines are counted ahead of each slice.
    let counted = 0;
    const withOffset = (i: number): SliceTask => {
      if (!this.decisions) return tasks[i]!;
      for (; counted <= i; counted++) tasks[counted]!.lineOffset = counted === 0 ? 0 : tasks[counted - 1]!.lineOffset! + countNewlines(file, tasks[counted - 1]!.start, tasks[counted - 1]!.end);
      return tasks[i]!;
    };
    const results = new Map<number, Promise<SliceResult | undefined>>();
    // Encoded decisions that workers shipped ahead of their slices' results, and who shipped them.
    const parts = new Map<number, Array<[Uint8Array, Worker]>>();
    const out = this.replayer.opts.decisions;
    const n = workerCount(Boolean(this.decisions));
    if (!this.failed) this.pool ??= startPool(n, this.set, this.replayer.opts.agent, this.decisions);
    // One slice ahead per worker, no more: finished slices wait in memory until merged.
    const window = n;
    // How much of the merge's root log each worker has been told (workers keep what they are told).
    const told = new Map<Worker, number>();
    const tell = (w: Worker): Partial<SliceTask> => {
      const from = told.get(w) ?? 0;
      told.set(w, merge.rootLog.length);
      // What is known by now travels with the slice: fewer wrong guesses to redo.
      return { roots: merge.rootLog.slice(from), full: this.replayer.sink.fullRules(file) };
    };
    // Slices a worker replayed again after loading the automata (the trace says how many).
    let again = 0;
    const giveBack = (list: ReadonlyArray<[Uint8Array, Worker]>): void => {
      const byWorker = new Map<Worker, ArrayBuffer[]>();
      for (const [bytes, w] of list) byWorker.set(w, [...(byWorker.get(w) ?? []), bytes.buffer as ArrayBuffer]);
      for (const [w, buffers] of byWorker) w.postMessage({ giveBack: buffers }, buffers);
    };
    const schedule = (i: number): void => {
      if (i >= tasks.length || this.failed || !this.pool) return;
      const t = withOffset(i);
      const mine: Array<[Uint8Array, Worker]> = [];
      if (this.decisions) parts.set(i, mine);
      results.set(
        i,
        this.pool
          .run(
            t,
            tell,
            (bytes, w) => mine.push([bytes, w]),
            () => {
              again++;
              giveBack(mine.splice(0));
            },
          )
          .catch(() => ((this.failed = true), undefined)),
      );
    };
    for (let i = 0; i < window; i++) schedule(i);
    let byWorkers = 0;
    for (const t of tasks) {
      let s = await results.get(t.index);
      results.delete(t.index);
      let shipped: Array<[Uint8Array, Worker]> = parts.get(t.index) ?? [];
      parts.delete(t.index);
      schedule(t.index + window);
      // A worker failed, or a slice guessed a session's directory wrongly: this thread redoes it
      // (what the worker shipped of the slice's decisions is dropped: the redo encodes them again).
      if (!s || !merge.fits(s)) {
        s = replaySlice(this.redo, withOffset(t.index), merge.startState());
        giveBack(shipped);
        shipped = [];
      } else byWorkers++;
      merge.merge(
        s,
        shipped.map(([bytes]) => bytes),
      );
      // Written out: the parts' buffers go back to their workers to be filled again (only where
      // the output can say that it holds none of them any more).
      if (out?.flush && shipped.length > 0) {
        out.flush();
        giveBack(shipped);
      }
      progress(t.end);
    }
    merge.finish();
    // The workers' memory is given back before the listed findings become objects here: the
    // process peaks lower (the next large file starts a pool again, in well under a second).
    await this.close();
    merge.release();
    if (process.env.AGENT_POLICY_LINT_REPLAY_TRACE) process.stderr.write(`replay: ${file}: ${tasks.length} slices, ${byWorkers} by ${n} worker${n === 1 ? '' : 's'}, ${this.replayer.lines - linesBefore} lines, ${again} replayed again for the automata\n`);
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}

// --- worker side ---------------------------------------------------------------------------------

async function runWorker(): Promise<void> {
  const data = workerData as { set: PolicySet; agent?: string; decisions?: WorkerDecisions };
  const set = data.set;
  const wanted = data.decisions;
  // Decisions are encoded here and shipped as bytes: the main thread only writes them out.
  const decisions = wanted ? { encode: await decisionEncoder(wanted.format, wanted.meta), cwd: wanted.cwd, write: () => {} } : undefined;
  const replayer = new Replayer({
    set,
    decisions,
    decider: new CachedDecider(engineDecider(set), Boolean(decisions)),
    // Records are read again here (their findings are the main thread's to report).
    bypasses: loadBypasses(set.root.root, set.root.bypass ?? {}, Date.now()).bypasses,
    approvals: loadApprovals(set.root.root).store,
    sink: new FindingSink(),
    agent: data.agent,
  });
  // Per log file, the session roots the main thread has told this worker (never its own guesses:
  // the merge checks those, and a wrong one must not pass as told).
  const told = new Map<string, Map<string, string>>();
  parentPort!.postMessage({ ready: true });
  // Decisions leave in parts of PART_BYTES as they are encoded (transferred, not copied), and
  // their buffers come back once the main thread has written them.
  let current = 0;
  const parts = new PartShipper((buffer, used) => parentPort!.postMessage({ part: current, buffer, used }, [buffer]), PART_BYTES);
  parentPort!.on('message', async (task: SliceTask | { giveBack: ArrayBuffer[] }) => {
    if ('giveBack' in task) {
      for (const b of task.giveBack) parts.giveBack(b);
      return;
    }
    try {
      let known = told.get(task.file);
      if (!known) told.set(task.file, (known = new Map()));
      for (const [session, root] of task.roots ?? []) known.set(session, root);
      current = task.index;
      const run = (): SliceResult => replaySlice(replayer, task, newReaderState(set.root.root, data.agent, { sessionRoots: known }), known, parts);
      let result: SliceResult;
      try {
        result = run();
      } catch (e) {
        if (!(e instanceof AutomataNotLoaded)) throw e;
        // A decision needed the automata of tree touches: loaded now (once), and the slice is
        // replayed from its start (the engine and every cache are pure; the slice's sink, record,
        // reader state and encoded decisions are its own, and those already shipped are void).
        await loadAutomata();
        parentPort!.postMessage({ again: true });
        result = run();
      }
      const r = result.record;
      const f = result.findings;
      const transfer = [r.tk.buffer, r.tl.buffer, r.tm.buffer, f.json.buffer, f.ends.buffer] as ArrayBuffer[];
      // A small Buffer may share its pool's ArrayBuffer: only a whole one of its own is transferred.
      const dec = result.decisions;
      if (dec && dec.byteOffset === 0 && dec.byteLength === dec.buffer.byteLength) transfer.push(dec.buffer as ArrayBuffer);
      parentPort!.postMessage({ result }, transfer);
    } catch (e) {
      parentPort!.postMessage({ error: (e as Error).message });
    }
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[MARK]) void runWorker();
