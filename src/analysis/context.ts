// Shared state of one analysis run: the automata cache, the entries, and finding helpers.
import type { Finding, RelatedLocation, Severity } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';
import { ALL_PATHS, SIMPLE_COMMANDS, prefixesCompatible, type Automata, type Lang, type Neg, type SearchOptions, type Verdict } from './automata.js';
import { displayFile, scopeLang, within, type Entry, type Model } from './model.js';

export class Ctx {
  readonly findings: Finding[] = [];
  /** Entries already shown to be dead or vacuous: later checks stay quiet about them. */
  readonly dead = new Set<Entry>();
  private readonly undecided = new Set<string>();

  constructor(
    readonly set: PolicySet,
    readonly model: Model,
    readonly auto: Automata,
  ) {}

  /** Entries with a language, optionally filtered. */
  live(filter: (e: Entry) => boolean = () => true): Entry[] {
    return this.model.entries.filter((e) => e.lang && filter(e));
  }

  universe(e: Entry): Lang {
    return e.kind === 'path' ? ALL_PATHS : SIMPLE_COMMANDS;
  }

  /** The languages whose intersection is what the entry governs: its pattern, the universe, its scope. */
  pos(e: Entry): Lang[] {
    const out = [e.lang!, this.universe(e)];
    if (e.kind === 'path' && e.dir) out.push(scopeLang(e.dir));
    return out;
  }

  /** What a deny entry denies, as a negative item (an override's deny only inside its directory). */
  neg(d: Entry): Neg {
    return d.kind === 'path' && d.dir ? [d.lang!, scopeLang(d.dir)] : d.lang!;
  }

  negLangs(d: Entry): Lang[] {
    const n = this.neg(d);
    return Array.isArray(n) ? [...n] : [n as Lang];
  }

  /** Cheap sound test: false means `a` and `b` (each within its scope) cannot share a word. */
  compatible(a: Entry, b: Entry): boolean {
    if (!prefixesCompatible(a.prefix, b.prefix)) return false;
    if (a.kind !== 'path') return true;
    const sa = a.dir ? `${a.dir.toLowerCase()}/` : '';
    const sb = b.dir ? `${b.dir.toLowerCase()}/` : '';
    return prefixesCompatible(sa, b.prefix) && prefixesCompatible(sb, a.prefix) && prefixesCompatible(sa, sb);
  }

  /** Deny entries that apply to what `a` governs (same kind): the root's, and every override's within its directory. */
  deniesFor(a: Entry): Entry[] {
    return this.live((d) => d.role === 'deny' && d.kind === a.kind && (a.kind === 'path' || d.dir === '' || within(a.dir, d.dir)) && this.compatible(a, d));
  }

  /** Root exceptions an override at `dir` may use. */
  exceptionsFor(a: Entry): Entry[] {
    if (a.kind !== 'path' || !a.dir) return [];
    return this.live(
      (x) => x.role === 'exception' && (!x.overrides?.length || x.overrides.some((d) => within(a.dir, d))) && this.compatible(a, x),
    );
  }

  /** One search; an unknown answer becomes a single conflict-undecided finding for the entry. */
  ask(e: Entry, question: string, pos: Lang[], neg: Neg[] = [], opts?: SearchOptions): Verdict {
    const v = this.auto.find(pos, neg, e.kind === 'path' ? { preferFileInside: true, ...opts } : opts);
    if (v.status === 'unknown') this.reportUndecided(e, question, v.reason);
    return v;
  }

  reportUndecided(e: Entry, question: string, reason: string): void {
    const key = `${e.origin.file}:${e.origin.pointer}:${question}`;
    if (this.undecided.has(key)) return;
    this.undecided.add(key);
    this.report(e, 'conflict-undecided', 'warning', `Could not decide whether ${question} for ${quote(e.pattern)}: ${reason}`, {
      hint: 'Simplify the pattern (split a large alternation into several patterns) so it can be analysed exactly.',
      data: { question, reason },
    });
  }

  /** A pattern that has no language at all: none of its conflicts can be decided. */
  reportUncompiled(e: Entry, reason: string): void {
    this.report(e, 'conflict-undecided', 'warning', `Could not analyse ${quote(e.pattern)} for conflicts: ${reason}`, {
      hint: 'Conflicts involving this pattern are not checked; rewrite it with supported glob syntax.',
      data: { question: 'any conflict', reason },
    });
  }

  report(
    e: Entry,
    ruleId: string,
    severity: Severity,
    message: string,
    extra: { hint?: string; witness?: string; related?: RelatedLocation[]; data?: Record<string, unknown> } = {},
  ): void {
    const f: Finding = { ruleId, severity, message, file: e.origin.file, line: e.origin.line, column: e.origin.column };
    if (extra.hint) f.hint = extra.hint;
    if (extra.witness !== undefined) f.witness = extra.witness;
    if (extra.related?.length) f.related = extra.related;
    f.data = { pattern: e.pattern, policy: this.where(e), ...(extra.witness !== undefined ? { witness: extra.witness } : {}), ...extra.data };
    this.findings.push(f);
  }

  related(e: Entry, message: string): RelatedLocation {
    return { file: e.origin.file, line: e.origin.line, column: e.origin.column, message };
  }

  /** `backend/.agent-policy.override.yml:4` */
  where(e: Entry): string {
    return `${displayFile(e.origin.file, this.set.root.root)}:${e.origin.line}`;
  }

  /** `Root policy`, `Backend override`. */
  owner(e: Entry): string {
    if (!e.dir) return 'Root policy';
    return `${e.dir.charAt(0).toUpperCase()}${e.dir.slice(1)} override`;
  }
}

export function quote(pattern: string): string {
  return JSON.stringify(pattern);
}

/** What a role does, for messages: `allows`, `denies`, `requires approval for`. */
export function verb(e: Entry): string {
  switch (e.role) {
    case 'allow':
      return 'allows';
    case 'deny':
      return 'denies';
    case 'approval':
      return 'requires approval for';
    case 'exception':
      return 'makes an exception for';
  }
}
