// Re-decides every logged action and turns what it finds into findings. One Replayer serves a
// whole run (sessions may span files: a Claude sub-agent log beside its session); one
// FileReplay per log file holds that file's reading state.
import type { Action, Decision, SubjectDecision } from '../engine/types.js';
import { approvalProblem, approvalScopeMiss, bypassCover } from '../engine/coverage.js';
import { withToolDecision } from '../engine/verdict.js';
import type { Finding, RelatedLocation } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';
import type { Decider } from './decider.js';
import type { ApprovalStore } from '../records/approvals.js';
import type { Bypass } from '../records/bypasses.js';
import { parseTimestamp } from '../records/duration.js';
import { entryLabel } from './readers/common.js';
import { newReaderState, readLine, type LineFacts, type LogEntry, type ReaderState, type ToolOutcome } from './readers/index.js';
import { PERSISTENCE_THRESHOLD } from './rules.js';
import { jsonError } from '../json-error.js';
import { lineMayHoldSecret, redactText, scanString, scanValue, witnessOf, type SecretHit } from './secrets.js';
import { FindingSink } from './sink.js';
import { PendingUses } from './pending.js';
import { decisionRecord } from './decision-record.js';
import type { DecisionEncoder } from '../report/decision.js';
import { ByteLines } from './byte-lines.js';
import { relative, sep } from 'node:path';

const NO_HITS: SecretHit[] = [];
/** Secrets found on the line being read (emptied after each line). */
const scratch: SecretHit[] = [];

/**
 * A slice of a log replayed on its own (a worker's byte range): what needs the lines before it
 * (timestamp order, persistence, first sightings, tool_use results from the next slice) is
 * recorded here instead of decided, and the main thread completes it in file order.
 */
export interface ChunkRecord {
  /** Timestamps: timeline index (into timelines), line, ms. */
  tk: number[];
  tl: number[];
  tm: number[];
  timelines: Array<[key: string, sessionId: string | undefined]>;
  /** Blocked attempts: agent, session, line. */
  blocked: Array<[string | undefined, string | undefined, number]>;
  /** Unknown agents and other policy versions: first line and count (agent shown redacted). */
  agents: Array<[agent: string, line: number, count: number]>;
  versions: Array<[version: string, line: number, count: number]>;
  /** Tool results whose tool_use was not in the slice. */
  orphans: ToolOutcome[];
  /** Tool uses whose result was not in the slice. */
  pending: Array<{ entry: LogEntry; line: number; hits: SecretHit[] }>;
}

export function newChunkRecord(): ChunkRecord {
  return { tk: [], tl: [], tm: [], timelines: [], blocked: [], agents: [], versions: [], orphans: [], pending: [] };
}

/** Replayed decisions, encoded as they are decided (a report format's, src/report/decision.ts). */
export interface DecisionOutput {
  encode: DecisionEncoder;
  /** Log files are named relative to it. */
  cwd: string;
  /** Main thread: the encoded lines of one or more decisions, in order. */
  write(text: string | Uint8Array): void;
  /** Writes out what write was given: bytes passed to it may be reused afterwards. */
  flush?(): void;
}

export interface ReplayerOptions {
  set: PolicySet;
  decisions?: DecisionOutput;
  decider: Decider;
  bypasses: Bypass[];
  approvals: ApprovalStore;
  sink: FindingSink;
  /** --agent: attribute actions to this agent when a log does not name one. */
  agent?: string;
}

/** Claude tool uses waiting for their result; beyond this many the oldest count as carried out. */
const MAX_PENDING = 10_000;
const MAX_TIMELINES = 200_000;


interface Persistence {
  count: number;
  finding?: Finding;
}

export class Replayer {
  readonly sink: FindingSink;
  readonly knownAgents?: Set<string>;
  /** Whether any level names a tool (allow, deny, approval): else tool names need no check. */
  readonly hasToolRules: boolean;
  private readonly policyVersion: string;
  private readonly persistence = new Map<string, Persistence>();
  /** This thread's encoded decisions, written out as its buffer fills: one writer, so that they stay in order. */
  private readonly direct?: ByteLines;
  actions = 0;
  lines = 0;

