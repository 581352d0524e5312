// Touching a tree or a glob touches every path in its language (SPEC 3: deleting or overwriting a
// tree writes everything under it). Which of those paths the policy cares about is decided on
// automata (src/analysis/automata.ts): for each deny pattern, approval gate and allow list that
// could apply, the shortest path in L(tree) ∩ L(pattern) (or L(tree) minus every allow pattern) is
// a witness. Each witness is then decided like any path (./decide-path.ts), so the verdict, the
// carve-outs and the reason are the path's own. Nothing is read from disk: the engine is pure.
import { ALL_PATHS, Automata, type Lang } from '../analysis/automata.js';
import { analyzePolicyPattern, GlobError, policySourceOf } from '../match/glob.js';
import { escapeRegexLiteral } from '../match/regex-subset.js';
import type { CompiledPolicy, Level } from './compile.js';

/** The paths a touch covers, as a regex-subset language over normalised paths. */
export interface TreeLanguage {
  lang: Lang;
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

const automata = new WeakMap<CompiledPolicy, Automata>();

function automataOf(policy: CompiledPolicy): Automata {
  let a = automata.get(policy);
  if (!a) automata.set(policy, (a = new Automata()));
  return a;
}

/** Everything at and under a normalised path (`.`: everything); without dot-files below it when `skipsHidden`. */
export function treeLanguage(path: string, skipsHidden = false): TreeLanguage {
  const below = skipsHidden ? '(?:/[^./][^/]*)*' : '(?:/[^]*)?';
  if (path === '.') {
    return { lang: { source: skipsHidden ? '[^./][^/]*(?:/[^./][^/]*)*' : '[^]+', flags: '' }, shown: 'everything in the repository' };
  }
  return { lang: { source: `${escapeRegexLiteral(path)}${below}`, flags: '' }, shown: `everything under "${path}"` };
}

/** The paths a shell glob (anchored at the normalised directory `dir`) may expand to, widened to trees when `tree`. */
export function globLanguage(dir: string, glob: string, tree: boolean): TreeLanguage | undefined {
  const rel = glob.replace(/^(?:\.\/)+/, '');
  const pattern = glob.startsWith('/') ? glob : dir === '.' ? `./${rel}` : `${dir}/${rel}`;
  try {
    // Policy globs are wider than the shell's (`*` matches dot-files here): more witnesses, never fewer.
    const source = policySourceOf(analyzePolicyPattern(pattern), { coverDescendants: tree });
    return { lang: { source, flags: '' }, shown: `every path "${glob}" may match${tree ? ', and everything under them' : ''}` };
  } catch (e) {
    if (e instanceof GlobError) return undefined;
    throw e;
  }
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

export type WitnessResult = { witnesses: Witness[] } | { unknown: string };

/**
 * Witnesses that a tree contains paths the given levels deny, gate (when `gates`), or leave
 * outside their allow lists. One witness per rule at most; a rule whose automaton is too large
 * makes the answer unknown. The acting agent's level adds denies (its allow list only narrows).
 */
export function treeWitnesses(policy: CompiledPolicy, tree: TreeLanguage, levels: readonly Level[], gates: boolean, agentLevel?: Level): WitnessResult {
  const a = automataOf(policy);
  const witnesses: Witness[] = [];
  const search = (pos: Lang[], neg: Lang[]): string | undefined | { unknown: string } => {
    const v = a.find([tree.lang, ALL_PATHS, ...pos], neg, { preferFileInside: true });
    if (v.status === 'unknown') return { unknown: v.reason };
    return v.status === 'found' ? v.witness : undefined;
  };
  const lists = [...levels, ...(agentLevel ? [agentLevel] : [])].flatMap((l) => [
    ...l.fs.deny.rules.map((r) => ({ pattern: r.pattern, flags: 'i' as const, descendants: true })),
    ...(gates ? l.approvals.file.gate.rules.map((r) => ({ pattern: r.pattern, flags: 'i' as const, descendants: false })) : []),
  ]);
  for (const r of lists) {
    const p = patternLang(r.pattern, r.flags, r.descendants);
    if (!p) continue; // a deny the glob compiler rejects already denies every path, the tree's own included
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
      const p = patternLang(r.pattern, '', false);
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
