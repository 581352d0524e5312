// What the simple commands of a line touch (src/command/touch-model.ts), decided by the same rules
// as a file tool or a network request (SPEC 3): files read, written or deleted by ./decide-path.ts,
// trees and globs through their witnesses (./tree-witness.ts), hosts by ./decide-other.ts. A file
// or host known only at run time, a remote whose host is in git's configuration, or a tree whose
// contents decide the verdict is opaque (./decide-opaque.ts: `commands.opaque`, default ask).
// An allow of the command never allows what it touches: each touch is a subject of its own.
import type { Arg, CommandProblem, SimpleCommand } from '../match/command.js';
import { normalizeHost } from '../match/host.js';
import { normalizePath, withoutTrailingSlashes } from '../match/path.js';
import { executableName } from '../match/program-name.js';
import { isWrapper, SHELLS, shellScriptArguments } from '../match/shell-wrappers.js';
import { touchesOf, type Touch, type TouchOp, type TreeReach } from '../command/touch-model.js';
import type { Level } from './compile.js';
import { sharesDecisions, type DecisionContext } from './context.js';
import { decideOpaque } from './decide-opaque.js';
import { onThisMachine } from './logged-root.js';
import { evaluatedWords } from './evaluated-words.js';
import { cwdLevels, decideNetwork } from './decide-other.js';
import { decidePath } from './decide-path.js';
import { refusedOutright } from './rules-out.js';
import { globLanguage, treeLanguage, treeWitnesses, asPathspec, type TreeLanguage } from './tree-witness.js';
import type { SubjectDecision } from './types.js';
import { asGuess, asGuessInPlace, deniedByARule } from './verdict.js';

/** Where the line may be: the directories (relative to cwd) after its `cd`s, or the `cd` that cannot be followed. */
export interface LineDirs {
  dirs: readonly string[];
  unknown?: string;
}

/** Trees and globs one command line may have decided on automata; past this each is opaque (time stays bounded). */
export const MAX_TREES_PER_LINE = 32;

/** What one line has spent on tree searches, shared by its simple commands. */
export interface TreeBudget {
  trees: number;
}

const VERB: Record<TouchOp, string> = { read: 'reads', write: 'writes', delete: 'deletes' };

/** Programs whose files the shell analysis already decides (`bash FILE`, `source FILE`, `tee`). */
function analysedElsewhere(name: string): boolean {
  return SHELLS.has(name);
}

export function decideTouches(context: DecisionContext, command: SimpleCommand, where: LineDirs, overrides: readonly Level[], budget: TreeBudget = { trees: 0 }): SubjectDecision[] {
  const out: SubjectDecision[] = [];
  // The assignments each program sees on the line: before the command, and after `env` (`env
  // PIP_INDEX_URL=URL pip install x`): the registry a package manager contacts may be named there.
  let env: readonly Arg[] = command.env ?? [];
  for (let i = 0; i < command.argvs.length; i++) {
    const argv = command.argvs[i]!;
    const first = argv[0];
    // Another name of a program (`gfind`) is two layers of one argv: its touches are read once.
    if (!first || first.dynamic || argv === command.argvs[i - 1]) continue;
    const name = executableName(first.value);
    if (name === 'env') env = [...env, ...argv.slice(1).filter((a) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(a.value))];
    // Arguments the command evaluates as code (`let 'a[$(…)]'`, `sed 's/x/y/e'`): opaque.
    const code = evaluatedWords(name, argv);
    if (code) out.push(decideOpaque(context, code, overrides));
    if (analysedElsewhere(name)) {
      // The script's own arguments are read as a program's without a model: guesses (denies decide them).
      const args = shellScriptArguments(name, argv.slice(1));
      if (args?.length) for (const t of touchesOf([first, ...args], false)) out.push(...decideTouch(context, t, where, overrides, budget));
      continue;
    }
    for (const t of touchesOf(argv, isWrapper(name), env)) out.push(...decideTouch(context, t, where, overrides, budget, command.dirs));
  }
  return out;
}