  constructor(readonly opts: ReplayerOptions) {
    this.sink = opts.sink;
    const out = opts.decisions;
    if (out) this.direct = new ByteLines(undefined, { write: (b) => out.write(b), ...(out.flush ? { flush: () => out.flush!() } : {}) });
    const root = opts.set.root;
    const ids = [...(root.agentId ? [root.agentId] : []), ...root.agents.map((a) => a.id)];
    this.knownAgents = ids.length > 0 ? new Set(ids) : undefined;
    this.policyVersion = normVersion(root.version);
    const perms = [root.permissions, ...opts.set.overrides.map((o) => o.permissions), ...root.agents.flatMap((a) => (a.permissions ? [a.permissions] : []))];
    const approvals = [root.constraints, ...opts.set.overrides.map((o) => o.constraints)].flatMap((c) => c.requireHumanApproval);
    this.hasToolRules = perms.some((p) => p.tools.allow.length + p.tools.deny.length > 0) || approvals.some((a) => a.kind === 'tool');
  }

  /** decisions: where a slice collects its encoded decisions (else they are written as decided). */
  file(path: string, opts: { sink?: FindingSink; record?: ChunkRecord; state?: ReaderState; decisions?: ByteLines; lineOffset?: number } = {}): FileReplay {
    return new FileReplay(this, path, opts.sink ?? this.sink, opts.record, opts.state, opts.decisions ?? this.direct, opts.lineOffset);
  }

  /** Bytes encoded elsewhere (a worker's slice), written after what this thread encoded before. */
  writeEncoded(bytes: Uint8Array): void {
    this.direct?.drain();
    this.opts.decisions?.write(bytes);
  }

  /** Completes the run: what this thread encoded is written out, persistence findings get their final counts. */
  finish(): void {
    this.direct?.drain();
    for (const p of this.persistence.values()) {
      if (p.finding && p.count > PERSISTENCE_THRESHOLD) {
        p.finding.message = p.finding.message.replace(/^\d+ blocked attempts/, `${p.count} blocked attempts`);
        p.finding.data = { ...p.finding.data, count: p.count };
      }
    }
  }

  /** A blocked attempt: counts towards the agent's persistence in its session. */
  countBlocked(file: string, line: number, a: Pick<Action, 'agentId' | 'sessionId'>): void {
    const key = `${a.agentId ?? ''}\u0000${a.sessionId ?? `file:${file}`}`;
    let p = this.persistence.get(key);
    if (!p) {
      p = { count: 0 };
      this.persistence.set(key, p);
    }
    p.count++;
    if (p.count === PERSISTENCE_THRESHOLD) {
      const who = a.agentId ? `agent ${a.agentId}` : 'the agent';
      const where = a.sessionId ? `session ${a.sessionId}` : 'this log';
      p.finding = this.sink.add({
        ruleId: 'replay-repeated-blocked-attempts',
        severity: 'warning',
        file,
        line,
        column: 1,
        message: `${p.count} blocked attempts by ${who} in ${where}: it keeps trying what the policy forbids`,
        hint: 'Read the session: grant what it legitimately needs, or stop the agent from retrying.',
        data: { agentId: a.agentId, sessionId: a.sessionId, count: p.count, threshold: PERSISTENCE_THRESHOLD },
      });
    }
  }

  private lastVersion = '';
  private lastDiffers = false;

  versionDiffers(v: string): boolean {
    if (v !== this.lastVersion) {
      this.lastVersion = v;
      this.lastDiffers = normVersion(v) !== this.policyVersion;
    }
    return this.lastDiffers;
  }
}

function normVersion(v: string): string {
  return v.trim().replace(/^v/i, '').replace(/(\.0)+$/, '');
}

interface Once {
  finding?: Finding;
  /** Lines seen (in a slice: the index of its record). */
  count: number;
}

export class FileReplay {
  readonly state: ReaderState;
  private readonly timelineIndex = new Map<string, number>();
  private readonly pending = new PendingUses<{ entry: LogEntry; line: number; hits: SecretHit[] }>();
  private readonly timelines = new Map<string, { ms: number; line: number }>();
  private readonly unknownAgents = new Map<string, Once>();
  private readonly versions = new Map<string, Once>();
  private lastTimelineKey: string | undefined;
  private lastTimeline: { ms: number; line: number } | undefined;
  private lastTs = '';
  private logName: string | undefined;
  private lastMs: number | undefined;

  constructor(
    private readonly r: Replayer,
    readonly file: string,
    private readonly sink: FindingSink,
    private readonly rec?: ChunkRecord,
    state?: ReaderState,
    private readonly decisions?: ByteLines,
    /** A slice's first line in the file, less one (decisions name lines of the file). */
    private readonly lineOffset = 0,
  ) {
    this.state = state ?? newReaderState(r.opts.set.root.root, r.opts.agent);
  }

