// Touching a tree or a glob touches every path in its language (SPEC 3: deleting or overwriting a
// tree writes everything under it). Which of those paths the policy cares about is decided on
// automata (src/match/automata.ts): for each deny pattern, approval gate and allow list that
// could apply, the shortest path in L(tree) ∩ L(pattern) (or L(tree) minus every allow pattern) is
// a witness. Each witness is then decided like any path (./decide-path.ts), so the verdict, the
// carve-outs and the reason are the path's own. Nothing is read from disk: the engine is pure.
import type { Automata, Lang } from '../match/automata.js';
import { requireAutomata } from './automata-support.js';
import { analyzePolicyPattern, GlobError, policySourceOf } from '../match/glob.js';
import { escapeRegexLiteral } from '../match/regex-subset.js';
import type { CompiledPolicy, Level } from './compile.js';

/** The paths a touch covers, as a regex-subset language over normalised paths. */
export interface TreeLanguage {
  lang: Lang;
  /** The normalised path at the top of a whole tree (not for globs, nor trees walked without dot-files). */
  root?: string;
  /** A second language the paths are in too (a shell glob's `*` does not match a leading dot). */
  also?: Lang;
  /** For reasons: `everything under "src"`, `every path "src/*.log" matches`. */
  shown: string;
  /**
   * Paths the touch never reaches although the language names them (a git pathspec never reaches
   * the repository's own `.git`: withoutGitDir). The searches avoid them; the shortcuts for whole
   * trees, which do not look at the language, are not taken.
   */
  without?: Lang;
}

/**
 * The repository's own directory at the top, in any case: git never reads or writes it through a
 * pathspec (verify_path refuses a `.git` path component in any case), so `git restore .` or
 * `git clean -fdx` reaches everything in the repository but `.git` (whose config and hooks the
 * built-in denies protect: citing them would give a wrong reason, and for a tree whose only
 * refused path is there, a wrong verdict).
 */
export const GIT_DIR: Lang = { source: '\\.git(?:/[^]*)?', flags: 'i' };

/**
 * The tree or glob as a git pathspec reaches it: without the repository's `.git` at the top
 * (GIT_DIR); and a git wildcard (quoted, so the shell left it to git) without the shell's rule
 * that a wildcard does not match a leading dot (`also`): `git rm '*'` deletes `.env`.
 */
export function asPathspec(tree: TreeLanguage, gitWildcard = false): TreeLanguage {
  if (!gitWildcard) return { ...tree, without: GIT_DIR, shown: `${tree.shown} (but .git)` };
  const { also: _shellDots, ...rest } = tree;
  return { ...rest, without: GIT_DIR, shown: `${tree.shown} (but .git)` };
}

/** A path the tree contains that some rule cares about. */
export interface Witness {
  path: string;
  /** The rule that led to it: a deny or gate pattern, or '' when no allow pattern covers it. */
  pattern: string;
  /**
   * The pattern names paths at any depth (`.env`, `**\/.codex/**`): whether the tree holds such a
   * path depends on what is on disk, which the engine does not see.
   */
  anyDepth: boolean;
}

/** Searches before a policy's automata (whose cache holds every tree's DFA) are started afresh, carrying over only the policy's own languages: a long replay must not grow without bound. */
const SEARCHES_PER_CACHE = 4096;

interface Searcher {
  a: Automata;
  uses: number;
  /** A shortest path of each pattern that matches at any depth ('' when it matches none). */
  members: Map<string, string>;
  /** Each pattern's language, parsed once (the same objects keep the automata's caches warm). */
  langs: Map<string, ReturnType<typeof patternLang>>;
  /** Each level's rules read once: the same levels are searched for every tree. */
  levels: Map<Level, LevelRules>;
}

