// Touching a tree or a glob touches every path in its language (SPEC 3: deleting or overwriting a
// tree writes everything under it). Which of those paths the policy cares about is decided on
// automata (src/analysis/automata.ts): for each deny pattern, approval gate and allow list that
// could apply, the shortest path in L(tree) ∩ L(pattern) (or L(tree) minus every allow pattern) is
// a witness. Each witness is then decided like any path (./decide-path.ts), so the verdict, the
// carve-outs and the reason are the path's own. Nothing is read from disk: the engine is pure.
import type { Automata, Lang } from '../analysis/automata.js';
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

/** Searches before a policy's automata (whose cache holds every tree's DFA) are started afresh: a long replay must not grow without bound. */
const SEARCHES_PER_CACHE = 4096;

interface Searcher {
  a: Automata;
  uses: number;
  /** A shortest path of each pattern that matches at any depth ('' when it matches none). */
  members: Map<string, string>;
  /** Each pattern's language, parsed once (the same objects keep the automata's caches warm). */
  langs: Map<string, ReturnType<typeof patternLang>>;
}

const automata = new WeakMap<CompiledPolicy, Searcher>();

function searcherOf(policy: CompiledPolicy): Searcher {
  let entry = automata.get(policy);
  if (!entry || entry.uses >= SEARCHES_PER_CACHE) automata.set(policy, (entry = { a: new (requireAutomata().Automata)(), uses: 0, members: new Map(), langs: new Map() }));
  entry.uses++;
  return entry;
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
 * Whether an anchored pattern's literal prefix and a tree's path can meet (one extends the other,
 * compared without case as denies are): when they cannot, no path under the tree matches it.
 */
function prefixMeets(pattern: string, root: string): boolean {
  if (root === '.') return true;
  let p = pattern;
  while (p.startsWith('./')) p = p.slice(2);
  let end = 0;
  while (end < p.length && !GLOB_CHARS.has(p[end]!)) end++;
  const prefix = p.slice(0, end).toLowerCase();
  const top = `${root.toLowerCase()}/`;
  return prefix.startsWith(top) || top.startsWith(prefix) || prefix === top.slice(0, -1);
}

export type WitnessResult = { witnesses: Witness[] } | { unknown: string };

/**
 * Witnesses that a tree contains paths the given levels deny, gate (when `gates`), or leave
 * outside their allow lists. One witness per rule at most; a rule whose automaton is too large
 * makes the answer unknown. The acting agent's level adds denies (its allow list only narrows).
 */
export function treeWitnesses(policy: CompiledPolicy, tree: TreeLanguage, levels: readonly Level[], gates: boolean, agentLevel?: Level): WitnessResult {
  // First, before anything is decided: throws AutomataNotLoaded when they are not loaded yet.
  const { ALL_PATHS } = requireAutomata();
  const searcher = searcherOf(policy);
  const a = searcher.a;
  const witnesses: Witness[] = [];
  const search = (pos: Lang[], neg: Lang[]): string | undefined | { unknown: string } => {
    const v = a.find([tree.lang, ...(tree.also ? [tree.also] : []), ALL_PATHS, ...pos], neg, { preferFileInside: true });
    if (v.status === 'unknown') return { unknown: v.reason };
    return v.status === 'found' ? v.witness : undefined;
  };
  const lists = [...levels, ...(agentLevel ? [agentLevel] : [])].flatMap((l) => [
    ...l.fs.deny.rules.map((r) => ({ pattern: r.pattern, flags: 'i' as const, descendants: true })),
    ...(gates ? l.approvals.file.gate.rules.map((r) => ({ pattern: r.pattern, flags: 'i' as const, descendants: false })) : []),
  ]);
  for (const r of lists) {
    const p = cachedLang(searcher, r.pattern, r.flags, r.descendants);
    if (!p) continue; // a deny the glob compiler rejects already denies every path, the tree's own included
    if (tree.root !== undefined) {
      if (p.anyDepth) {
        // A pattern at any depth meets every whole tree: the tree's path, then any word of the pattern.
        const key = `${r.descendants ? 'd' : 'g'}${r.pattern}`;
        let member = searcher.members.get(key);
        if (member === undefined) {
          const m = a.find([p.lang, ALL_PATHS], [], { preferFileInside: true });
          if (m.status === 'unknown') return { unknown: m.reason };
          searcher.members.set(key, (member = m.status === 'found' ? m.witness : ''));
        }
        if (member !== '') witnesses.push({ path: tree.root === '.' ? member : `${tree.root}/${member}`, pattern: r.pattern, anyDepth: true });
        continue;
      }
      if (!prefixMeets(r.pattern, tree.root)) continue;
    }
    const w = search([p.lang], []);
    if (typeof w === 'object') return w;
    if (w !== undefined) witnesses.push({ path: w, pattern: r.pattern, anyDepth: p.anyDepth });
  }
  // Allow lists: a path of the tree that no allow pattern (of any level) names, looked for where
  // each list governs (an override's list governs only its directory).
  const allows = levels.flatMap((l) => l.fs.allow.rules);
  if (allows.length > 0) {
    const neg: Lang[] = [];
    for (const r of allows) {
      const p = cachedLang(searcher, r.pattern, '', false);
      if (p) neg.push(p.lang);
    }
    for (const l of levels) {
      if (l.fs.allow.size === 0) continue;
      const w = search(l.kind === 'override' ? [treeLanguage(l.name).lang] : [], neg);
      if (typeof w === 'object') return w;
      if (w !== undefined) witnesses.push({ path: w, pattern: '', anyDepth: false });
    }
  }
  return { witnesses };
}