  private add(f: Omit<Finding, 'file' | 'column'> & { column?: number }, hits: readonly SecretHit[] = []): Finding | undefined {
    return this.sink.add({ column: 1, ...f, file: this.file }, hits);
  }

  tooLong(line: number, chars: number): void {
    this.r.lines++;
    this.add({ ruleId: 'replay-line-too-long', severity: 'error', line, message: `line is ${chars.toLocaleString('en-US')} characters long, over the 16 MiB limit; it was not replayed` });
  }

  line(text: string, lineNo: number, unterminated: boolean): void {
    this.r.lines++;
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.malformed(text, lineNo, unterminated);
      return;
    }
    const res = readLine(value, this.state);
    if (res.kind === 'unknown') {
      this.add({ ruleId: 'replay-unknown-entry', severity: 'warning', line: lineNo, message: res.message });
      return;
    }
    if (res.kind === 'entries') {
      let hits: SecretHit[] = NO_HITS;
      // Most lines can be seen to hold no secret from their text alone (one regex, no walk):
      // the readers' params are values parsed from this line (lineMayHoldSecret says why).
      if (lineMayHoldSecret(text)) {
        const found = scratch;
        if (found.length > 0) found.length = 0;
        for (const [v, where] of res.params) scanValue(v, where, found);
        if (found.length > 0) {
          hits = dedupe(found);
          found.length = 0;
          this.secretFinding(lineNo, hits);
        }
      }
      this.lineFacts(res.facts, lineNo, hits);
      for (const p of res.problems ?? []) this.add({ ruleId: 'replay-unknown-entry', severity: 'warning', line: lineNo, message: p }, hits);
      let head: LogEntry | undefined;
      for (const entry of res.entries) {
        this.r.actions++;
        if (entry.toolUseId) {
          // One tool use with several effects waits for its one outcome as a group.
          if (head?.toolUseId === entry.toolUseId) {
            (head.also ??= []).push(entry);
            continue;
          }
          if (this.pending.size >= MAX_PENDING) this.flushOldest();
          this.pending.add(entry.toolUseId, { entry, line: lineNo, hits });
          head = entry;
        } else {
          this.evaluate(entry, lineNo, hits);
        }
      }
    }
    if (res.outcomes) this.resolve(res.outcomes);
  }

  /** End of file: tool uses with no result count as carried out (a slice hands them on). */
  finish(): void {
    const all = this.pending.drain();
    if (this.rec) this.rec.pending.push(...all);
    else for (const p of all) this.evaluate(p.entry, p.line, p.hits);
  }

  /** Main thread, completing a slice: a tool use from an earlier slice, its outcome now known. */
  evaluateCarried(entry: LogEntry, line: number, hits: SecretHit[], outcome?: ToolOutcome): void {
    if (outcome?.blocked) markBlocked(entry, outcome.why);
    this.evaluate(entry, line, hits);
  }

  private flushOldest(): void {
    const p = this.pending.takeOldest();
    if (p) this.evaluate(p.entry, p.line, p.hits);
  }

  private resolve(outcomes: ToolOutcome[]): void {
    for (const o of outcomes) {
      const p = this.pending.take(o.toolUseId);
      if (!p) {
        this.rec?.orphans.push(o);
        continue;
      }
      if (o.blocked) markBlocked(p.entry, o.why);
      this.evaluate(p.entry, p.line, p.hits);
    }
  }

  private malformed(text: string, lineNo: number, unterminated: boolean): void {
    // Our own locator: the parser's message quotes the text (which may hold a secret).
    const e = jsonError(text) ?? { offset: 0, message: 'invalid JSON' };
    const column = e.offset + 1;
    const hits: SecretHit[] = [];
    scanString(text, `line ${lineNo}`, hits);
    if (hits.length > 0) this.secretFinding(lineNo, hits);
    if (unterminated && e.offset >= text.length) {
      this.add({ ruleId: 'replay-truncated-line', severity: 'error', line: lineNo, column, message: 'last line is cut off (no newline at the end, and the JSON stops in the middle): the action on it was not replayed' });
    } else {
      this.add({ ruleId: 'replay-malformed-line', severity: 'error', line: lineNo, column, message: `line is not valid JSON: ${e.message} at column ${column}; expected one JSON object per line` });
    }
  }

  private secretFinding(lineNo: number, hits: SecretHit[]): void {
    const kinds = [...new Set(hits.map((h) => h.kind))];
    const where = [...new Set(hits.map((h) => h.where).filter(Boolean))];
    this.add(
      {
        ruleId: 'replay-secret-in-log',
        severity: 'error',
        line: lineNo,
        message: `secret in logged parameters: ${kinds.join(', ')}${where.length ? ` in ${where.slice(0, 3).join(', ')}` : ''} (value redacted)`,
        hint: 'Revoke the credential (it is in the git history), remove it from the log, and make the runtime redact secrets before logging.',
        witness: witnessOf(hits),
        data: { kinds, where },
      },
      hits,
    );
  }

  private lineFacts(f: LineFacts, lineNo: number, hits: SecretHit[]): void {
    const known = this.r.knownAgents;
    // Most lines name the agent of the line before: a string compare is cheaper than the set.
    if (known && f.agentId !== undefined && f.agentId !== this.lastKnownAgent && !this.isKnown(known, f.agentId)) {
      if (this.rec) this.recordFirst(this.rec.agents, this.unknownAgents, hits.length ? redactText(f.agentId, hits) : f.agentId, lineNo);
      else this.unknownAgent(f.agentId, lineNo, 1, hits);
    }
    if (f.policyVersion !== undefined && this.r.versionDiffers(f.policyVersion)) {
      if (this.rec) this.recordFirst(this.rec.versions, this.versions, f.policyVersion, lineNo);
      else this.otherVersion(f.policyVersion, lineNo, 1, hits);
    }
    if (f.timestamp !== undefined) this.checkTime(f, lineNo, hits);
  }

  private lastKnownAgent: string | undefined;

  private isKnown(known: Set<string>, agentId: string): boolean {
    if (!known.has(agentId)) return false;
    this.lastKnownAgent = agentId;
    return true;
  }

  // A slice records first sightings; the Once maps only serve as its index here.
  private recordFirst(list: Array<[string, number, number]>, index: Map<string, Once>, key: string, line: number): void {
    const o = index.get(key);
    if (o) list[o.count]![2]++;
    else {
      index.set(key, { count: list.length });
      list.push([key, line, 1]);
    }
  }

  /** An agent the policy does not know: reported once per file, with its number of lines. */
  unknownAgent(agentId: string, lineNo: number, count: number, hits: readonly SecretHit[] = []): void {
    const known = this.r.knownAgents!;
    this.once(this.unknownAgents, agentId, count, () => ({
        ruleId: 'replay-unknown-agent',
        severity: 'error',
        line: lineNo,
        message: `agent "${agentId}" is not known to the policy (known: ${[...known].join(', ')})`,
        hint: 'Declare the agent under agents (or agent_id), or find out why it acted here.',
        data: { agentId, known: [...known] },
      }), hits);
  }

  /** A policy_version other than the policy's: reported once per file and version. */
  otherVersion(version: string, lineNo: number, count: number, hits: readonly SecretHit[] = []): void {
    this.once(this.versions, version, count, () => ({
      ruleId: 'replay-policy-version',
      severity: 'warning',
      line: lineNo,
      message: `logged under policy version ${version}, but the policy in review is version ${this.r.opts.set.root.version}: decisions may differ`,
      data: { logged: version, policy: this.r.opts.set.root.version },
    }), hits);
  }

  private once(map: Map<string, Once>, key: string, count: number, make: () => Omit<Finding, 'file' | 'column'>, hits: readonly SecretHit[]): void {
    let o = map.get(key);
    if (!o) {
      o = { count: 0, finding: this.add(make(), hits) };
      map.set(key, o);
    }
    o.count += count;
    if (o.finding && o.count > 1) {
      o.finding.data = { ...o.finding.data, lines: o.count };
      if (!o.finding.message.endsWith(' lines)')) o.finding.message += ` (${o.count} lines)`;
      else o.finding.message = o.finding.message.replace(/\(\d+ lines\)$/, `(${o.count} lines)`);
    }
  }

  private parseTs(raw: string): number | undefined {
    if (raw === this.lastTs) return this.lastMs;
    this.lastTs = raw;
    this.lastMs = parseTimestamp(raw);
    return this.lastMs;
  }

  private checkTime(f: LineFacts, lineNo: number, hits: SecretHit[]): void {
    const raw = f.timestamp!;
    const ms = this.parseTs(raw);
    if (ms === undefined) {
      this.add({ ruleId: 'replay-timestamp-invalid', severity: 'warning', line: lineNo, message: `timestamp "${raw.slice(0, 40)}" is not an ISO 8601 date-time with a zone; no bypass can cover this entry`, data: { timestamp: raw.slice(0, 40) } }, hits);
      return;
    }
    const key = f.timeline ?? '';
    if (this.rec) {
      let i = this.timelineIndex.get(key);
      if (i === undefined) {
        i = this.rec.timelines.length;
        this.timelineIndex.set(key, i);
        this.rec.timelines.push([key, f.sessionId]);
      }
      this.rec.tk.push(i);
      this.rec.tl.push(lineNo);
      this.rec.tm.push(ms);
      return;
    }
    this.timeAt(key, f.sessionId, ms, lineNo);
  }

  /** One valid timestamp on a timeline: a warning when it is earlier than the latest before it. */
  timeAt(key: string, sessionId: string | undefined, ms: number, lineNo: number): void {
    // Lines of one session usually follow each other: skip the lookup then.
    const prev = key === this.lastTimelineKey ? this.lastTimeline : this.timelines.get(key);
    if (prev && ms < prev.ms) {
      const session = sessionId ? ` in session ${sessionId}` : '';
      // Shown normalised (UTC): the worker threads of a large replay keep numbers, not the text.
      const at = new Date(ms).toISOString();
      const before = new Date(prev.ms).toISOString();
      this.add({
        ruleId: 'replay-timestamp-order',
        severity: 'warning',
        line: lineNo,
        message: `timestamp ${at} is earlier than ${before} on line ${prev.line}${session}: the log is out of order`,
        related: [{ file: this.file, line: prev.line, column: 1, message: `earlier entry logged at ${before}` }],
        data: { timestamp: at, previous: before, previousLine: prev.line },
      });
    }
    if (!prev) {
      if (this.timelines.size >= MAX_TIMELINES) this.timelines.clear();
      const t = { ms, line: lineNo };
      this.timelines.set(key, t);
      this.lastTimelineKey = key;
      this.lastTimeline = t;
    } else {
      if (ms >= prev.ms) {
        prev.ms = ms;
        prev.line = lineNo;
      }
      this.lastTimelineKey = key;
      this.lastTimeline = prev;
    }
  }

  // --- one action ---------------------------------------------------------------------------

  private evaluate(entry: LogEntry, lineNo: number, hits: SecretHit[]): void {
    this.bypassUsed = undefined;
    const d = this.judge(entry, lineNo, hits);
    // A guess no deny refused is not something the call did (a branch name in an MCP call's
    // input): reports of decisions leave it out, as the runtime guard's log does.
    const guessed = entry.action.kind === 'filesystem' && entry.action.guessed === true && d.outcome === 'allow';
    if (this.decisions && !guessed) this.encodeDecision(this.decisions, entry, d, lineNo, hits);
    if (entry.also) for (const e of entry.also) this.evaluate(e, lineNo, hits);
  }

  /** Re-decides one action and reports what disagrees; returns the decision. */
  private judge(entry: LogEntry, lineNo: number, hits: SecretHit[]): Decision {
    const a = entry.action;
    const approvals = this.r.opts.approvals;
    let approvalValid: boolean | undefined;
    let problem: string | undefined;
    const approval = a.approvalId !== undefined ? approvals.byId.get(a.approvalId) : undefined;
    if (a.approvalId !== undefined) {
      if (!approvals.kept) approvalValid = true;
      else if (!approval) [approvalValid, problem] = [false, `approval ${a.approvalId} is not among the committed approval records`];
      else {
        problem = approvalProblem(approval, a.agentId, this.timeOf(a));
        approvalValid = problem === undefined;
      }
    }
    let d = this.decide(entry, approvalValid);
    // A scoped approval record counts only for the subjects it names.
    if (approvalValid && approval && d.requiresApproval) {
      const outside = approvalScopeMiss(approval, d.subjects);
      if (outside) {
        problem = `approval ${approval.id} does not cover ${outside.subject}`;
        d = this.decide(entry, false);
      }
    }
    this.maxFiles(entry, d, lineNo, hits);
    const logged = entry.logged;
    const blocked = logged.allowed === false;
    // The common case (allowed, and the log agrees) allocates nothing more.
    if (d.allowed && !blocked && logged.requiresApproval !== true) return d;
    // Over a rule's cap a finding is only counted: build nothing for it.
    const emit = (ruleId: string, severity: Finding['severity'], build: (label: string) => Omit<Finding, 'ruleId' | 'severity' | 'file' | 'line' | 'column'>): void => {
      if (!this.sink.admit(this.file, ruleId, severity)) return;
      this.sink.push({ ruleId, severity, file: this.file, line: lineNo, column: 1, data: dataOf(entry, d), ...build(entryLabel(entry)) }, hits);
    };
    if (blocked) {
      emit('replay-blocked-attempt', 'info', (label) => ({ message: `blocked attempt: ${label}${logged.reason ? ` (${logged.reason})` : ''}` }));
      if (this.rec) this.rec.blocked.push([a.agentId, a.sessionId, lineNo]);
      else this.r.countBlocked(this.file, lineNo, a);
      if (d.allowed) {
        emit('replay-decision-mismatch', 'warning', (label) => ({ message: `${label}: the log says it was blocked, but the policy in review allows it`, hint: 'Deploy the current policy to the agent runtime, or check that allowing it is intended.' }));
      }
      return d;
    }
    if (d.allowed) {
      if (logged.requiresApproval === true && !d.requiresApproval) {
        emit('replay-decision-mismatch', 'warning', (label) => ({ message: `${label}: the log says it required approval, but the policy in review does not require one`, hint: 'Deploy the current policy to the agent runtime, or check the require_human_approval rules.' }));
      }
      return d;
    }
    // Denied and carried out (or not shown as blocked).
    const denied = d.subjects.filter((s) => !s.allowed);
    const cover = this.bypassFor(a, denied);
    if (cover.ids) {
      this.bypassUsed = cover.ids;
      emit('replay-bypass-used', 'info', (label) => ({ message: `${label}: denied by the policy, passed under bypass ${cover.ids!.join(', ')}`, related: cover.related }));
      return d;
    }
    const said = logged.allowed === true ? ' (the log says it was allowed)' : '';
    const near = cover.nearMiss ? `; ${cover.nearMiss}` : '';
    if (d.outcome === 'needs-approval') {
      emit('replay-missing-approval', 'error', (label) => {
        const why = problem ?? (a.approvalId === undefined ? 'the entry names no approval_id' : `approval ${a.approvalId} does not count`);
        const what = denied.map((s) => `${s.kind} "${s.subject}"`).join(', ');
        return {
          message: `${label}: needs human approval (${what}), but ${why}${said}${near}`,
          hint: withNote('Record the approval that was given (.agent-policy/approvals/), or revert the change.', entry.hint),
          witness: denied[0]?.subject,
          related: relatedOf(denied),
        };
      });
      return d;
    }
    emit('replay-denied-action', 'error', (label) => ({
      message: `${label}: the policy denies it${said}: ${d.reason.replace(/^denied: /, '')}${near}`,
      hint: withNote(logged.allowed === true ? 'The runtime enforced another policy: revert the action, or change the policy in review.' : 'Revert what the action did, change the policy in review, or record a bypass (agent-policy-lint bypass).', entry.hint),
      witness: (denied.find((s) => s.outcome === 'deny') ?? denied[0])?.subject,
      related: relatedOf(denied),
    }));
    return d;
  }

  private bypassUsed: string[] | undefined;

  private encodeDecision(to: ByteLines, entry: LogEntry, d: Decision, lineNo: number, hits: SecretHit[]): void {
    const a = entry.action;
    const ms = a.timestamp !== undefined ? this.parseTs(a.timestamp) : undefined;
    const out = this.r.opts.decisions!;
    this.logName ??= (relative(out.cwd, this.file) || this.file).split(sep).join('/');
    out.encode(decisionRecord(entry, d, lineNo + this.lineOffset, hits, this.bypassUsed, { repoRoot: this.r.opts.set.root.root, policyVersion: this.r.opts.set.root.version, log: this.logName, ms }), to);
    to.endLine();
  }

  /** The action's decision, and its tool name's when the runtime named a tool (both must allow). */
  private decide(entry: LogEntry, approvalValid: boolean | undefined): Decision {
    const a = entry.action;
    const d = this.r.opts.decider.decide(a, approvalValid);
    if (entry.tool === undefined || !this.r.hasToolRules) return d;
    const tool: Action = { kind: 'tool', tool: entry.tool, agentId: a.agentId, sessionId: a.sessionId, timestamp: a.timestamp, cwd: a.cwd, approvalId: a.approvalId };
    return withToolDecision(d, this.r.opts.decider.decide(tool, approvalValid));
  }

  /** The action's time (ms), undefined when it has no valid timestamp. */
  private timeOf(a: Action): number | undefined {
    return a.timestamp !== undefined ? this.parseTs(a.timestamp) : undefined;
  }

  private bypassFor(a: Action, denied: SubjectDecision[]): { ids?: string[]; related?: RelatedLocation[]; nearMiss?: string } {
    const cover = bypassCover(this.r.opts.bypasses, a.agentId, this.timeOf(a), denied);
    if (cover.covering) {
      const list = cover.covering;
      return { ids: list.map((b) => b.id), related: list.map((b) => ({ file: b.file, line: 1, column: 1, message: `bypass ${b.id}: ${b.reason}` })) };
    }
    // Would a bypass have covered it at another time? Say so: the window is what failed.
    const near = cover.nearMiss;
    if (!near) return {};
    const when = this.timeOf(a) === undefined ? 'the entry has no valid timestamp' : `the action was logged at ${a.timestamp}`;
    return { nearMiss: `bypass ${near.id} covers it only from ${new Date(near.start).toISOString()} to ${near.expiresAt}, and ${when}` };
  }

  /** max_files_per_action, as the engine applies it (writes and deletes; the smallest limit governing the paths). */
  private maxFiles(entry: LogEntry, d: Decision, lineNo: number, hits: SecretHit[]): void {
    const fl = d.fileLimit;
    if (!fl?.exceeded) return;
    const o = fl.origin;
    this.add({
      ruleId: 'replay-too-many-files',
      severity: 'error',
      line: lineNo,
      message: `${entryLabel(entry)}: ${fl.count} files in one action, more than max_files_per_action (${fl.limit})`,
      hint: 'Split the change into smaller actions, or raise constraints.max_files_per_action deliberately.',
      related: o ? [{ file: o.file, line: o.line, column: o.column, message: `max_files_per_action: ${fl.limit}` }] : undefined,
      data: { files: fl.count, max: fl.limit },
    }, hits);
  }
}

