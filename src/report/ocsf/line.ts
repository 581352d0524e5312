// The streaming encoder of --format ocsf and splunk-hec: one JSON line per replayed decision,
// a million of them per large log. The mapping is events.ts's; this writes what repeats (the
// class and outcome, the metadata, the deciding rule, the agent) once, as JSON text built by
// events.ts's own functions, and per decision only what varies (time, subject, line, session).
// The replay shares one rule reference per written rule (src/replay/decision-record.ts), so that
// the policy text is found by the rule's identity; every cached text is checked before reuse.
// test/report/ocsf-line.test.ts holds each line equal to JSON.stringify(ocsfDecisionEvent(d)).
import type { DecisionMeta, ReplayedDecision } from '../decision.js';
import { baseName, head, metadata, policy } from './events.js';
import { HEC_SOURCETYPE } from './hec.js';

const q = JSON.stringify;

/** A JSON object's text without its closing brace, to append members to. */
const open = (o: Record<string, unknown>): string => q(o).slice(0, -1);

/**
 * The JSON text of strings that repeat from decision to decision (a reason or a rule on a line
 * with secrets, which has no Decided; an agent): one map lookup instead of escaping them again.
 * Bounded: keys come from logs, and a log with unbounded distinct values must not grow it
 * without end; past the bound it starts over.
 */
class Quoted {
  private readonly map = new Map<string, string>();
  /** prefix: JSON text written before each string (a member's name). */
  constructor(private readonly prefix = '') {}
  private lastKey?: string;
  private lastText = '';
  get(s: string): string {
    // Consecutive decisions often share their reason (the same string, from the decider's cache).
    if (s === this.lastKey) return this.lastText;
    let t = this.map.get(s);
    if (t === undefined) {
      if (this.map.size >= 4096) this.map.clear();
      t = this.prefix + q(s);
      this.map.set(s, t);
    }
    this.lastKey = s;
    this.lastText = t;
    return t;
  }
}

export type LineEncoder = (d: ReplayedDecision) => string;

const KINDS = { read: 0, write: 1, delete: 2, command: 3, network: 4, tool: 5 } as const;
const VERDICTS = { allow: 0, deny: 1, approval: 2, bypass: 3 } as const;
const OUTCOMES = { allow: 0, deny: 1, 'needs-approval': 2 } as const;

/** What decides head(): the class (a URL or not) and the control's outcome, as a small number. */
function headKey(d: ReplayedDecision): number {
  return ((((KINDS[d.kind] * 2 + (d.url !== undefined ? 1 : 0)) * 4 + VERDICTS[d.verdict]) * 3 + OUTCOMES[d.outcome]) * 2 + (d.approved ? 1 : 0)) * 2 + (d.blocked ? 1 : 0);
}

/**
 * The end of the actor, the policy member and the start of unmapped: all that events.ts's policy()
 * and unmapped() read.
 */
function policyText(d: ReplayedDecision): string {
  return `},"policy":${q(policy(d))},"unmapped":{"outcome":${q(d.outcome)},"verdict":${q(d.verdict)},"log_line":`;
}

/** The policy text of records without a Decided, by rule uid ('' for the default), checked before reuse. */
class Policies {
  private readonly map = new Map<string, { d: ReplayedDecision; text: string }>();
  private last?: { d: ReplayedDecision; text: string };
  get(d: ReplayedDecision): string {
    const last = this.last;
    if (last !== undefined && samePolicy(last.d, d)) return last.text;
    const uid = d.rule?.uid ?? '';
    const hit = this.map.get(uid);
    if (hit && samePolicy(hit.d, d)) return (this.last = hit).text;
    if (this.map.size >= 4096) this.map.clear();
    const made = { d, text: policyText(d) };
    this.map.set(uid, made);
    return (this.last = made).text;
  }
}

function samePolicy(a: ReplayedDecision, b: ReplayedDecision): boolean {
  if (a.outcome !== b.outcome || a.verdict !== b.verdict || a.policyVersion !== b.policyVersion) return false;
  const x = a.rule;
  const y = b.rule;
  // The replay's records share one object per rule: the same object is the same rule.
  if (x === y) return true;
  if (!x || !y) return false;
  return x.uid === y.uid && x.effect === y.effect && x.pattern === y.pattern && x.file === y.file && x.line === y.line && x.column === y.column;
}

/**
 * What the event says of the subject, up to where it varies per decision: the file member whole,
 * the process member up to its uid, the api member whole (network events are written whole below).
 */
function subjectText(d: ReplayedDecision): string {
  switch (d.kind) {
    case 'read':
    case 'write':
    case 'delete':
      return ',"file":{"name":' + q(baseName(d.subject)) + ',"path":' + q(d.subject) + ',"type_id":1,"type":"Regular File"}}';
    case 'command':
      return ',"process":{"cmd_line":' + q(d.subject) + ',"uid":';
    default:
      return ',"api":{"operation":' + q(d.subject) + '}';
  }
}

