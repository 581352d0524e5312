// The streaming encoder of --format ocsf and splunk-hec: one JSON line per replayed decision,
// a million of them per large log. The mapping is events.ts's; this writes what repeats (the
// class and outcome, the metadata, the deciding rule, the agent) once, as UTF-8 bytes of JSON
// text built by events.ts's own functions, and per decision only what varies (time, subject,
// line, session), straight into the output's bytes (src/replay/byte-lines.ts): no string is
// built per event. The replay shares one rule reference per written rule
// (src/replay/decision-record.ts), so that the policy text is found by the rule's identity;
// every cached text is checked before reuse. test/report/ocsf-line.test.ts holds each line equal
// to JSON.stringify(ocsfDecisionEvent(d)).
import type { DecisionEncoder, DecisionMeta, ReplayedDecision } from '../decision.js';
import { baseName, head, metadata, policy } from './events.js';
import { HEC_SOURCETYPE } from './hec.js';

const q = JSON.stringify;
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/** A JSON object's text without its closing brace, to append members to. */
const open = (o: Record<string, unknown>): string => q(o).slice(0, -1);

/**
 * The bytes of JSON text made from strings that repeat from decision to decision (a reason; an
 * agent; a rule on a line with secrets, which has no Decided): one map lookup instead of
 * escaping and encoding them again. Bounded: keys come from logs, and a log with unbounded
 * distinct values must not grow it without end; past the bound it starts over.
 */
class Texts {
  private readonly map = new Map<string, Uint8Array>();
  private lastKey?: string;
  private lastBytes: Uint8Array = new Uint8Array(0);
  constructor(private readonly make: (s: string) => string) {}
  get(s: string): Uint8Array {
    // Consecutive decisions often share their reason (the same string, from the decider's cache).
    if (s === this.lastKey) return this.lastBytes;
    let b = this.map.get(s);
    if (b === undefined) {
      if (this.map.size >= 4096) this.map.clear();
      b = utf8(this.make(s));
      this.map.set(s, b);
    }
    this.lastKey = s;
    this.lastBytes = b;
    return b;
  }
}

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