/** A rule of a level with what the searches need of it, worked out once per searcher. */
interface RuleEntry {
  pattern: string;
  /** The rule's language; undefined when the glob compiler rejects the pattern. */
  p: ReturnType<typeof patternLang>;
  /** The key of `members`. */
  memberKey: string;
  /** The pattern's literal start, lower case (prefixMeets). */
  folded: string;
  /** A pattern at any depth: its entry of `members`, kept here once found (no lookup per tree). */
  member?: string;
  /**
   * Allow rules only: the literal start every word of the language begins with, checked on its
   * automaton; undefined when that cannot be shown (then the rule is never left out of a search).
   */
  literal?: string;
}

interface LevelRules {
  deny: RuleEntry[];
  gate: RuleEntry[];
  allow: RuleEntry[];
  /** The same lists by the first segment of their literal starts (bySegment): a whole tree is searched only for rules that can meet it. */
  denyIndex: SegmentIndex;
  gateIndex: SegmentIndex;
  allowIndex: SegmentIndex;
  /** The deny and gate rules at any depth that have a member, in list order: set once every member of the list is known. */
  denyMembers?: RuleEntry[];
  gateMembers?: RuleEntry[];
}

/**
 * The positions of a list's rules by the first path segment of a literal start that contains a
 * `/` (`pkg3/secrets/` under `pkg3`); every other rule (no such literal, at any depth, rejected
 * by the glob compiler) is in `rest`. Whether a literal and a whole tree's path can meet
 * (prefixMeets, literalMisses: one of `literal` and `root/` extends the other) needs, for a
 * literal with a `/`, the same first segment: the first `/` of the longer is the first `/` of the
 * shorter. So only `rest` and the tree's own segment need the check; the rest of the list fails it.
 */
interface SegmentIndex {
  bySegment: Map<string, number[]>;
  rest: number[];
}

function segmentIndex(literals: readonly (string | undefined)[]): SegmentIndex {
  const index: SegmentIndex = { bySegment: new Map(), rest: [] };
  literals.forEach((literal, i) => {
    const slash = literal === undefined ? -1 : literal.indexOf('/');
    if (slash < 0) index.rest.push(i);
    else {
      const seg = literal!.slice(0, slash);
      const at = index.bySegment.get(seg);
      if (at) at.push(i);
      else index.bySegment.set(seg, [i]);
    }
  });
  return index;
}

/** The positions (ascending, as the list is written) of the rules of `index` that a whole tree whose path starts with segment `seg` can meet. */
function candidates(index: SegmentIndex, seg: string): readonly number[] {
  const own = index.bySegment.get(seg);
  if (!own) return index.rest;
  const rest = index.rest;
  if (rest.length === 0) return own;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < rest.length || j < own.length) out.push(j >= own.length || (i < rest.length && rest[i]! < own[j]!) ? rest[i++]! : own[j++]!);
  return out;
}

/** The literal a deny or gate rule is indexed by: the folded start prefixMeets compares, for anchored patterns only. */
function anchoredLiteral(r: RuleEntry): string | undefined {
  return r.p && !r.p.anyDepth ? r.folded : undefined;
}

const automata = new WeakMap<CompiledPolicy, Searcher>();

function searcherOf(policy: CompiledPolicy): Searcher {
  let entry = automata.get(policy);
  if (!entry) automata.set(policy, (entry = { a: new (requireAutomata().Automata)(), uses: 0, members: new Map(), langs: new Map(), levels: new Map() }));
  else if (entry.uses >= SEARCHES_PER_CACHE) {
    // The trees' DFAs go; the policy's own languages (bounded by its rules) and what was worked
    // out from them stay, with their DFAs.
    const keep: Lang[] = [requireAutomata().ALL_PATHS];
    for (const l of entry.langs.values()) if (l) keep.push(l.lang);
    entry.a = entry.a.carry(keep);
    entry.uses = 0;
  }
  entry.uses++;
  return entry;
}

