// The decision sequence of SPEC 3, written once for every kind of subject:
//
//   deny → exception carve-out → approval gate/grant → allow lists → agent narrowing → outcome
//
// decide-path.ts, decide-command.ts and decide-other.ts each say, in a few lines, which levels
// and lists a step consults for their kind of subject; what the steps do, the reasons they give
// and the verdict they reach are decided here and nowhere else.
import type { ApprovalRule, PatternRule } from '../policy/types.js';
import type { CompiledPolicy, Level } from './compile.js';
import { derivedOnce } from '../derived.js';
import type { DecisionContext } from './context.js';
import type { RuleList, RuleLike } from './lists.js';
import { cite, consult, decidingRule, levelName, type RuleRecorder } from './rules-out.js';
import type { Outcome, SubjectDecision } from './types.js';

export interface DenyStep<S> {
  /** The levels whose denies apply, in the order reasons prefer them (the root first). */
  levels: readonly Level[];
  list(level: Level): RuleList<S, PatternRule>;
  /** How reasons name the list: `filesystem.deny`. */
  listName: string;
  /**
   * Matching beyond the list's own, tried on each level when no list matched (commands: options
   * as sets and words known only at run time, src/command/sound-match.ts). May only add denies.
   */
  further?: (level: Level) => { rule: PatternRule; matched: string } | undefined;
  /** A deny the policy does not write (a write_local agent may not push), consulted after the lists. */
  builtIn?: () => { rule: RuleLike; reason: string } | undefined;
}

export interface ApprovalStep<S> {
  /** The levels whose require_human_approval rules apply. */
  levels: readonly Level[];
  /** Gates match like denies: a case variant must not dodge one. */
  gate(level: Level): RuleList<S, ApprovalRule>;
  /**
   * Grants match like allows, exactly; an approval allows what a gate matched by its grant, or
   * else only what the allow lists allow. undefined: this level's gates grant nothing here.
   */
  grant(level: Level): RuleList<S, ApprovalRule> | undefined;
  /** What needs the approval, for reasons: `write`, `running it`. */
  what: string;
  /** Gates beyond the list's own matching, tried when no gate matched (as DenyStep.further); `grants` says whether the gate's rule also grants. */
  further?: (level: Level) => { rule: ApprovalRule; matched: string; grants: boolean } | undefined;
}

/** The allow step when allow lists govern the subject. */
export interface AllowLists<S> {
  levels: readonly Level[];
  list(level: Level): RuleList<S, PatternRule>;
  /** The reason when a rule of `level` allows it. */
  allowedBy(rule: PatternRule, level: Level): string;
  /** When none of the levels has a list at all. */
  whenNoList: { allowed: string } | { refused: string };
  /** The reason when lists apply and none matches (`consulted`: how many rules were tried). */
  unmatched(consulted: number): string;
  /** A rule that put the subject under these lists (`allow_outbound: false`), recorded first. */
  governedBy?: RuleLike;
}

/** The allow step when nothing restricts the subject: allowed, and no agent list narrows it. */
export interface AllowedOpenly {
  open: string;
}

export interface SubjectSequence<S> {
  kind: SubjectDecision['kind'];
  /** The subject as the decision shows it: a normalised path, a simple command, a host, a tool. */
  shown: string;
  /** What the lists match: a normalised path, a command's layers, a host, a tool name. */
  subject: S;
  deny: DenyStep<S>;
  /**
   * An explicit carve-out from a root deny (the root's `exceptions`), asked only when the root is
   * the only level that denies. It records the rules it used and returns the reason it allows.
   */
  carveOut?: (recorder: RuleRecorder) => string | undefined;
  /** undefined: no approval rule applies to this subject (a path that is only read). */
  approval?: ApprovalStep<S>;
  /**
   * A function when working the step out costs something (a command's sound reading): it is
   * called only when no deny decided first.
   */
  allow: AllowLists<S> | AllowedOpenly | (() => AllowLists<S> | AllowedOpenly);
  /** The acting agent's own allow list, which narrows what the allow step allowed. */
  narrow?: { list: RuleList<S, PatternRule>; refused: string };
  /** Approval grants do not count for this subject (a path outside the repository). */
  grantsDoNotApply?: true;
}

