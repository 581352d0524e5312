// The HTML report's data as compact arrays, written in pieces: a report of 100,000 findings is
// tens of megabytes of JSON, and building it as one string (then escaping it, then wrapping it in
// the page) held several copies at once. Repeated strings (rules, files, agents, sessions, hints,
// reasons) are written once in a table and rows name them by index; what is unique per row (a
// message, a subject, a time) is inline. The page's script (script.ts) reads this shape.
import type { Finding } from '../finding.js';
import type { ReplayedDecision } from '../decision.js';
import { jsonForScript } from './page.js';

const SEVERITY_INDEX = { error: 0, warning: 1, info: 2 } as const;
const VERDICT_INDEX = { allow: 0, deny: 1, approval: 2, bypass: 3 } as const;
/** Rows per written piece. */
const BATCH = 2000;

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

/** [severity, rule, file, line, column, message, agent, session, hint, helpUri]: strings by table index, but the message. */
function findingRow(f: Finding, t: StringTable): unknown[] {
  const data = (f.data ?? {}) as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return [SEVERITY_INDEX[f.severity], t.of(f.ruleId), t.of(f.file), f.line, f.column, f.message, t.of(str(data.agentId)), t.of(str(data.sessionId)), t.of(f.hint), t.of(f.helpUri)];
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

function* rows<T>(items: readonly T[], encode: (x: T) => unknown): Generator<string> {
  for (let i = 0; i < items.length; i += BATCH) {
    const part = items.slice(i, i + BATCH).map(encode);
    // The array's text without its brackets, joined to the previous batch by a comma.
    const text = jsonForScript(part).slice(1, -1);
    if (text) yield i === 0 ? text : `,${text}`;
  }
}

/** The data block's JSON text, in pieces: findings, decisions, then the tables they index and the rest. */
export function* reportData(findings: readonly Finding[], decisions: readonly ReplayedDecision[], rest: Record<string, unknown>): Generator<string> {
  const t = new StringTable();
  const rules = new Map<string, number>();
  const ruleRows: unknown[][] = [];
  yield '{"findings":[';
  yield* rows(findings, (f) => findingRow(f, t));
  yield '],"decisions":[';
  yield* rows(decisions, (d) => decisionRow(d, t, rules, ruleRows));
  yield `],"rules":${jsonForScript(ruleRows)},"strings":[`;
  // The table in pieces too: at 100,000 findings it holds thousands of files and sessions.
  yield* rows(t.list, (s) => s);
  yield ']';
  for (const [k, v] of Object.entries(rest)) yield `,${JSON.stringify(k)}:${jsonForScript(v)}`;
  yield '}';
}