function levelRules(searcher: Searcher, l: Level): LevelRules {
  let r = searcher.levels.get(l);
  if (!r) {
    const entry = (pattern: string, flags: '' | 'i', descendants: boolean): RuleEntry => ({
      pattern,
      p: cachedLang(searcher, pattern, flags, descendants),
      memberKey: `${descendants ? 'd' : 'g'}${pattern}`,
      folded: literalStart(pattern).toLowerCase(),
    });
    const deny = l.fs.deny.rules.map((x) => entry(x.pattern, 'i', true));
    const gate = l.approvals.file.gate.rules.map((x) => entry(x.pattern, 'i', false));
    const allow = l.fs.allow.rules.map((x) => {
      const e = entry(x.pattern, '', false);
      if (e.p && !e.p.anyDepth) e.literal = provenLiteralStart(searcher.a, e.p.lang, literalStart(x.pattern));
      return e;
    });
    r = {
      deny,
      gate,
      allow,
      denyIndex: segmentIndex(deny.map(anchoredLiteral)),
      gateIndex: segmentIndex(gate.map(anchoredLiteral)),
      allowIndex: segmentIndex(allow.map((e) => (e.p ? e.literal : undefined))),
    };
    searcher.levels.set(l, r);
  }
  return r;
}

/**
 * `prefix` when every word of the language begins with it, shown on the language's minimal DFA
 * (from the start, one state per character with that one character as its only way on, none of
 * them accepting); undefined otherwise.
 */
function provenLiteralStart(a: Automata, lang: Lang, prefix: string): string | undefined {
  const c = a.compile(lang);
  if (!c.ok) return undefined;
  const { initial, edges, final } = c.table;
  let s = initial;
  for (let i = 0; i < prefix.length; i++) {
    if (s < 0 || final[s] === 1) return undefined;
    const e = edges[s]!;
    const ch = prefix.charCodeAt(i);
    if (e.length !== 3 || e[0] !== ch || e[1] !== ch) return undefined;
    s = e[2]!;
  }
  return prefix;
}

/**
 * Whether no word of a tree (the normalised path `root` and what is under it) can start with
 * `literal`: neither extends the other, compared exactly.
 */
function literalMisses(literal: string, root: string, top = `${root}/`): boolean {
  if (root === '.') return false;
  return !(literal.startsWith(top) || top.startsWith(literal));
}

/** Everything at and under a normalised path (`.`: everything); without dot-files below it when `skipsHidden`. */
export function treeLanguage(path: string, skipsHidden = false): TreeLanguage {
  const below = skipsHidden ? '(?:/[^./][^/]*)*' : '(?:/[^]*)?';
  if (path === '/') return { lang: { source: '/[^]*', flags: '' }, shown: 'everything on the machine' };
  const root = skipsHidden ? {} : { root: path };
  if (path === '.') {
    return { lang: { source: skipsHidden ? '[^./][^/]*(?:/[^./][^/]*)*' : '[^]+', flags: '' }, shown: 'everything in the repository', ...root };
  }
  return { lang: { source: `${escapeRegexLiteral(path)}${below}`, flags: '' }, shown: `everything under "${path}"`, ...root };
}

/** The paths a shell glob (anchored at the normalised directory `dir`) may expand to, widened to trees when `tree`. */
export function globLanguage(dir: string, glob: string, tree: boolean): TreeLanguage | undefined {
  const rel = glob.replace(/^(?:\.\/)+/, '');
  const pattern = glob.startsWith('/') ? glob : dir === '.' ? `./${rel}` : `${dir}/${rel}`;
  try {
    // Policy globs are wider than the shell's (`*` matches dot-files here): more witnesses, never fewer.
    const source = policySourceOf(analyzePolicyPattern(pattern), { coverDescendants: tree });
    const also = shellDotRule(pattern, tree);
    return { lang: { source, flags: '' }, ...(also ? { also } : {}), shown: `every path "${glob}" may match${tree ? ', and everything under them' : ''}` };
  } catch (e) {
    if (e instanceof GlobError) return undefined;
    throw e;
  }
}

/**
 * What bash adds to a glob's meaning (without dotglob): a wildcard segment that does not itself
 * start with `.` never matches a name starting with `.` (`*.log` is not `.env.log`). undefined
 * when the glob has a segment this cannot follow (then the wider policy reading stands alone).
 */
