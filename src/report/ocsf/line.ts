// The streaming encoder of --format ocsf and splunk-hec: one JSON line per replayed decision,
// a million of them per large log. The mapping is events.ts's; this writes what repeats (the
// class and outcome, the metadata, the deciding rule, the agent) once, as JSON text built by
// events.ts's own functions, and per decision only what varies (time, message, subject, line).
// test/report/ocsf-line.test.ts holds each line equal to JSON.stringify(ocsfDecisionEvent(d)).
import type { DecisionMeta, ReplayedDecision } from '../decision.js';
import { baseName, device, head, metadata, policy } from './events.js';
import { HEC_SOURCETYPE } from './hec.js';

const q = JSON.stringify;

/** A JSON object's text without its closing brace, to append members to. */
const open = (o: Record<string, unknown>): string => q(o).slice(0, -1);

/**
 * A string-keyed cache of JSON fragments. Bounded: keys come from logs (agent names, rules), and
 * a log with unbounded distinct values must not grow it without end; past the bound it starts over.
 */
class Fragments {
  private readonly map = new Map<string, string>();
  constructor(private readonly build: (d: ReplayedDecision) => string) {}
  get(key: string, d: ReplayedDecision): string {
    let s = this.map.get(key);
    if (s === undefined) {
      if (this.map.size >= 4096) this.map.clear();
      s = this.build(d);
      this.map.set(key, s);
    }
    return s;
  }
}

/**
 * The JSON text of strings that repeat from decision to decision (the reason of a cached
 * decision, a session, a user): one map lookup instead of escaping them again. Bounded like
 * Fragments: a log of unbounded distinct values starts it over.
 */
class Quoted {
  private readonly map = new Map<string, string>();
  get(s: string): string {
    let t = this.map.get(s);
    if (t === undefined) {
      if (this.map.size >= 4096) this.map.clear();
      t = q(s);
      this.map.set(s, t);
    }
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

/** The policy member and the start of unmapped, for one rule: reused while every input is equal. */
interface PolicyText {
  d: ReplayedDecision;
  text: string;
}

function samePolicy(a: ReplayedDecision, b: ReplayedDecision): boolean {
  if (a.outcome !== b.outcome || a.verdict !== b.verdict || a.policyVersion !== b.policyVersion) return false;
  const x = a.rule;
  const y = b.rule;
  if (!x || !y) return x === y;
  return x.uid === y.uid && x.effect === y.effect && x.pattern === y.pattern && x.file === y.file && x.line === y.line && x.column === y.column;
}

/** OCSF JSON Lines: the event of each decision on one line (no newline: the caller adds it). */
export function ocsfEventEncoder(meta: DecisionMeta): LineEncoder {
  // `{` + class and outcome members, then time.
  const heads: string[] = [];
  // The metadata object, open when the logged time follows as original_time.
  const metas = new Fragments((d) => (d.timestamp !== undefined ? `,"metadata":${open(metadata(meta, d.log))},"original_time":` : `,"metadata":${q(metadata(meta, d.log))}`));
  const agents = new Fragments((d) => q(d.agent ?? 'unknown agent'));
  const devices = new Fragments((d) => `,"device":${q(device(d))}`);
  // By rule uid ('' for the default), checked against every input before reuse.
  const policies = new Map<string, PolicyText>();
  const policyText = (d: ReplayedDecision): string => {
    const uid = d.rule?.uid ?? '';
    const hit = policies.get(uid);
    if (hit && samePolicy(hit.d, d)) return hit.text;
    if (policies.size >= 4096) policies.clear();
    const text = `,"policy":${q(policy(d))},"unmapped":{"outcome":${q(d.outcome)},"verdict":${q(d.verdict)},"log_line":`;
    policies.set(uid, { d, text });
    return text;
  };
  const reasons = new Quoted();
  const people = new Quoted();
  let lastLog = '';
  let metaTimed = '';
  let metaUntimed = '';
  return (d) => {
    const agent = d.agent;
    if (d.log !== lastLog) {
      lastLog = d.log;
      metaTimed = metas.get(`t${d.log}`, { ...d, timestamp: '' });
      metaUntimed = metas.get(`-${d.log}`, { ...d, timestamp: undefined });
    }
    const hk = headKey(d);
    let s =
      (heads[hk] ??= `${open(head(d))},"time":`) +
      (d.ms ?? meta.now) +
      ',"message":' +
      reasons.get(d.reason) +
      (d.timestamp !== undefined ? metaTimed + q(d.timestamp) + '}' : metaUntimed) +
      actorText(d, agent === undefined ? '"unknown agent"' : agents.get(agent, d), people) +
      policyText(d) +
      d.line;
    if (d.tool !== undefined) s += ',"tool":' + q(d.tool);
    if (d.paths !== undefined) s += ',"paths":' + q(d.paths);
    if (d.bypass !== undefined) s += ',"bypass":' + q(d.bypass);
    if (d.loggedPolicyVersion !== undefined) s += ',"logged_policy_version":' + q(d.loggedPolicyVersion);
    s += '}';
    switch (d.kind) {
      case 'read':
      case 'write':
      case 'delete':
        return s + devices.get(agent === undefined ? '' : `=${agent}`, d) + ',"file":{"name":' + q(baseName(d.subject)) + ',"path":' + q(d.subject) + ',"type_id":1,"type":"Regular File"}}';
      case 'command':
        return s + devices.get(agent === undefined ? '' : `=${agent}`, d) + ',"process":{"cmd_line":' + q(d.subject) + ',"uid":' + q(`${d.log}:${d.line}`) + '}}';
      case 'network':
        if (d.url !== undefined) {
          const host = d.host !== undefined ? q(d.host) : undefined;
          return s + ',"http_request":{"url":{"url_string":' + q(d.url) + (host !== undefined ? ',"hostname":' + host + '}},"dst_endpoint":{"hostname":' + host + '}}' : '}}}');
        }
        return s + ',"dst_endpoint":{"hostname":' + q(d.host ?? d.subject) + '}}';
      case 'tool':
        return s + ',"api":{"operation":' + q(d.subject) + '},"src_endpoint":{"name":' + (agent === undefined ? '"unknown agent"' : agents.get(agent, d)) + '}}';
    }
  };
}

/** events.ts's actor(): the agent, then its session and user when the log names them. */
function actorText(d: ReplayedDecision, agentJson: string, quoted: Quoted): string {
  let s = ',"actor":{"app_name":' + agentJson;
  if (d.session !== undefined) s += ',"session":{"uid":' + quoted.get(d.session) + '}';
  if (d.user !== undefined) s += ',"user":{"name":' + quoted.get(d.user) + '}';
  return s + '}';
}

/** Splunk HEC: each OCSF event in its envelope (hec.ts's hecEnvelope, written as text). */
export function hecEventEncoder(meta: DecisionMeta): LineEncoder {
  const event = ocsfEventEncoder(meta);
  const host = q(meta.host);
  const sources = new Map<string, string>();
  return (d) => {
    let source = sources.get(d.log);
    if (source === undefined) sources.set(d.log, (source = `,"host":${host},"source":${q(d.log)},"sourcetype":${q(HEC_SOURCETYPE)},"event":`));
    return '{"time":' + (d.ms ?? meta.now) / 1000 + source + event(d) + '}';
  };
}
