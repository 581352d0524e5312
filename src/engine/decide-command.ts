// A command line: every simple command (with the commands its wrappers run), every file its
// redirections touch, and every reason it cannot be decided, each a subject of the decision.
import { analyzeCommand, type CommandAnalysis, type SimpleCommand } from '../match/command.js';
import { normalizePath } from '../match/path.js';
import { overridesFor, type CompiledPolicy, type Level } from './compile.js';
import { denyOverridesFor } from './override-lookup.js';
import { sharesDecisions, type DecisionContext } from './context.js';
import { derivedOnce } from '../derived.js';
import { firstOfEachKey } from '../first-of-each.js';
import { soundMatch } from '../command/sound-match.js';
import { decideOpaque } from './decide-opaque.js';
import { decidePath } from './decide-path.js';
import { decideTouches } from './decide-touch.js';
import { refusedOutright } from './rules-out.js';
import { readAsWritten, soundAllowList } from './sound-allow-list.js';
import { namesProgramPaths } from '../command/program-path.js';
import { needsSoundAllow } from '../command/sound-allow.js';
import { decideSubject, namedAllowLists, type AllowedOpenly, type AllowLists } from './sequence.js';
import type { SubjectDecision } from './types.js';
import { asGuessInPlace } from './verdict.js';

/** Cap on the directories a line may be in after its `cd`s (each relative path is checked in each). */
const MAX_DIRS = 32;

export function decideCommand(context: DecisionContext, line: string): SubjectDecision[] {
  if (!sharesDecisions(context)) return decideCommandNow(context, line);
  const a = context.action;
  // In the usual context (no cwd, logged root or agent, no approval) the line itself is the key:
  // no key is built and hashed for every decision, and a line keeps its hash. It cannot equal a
  // built key (of a command or a path): their second character is \u0001, and such a line's is not.
  const usual = (a.cwd ?? '') === '' && (a.loggedRoot ?? '') === '' && (a.agentId ?? '') === '' && !context.approved && line.charCodeAt(1) !== 1;
  const key = usual ? line : `c\u0001${a.cwd ?? ''}\u0001${a.loggedRoot ?? ''}\u0001${a.agentId ?? ''}\u0001${context.approved ? 1 : 0}\u0001${line}`;
  let s = context.policy.memo.get(key) as SubjectDecision[] | undefined;
  if (!s) context.policy.memo.set(key, (s = decideCommandNow(context, line)));
  return [...s];
}

function decideCommandNow(context: DecisionContext, line: string): SubjectDecision[] {
  // The line as shown when it is refused as a whole.
  const shown = () => line.replace(/\s+/g, ' ').trim();
  if (context.agent?.trust === 'read_only') {
    return [refusedOutright('command', shown(), `agent "${context.agent.identity.id}" is read_only: it may not run commands`)];
  }
  const a = analyzeCommand(line);
  if (!a.commands.length && !a.problems.length && !a.files.length) {
    return [refusedOutright('command', shown(), 'the command line is empty: there is nothing to check')];
  }
  const out: SubjectDecision[] = [];
  const dirs = directories(a);
  const { overrides, everywhere } = governing(context, a, dirs);
  for (const p of a.problems) out.push(decideOpaque(context, p, overrides));
  for (const c of a.commands) {
    // A command whose directories the analysis followed (`cd .. && go generate`) is governed by theirs only.
    const own = c.dirs && governing(context, undefined, c.dirs);
    out.push(decideSimple(context, c, own ? own.overrides : overrides, own ? own.everywhere : everywhere));
  }
  // What each command touches: files and hosts, decided by their own rules (./decide-touch.ts).
  const touches: SubjectDecision[] = [];
  const budget = { trees: 0 };
  const where = { dirs, unknown: a.dirUnknown };
  for (const c of a.commands) for (const s of decideTouches(context, c, where, overrides, budget)) touches.push(s);
  for (const s of firstOfEachKey(touches, touchKey, touchKeyLength)) out.push(s);
  // Each file in each directory, a repeat (the same path by another spelling) dropped; a file
  // refused for an unknown directory is no repeat (op undefined).
  const files: { op?: string; s: SubjectDecision }[] = [];
  for (const f of a.files) {
    if (!f.path.startsWith('/') && a.dirUnknown) {
      files.push({ s: { ...refusedOutright('path', f.path, `cannot tell which directory "${f.via}" is in after "${a.dirUnknown}"`), via: f.via } });
      continue;
    }
    for (const d of f.path.startsWith('/') ? ['.'] : dirs) {
      const s = decidePath(context, d === '.' ? f.path : `${d}/${f.path}`, f.op, f.via);
      // A guess is never the same subject as the path named for sure (which allow lists decide too).
      files.push(f.guess ? { op: `${f.op}?`, s: asGuessInPlace(s, `"${f.via}" may not name a file`) } : { op: f.op, s });
    }
  }
  for (const x of firstOfEachKey(files, fileKey, fileKeyLength)) out.push(x.s);
  return out;
}