/**
 * OCSF JSON Lines: the event of each decision on one line, followed by `end` (the streamed report
 * passes a newline; tests compare the bare event).
 */
export function ocsfEventEncoder(meta: DecisionMeta, end = ''): LineEncoder {
  // `{` + class and outcome members, then time.
  const heads: string[] = [];
  const messages = new Quoted(',"message":');
  const agents = new Quoted();
  const policies = new Policies();
  // Per log: the metadata (open when the logged time follows as original_time), and the start of
  // a process uid (the log's name and a colon, as JSON text without its closing quote).
  let lastLog: string | undefined;
  let metaTimed = '';
  let metaUntimed = '';
  let uidHead = '';
  // The last time, agent, session and user written, and their text: consecutive lines repeat them.
  let lastMs = NaN;
  let msText = '';
  let lastAgent: string | undefined | null = null;
  let agentJson = '';
  // The end of unmapped and the device; the end of original_time and the actor's start.
  let deviceJson = '';
  let actorJson = '';
  let lastSession: string | undefined;
  let sessionJson = '';
  let lastUser: string | undefined;
  let userJson = '';
  return (d) => {
    const log = d.log;
    if (log !== lastLog) {
      lastLog = log;
      metaTimed = `,"metadata":${open(metadata(meta, log))},"original_time":`;
      metaUntimed = `,"metadata":${q(metadata(meta, log))}`;
      uidHead = q(`${log}:`).slice(0, -1);
    }
    const ms = d.ms ?? meta.now;
    if (ms !== lastMs) {
      lastMs = ms;
      msText = String(ms);
    }
    const agent = d.agent;
    if (agent !== lastAgent) {
      lastAgent = agent;
      agentJson = agent === undefined ? '"unknown agent"' : agents.get(agent);
      // events.ts's device(), as text.
      deviceJson = '},"device":{"type_id":0,"type":"Unknown","name":' + agentJson + '}';
      actorJson = '},"actor":{"app_name":' + agentJson;
    }
    const message = messages.get(d.reason);
    const pol = policies.get(d);
    let s = (heads[headKey(d)] ??= `${open(head(d))},"time":`) + msText + message;
    if (d.timestamp !== undefined) s += metaTimed + q(d.timestamp) + actorJson;
    else s += metaUntimed + ',"actor":{"app_name":' + agentJson;
    const session = d.session;
    if (session !== undefined) {
      if (session !== lastSession) {
        lastSession = session;
        sessionJson = ',"session":{"uid":' + q(session) + '}';
      }
      s += sessionJson;
    }
    const user = d.user;
    if (user !== undefined) {
      if (user !== lastUser) {
        lastUser = user;
        userJson = ',"user":{"name":' + q(user) + '}';
      }
      s += userJson + pol + d.line;
    } else s += pol + d.line;
    if (d.tool !== undefined) s += ',"tool":' + q(d.tool);
    if (d.paths !== undefined) s += ',"paths":' + q(d.paths);
    if (d.bypass !== undefined) s += ',"bypass":' + q(d.bypass);
    if (d.loggedPolicyVersion !== undefined) s += ',"logged_policy_version":' + q(d.loggedPolicyVersion);
    switch (d.kind) {
      case 'read':
      case 'write':
      case 'delete':
        return s + deviceJson + subjectText(d) + end;
      case 'command':
        return s + deviceJson + subjectText(d) + uidHead + d.line + '"}}' + end;
      case 'network':
        if (d.url !== undefined) {
          const host = d.host !== undefined ? q(d.host) : undefined;
          return s + '},"http_request":{"url":{"url_string":' + q(d.url) + (host !== undefined ? ',"hostname":' + host + '}},"dst_endpoint":{"hostname":' + host + '}}' : '}}}') + end;
        }
        return s + '},"dst_endpoint":{"hostname":' + q(d.host ?? d.subject) + '}}' + end;
      case 'tool':
        return s + '}' + subjectText(d) + ',"src_endpoint":{"name":' + agentJson + '}}' + end;
    }
  };
}

/** Splunk HEC: each OCSF event in its envelope (hec.ts's hecEnvelope, written as text), then `end`. */
export function hecEventEncoder(meta: DecisionMeta, end = ''): LineEncoder {
  const event = ocsfEventEncoder(meta, '}' + end);
  const host = q(meta.host);
  let lastLog: string | undefined;
  let source = '';
  let lastMs = NaN;
  let secs = '';
  return (d) => {
    if (d.log !== lastLog) {
      lastLog = d.log;
      source = `,"host":${host},"source":${q(d.log)},"sourcetype":${q(HEC_SOURCETYPE)},"event":`;
    }
    const ms = d.ms ?? meta.now;
    if (ms !== lastMs) {
      lastMs = ms;
      // HEC's time is epoch seconds (a decimal for milliseconds).
      secs = '{"time":' + ms / 1000;
    }
    return secs + source + event(d);
  };
}