function shellDotRule(pattern: string, tree: boolean): Lang | undefined {
  const segs = (pattern.startsWith('./') ? pattern.slice(2) : pattern).split('/');
  const parts: string[] = [];
  for (const [i, seg] of segs.entries()) {
    if (seg === '' && i === 0) {
      parts.push('');
      continue;
    }
    if (seg === '' || seg === '.' || seg === '..' || seg.includes('{')) return undefined;
    const wild = seg.includes('*') || seg.includes('?') || seg.includes('[');
    parts.push(!wild ? escapeRegexLiteral(seg) : seg.startsWith('.') ? '[^/]*' : '[^./][^/]*');
  }
  return { source: `${parts.join('/')}${tree ? '(?:/[^]*)?' : ''}`, flags: '' };
}

function cachedLang(searcher: Searcher, pattern: string, flags: '' | 'i', descendants: boolean): ReturnType<typeof patternLang> {
  const key = `${flags}${descendants ? 'd' : 'g'}${pattern}`;
  if (searcher.langs.has(key)) return searcher.langs.get(key);
  const l = patternLang(pattern, flags, descendants);
  searcher.langs.set(key, l);
  return l;
}

function patternLang(pattern: string, flags: '' | 'i', descendants: boolean): { lang: Lang; anyDepth: boolean } | undefined {
  try {
    const info = analyzePolicyPattern(pattern);
    const anyDepth = !info.anchored || /^(?:\.\/)*\*\*\//.test(pattern);
    return { lang: { source: policySourceOf(info, { coverDescendants: descendants }), flags }, anyDepth };
  } catch (e) {
    if (e instanceof GlobError) return undefined;
    throw e;
  }
}

/** Characters that end a pattern's literal prefix. */
const GLOB_CHARS = new Set(['*', '?', '[', '{', '(', '!', '+', '@', '\\']);

/**
 * Whether an anchored pattern's literal prefix (lower case) and a tree's path can meet (one extends the other,
 * compared without case as denies are): when they cannot, no path under the tree matches it.
 */
function prefixMeets(prefix: string, root: string, top = `${root.toLowerCase()}/`): boolean {
  if (root === '.') return true;
  // (A prefix equal to the path is one that `top` starts with.)
  return prefix.startsWith(top) || top.startsWith(prefix);
}

/** A pattern's text up to its first glob character, without leading `./`. */
function literalStart(pattern: string): string {
  let p = pattern;
  while (p.startsWith('./')) p = p.slice(2);
  let end = 0;
  while (end < p.length && !GLOB_CHARS.has(p[end]!)) end++;
  return p.slice(0, end);
}

/** Longest tree path the shortcut below takes: its automaton (a state per character) stays far below any size limit. */
const SHORTCUT_MAX = 1000;

/**
 * The witness the search of a whole tree (in every `pos` language, in no `neg` one) finds, told
 * without building the tree's automaton: the tree's words are its path and what lies below it, so
 * its path, when a path and in no language to avoid, is the shortest word the search can reach
 * (no avoided language covers a start of it, or it would cover the path too); shown as a file
 * inside when that qualifies too. undefined when this cannot be told so simply: the search runs.
 */
function shortestInWholeTree(a: Automata, tree: TreeLanguage, pos: readonly Lang[], neg: readonly Lang[]): string | undefined {
  const root = tree.root;
  if (root === undefined || root === '.' || tree.also !== undefined || root.length > SHORTCUT_MAX) return undefined;
  // Printable ASCII only: each character is one literal of the tree's regular expression.
  for (let i = 0; i < root.length; i++) {
    const c = root.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return undefined;
  }
  const inside = `${root}/a`;
  let insideToo = true;
  for (const l of [requireAutomata().ALL_PATHS, ...pos]) {
    // undefined: no automaton (the search says why); false: the search looks further.
    if (a.accepts(l, root) !== true) return undefined;
    if (insideToo && a.accepts(l, inside) !== true) insideToo = false;
  }
  for (const l of neg) {
    if (a.accepts(l, root) !== false) return undefined;
    if (insideToo && a.accepts(l, inside) !== false) insideToo = false;
  }
  return insideToo ? inside : root;
}