/** What makes two touches one subject. */
const touchKey = (s: SubjectDecision): string => `${s.kind}\0${s.subject}\0${s.via ?? ''}`;
const touchKeyLength = (s: SubjectDecision): number => s.kind.length + s.subject.length + (s.via ?? '').length + 2;
/** What makes two files' decisions one subject (a file refused outright is no repeat). */
const fileKey = (x: { op?: string; s: SubjectDecision }): string => `${x.op}\0${x.s.subject}`;
const fileKeyLength = (x: { op?: string; s: SubjectDecision }): number => (x.op === undefined ? -1 : x.op.length + 1 + x.s.subject.length);

/** The directories (relative to cwd) the line may be in: `.`, then each combination of its `cd`s. */
function directories(a: CommandAnalysis): string[] {
  let dirs = ['.'];
  for (const t of a.dirs) {
    const next = new Set(dirs);
    for (const d of dirs) next.add(t.startsWith('/') ? t : d === '.' ? t : `${d}/${t}`);
    dirs = [...next].slice(0, MAX_DIRS);
  }
  return dirs;
}

/** Overrides governing the directories the line runs in; all of them when a `cd` cannot be followed. */
/** No override governs anything (a policy without overrides): shared, never written to. */
const NO_GOVERNING: { overrides: readonly Level[]; everywhere: readonly Level[] } = Object.freeze({ overrides: Object.freeze([]), everywhere: Object.freeze([]) });

function governing(context: DecisionContext, a: CommandAnalysis | undefined, dirs: string[]): { overrides: readonly Level[]; everywhere: readonly Level[] } {
  const { policy } = context;
  if (policy.overrides.size === 0) return NO_GOVERNING;
  const found = new Map<string, Level>();
  const folded = new Map<string, Level>();
  for (const d of dirs) {
    const np = normalizePath(d, { root: policy.root, cwd: context.action.cwd });
    if (np.outside) continue;
    for (const o of overridesFor(policy, np.path)) found.set(o.name, o);
    // Denies and approval gates also from overrides whose directory differs only in case.
    for (const o of denyOverridesFor(policy, np.path)) folded.set(o.name, o);
  }
  const overrides = [...found.values()];
  // A directory that cannot be followed may be under any override: all their denies and gates apply.
  if (a?.dirUnknown) return { overrides, everywhere: [...policy.overrides.values()] };
  // Commands that run in directories below a place (`go generate ./x/...`): the overrides there and above it.
  for (const under of a?.anyOverride ?? []) {
    const np = normalizePath(under, { root: policy.root, cwd: context.action.cwd });
    if (np.outside || np.invalid) {
      for (const o of policy.overrides.values()) folded.set(o.name, o);
      continue;
    }
    for (const o of denyOverridesFor(policy, np.path)) folded.set(o.name, o);
    const below = np.path === '.' ? '' : `${np.path.toLowerCase()}/`;
    for (const [dir, o] of policy.overrides) if (dir.toLowerCase().startsWith(below)) folded.set(o.name, o);
  }
  return { overrides, everywhere: [...folded.values()] };
}

/** The parts of a command's decision sequence that depend on nothing but the level (made once, not per command). */
const DENY_LIST = (l: Level) => l.commands.deny;
const GATE_LIST = (l: Level) => l.approvals.command.gate;
const GRANT_LIST = (l: Level) => l.approvals.command.grant;
const DELEGATES: AllowedOpenly = { open: 'runs only the commands it is given, and each of them is checked' };

