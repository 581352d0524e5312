// Shared state of one analysis run: the automata cache, the entries, and finding helpers.
import type { Finding, RelatedLocation, Severity } from '../report/finding.js';
import type { PolicySet } from '../policy/types.js';
import { ALL_PATHS, SIMPLE_COMMANDS, meet, type Automata, type Lang, type Neg, type SearchOptions, type Verdict } from '../match/automata.js';
import { fold, prefixesAgree, suffixesAgree } from './shape.js';
import { Sampler } from './quick.js';
import { displayFile, scopeLang, within, type Entry, type Model } from './model.js';

export class Ctx {
  readonly findings: Finding[] = [];
  /** Entries already shown to be dead or vacuous: later checks stay quiet about them. */
  readonly dead = new Set<Entry>();
  private readonly undecided = new Set<string>();
  private readonly governedCache = new Map<Entry, Lang>();
  private readonly someCache = new Map<Entry, string | undefined>();
  private readonly overlapCache = new Map<Entry, Map<Entry, boolean>>();
  private readonly sampler: Sampler;
  private readonly scopePrefixes = new Map<Entry, string>();
  private readonly denyLists = new Map<string, Entry[]>();

  constructor(
    readonly set: PolicySet,
    readonly model: Model,
    readonly auto: Automata,
  ) {
    this.sampler = new Sampler(auto);
  }

  /** Entries with a language, optionally filtered. */
  live(filter: (e: Entry) => boolean = () => true): Entry[] {
    return this.model.entries.filter((e) => e.lang && filter(e));
  }

  universe(e: Entry): Lang {
    return e.kind === 'path' ? ALL_PATHS : SIMPLE_COMMANDS;
  }

  /** What the entry governs: its pattern within the universe and its override's directory (one cached DFA). */
  pos(e: Entry): Lang[] {
    return [this.governed(e)];
  }

  governed(e: Entry): Lang {
    let g = this.governedCache.get(e);
    if (!g) {
      g = e.kind === 'path' && e.dir ? meet(e.lang!, this.universe(e), scopeLang(e.dir)) : meet(e.lang!, this.universe(e));
      this.governedCache.set(e, g);
    }
    return g;
  }

  /** What a deny entry denies (an override's deny only inside its directory). */
  neg(d: Entry): Lang {
    return d.kind === 'path' && d.dir ? meet(d.lang!, scopeLang(d.dir)) : d.lang!;
  }

  /** The shortest word of what `e` governs (cached); undefined when it governs nothing or is undecided. */
  some(e: Entry): string | undefined {
    if (!this.someCache.has(e)) this.someCache.set(e, this.witness(e, 'the pattern matches anything', this.pos(e)));
    return this.someCache.get(e);
  }

  /** Whether `e` governs any word (an undecided answer counts as yes: it is reported, never dropped). */
  nonEmpty(e: Entry): boolean {
    return this.ask(e, 'the pattern matches anything', this.pos(e)).status !== 'empty';
  }

  /** Whether `a` governs a word that deny `d` denies (cached per pair). */
  overlaps(a: Entry, d: Entry): boolean {
    let m = this.overlapCache.get(a);
    if (!m) this.overlapCache.set(a, (m = new Map()));
    let v = m.get(d);
    if (v === undefined) {
      v = this.compatible(a, d) && this.ask(a, `it overlaps ${quote(d.pattern)}`, [this.governed(a), this.neg(d)]).status === 'found';
      m.set(d, v);
    }
    return v;
  }

  /** Cheap sound test: false means `a` and `b` (each within its scope) cannot share a word. */
  compatible(a: Entry, b: Entry): boolean {
    if (!prefixesAgree(a.prefix, b.prefix) || !suffixesAgree(a.suffix, b.suffix)) return false;
    if (a.kind !== 'path') return true;
    const sa = this.scopePrefix(a);
    const sb = this.scopePrefix(b);
    return prefixesAgree(sa, b.prefix) && prefixesAgree(sb, a.prefix) && prefixesAgree(sa, sb);
  }

  /** The folded `dir/` of an override entry ('' for the root). */
  private scopePrefix(e: Entry): string {
    let p = this.scopePrefixes.get(e);
    if (p === undefined) this.scopePrefixes.set(e, (p = e.dir ? `${fold(e.dir)}/` : ''));
    return p;
  }

  /**
   * Deny entries that apply to what `a` governs (same kind): the root's, every override's within its
   * directory, and, for an agent's entry, that agent's own (an agent's denies add to the defaults).
   */
  deniesFor(a: Entry): Entry[] {
    let denies = this.denyLists.get(a.kind);
    if (!denies) this.denyLists.set(a.kind, (denies = this.live((d) => d.role === 'deny' && d.kind === a.kind)));
    return denies.filter(
      (d) => (d.agent === undefined || d.agent === a.agent) && (a.kind === 'path' || d.dir === '' || within(a.dir, d.dir)) && this.compatible(a, d),
    );
  }

  /** Root exceptions an override's allow may use: those for any override or naming its directory. */
  exceptionsFor(a: Entry): Entry[] {
    if (a.kind !== 'path' || !a.dir) return [];
    return this.live((x) => x.role === 'exception' && (!x.overrides?.length || x.overrides.includes(a.dir)) && this.compatible(a, x));
  }

  /**
   * One question: a cheap candidate word first (a RegExp-checked "found", witness not minimal), else
   * the exact search. An unknown answer becomes a single conflict-undecided finding for the entry.
   */
  ask(e: Entry, question: string, pos: Lang[], neg: Neg[] = []): Verdict {
    const w = this.sampler.find(pos, neg);
    if (w !== undefined) return { status: 'found', witness: w };
    return this.exact(e, question, pos, neg);
  }

  /** The exact answer, with the shortest (most readable) witness: for what is shown to users. */
  exact(e: Entry, question: string, pos: Lang[], neg: Neg[] = [], opts?: SearchOptions): Verdict {
    const v = this.auto.find(pos, neg, e.kind === 'path' ? { preferFileInside: true, ...opts } : opts);
    if (v.status === 'unknown') this.reportUndecided(e, question, v.reason);
    return v;
  }

  /** The shortest witness of a question, or undefined (empty or undecided). */
  witness(e: Entry, question: string, pos: Lang[], neg: Neg[] = [], opts?: SearchOptions): string | undefined {
    const v = this.exact(e, question, pos, neg, opts);
    return v.status === 'found' ? v.witness : undefined;
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

  /** `Root policy`, `Backend override`, `Override services/api/`. */
  owner(e: Entry): string {
    if (e.agent !== undefined) return `Agent ${quote(e.agent)}`;
    if (!e.dir) return 'Root policy';
    if (e.dir.includes('/')) return `Override ${e.dir}/`;
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