/**
 * The subject is the command fragment; `via` says what it does (`delete: rm $X`, and for a tree
 * `delete: rm x (everything under "x")`). The fragment is only the command text: a description
 * read as words would give the opaque readings words the line does not have.
 */
function opaque(context: DecisionContext, overrides: readonly Level[], reason: string, via: string, fragment = via.slice(via.indexOf(': ') + 2)): SubjectDecision {
  const problem: CommandProblem = { reason, command: fragment };
  return { ...decideOpaque(context, problem, overrides), via };
}

/** `runsIn`: the directories the command itself may run in, when the analysis followed them (SimpleCommand.dirs). */
function decideTouch(context: DecisionContext, t: Touch, where: LineDirs, overrides: readonly Level[], budget: TreeBudget, runsIn?: readonly string[]): SubjectDecision[] {
  switch (t.kind) {
    case 'host': {
      if (t.guess && normalizeHost(t.target) === undefined) return [];
      const s = decideNetwork(context, t.target.includes('://') ? undefined : t.target, t.target.includes('://') ? t.target : undefined);
      // decideNetwork's decision is fresh (hosts are not memoised) and has no via: it is set in
      // place, last, as a copy would have it.
      const d = t.guess ? asGuess(s, 'the program may not contact it') : s;
      d.via = `request: ${t.via}`;
      return [d];
    }
    case 'remote': {
      const via = `request: ${t.via}`;
      // A name in parentheses says what a program contacts from its own configuration (`git
      // send-email`: the SMTP server; `aws`: AWS's endpoints); any other name is a git remote's.
      const configured = t.name.startsWith('(');
      const what = configured ? t.name : `the git remote ${t.name}`;
      if (!networkWatched(context)) {
        return [{ subject: t.via, kind: 'command', outcome: 'allow', allowed: true, requiresApproval: false, reason: `contacts ${what}; no network rule restricts hosts`, rules: [], via }];
      }
      const where = configured ? 'a host the line does not name' : "whose host is in the repository's git configuration";
      return [opaque(context, overrides, `"${t.via}" contacts ${what}, ${where}: it cannot be checked against the network rules`, via)];
    }
    case 'dynamic': {
      const what = t.what === 'host' ? 'host it contacts' : `file it ${VERB[t.op ?? 'read'].replace(/s$/, '')}s`;
      const may = t.guess ? ` ("${t.word}" may name a file)` : '';
      return [opaque(context, overrides, `cannot tell which ${what}: "${t.word}" is known only at run time${may}`, `${t.what === 'host' ? 'request' : t.op ?? 'read'}: ${t.via}`)];
    }
    case 'file':
      return decideFile(context, t, where, overrides, budget, runsIn);
  }
}

/** Network rules that a request to an unknown host could meet. */
function networkWatched(context: DecisionContext): boolean {
  const levels = cwdLevels(context);
  const agent = context.agent;
  return (
    agent?.trust === 'write_local' ||
    agent?.trust === 'read_only' ||
    [...levels, ...(agent?.level ? [agent.level] : [])].some((l) => l.network.allowOutbound === false || l.network.deny.size > 0 || l.approvals.host.size > 0)
  );
}