/**
 * `deferred`: the witnesses of the rules at any depth, when they were left out of `witnesses`
 * (opts.deferAnyDepth), made only if asked for.
 */
export type WitnessResult = { witnesses: Witness[]; deferred?: () => Witness[] } | { unknown: string };

/**
 * The rules of a list at any depth that have a member (in list order), once every member is
 * known: each found as the search of a whole tree finds it (and kept in `members`). undefined
 * while some member cannot be found (its search is unknown): the full search then says why.
 */
function membersOf(searcher: Searcher, entries: readonly RuleEntry[]): RuleEntry[] | undefined {
  const { ALL_PATHS } = requireAutomata();
  const out: RuleEntry[] = [];
  for (const r of entries) {
    if (!r.p?.anyDepth) continue;
    let member = r.member ?? searcher.members.get(r.memberKey);
    if (member === undefined) {
      const m = searcher.a.find([r.p.lang, ALL_PATHS], [], { preferFileInside: true });
      if (m.status === 'unknown') return undefined;
      searcher.members.set(r.memberKey, (member = m.status === 'found' ? m.witness : ''));
    }
    r.member = member;
    if (member !== '') out.push(r);
  }
  return out;
}

/** Whether every deny (and gate, with `gates`) list of the levels has its members known (membersOf), worked out now if need be. */
function membersKnown(searcher: Searcher, levels: readonly Level[], gates: boolean): boolean {
  for (const l of levels) {
    const rules = levelRules(searcher, l);
    if (!(rules.denyMembers ??= membersOf(searcher, rules.deny))) return false;
    if (gates && !(rules.gateMembers ??= membersOf(searcher, rules.gate))) return false;
  }
  return true;
}

/**
 * Witnesses that a tree contains paths the given levels deny, gate (when `gates`), or leave
 * outside their allow lists. One witness per rule at most; a rule whose automaton is too large
 * makes the answer unknown. The acting agent's level adds denies (its allow list only narrows).
 */
