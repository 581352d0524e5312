// A search tool (Claude's Grep and Glob, Gemini's glob and grep_search, …) reads every file its
// pattern can match below its directory, not the directory alone. Which of those the policy
// refuses is decided on automata (src/match/automata.ts): the search's language S (the
// directory, and the paths below it its glob matches) is intersected with each deny pattern's
// language and subtracted from each allow list's; every non-empty answer gives a shortest witness
// path, and the caller decides each witness as a read with the engine. A witness is a real path
// of S, decided by the engine itself, so it never makes a wrong deny; the search is denied when
// any witness is, with that path in the reason. Built-in self-protection rules are left out:
// they guard writes, and a search only reads.
//
// Over-approximations (they can only add witnesses): a glob without `/` matches at any depth (as
// ripgrep's --glob does), a glob that cannot be read exactly (unsupported syntax, `..`, an
// absolute glob) reads everything below the directory, and the directory itself is in S (a
// search path may name a file). A language too large for the automata is `unknown`: the caller
// denies (fails closed).
import { Automata, RELATIVE_PATHS, type Lang } from '../match/automata.js';
import { BUILTIN_FILE } from '../engine/builtin-rules.js';
import type { CompiledPolicy, Level } from '../engine/compile.js';
import type { Action, ActionContext } from '../engine/types.js';
import type { RuleLike } from '../engine/lists.js';
import { analyzePolicyPattern, globToRegexSource, policySourceOf } from '../match/glob.js';
import { normalizePath } from '../match/path.js';
import { escapeRegexLiteral } from '../match/regex-subset.js';
import type { ToolActions } from './index.js';

/** A search as the tool was given it: its directory and its glob (either may be missing). */
export interface SearchScope {
  dir: string;
  glob?: string;
}

export type SearchReads =
  | { status: 'ok'; /** Repository-relative witness paths, each to be decided as a read. */ paths: string[]; /** The directory, repository-relative. */ dir: string }
  | { status: 'outside' }
  | { status: 'unknown'; reason: string };

const ANY = '[^]*';

/** The glob's language relative to the search directory, as a regex source (over-approximated when unsure). */
function globSource(glob: string | undefined): string {
  if (glob === undefined || glob === '') return ANY;
  let g = glob.replace(/\\/g, '/');
  while (g.startsWith('./')) g = g.slice(2);
  if (g === '' || g.startsWith('/') || g.startsWith('~') || /^[A-Za-z]:/.test(g) || g.split('/').includes('..')) return ANY;
  // ripgrep (and gitignore) match a glob without `/` against the name at any depth.
  if (!g.includes('/')) g = `**/${g}`;
  try {
    return globToRegexSource(g);
  } catch {
    return ANY;
  }
}

/** The search's paths: the directory itself and what the glob matches below it. */
export function searchLanguage(dir: string, glob: string | undefined): Lang {
  const below = globSource(glob);
  const source = dir === '.' ? `(?:${below})` : `${escapeRegexLiteral(dir)}(?:/(?:${below}))?`;
  return { source, flags: '' };
}

/** A deny-like rule's language (case-insensitive); undefined for outside-path and broken patterns. */
function denyLanguages(rule: RuleLike): Lang[] {
  try {
    const info = analyzePolicyPattern(rule.pattern);
    if (info.absolute) return [];
    const exact = policySourceOf(info, { coverDescendants: true });
    // The Windows reading of a name (`.env.`, `.env::$DATA` are `.env`, src/match/path.ts), at the end
    // of the matched part: the engine denies those too, so they are searched for as well.
    const windows = `(?:${policySourceOf(info, { coverDescendants: false })})(?:[. ]+|:[^/]*)(?:/${ANY})?`;
    return [
      { source: exact, flags: 'i' },
      { source: windows, flags: 'i' },
    ];
  } catch {
    return [];
  }
}

/** An allow-like rule's language (exact case); undefined for outside-path and broken patterns. */
function allowLanguage(rule: RuleLike): Lang | undefined {
  try {
    const info = analyzePolicyPattern(rule.pattern);
    return info.absolute ? undefined : { source: policySourceOf(info, {}), flags: '' };
  } catch {
    return undefined;
  }
}