/** Whether any of the levels has a command approval gate: with none, the approval step can match nothing (its lists and soundMatch are empty). */
function anyGate(levels: readonly Level[]): boolean {
  for (const l of levels) if (l.approvals.command.gate.size > 0) return true;
  return false;
}

function decideSimple(context: DecisionContext, command: SimpleCommand, overrides: readonly Level[], denyLevels: readonly Level[]): SubjectDecision {
  const { policy, agent } = context;
  const name = command.layers[0] ?? '';
  const levels = overrides.length === 0 ? [policy.rootLevel] : [policy.rootLevel, ...overrides];
  const agentLevel = agent?.level;
  const approvalLevels = denyLevels.length === 0 ? [policy.rootLevel] : [policy.rootLevel, ...denyLevels];
  return decideSubject(context, {
    kind: 'command',
    shown: name,
    // Every layer is matched (`sudo rm -rf x` is also `rm -rf x`).
    subject: command.layers,
    deny: {
      levels: agentLevel ? [...approvalLevels, agentLevel] : approvalLevels,
      list: DENY_LIST,
      listName: 'commands.deny',
      // Options as sets and words known only at run time (src/command/sound-match.ts): more denies.
      further: (l) => {
        const hit = soundMatch(l.commands.deny.rules, command, true);
        return hit && { rule: hit.rule, matched: hit.layer };
      },
      // Only a write_local agent has this deny (else it is undefined, as the call would return).
      builtIn:
        agent?.trust === 'write_local'
          ? () => (policy.noPush.first(command.layers) ? { rule: { pattern: 'git push' }, reason: `agent "${agent.identity.id}" is write_local: it may not push` } : undefined)
          : undefined,
    },
    // Gates, like denies, from every override the line may run under. Without any gate the step
    // can match nothing (empty lists, and soundMatch of no rules), so it is left out.
    approval: anyGate(approvalLevels)
      ? {
          levels: approvalLevels,
          gate: GATE_LIST,
          grant: GRANT_LIST,
          what: 'running it',
          further: (l) => {
            const hit = soundMatch(l.approvals.command.gate.rules, command, true);
            // Another spelling of an approved command is granted by its rule too; a run-time word is not.
            return hit && { rule: hit.rule, matched: hit.layer, grants: !command.argvs.some((argv) => argv.some((word) => word.dynamic || word.tilde)) };
          },
        }
      : undefined,
    // A wrapper that only runs the commands it is given: each of those is a subject of its own.
    // (Read only when no deny decided: a denied command's allow lists are never looked at.)
    allow: command.delegates ? DELEGATES : () => soundAllowStep(context, levels, command),
    narrow: agentLevel && { list: soundAllowList(agentLevel.commands.allow, command), refused: `not in the commands.allow list of agent "${agentLevel.name}"` },
  });
}

/**
 * The allow step of a command that needs no sound reading, when only the root governs it: every
 * list is then read as written (soundAllowList gives readAsWritten, whose refusal is always
 * undefined, so `unmatched` is namedAllowLists' own), and the step depends on the policy alone:
 * made once per policy, not per command.
 */
const rootAllowStep = derivedOnce((policy: CompiledPolicy, context: DecisionContext): AllowLists<readonly string[]> =>
  namedAllowLists(context, [policy.rootLevel], (l) => readAsWritten(l.commands.allow), ALLOW_NAMES),
);

const ALLOW_NAMES = { allowList: 'commands.allow', whenNoList: 'no commands.deny matches and no allow list applies' };

/** The allow lists, read soundly (src/engine/sound-allow-list.ts); a rule that matched as written but did not admit the command says why. */
function soundAllowStep(context: DecisionContext, levels: Level[], command: SimpleCommand): AllowLists<readonly string[]> {
  if (levels.length === 1 && !needsSoundAllow(command) && !namesProgramPaths(levels[0]!.commands.allow)) return rootAllowStep(context.policy, context);
  const lists = levels.map((l) => soundAllowList(l.commands.allow, command));
  const step = namedAllowLists(context, levels, (l) => lists[levels.indexOf(l)]!, ALLOW_NAMES);
  const unmatched = step.unmatched;
  step.unmatched = (n) => {
    for (const l of lists) {
      const why = l.refusal();
      if (why !== undefined) return `${unmatched(n)}: ${why}`;
    }
    return unmatched(n);
  };
  return step;
}