/** Runs the sequence for one subject. */
export function decideSubject<S>(context: DecisionContext, seq: SubjectSequence<S>): SubjectDecision {
  const { policy, explain } = context;
  const { shown, subject } = seq;
  const recorder: RuleRecorder = { policy, explain, rules: [] };
  const result = (outcome: Outcome, reason: string, requiresApproval = false): SubjectDecision => ({
    subject: shown,
    kind: seq.kind,
    outcome,
    allowed: outcome === 'allow',
    requiresApproval,
    reason,
    rules: recorder.rules,
  });

  // 1. Denies, from every level that applies.
  let deny: { rule: PatternRule; level: Level } | undefined;
  let deniedBelowRoot = false;
  for (const level of seq.deny.levels) {
    // Past the first deny only explain, or the question "does only the root deny?", needs more.
    if (deny && !explain && (deniedBelowRoot || !seq.carveOut)) break;
    const list = seq.deny.list(level);
    const hit = consult(recorder, 'deny', shown, list, subject);
    if (!hit) continue;
    deny ??= { rule: hit, level };
    if (level.kind !== 'root') deniedBelowRoot = true;
  }
  if (!deny && seq.deny.further) {
    for (const level of seq.deny.levels) {
      const hit = seq.deny.further(level);
      if (!hit) continue;
      recorder.rules.push(decidingRule('deny', hit.rule, hit.matched, true));
      deny = { rule: hit.rule, level };
      if (level.kind !== 'root') deniedBelowRoot = true;
      break;
    }
  }
  // 2. The root's exceptions may carve a path out of a root deny, for the overrides they name.
  let carved: string | undefined;
  if (deny) {
    if (deny.level.kind === 'root' && !deniedBelowRoot && seq.carveOut) carved = seq.carveOut(recorder);
    if (carved === undefined) return result('deny', ruleReason(policy, 'denied by ', deny.rule, deny.level, seq.deny.listName));
  }
  const builtIn = seq.deny.builtIn?.();
  if (builtIn) {
    recorder.rules.push(decidingRule('default', builtIn.rule, shown, true));
    return result('deny', builtIn.reason);
  }

  // 3. Approval gates, and whether the gate's own rule grants the subject.
  let gate: ApprovalRule | undefined;
  let granted = false;
  const approval = seq.approval;
  if (approval) {
    for (const level of approval.levels) {
      if (gate && !explain) break;
      const gates = approval.gate(level);
      const hit = consult(recorder, 'approval', shown, gates, subject);
      if (!hit) continue;
      gate ??= hit;
      if (!granted && !seq.grantsDoNotApply) granted = approval.grant(level)?.first(subject) !== undefined;
    }
    if (!gate && approval.further) {
      for (const level of approval.levels) {
        const hit = approval.further(level);
        if (!hit) continue;
        recorder.rules.push(decidingRule('approval', hit.rule, hit.matched, true));
        gate = hit.rule;
        granted = hit.grants && !seq.grantsDoNotApply;
        break;
      }
    }
  }

  // 4. Allow lists (or the carve-out), then 5. the acting agent's own list narrows.
  let allowed: string | undefined;
  let refused: string | undefined;
  const allow = typeof seq.allow === 'function' ? seq.allow() : seq.allow;
  const openly = carved === undefined && 'open' in allow;
  if (carved !== undefined) allowed = carved;
  else if ('open' in allow) allowed = allow.open;
  else [allowed, refused] = allowLists(recorder, shown, subject, allow);
  if (allowed !== undefined && !openly && seq.narrow && seq.narrow.list.size > 0) {
    const list = seq.narrow.list;
    if (!consult(recorder, 'allow', shown, list, subject)) {
      allowed = undefined;
      refused = seq.narrow.refused;
    }
  }

  // 6. The verdict. A gate turns "allowed" into "allowed with an approval": the approval allows
  // what the gate's own rule grants, or what the lists allow; nothing else.
  if (!gate) return allowed !== undefined ? result('allow', allowed) : result('deny', refused!);
  const why = `${approval!.what} needs a human approval: ${cite(policy, gate)}`;
  const approvalWouldAllow = granted || allowed !== undefined;
  if (!context.approved) {
    return approvalWouldAllow
      ? result('needs-approval', `${why}; none given`, true)
      : result('deny', `${why}, but no approval can allow it: ${refused}`, true);
  }
  if (granted) return result('allow', `${why}; approved`, true);
  if (allowed !== undefined) return result('allow', `${why}; approved (${allowed})`, true);
  return result('deny', `${why}, approved, but ${refused}`, true);
}