function relatedOf(denied: SubjectDecision[]): RelatedLocation[] | undefined {
  const out: RelatedLocation[] = [];
  for (const s of denied) {
    for (const rule of s.rules) {
      if (!rule.matched || !rule.origin || (rule.effect !== 'deny' && rule.effect !== 'approval')) continue;
      const o = rule.origin;
      if (out.some((x) => x.file === o.file && x.line === o.line && x.column === o.column)) continue;
      out.push({ file: o.file, line: o.line, column: o.column, message: `${rule.effect === 'deny' ? 'deny' : 'require_human_approval'} "${rule.pattern}" matches ${rule.subject}` });
      if (out.length >= 5) return out;
    }
  }
  return out.length ? out : undefined;
}

function dataOf(entry: LogEntry, d: Decision): Record<string, unknown> {
  const a = entry.action;
  const out: Record<string, unknown> = {
    format: entry.format,
    action: a.kind === 'filesystem' ? `filesystem.${a.op}` : a.kind,
    decision: { allowed: d.allowed, requiresApproval: d.requiresApproval, approved: d.approved },
    subjects: d.subjects.filter((s) => !s.allowed).map((s) => s.subject).slice(0, 20),
  };
  if (entry.logged.allowed !== undefined) out.loggedAllowed = entry.logged.allowed;
  if (a.agentId !== undefined) out.agentId = a.agentId;
  if (a.sessionId !== undefined) out.sessionId = a.sessionId;
  if (a.approvalId !== undefined) out.approvalId = a.approvalId;
  if (entry.toolUseId !== undefined) out.toolUseId = entry.toolUseId;
  return out;
}

function dedupe(hits: SecretHit[]): SecretHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.value) ? false : (seen.add(h.value), true)));
}

/** A finding's hint with what the entry's reader adds (how to record what the log lacks). */
function withNote(hint: string, note: string | undefined): string {
  return note === undefined ? hint : `${hint} ${note}`;
}

/** A tool use the log shows refused: every effect of it (they share one outcome). */
function markBlocked(entry: LogEntry, why: string | undefined): void {
  for (const e of [entry, ...(entry.also ?? [])]) {
    e.logged.allowed = false;
    e.logged.reason = why;
  }
}