function decideFile(context: DecisionContext, t: Extract<Touch, { kind: 'file' }>, where: LineDirs, overrides: readonly Level[], budget: TreeBudget, runsIn?: readonly string[]): SubjectDecision[] {
  const via = `${t.op}: ${t.via}`;
  // A path from the repository's top (`git stash -u`: the whole work tree) is placed there, whatever the shell's directory.
  const absolute = t.top || t.path.startsWith('/') || t.path.startsWith('~');
  if (!absolute && where.unknown) {
    if (t.guess) return [];
    return [{ ...refusedOutright('path', t.path, `cannot tell which directory "${t.via}" is in after "${where.unknown}"`), via }];
  }
  const out: SubjectDecision[] = [];
  for (const d of absolute ? ['.'] : where.dirs) {
    const full = onThisMachine(context, t.top ? `${context.policy.root}/${t.path}` : d === '.' ? t.path : `${d}/${t.path}`);
    // A listing outside the repository is a read, not a guess (a glob: where its literal part lies).
    const guess = t.guess && !(t.listsOutside && isOutside(context, t.glob ? literalDir(full) : full));
    if (t.glob) {
      const base = normalizePath(d, { root: context.policy.root, cwd: context.action.cwd });
      const glob = t.path.startsWith('~') || t.path.split('/').includes('..') || base.invalid ? undefined : globLanguage(base.path, t.path, t.tree !== undefined);
      // A git pathspec never reaches the repository's `.git`, and git's own wildcards match
      // dot-files (`git restore '*'`: tree-witness.ts, asPathspec).
      const lang = glob && t.pathspec ? asPathspec(glob, t.gitWildcard) : glob;
      const subject = d === '.' ? t.path : full;
      if (!lang) {
        out.push(asTree(opaque(context, overrides, `cannot tell which files "${t.via}" ${VERB[t.op]}: the glob reaches outside what can be followed`, via), subject));
        continue;
      }
      // A glob that is not widened to trees names each path of its language: `cat .e*` reads
      // `.env` whenever `.env` exists, exactly as `cat .env` does (not "may hold" as a tree may).
      const tree = decideTree(context, subject, lang, t.op, t.tree ?? 'all', t.via, overrides, budget, guess, t.tree === undefined);
      // The witnesses are paths policy patterns name; outside the repository every path also needs
      // an absolute-path allow: the glob as written is decided against them (`cat /tmp/*`).
      const outsider = tree.outcome === 'allow' && !guess && isOutside(context, literalDir(full)) ? decidePath(context, full, t.op, via) : undefined;
      out.push(outsider && outsider.outcome !== 'allow' ? asTree(outsider, subject) : tree);
      continue;
    }
    const s = decidePath(context, full, t.op, via);
    // Code the program runs from a file outside the repository (`cd /tmp/x && make`, `/tmp/x/run.sh`):
    // the policy does not govern what that file holds, so it is opaque code, unless an
    // absolute-path allow admits reading it (a deny still denies it). Only where the command itself
    // may run (`make; cd /tmp` runs make where the line starts).
    if (guess && t.runs && (absolute || !runsIn || runsIn.includes(d)) && s.outcome !== 'allow' && !deniedByARule(s) && isOutside(context, full)) {
      out.push(asTree(opaque(context, overrides, `"${t.via}" runs code from "${s.subject}", outside the repository: what that file holds is not governed by the policy`, via), s.subject));
      continue;
    }
    out.push(guess ? asGuessInPlace(s, `"${t.via}" may not treat it as a file`) : s);
    if (t.tree) {
      const np = normalizePath(full, { root: context.policy.root, cwd: context.action.cwd });
      if (!np.invalid) {
        // `git restore .` reaches everything in the repository but its `.git` (tree-witness.ts,
        // GIT_DIR); a tree below the top cannot reach it, and keeps the whole-tree shortcuts.
        const lang = treeLanguage(np.path, t.skipsHidden);
        out.push(decideTree(context, `${np.path === '.' ? '' : `${withoutTrailingSlashes(np.path)}/`}**`, t.pathspec && np.path === '.' ? asPathspec(lang) : lang, t.op, t.tree, t.via, overrides, budget, t.guess));
      }
    }
  }
  return out;
}

