// A replayed action as the report formats see it (src/report/decision.ts): built only when a
// format asks for decisions (--format html, ocsf, splunk-hec), once per decided action, a million
// times for a large log. The deciding rule's reference (id, file:line, pattern) depends only on
// the engine's Decision, which the replay's decider hands out again for repeated actions: it is
// worked out once per Decision object, and is one shared object per written rule (so that
// encoders can cache the rule's text by it). The record itself is one object literal of one shape.
import { relative, sep } from 'node:path';
import type { Decision } from '../engine/types.js';
import { decisiveRule } from '../engine/verdict.js';
import type { Origin } from '../policy/types.js';
import type { DecidingRuleRef, DecisionKind, ReplayedDecision, Verdict } from '../report/decision.js';
import type { LogEntry } from './readers/index.js';
import { redactText, type SecretHit } from './secrets.js';

export interface DecisionContext {
  /** Repository root: rule files are shown relative to it. */
  repoRoot: string;
  policyVersion: string;
  /** The log as the report names it (relative to the working directory). */
  log: string;
  ms?: number;
}

// Per Decision object (weakly: the decider's cache owns them; null: no written rule decided), and
// per rule origin, for one repository root. Only an entry ~30 bytes per live Decision: its text
// is cached by the encoders, bounded, by the shared reference. Never for a line with secrets on
// it: its rule pattern is redacted with that line's hits.
let refsRoot: string | undefined;
let byDecision = new WeakMap<Decision, DecidingRuleRef | null>();
let byOrigin = new WeakMap<Origin, DecidingRuleRef>();

function cachedRule(d: Decision, repoRoot: string): DecidingRuleRef | undefined {
  if (repoRoot !== refsRoot) {
    refsRoot = repoRoot;
    byDecision = new WeakMap();
    byOrigin = new WeakMap();
  }
  let ref = byDecision.get(d);
  if (ref === undefined) {
    ref = sharedRef(d, repoRoot) ?? null;
    byDecision.set(d, ref);
  }
  return ref ?? undefined;
}

function sharedRef(d: Decision, repoRoot: string): DecidingRuleRef | undefined {
  const rule = decisiveRule(d);
  const o = rule?.origin;
  if (!rule || !o) return undefined;
  let ref = byOrigin.get(o);
  if (ref === undefined || ref.effect !== rule.effect || ref.pattern !== rule.pattern) {
    ref = ruleRef(d, repoRoot, NO_HITS)!;
    byOrigin.set(o, ref);
  }
  return ref;
}

const NO_HITS: readonly SecretHit[] = [];

function ruleRef(d: Decision, repoRoot: string, hits: readonly SecretHit[]): DecidingRuleRef | undefined {
  const rule = decisiveRule(d);
  const o = rule?.origin;
  if (!rule || !o) return undefined;
  const file = ruleFile(repoRoot, o.file);
  return { uid: `${file}#${o.pointer}`, effect: rule.effect, pattern: hits.length > 0 ? redactText(rule.pattern, hits) : rule.pattern, file, line: o.line, column: o.column };
}

export function decisionRecord(entry: LogEntry, d: Decision, line: number, hits: readonly SecretHit[], bypass: string[] | undefined, ctx: DecisionContext): ReplayedDecision {
  const a = entry.action;
  const logged = entry.logged;
  // Secrets found on the line are redacted in everything taken from it.
  const dirty = hits.length > 0;
  let kind: DecisionKind;
  let subject: string;
  let paths: string[] | undefined;
  let url: string | undefined;
  let host: string | undefined;
  switch (a.kind) {
    case 'filesystem': {
      kind = a.op;
      const first = a.paths[0] ?? '';
      subject = dirty ? redactText(first, hits) : first;
      if (a.paths.length > 1) paths = dirty ? a.paths.slice(0, 20).map((p) => redactText(p, hits)) : a.paths.slice(0, 20);
      break;
    }
    case 'command':
      kind = 'command';
      subject = dirty ? redactText(a.command, hits) : a.command;
      break;
    case 'network':
      kind = 'network';
      if (a.url !== undefined) url = dirty ? redactText(a.url, hits) : a.url;
      if (a.host !== undefined) host = dirty ? redactText(a.host, hits) : a.host;
      subject = url ?? host ?? '';
      break;
    case 'tool':
      kind = 'tool';
      subject = dirty ? redactText(a.tool, hits) : a.tool;
      break;
  }
  const outcome = d.outcome;
  const verdict: Verdict = bypass ? 'bypass' : outcome === 'allow' ? 'allow' : outcome === 'needs-approval' ? 'approval' : 'deny';
  const lv = logged.policyVersion;
  // One shape for every record: members a decision lacks are undefined, which JSON (and every
  // reader of the record) takes as absent; the order is the JSON report's.
  const rec: ReplayedDecision = {
    kind,
    subject,
    paths,
    url,
    host,
    outcome,
    approved: outcome === 'allow' && d.approved,
    verdict,
    blocked: logged.allowed === false,
    reason: dirty ? redactText(d.reason, hits) : d.reason,
    policyVersion: ctx.policyVersion,
    log: ctx.log,
    line,
    timestamp: a.timestamp === undefined ? undefined : dirty ? redactText(a.timestamp, hits) : a.timestamp,
    ms: ctx.ms,
    agent: a.agentId === undefined ? undefined : dirty ? redactText(a.agentId, hits) : a.agentId,
    session: a.sessionId === undefined ? undefined : dirty ? redactText(a.sessionId, hits) : a.sessionId,
    user: logged.user === undefined ? undefined : dirty ? redactText(logged.user, hits) : logged.user,
    tool: entry.tool === undefined ? undefined : dirty ? redactText(entry.tool, hits) : entry.tool,
    bypass,
    loggedPolicyVersion: lv !== undefined && lv !== ctx.policyVersion ? (dirty ? redactText(lv, hits) : lv) : undefined,
    rule: dirty ? ruleRef(d, ctx.repoRoot, hits) : cachedRule(d, ctx.repoRoot),
  };
  return rec;
}

// A policy has few files and a log a million decisions: each file's relative name is worked out once.
let shownRoot = '';
const shown = new Map<string, string>();

/** A rule's policy file as reports show it: relative to the repository, with `/`. */
function ruleFile(repoRoot: string, file: string): string {
  if (repoRoot !== shownRoot) {
    shownRoot = repoRoot;
    shown.clear();
  }
  let s = shown.get(file);
  if (s === undefined) shown.set(file, (s = (relative(repoRoot, file) || file).split(sep).join('/')));
  return s;
}
