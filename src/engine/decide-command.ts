// A command line: every simple command (with the commands its wrappers run), every file its
// redirections touch, and every reason it cannot be decided, each a subject of the decision.
import { analyzeCommand, type CommandAnalysis, type SimpleCommand } from '../match/command.js';
import { normalizePath } from '../match/path.js';
import type { ApprovalRule, PatternRule } from '../policy/types.js';
import { overridesFor, type Level } from './compile.js';
import type { Ctx } from './context.js';
import { soundMatch } from '../command/sound-match.js';
import { decideOpaque } from './decide-opaque.js';
import { decidePath } from './decide-path.js';
import { cite, consult, mk, subject, type Out } from './rules-out.js';
import type { SubjectDecision } from './types.js';

/** Cap on the directories a line may be in after its `cd`s (each relative path is checked in each). */
const MAX_DIRS = 32;

function levelName(l: Level): string {
  return l.kind === 'root' ? 'the root policy' : l.kind === 'override' ? `the ${l.name}/ override` : `agent "${l.name}"`;
}

export function decideCommand(ctx: Ctx, line: string): SubjectDecision[] {
  if (ctx.explain) return decideCommandNow(ctx, line);
  const a = ctx.action;
  const key = `c\u0001${a.cwd ?? ''}\u0001${a.agentId ?? ''}\u0001${ctx.approved ? 1 : 0}\u0001${line}`;
  let s = ctx.cp.memo.get<SubjectDecision[]>(key);
  if (!s) ctx.cp.memo.set(key, (s = decideCommandNow(ctx, line)));
  return [...s];
}

