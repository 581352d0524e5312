// The HTML report's data, written in pieces and read by the page in two speeds. What the page
// needs to open (the findings' columns of numbers, the string table, the facets, the session
// index) is one JSON value (`index`); what only the rows on screen need (the findings' messages,
// the replayed decisions) is cut into blocks of BLOCK items, each its own JSON array, that the
// page parses when a row of that block is shown (or, for the messages, on the first search).
// Opening a 100,000-finding report used to parse all 22 MB of JSON and build 150,000 row arrays
// before the first table row. Repeated strings (rules, files, agents, sessions, hints, reasons)
// are written once in a table and named by index (0: none). The page's script (script.ts) reads
// this shape.
import type { Finding } from '../finding.js';
import type { ReplayedDecision } from '../decision.js';
import { jsonForScript } from './page.js';

const SEVERITY_INDEX = { error: 0, warning: 1, info: 2 } as const;
const VERDICT_INDEX = { allow: 0, deny: 1, approval: 2, bypass: 3 } as const;
/** Items per lazily parsed block (about 64-100K characters of JSON at typical sizes). */
export const BLOCK = 512;
/** Index pieces: numbers per written piece of a column. */
const PIECE = 8192;

/** Strings by index; index 0 is the empty string (a missing value). */
export class StringTable {
  readonly list: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  of(s: string | undefined): number {
    if (s === undefined) return 0;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** The findings' columns but the message: numbers, strings by table index. */
const COLUMNS = ['severity', 'rule', 'file', 'line', 'column', 'agent', 'session', 'hint', 'help'] as const;

function findingColumns(findings: readonly Finding[], t: StringTable): Record<(typeof COLUMNS)[number], Int32Array> {
  const n = findings.length;
  const c = Object.fromEntries(COLUMNS.map((k) => [k, new Int32Array(n)])) as Record<(typeof COLUMNS)[number], Int32Array>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    const data = (f.data ?? {}) as Record<string, unknown>;
    c.severity[i] = SEVERITY_INDEX[f.severity];
    c.rule[i] = t.of(f.ruleId);
    c.file[i] = t.of(f.file);
    c.line[i] = f.line;
    c.column[i] = f.column;
    c.agent[i] = t.of(str(data.agentId));
    c.session[i] = t.of(str(data.sessionId));
    c.hint[i] = t.of(f.hint);
    c.help[i] = t.of(f.helpUri);
  }
  return c;
}

/**
 * [timestamp, verdict, approved, agent, session, kind, subject, reason, blocked, rule, log, line]:
 * verdict as an index, rule an index into `rules` (-1: none), the rest but subject and timestamp by table index.
 */
function decisionRow(d: ReplayedDecision, t: StringTable, rules: Map<string, number>, ruleRows: unknown[][]): unknown[] {
  let rule = -1;
  const r = d.rule;
  if (r) {
    const key = `${r.file}\u0000${r.line}\u0000${r.effect}\u0000${r.pattern}`;
    let i = rules.get(key);
    if (i === undefined) {
      i = ruleRows.length;
      ruleRows.push([t.of(r.file), r.line, t.of(r.effect), t.of(r.pattern)]);
      rules.set(key, i);
    }
    rule = i;
  }
  return [d.timestamp ?? '', VERDICT_INDEX[d.verdict], d.approved ? 1 : 0, t.of(d.agent), t.of(d.session), t.of(d.kind), d.subject, t.of(d.reason), d.blocked ? 1 : 0, rule, t.of(d.log), d.line];
}

/** A session's timeline key: the session, or the log of the decisions without one. */
const sessionKey = (d: ReplayedDecision): string => (d.session ? d.session : `(no session) ${d.log ?? ''}`);

/** Code-unit order, as the page's Array.prototype.sort. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The distinct non-empty strings of a column, sorted by their text: a filter's options. */
function facet(col: Int32Array, t: StringTable): number[] {
  const seen = new Set<number>();
  for (const i of col) if (i) seen.add(i);
  return [...seen].sort((a, b) => byText(t.list[a]!, t.list[b]!));
}

/** A list's JSON text in pieces (a column of 100,000 numbers is not one string). */
function* list<T>(items: ArrayLike<T>, encode: (x: T) => unknown = (x) => x): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i += PIECE) {
    const part: unknown[] = [];
    for (let j = i; j < Math.min(items.length, i + PIECE); j++) part.push(encode(items[j]!));
    const text = jsonForScript(part).slice(1, -1);
    if (text) yield i === 0 ? text : `,${text}`;
  }
  yield ']';
}

export interface ReportData {
  /** The index's JSON text, in pieces: what the page parses to open. */
  index: Iterable<string>;
  /** The blocks parsed on demand, as [class, JSON text of an array of BLOCK items]: messages first, then decisions. */
  blocks: Iterable<[string, string]>;
}

/**
 * The report's data. The decisions are written grouped by timeline (sessions in code-unit order,
 * each in the order replayed), and `sessions` names each group's [key, first, count].
 */
export function reportData(findings: readonly Finding[], decisions: readonly ReplayedDecision[], rest: Record<string, unknown>): ReportData {
  const t = new StringTable();
  const columns = findingColumns(findings, t);
  // The decisions' strings go into the table before it is written (their rows are written after
  // it, encoded a second time with the same indexes); the order groups them by session.
  const rules = new Map<string, number>();
  const ruleRows: unknown[][] = [];
  const groups = new Map<string, number[]>();
  decisions.forEach((d, i) => {
    decisionRow(d, t, rules, ruleRows);
    const key = sessionKey(d);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const keys = [...groups.keys()].sort(byText);
  const order = new Int32Array(decisions.length);
  const sessions: Array<[string, number, number]> = [];
  let at = 0;
  for (const k of keys) {
    const g = groups.get(k)!;
    sessions.push([k, at, g.length]);
    for (const i of g) order[at++] = i;
  }
  groups.clear();

  function* index(): Generator<string> {
    yield `{"block":${BLOCK},"findings":{"n":${findings.length}`;
    for (const k of COLUMNS) {
      yield `,${JSON.stringify(k)}:`;
      yield* list(columns[k]);
    }
    yield `},"facets":${jsonForScript({ rule: facet(columns.rule, t), agent: facet(columns.agent, t), file: facet(columns.file, t) })}`;
    yield `,"sessions":${jsonForScript(sessions)},"rules":${jsonForScript(ruleRows)},"strings":`;
    yield* list(t.list);
    for (const [k, v] of Object.entries(rest)) yield `,${JSON.stringify(k)}:${jsonForScript(v)}`;
    yield '}';
  }

  function* blocks(): Generator<[string, string]> {
    for (let i = 0; i < findings.length; i += BLOCK) {
      yield ['report-messages', jsonForScript(findings.slice(i, i + BLOCK).map((f) => f.message))];
    }
    for (let i = 0; i < order.length; i += BLOCK) {
      const part: unknown[] = [];
      for (let j = i; j < Math.min(order.length, i + BLOCK); j++) part.push(decisionRow(decisions[order[j]!]!, t, rules, ruleRows));
      yield ['report-decisions', jsonForScript(part)];
    }
  }

  return { index: index(), blocks: blocks() };
}