/** The directories of a glob before its first segment with a glob character (`/tmp` of `/tmp/*.log`). */
function literalDir(glob: string): string {
  const segs = glob.split('/');
  const k = segs.findIndex((seg) => /[*?[]/.test(seg));
  const dir = segs.slice(0, k < 0 ? segs.length : k).join('/');
  return dir === '' ? (glob.startsWith('/') ? '/' : '.') : dir;
}

/** Whether a path lies outside the repository (or cannot be placed in it). */
function isOutside(context: DecisionContext, path: string): boolean {
  const np = normalizePath(path, { root: context.policy.root, cwd: context.action.cwd });
  return np.invalid !== undefined || np.outside;
}

/**
 * asTree of a witness's decision with the tree's reason and via. Without the memo, decidePath
 * (given no via) returns a fresh decision nothing else holds, whose fields are set in place (a
 * copy would have the same fields in the same order: via, absent from it, comes last); with the
 * memo the decision is shared and is copied.
 */
function asTreeWitness(context: DecisionContext, s: SubjectDecision, reason: string, via: string, subject: string): SubjectDecision {
  if (!sharesDecisions(context)) {
    s.reason = reason;
    s.via = via;
    s.kind = 'path';
    s.subject = subject;
    return s;
  }
  return { ...s, reason, via, kind: 'path', subject };
}

/** Every tree subject is a path subject named by the tree, whatever decided it. */
function asTree(s: SubjectDecision, subject: string): SubjectDecision {
  return { ...s, kind: 'path', subject };
}

/**
 * A tree or glob, one subject: its witnesses decided as paths. A deny the tree certainly meets (a
 * pattern naming paths below it) denies; one it meets only if such a name exists on disk (`.env`
 * at any depth) is opaque, unless the touch reaches only named paths (a move of what may be a
 * directory) or is a guess. Allowed when no witness is refused.
 */
function decideTree(
  context: DecisionContext,
  subject: string,
  tree: TreeLanguage,
  op: TouchOp,
  reach: TreeReach,
  via: string,
  overrides: readonly Level[],
  budget: TreeBudget,
  guess?: boolean,
  named = false,
): SubjectDecision {
  const { policy } = context;
  const shownVia = `${op}: ${via} (${tree.shown})`;
  if (++budget.trees > MAX_TREES_PER_LINE) {
    return asTree(opaque(context, overrides, `the line touches more than ${MAX_TREES_PER_LINE} trees or globs: "${via}" is not decided path by path`, shownVia, via), subject);
  }
  const levels = [policy.rootLevel, ...policy.overrides.values()];
  // The witnesses at any depth are needed only when no certain one decides, and never as certain
  // ones (`named` makes every witness certain: then they are all made at once).
  const r = treeWitnesses(policy, tree, levels, op !== 'read', context.agent?.level, { deferAnyDepth: !named });
  if ('unknown' in r) return asTree(opaque(context, overrides, `cannot tell whether "${via}" ${VERB[op]} paths the policy names (${r.unknown})`, shownVia, via), subject);
  // Witnesses the tree certainly holds first: a deny among them decides, and an approval beats
  // any "may hold" that is not itself a deny; then the witnesses that depend on what is on disk
  // (the first refused one is the reason to ask, or to deny).
  const witnesses = named ? r.witnesses.map((found) => ({ ...found, anyDepth: false })) : r.witnesses;
  let approval: SubjectDecision | undefined;
  for (const w of witnesses) {
    if (w.anyDepth) continue;
    const s = decidePath(context, w.path, op);
    if (s.outcome === 'allow' || (guess && !deniedByARule(s))) continue;
    const decided = asTreeWitness(context, s, `"${via}" ${VERB[op]} ${tree.shown}, such as "${w.path}": ${s.reason}`, shownVia, subject);
    if (s.outcome === 'deny') return decided;
    approval ??= decided;
  }
  // A move of what may be a directory, or a word that may not be a file, reaches only paths the
  // policy names below it; and one path that may be on disk is reason enough to ask. Worked out
  // even after an approval witness: when the opaque verdict is a deny (`commands.opaque: deny`, a
  // deny some reading meets), an approval would not allow the tree, so it must not say it would.
  let maybe: SubjectDecision | undefined;
  if (reach !== 'named' && !guess) {
    for (const w of r.deferred ? r.deferred() : witnesses) {
      if (!w.anyDepth) continue;
      const s = decidePath(context, w.path, op);
      if (s.outcome === 'allow') continue;
      maybe = opaque(
        context,
        overrides,
        `"${via}" ${VERB[op]} ${tree.shown}, which may hold a path such as "${w.path}" that the policy names (${s.reason}); whether it does depends on what is on disk`,
        shownVia,
        via,
      );
      break;
    }
  }
  if (approval && maybe?.outcome !== 'deny') return approval;
  if (maybe) return asTree(maybe, subject);
  return { subject, kind: 'path', outcome: 'allow', allowed: true, requiresApproval: false, reason: `no path in ${tree.shown} is denied, gated or outside an allow list`, rules: [], via: shownVia };
}