/** The policy bytes of records, by rule uid ('' for the default), checked before reuse. */
class Policies {
  private readonly map = new Map<string, { d: ReplayedDecision; bytes: Uint8Array }>();
  private last?: { d: ReplayedDecision; bytes: Uint8Array };
  get(d: ReplayedDecision): Uint8Array {
    const last = this.last;
    if (last !== undefined && samePolicy(last.d, d)) return last.bytes;
    const uid = d.rule?.uid ?? '';
    const hit = this.map.get(uid);
    if (hit && samePolicy(hit.d, d)) return (this.last = hit).bytes;
    if (this.map.size >= 4096) this.map.clear();
    const made = { d, bytes: utf8(policyText(d)) };
    this.map.set(uid, made);
    return (this.last = made).bytes;
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

// The constant pieces between what varies, as bytes.
const B = {
  originalTime: utf8(',"original_time":'),
  actorUntimed: utf8(',"actor":{"app_name":'),
  session: utf8(',"session":{"uid":'),
  user: utf8(',"user":{"name":'),
  close: utf8('}'),
  tool: utf8(',"tool":'),
  paths: utf8(',"paths":'),
  bypass: utf8(',"bypass":'),
  loggedVersion: utf8(',"logged_policy_version":'),
  fileName: utf8(',"file":{"name":'),
  filePath: utf8(',"path":'),
  fileEnd: utf8(',"type_id":1,"type":"Regular File"}}'),
  cmdLine: utf8(',"process":{"cmd_line":'),
  uid: utf8(',"uid":'),
  uidEnd: utf8('"}}'),
  url: utf8('},"http_request":{"url":{"url_string":'),
  urlHost: utf8(',"hostname":'),
  urlHostEnd: utf8('}},"dst_endpoint":{"hostname":'),
  urlEnd: utf8('}}}'),
  endpoint: utf8('},"dst_endpoint":{"hostname":'),
  endpointEnd: utf8('}}'),
  api: utf8('},"api":{"operation":'),
  srcEndpoint: utf8('},"src_endpoint":{"name":'),
};

/** An agent's name as JSON, and the members that name it. */
interface AgentBytes {
  name: Uint8Array;
  /** events.ts's device(), after the end of unmapped. */
  device: Uint8Array;
  /** The end of metadata's original_time and the actor's start. */
  actor: Uint8Array;
}

function agentBytes(agent: string | undefined): AgentBytes {
  const json = q(agent ?? 'unknown agent');
  return { name: utf8(json), device: utf8('},"device":{"type_id":0,"type":"Unknown","name":' + json + '}'), actor: utf8('},"actor":{"app_name":' + json) };
}

/**
 * OCSF JSON Lines: the event of each decision on one line, followed by `end` (the streamed report
 * passes a newline; tests compare the bare event).
 */
export function ocsfEventWriter(meta: DecisionMeta, end = ''): DecisionEncoder {
  const endBytes = utf8(end);
  // `{` + class and outcome members, then time.
  const heads: Uint8Array[] = [];
  const messages = new Texts((s) => ',"message":' + q(s));
  // Per agent: its name, the device (after the end of unmapped), the end of original_time and the actor's start.
  const agents = new Map<string | undefined, AgentBytes>();
  const policies = new Policies();
  // Per log: the metadata (open when the logged time follows as original_time), and the start of
  // a process uid (the log's name and a colon, as JSON text without its closing quote).
  let lastLog: string | undefined;
  let metaTimed: Uint8Array = endBytes;
  let metaUntimed: Uint8Array = endBytes;
  let uidHead: Uint8Array = endBytes;
  let lastAgent: string | undefined | null = null;
  let a: AgentBytes = agentBytes(undefined);
  // The last user written, and its bytes: consecutive lines repeat it.
  let lastUser: string | undefined;
  let userJson: Uint8Array = endBytes;
  return (d, out) => {
    const log = d.log;
    if (log !== lastLog) {
      lastLog = log;
      metaTimed = utf8(`,"metadata":${open(metadata(meta, log))}`);
      metaUntimed = utf8(`,"metadata":${q(metadata(meta, log))}`);
      uidHead = utf8(q(`${log}:`).slice(0, -1));
    }
    const agent = d.agent;
    if (agent !== lastAgent) {
      lastAgent = agent;
      let made = agents.get(agent);
      if (made === undefined) {
        // Bounded: agent names come from logs.
        if (agents.size >= 4096) agents.clear();
        agents.set(agent, (made = agentBytes(agent)));
      }
      a = made;
    }
    out.raw((heads[headKey(d)] ??= utf8(`${open(head(d))},"time":`)));
    out.num(d.ms ?? meta.now);
    out.raw(messages.get(d.reason));
    if (d.timestamp !== undefined) {
      out.raw(metaTimed);
      out.raw(B.originalTime);
      out.quoted(d.timestamp);
      out.raw(a.actor);
    } else {
      out.raw(metaUntimed);
      out.raw(B.actorUntimed);
      out.raw(a.name);
    }
    const session = d.session;
    if (session !== undefined) {
      out.raw(B.session);
      out.quoted(session);
      out.raw(B.close);
    }
    const user = d.user;
    if (user !== undefined) {
      if (user !== lastUser) {
        lastUser = user;
        userJson = utf8(',"user":{"name":' + q(user) + '}');
      }
      out.raw(userJson);
    }
    out.raw(policies.get(d));
    out.num(d.line);
    if (d.tool !== undefined) {
      out.raw(B.tool);
      out.quoted(d.tool);
    }
    if (d.paths !== undefined) {
      out.raw(B.paths);
      out.text(q(d.paths));
    }
    if (d.bypass !== undefined) {
      out.raw(B.bypass);
      out.text(q(d.bypass));
    }
    if (d.loggedPolicyVersion !== undefined) {
      out.raw(B.loggedVersion);
      out.quoted(d.loggedPolicyVersion);
    }
    switch (d.kind) {
      case 'read':
      case 'write':
      case 'delete':
        out.raw(a.device);
        out.raw(B.fileName);
        out.quoted(baseName(d.subject));
        out.raw(B.filePath);
        out.quoted(d.subject);
        out.raw(B.fileEnd);
        break;
      case 'command':
        out.raw(a.device);
        out.raw(B.cmdLine);
        out.quoted(d.subject);
        out.raw(B.uid);
        out.raw(uidHead);
        out.num(d.line);
        out.raw(B.uidEnd);
        break;
      case 'network':
        if (d.url !== undefined) {
          out.raw(B.url);
          out.quoted(d.url);
          if (d.host !== undefined) {
            out.raw(B.urlHost);
            out.quoted(d.host);
            out.raw(B.urlHostEnd);
            out.quoted(d.host);
            out.raw(B.endpointEnd);
          } else out.raw(B.urlEnd);
        } else {
          out.raw(B.endpoint);
          out.quoted(d.host ?? d.subject);
          out.raw(B.endpointEnd);
        }
        break;
      case 'tool':
        out.raw(B.api);
        out.quoted(d.subject);
        out.raw(B.srcEndpoint);
        out.raw(a.name);
        out.raw(B.endpointEnd);
        break;
    }
    out.raw(endBytes);
  };
}

/** Splunk HEC: each OCSF event in its envelope (hec.ts's hecEnvelope, written as bytes), then `end`. */
export function hecEventWriter(meta: DecisionMeta, end = ''): DecisionEncoder {
  const event = ocsfEventWriter(meta, '}' + end);
  const host = q(meta.host);
  const time = utf8('{"time":');
  let lastLog: string | undefined;
  let source: Uint8Array = time;
  return (d, out) => {
    if (d.log !== lastLog) {
      lastLog = d.log;
      source = utf8(`,"host":${host},"source":${q(d.log)},"sourcetype":${q(HEC_SOURCETYPE)},"event":`);
    }
    out.raw(time);
    // HEC's time is epoch seconds (a decimal for milliseconds).
    out.num((d.ms ?? meta.now) / 1000);
    out.raw(source);
    event(d, out);
  };
}
