// A replayed action as the report formats see it (src/report/decision.ts): built only when a
// format asks for decisions (--format html, ocsf, splunk-hec), once per decided action, a million
// times for a large log. What depends only on the engine's Decision (the deciding rule's
// reference: id, file:line, pattern) is worked out once per Decision object (the replay's decider
// hands the same object out for repeated actions) and kept beside it; the record itself is one
// object literal of one shape.
import { relative, sep } from 'node:path';
import type { Decision } from '../engine/types.js';
import { decisiveRule } from '../engine/verdict.js';
import type { DecidingRuleRef, DecisionKind, ReplayedDecision, Verdict } from '../report/decision.js';
import { DECIDED, type Decided, type RecordedDecision } from '../report/decision-encoder.js';
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

/**
 * What a Decision alone decides, kept per Decision object (weakly: the decider's cache owns them).
 * Never for a line with secrets on it: its rule pattern is redacted with that line's hits.
 */
const decided = new WeakMap<Decision, Decided>();

function decidedOf(d: Decision, repoRoot: string): Decided {
  let c = decided.get(d);
  if (c === undefined || c.root !== repoRoot) {
    c = { root: repoRoot, rule: ruleRef(d, repoRoot, NO_HITS) };
    decided.set(d, c);
  }
  return c;
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
  const cache = dirty ? undefined : decidedOf(d, ctx.repoRoot);
  const lv = logged.policyVersion;
  // One shape for every record: members a decision lacks are undefined, which JSON (and every
  // reader of the record) takes as absent; the order is the JSON report's.
  const rec: RecordedDecision = {
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
    rule: cache ? cache.rule : ruleRef(d, ctx.repoRoot, hits),
    [DECIDED]: cache,
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