function decideCommandNow(ctx: Ctx, line: string): SubjectDecision[] {
  const shown = line.replace(/\s+/g, ' ').trim();
  if (ctx.agent?.trust === 'read_only') {
    return [subject('command', shown, false, `agent "${ctx.agent.identity.id}" is read_only: it may not run commands`, [mk('default', undefined, shown, true)])];
  }
  const a = analyzeCommand(line);
  if (!a.commands.length && !a.problems.length && !a.files.length) {
    return [subject('command', shown, false, 'the command line is empty: there is nothing to check', [mk('default', undefined, shown, true)])];
  }
  const out: SubjectDecision[] = [];
  const dirs = directories(a);
  const { overrides, everywhere } = governing(ctx, a, dirs);
  for (const p of a.problems) out.push(decideOpaque(ctx, p, overrides));
  for (const c of a.commands) out.push(decideSimple(ctx, c, overrides, everywhere));
  const seen = new Set<string>();
  for (const f of a.files) {
    if (!f.path.startsWith('/') && a.dirUnknown) {
      out.push({
        ...subject('path', f.path, false, `cannot tell which directory "${f.via}" is in after "${a.dirUnknown}"`, [mk('default', undefined, f.path, true)]),
        via: f.via,
      });
      continue;
    }
    for (const d of f.path.startsWith('/') ? ['.'] : dirs) {
      const s = decidePath(ctx, d === '.' ? f.path : `${d}/${f.path}`, f.op, f.via);
      const key = `${f.op}\0${s.subject}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(s);
      }
    }
  }
  return out;
}

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
function governing(ctx: Ctx, a: CommandAnalysis, dirs: string[]): { overrides: Level[]; everywhere: Level[] } {
  const { cp } = ctx;
  if (cp.overrides.size === 0) return { overrides: [], everywhere: [] };
  const found = new Map<string, Level>();
  for (const d of dirs) {
    const np = normalizePath(d, { root: cp.root, cwd: ctx.action.cwd });
    if (np.outside) continue;
    for (const o of overridesFor(cp, np.path)) found.set(o.name, o);
  }
  const overrides = [...found.values()];
  return { overrides, everywhere: a.dirUnknown ? [...cp.overrides.values()] : overrides };
}

function decideSimple(ctx: Ctx, c: SimpleCommand, overrides: Level[], denyLevels: Level[]): SubjectDecision {
  const { cp } = ctx;
  const name = c.layers[0] ?? '';
  const layers = c.layers;
  const out: Out = { cp, explain: ctx.explain, rules: [] };
  const done = (allowed: boolean, reason: string, requiresApproval = false): SubjectDecision =>
    subject('command', name, allowed, reason, out.rules, requiresApproval);
  const agentLevel = ctx.agent?.level;

  // 1. Denies, on every layer (`sudo rm -rf x` is also `rm -rf x`).
  let deny: { rule: PatternRule; level: Level } | undefined;
  for (const l of [cp.rootLevel, ...denyLevels, ...(agentLevel ? [agentLevel] : [])]) {
    if (deny && !ctx.explain) break;
    const d = consult(out, 'deny', name, () => l.commands.deny.all(layers), () => l.commands.deny.first(layers));
    if (d && !deny) deny = { rule: d, level: l };
  }
  // Options as sets and words known only at run time (src/command/sound-match.ts): more denies.
  if (!deny) {
    for (const l of [cp.rootLevel, ...denyLevels, ...(agentLevel ? [agentLevel] : [])]) {
      const m = soundMatch(l.commands.deny.rules, c, true);
      if (m) {
        out.rules.push(mk('deny', m.rule, m.layer, true));
        deny = { rule: m.rule, level: l };
        break;
      }
    }
  }
  if (deny) return done(false, `denied by ${levelName(deny.level)}: commands.deny ${cite(cp, deny.rule)}`);
  if (ctx.agent?.trust === 'write_local' && cp.noPush.first(layers)) {
    out.rules.push(mk('default', { pattern: 'git push' }, name, true));
    return done(false, `agent "${ctx.agent.identity.id}" is write_local: it may not push`);
  }

  // 2. Approval gates.
  let gate: ApprovalRule | undefined;
  let grant: ApprovalRule | undefined;
  for (const l of [cp.rootLevel, ...overrides]) {
    if (gate && !ctx.explain) break;
    const g = consult(out, 'approval', name, () => l.approvals.command.gate.all(layers), () => l.approvals.command.gate.first(layers));
    gate ??= g;
    if (g && !grant) grant = l.approvals.command.grant.first(layers)?.rule;
  }
  if (!gate) {
    for (const l of [cp.rootLevel, ...overrides]) {
      const m = soundMatch(l.approvals.command.gate.rules, c, true);
      if (m) {
        out.rules.push(mk('approval', m.rule, m.layer, true));
        gate = m.rule;
        // Another spelling of the approved command is granted by it too; a run-time word is not.
        if (!c.argvs.some((argv) => argv.some((a) => a.dynamic || a.tilde))) grant = m.rule;
        break;
      }
    }
  }

  // 3. Allow lists: root ∪ governing overrides, any layer; an agent's own list narrows.
  let allowed: string | undefined;
  let refused: string | undefined;
  if (c.delegates) {
    out.rules.push(mk('default', undefined, name, true));
    allowed = 'runs only the commands it is given, and each of them is checked';
  } else {
    const levels = [cp.rootLevel, ...overrides];
    const total = levels.reduce((n, l) => n + l.commands.allow.size, 0);
    if (total === 0) allowed = 'no commands.deny matches and no allow list applies';
    else {
      let a: { rule: PatternRule; level: Level } | undefined;
      for (const l of levels) {
        if (a && !ctx.explain) break;
        const m = consult(out, 'allow', name, () => l.commands.allow.all(layers), () => l.commands.allow.first(layers));
        if (m && !a) a = { rule: m, level: l };
      }
      if (a) allowed = `allowed by ${levelName(a.level)}: commands.allow ${cite(cp, a.rule)}`;
      else {
        out.rules.push(mk('default', undefined, name, true));
        refused = `matches no commands.allow pattern (${total} consulted)`;
      }
    }
    if (allowed && agentLevel && agentLevel.commands.allow.size > 0) {
      const m = consult(out, 'allow', name, () => agentLevel.commands.allow.all(layers), () => agentLevel.commands.allow.first(layers));
      if (!m) {
        allowed = undefined;
        refused = `not in the commands.allow list of agent "${agentLevel.name}"`;
      }
    }
  }

  if (gate) {
    const why = `running it needs a human approval: ${cite(cp, gate)}`;
    if (!ctx.approved) return done(false, `${why}; none given`, true);
    if (grant) return done(true, `${why}; approved`, true);
    if (allowed) return done(true, `${why}; approved (${allowed})`, true);
    return done(false, `${why}, approved, but it ${refused}`, true);
  }
  return allowed ? done(true, allowed) : done(false, refused!);
}