export function treeWitnesses(
  policy: CompiledPolicy,
  tree: TreeLanguage,
  levels: readonly Level[],
  gates: boolean,
  agentLevel?: Level,
  /**
   * fullSearch: run every search in full, without the shortcuts that must not change its answer
   * (tests compare). deferAnyDepth: a whole tree's witnesses of rules at any depth (one per such
   * rule: most of a policy's denies) are made only when asked for (`deferred`), when every such
   * rule's member is known (so none can make the answer unknown): a deny the tree certainly meets
   * decides before they are looked at (decide-touch.ts decideTree).
   */
  opts: { fullSearch?: boolean; deferAnyDepth?: boolean } = {},
): WitnessResult {
  const full = opts.fullSearch === true;
  // Paths the touch never reaches: every search avoids them, so none of the shortcuts for whole
  // trees (which read only the tree's path) is taken.
  if (tree.without) tree = { ...tree, root: undefined };
  const without = tree.without ? [tree.without] : [];
  // First, before anything is decided: throws AutomataNotLoaded when they are not loaded yet.
  const { ALL_PATHS } = requireAutomata();
  const searcher = searcherOf(policy);
  const a = searcher.a;
  const witnesses: Witness[] = [];
  const all = agentLevel ? [...levels, agentLevel] : levels;
  const root = tree.root;
  const defer = opts.deferAnyDepth === true && root !== undefined && membersKnown(searcher, all, gates);
  const search = (pos: Lang[], neg: Lang[]): string | undefined | { unknown: string } => {
    const v = a.find([tree.lang, ...(tree.also ? [tree.also] : []), ALL_PATHS, ...pos], [...neg, ...without], { preferFileInside: true });
    if (v.status === 'unknown') return { unknown: v.reason };
    return v.status === 'found' ? v.witness : undefined;
  };
  const foldedTop = `${(tree.root ?? '').toLowerCase()}/`;
  // A whole tree below the top is searched only for the rules its first segment can meet (SegmentIndex).
  const indexed = !full && tree.root !== undefined && tree.root !== '.';
  const foldedSeg = foldedTop.slice(0, foldedTop.indexOf('/'));
  for (const l of all) {
    const rules = levelRules(searcher, l);
    for (const [lists, index] of gates ? [[rules.deny, rules.denyIndex] as const, [rules.gate, rules.gateIndex] as const] : [[rules.deny, rules.denyIndex] as const]) {
      const at = indexed ? candidates(index, foldedSeg) : undefined;
      for (let k = 0, n = at ? at.length : lists.length; k < n; k++) {
        const r = lists[at ? at[k]! : k]!;
        const { p } = r;
        if (!p) continue; // a deny the glob compiler rejects already denies every path, the tree's own included
        if (tree.root !== undefined) {
          if (p.anyDepth) {
            if (defer) continue; // (deferred below)
            // A pattern at any depth meets every whole tree: the tree's path, then any word of the pattern.
            let member = r.member ?? searcher.members.get(r.memberKey);
            if (member === undefined) {
              const m = a.find([p.lang, ALL_PATHS], [], { preferFileInside: true });
              if (m.status === 'unknown') return { unknown: m.reason };
              searcher.members.set(r.memberKey, (member = m.status === 'found' ? m.witness : ''));
            }
            r.member = member;
            if (member !== '') witnesses.push({ path: tree.root === '.' ? member : `${tree.root}/${member}`, pattern: r.pattern, anyDepth: true });
            continue;
          }
          if (!prefixMeets(r.folded, tree.root, foldedTop)) continue;
        }
        const w = (full ? undefined : shortestInWholeTree(a, tree, [p.lang], [])) ?? search([p.lang], []);
        if (typeof w === 'object') return w;
        if (w !== undefined) witnesses.push({ path: w, pattern: r.pattern, anyDepth: p.anyDepth });
      }
    }
  }
  // Allow lists: a path of the tree that no allow pattern (of any level) names, looked for where
  // each list governs (an override's list governs only its directory).
  let anyAllow = false;
  const neg: Lang[] = [];
  const top = `${tree.root ?? ''}/`;
  const seg = top.slice(0, top.indexOf('/'));
  for (const l of levels) {
    const rules = levelRules(searcher, l);
    if (rules.allow.length > 0) anyAllow = true;
    const at = indexed ? candidates(rules.allowIndex, seg) : undefined;
    for (let k = 0, n = at ? at.length : rules.allow.length; k < n; k++) {
      const r = rules.allow[at ? at[k]! : k]!;
      if (!r.p) continue;
      // A pattern whose words all begin with a literal the tree's paths cannot begin with names none
      // of them: its automaton would die on the tree's own characters without ever splitting them,
      // so leaving it out changes neither the search's states nor its witness, only its cost.
      if (!full && tree.root !== undefined && r.literal !== undefined && literalMisses(r.literal, tree.root, top)) continue;
      neg.push(r.p.lang);
    }
  }
  if (anyAllow) {
    for (const l of levels) {
      if (l.fs.allow.size === 0) continue;
      const pos = l.kind === 'override' ? [treeLanguage(l.name).lang] : [];
      const w = (full ? undefined : shortestInWholeTree(a, tree, pos, neg)) ?? search(pos, neg);
      if (typeof w === 'object') return w;
      if (w !== undefined) witnesses.push({ path: w, pattern: '', anyDepth: false });
    }
  }
  if (!defer) return { witnesses };
  // The witnesses left out above, in the order they would have had among the others.
  const deferred = (): Witness[] => {
    const out: Witness[] = [];
    for (const l of all) {
      const rules = levelRules(searcher, l);
      for (const members of gates ? [rules.denyMembers!, rules.gateMembers!] : [rules.denyMembers!]) {
        for (const r of members) out.push({ path: root === '.' ? r.member! : `${root}/${r.member!}`, pattern: r.pattern, anyDepth: true });
      }
    }
    return out;
  };
  return { witnesses, deferred };
}