/** Step 4 over allow lists: [allowed reason, undefined] or [undefined, refused reason]. */
function allowLists<S>(recorder: RuleRecorder, shown: string, subject: S, step: AllowLists<S>): [string | undefined, string | undefined] {
  if (step.governedBy) recorder.rules.push(decidingRule('default', step.governedBy, shown, true));
  let consulted = 0;
  for (const l of step.levels) consulted += step.list(l).size;
  if (consulted === 0 && 'allowed' in step.whenNoList) return [step.whenNoList.allowed, undefined];
  let hit: { rule: PatternRule; level: Level } | undefined;
  if (consulted > 0) {
    for (const level of step.levels) {
      if (hit && !recorder.explain) break;
      const list = step.list(level);
      const rule = consult(recorder, 'allow', shown, list, subject);
      if (rule && !hit) hit = { rule, level };
    }
  }
  if (hit) return [step.allowedBy(hit.rule, hit.level), undefined];
  recorder.rules.push(decidingRule('default', undefined, shown, true));
  return [undefined, consulted === 0 && 'refused' in step.whenNoList ? step.whenNoList.refused : step.unmatched(consulted)];
}

/**
 * `denied by <level>: <list> "<pattern>" (file:line)` (or `allowed by …`): it depends on the rule,
 * its level and the list alone, so it is made once per policy, not for every subject the rule
 * decides. (A rule is in one list of one level; a kept reason is used only for what it was made for.)
 */
function ruleReason(policy: CompiledPolicy, verb: 'denied by ' | 'allowed by ', rule: RuleLike, level: Level, listName: string): string {
  const kept = ruleReasons(policy);
  const known = kept.get(rule);
  if (known && known.verb === verb && known.level === level && known.listName === listName) return known.reason;
  const reason = `${verb}${levelName(level)}: ${listName} ${cite(policy, rule)}`;
  kept.set(rule, { verb, level, listName, reason });
  return reason;
}

const ruleReasons = derivedOnce((_policy: CompiledPolicy) => new WeakMap<RuleLike, { verb: string; level: Level; listName: string; reason: string }>());

/** The allow step most kinds use: `allowed by <level>: <list> "<pattern>" (file:line)`. */
export function namedAllowLists<S>(
  context: DecisionContext,
  levels: readonly Level[],
  list: (level: Level) => RuleList<S, PatternRule>,
  names: { allowList: string; whenNoList: string },
): AllowLists<S> {
  let unmatched: { n: number; reason: string } | undefined;
  return {
    levels,
    list,
    allowedBy: (rule, level) => ruleReason(context.policy, 'allowed by ', rule, level, names.allowList),
    whenNoList: { allowed: names.whenNoList },
    unmatched: (n) => {
      if (unmatched?.n !== n) unmatched = { n, reason: `matches no ${names.allowList} pattern (${n} consulted)` };
      return unmatched.reason;
    },
  };
}
