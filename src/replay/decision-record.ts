// A replayed action as the report formats see it (src/report/decision.ts): built only when a
// format asks for decisions (--format html, ocsf, splunk-hec).
import { relative, sep } from 'node:path';
import type { Decision } from '../engine/types.js';
import { decisiveRule } from '../engine/verdict.js';
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

export function decisionRecord(entry: LogEntry, d: Decision, line: number, hits: readonly SecretHit[], bypass: string[] | undefined, ctx: DecisionContext): ReplayedDecision {
  const a = entry.action;
  // Secrets found on the line are redacted in everything taken from it.
  const clean = (s: string): string => (hits.length > 0 ? redactText(s, hits) : s);
  let kind: DecisionKind;
  let subject: string;
  const out: Partial<ReplayedDecision> = {};
  switch (a.kind) {
    case 'filesystem':
      kind = a.op;
      subject = clean(a.paths[0] ?? '');
      if (a.paths.length > 1) out.paths = a.paths.slice(0, 20).map(clean);
      break;
    case 'command':
      kind = 'command';
      subject = clean(a.command);
      break;
    case 'network':
      kind = 'network';
      if (a.url !== undefined) out.url = clean(a.url);
      if (a.host !== undefined) out.host = clean(a.host);
      subject = out.url ?? out.host ?? '';
      break;
    case 'tool':
      kind = 'tool';
      subject = clean(a.tool);
      break;
  }
  const verdict: Verdict = bypass ? 'bypass' : d.outcome === 'allow' ? 'allow' : d.outcome === 'needs-approval' ? 'approval' : 'deny';
  const rec: ReplayedDecision = {
    kind,
    subject,
    ...out,
    outcome: d.outcome,
    approved: d.outcome === 'allow' && d.approved,
    verdict,
    blocked: entry.logged.allowed === false,
    reason: clean(d.reason),
    policyVersion: ctx.policyVersion,
    log: ctx.log,
    line,
  };
  if (a.timestamp !== undefined) rec.timestamp = clean(a.timestamp);
  if (ctx.ms !== undefined) rec.ms = ctx.ms;
  if (a.agentId !== undefined) rec.agent = clean(a.agentId);
  if (a.sessionId !== undefined) rec.session = clean(a.sessionId);
  if (entry.logged.user !== undefined) rec.user = clean(entry.logged.user);
  if (entry.tool !== undefined) rec.tool = clean(entry.tool);
  if (bypass) rec.bypass = bypass;
  if (entry.logged.policyVersion !== undefined && entry.logged.policyVersion !== ctx.policyVersion) rec.loggedPolicyVersion = clean(entry.logged.policyVersion);
  const rule = decisiveRule(d);
  if (rule?.origin) {
    const o = rule.origin;
    const file = ruleFile(ctx.repoRoot, o.file);
    rec.rule = { uid: `${file}#${o.pointer}`, effect: rule.effect, pattern: clean(rule.pattern), file, line: o.line, column: o.column };
  }
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