const below = (dir: string): Lang => ({ source: `${escapeRegexLiteral(dir)}(?:/${ANY})?`, flags: '' });

/**
 * Paths of the search the policy may decide differently from its directory: per deny rule (every
 * level, the acting agent's included) a shortest path of S it denies (avoiding the root's
 * exceptions first), and per allow list a shortest path of S it does not name.
 */
export function searchReads(cp: CompiledPolicy, scope: SearchScope, opts: { cwd?: string; agentId?: string } = {}): SearchReads {
  const np = normalizePath(scope.dir.replace(/\\/g, '/'), { root: cp.root, cwd: opts.cwd });
  if (np.invalid || np.outside) return { status: 'outside' };
  const s = searchLanguage(np.path, scope.glob);
  const automata = new Automata();
  const paths = new Set<string>();
  const exceptions = cp.exceptions.rules.map(allowLanguage).filter((l): l is Lang => l !== undefined);
  let unknown: string | undefined;
  const look = (pos: Lang[], neg: Lang[] = []): boolean => {
    const v = automata.find([s, RELATIVE_PATHS, ...pos], neg, { preferFileInside: true });
    if (v.status === 'found') paths.add(v.witness);
    else if (v.status === 'unknown') unknown ??= v.reason;
    return v.status === 'found';
  };
  const agentLevel = opts.agentId === undefined ? undefined : cp.agents.get(opts.agentId)?.level;
  const levels: Array<{ level: Level; scope: Lang[] }> = [
    { level: cp.rootLevel, scope: [] },
    ...[...cp.overrides.entries()].map(([dir, level]) => ({ level, scope: [below(dir)] })),
    ...(agentLevel ? [{ level: agentLevel, scope: [] }] : []),
  ];
  for (const { level, scope: within } of levels) {
    for (const rule of level.fs.deny.rules) {
      // Self-protection rules guard writes (hook configurations, audit logs, records); a search
      // only reads, and a direct read of those files is still decided by the engine.
      if (rule.origin?.file === BUILTIN_FILE) continue;
      for (const lang of denyLanguages(rule)) {
        // First a path no exception can carve out; failing that, any path the rule denies.
        if (exceptions.length === 0 || !look([...within, lang], exceptions)) look([...within, lang]);
      }
    }
    const allows = level.fs.allow.rules.map(allowLanguage).filter((l): l is Lang => l !== undefined);
    if (level.fs.allow.size > 0) look(within, allows);
  }
  if (unknown !== undefined) return { status: 'unknown', reason: unknown };
  // In the order found: a rule's exact witness before its Windows reading.
  return { status: 'ok', paths: [...paths], dir: np.path };
}

/** A tool call's actions with its searches' witness reads added (see searchReads). */
export interface SearchedActions {
  actions: Action[];
  /** Why a witness read is there, for the reason of a call it decides. */
  notes: Map<Action, string>;
  /** Searches that could not be decided: the caller denies. */
  problems: string[];
}

export function searchActions(cp: CompiledPolicy, tool: string, found: ToolActions, context: ActionContext): SearchedActions {
  const actions = [...found.actions];
  const notes = new Map<Action, string>();
  const problems: string[] = [];
  for (const scope of found.searches ?? []) {
    const r = searchReads(cp, scope, { cwd: context.cwd, agentId: context.agentId });
    const what = `${tool} over "${scope.dir}"${scope.glob ? ` with glob "${scope.glob}"` : ''}`;
    if (r.status === 'unknown') problems.push(`the files ${what} reads cannot be worked out (${r.reason})`);
    if (r.status !== 'ok') continue;
    for (const path of r.paths) {
      const action: Action = { ...context, kind: 'filesystem', op: 'read', paths: [`${cp.root}/${path}`] };
      actions.push(action);
      notes.set(action, `${what} can read "${path}" (narrow its path or glob to leave it out)`);
    }
  }
  return { actions, notes, problems };
}
