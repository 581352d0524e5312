import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  HEC_SOURCETYPE
} from "./chunk-OORO32T2.js";
import {
  baseName,
  head,
  metadata,
  policy
} from "./chunk-V6QRIEBS.js";
import "./chunk-F2VQ6EFB.js";

// src/report/ocsf/line.ts
var q = JSON.stringify, open = (o) => q(o).slice(0, -1), Quoted = class {
  /** prefix: JSON text written before each string (a member's name). */
  constructor(prefix = "") {
    this.prefix = prefix;
  }
  prefix;
  map = /* @__PURE__ */ new Map();
  lastKey;
  lastText = "";
  get(s) {
    if (s === this.lastKey) return this.lastText;
    let t = this.map.get(s);
    return t === void 0 && (this.map.size >= 4096 && this.map.clear(), t = this.prefix + q(s), this.map.set(s, t)), this.lastKey = s, this.lastText = t, t;
  }
}, KINDS = { read: 0, write: 1, delete: 2, command: 3, network: 4, tool: 5 }, VERDICTS = { allow: 0, deny: 1, approval: 2, bypass: 3 }, OUTCOMES = { allow: 0, deny: 1, "needs-approval": 2 };
function headKey(d) {
  return ((((KINDS[d.kind] * 2 + (d.url !== void 0 ? 1 : 0)) * 4 + VERDICTS[d.verdict]) * 3 + OUTCOMES[d.outcome]) * 2 + (d.approved ? 1 : 0)) * 2 + (d.blocked ? 1 : 0);
}
function policyText(d) {
  return `},"policy":${q(policy(d))},"unmapped":{"outcome":${q(d.outcome)},"verdict":${q(d.verdict)},"log_line":`;
}
var Policies = class {
  map = /* @__PURE__ */ new Map();
  last;
  get(d) {
    let last = this.last;
    if (last !== void 0 && samePolicy(last.d, d)) return last.text;
    let uid = d.rule?.uid ?? "", hit = this.map.get(uid);
    if (hit && samePolicy(hit.d, d)) return (this.last = hit).text;
    this.map.size >= 4096 && this.map.clear();
    let made = { d, text: policyText(d) };
    return this.map.set(uid, made), (this.last = made).text;
  }
};
function samePolicy(a, b) {
  if (a.outcome !== b.outcome || a.verdict !== b.verdict || a.policyVersion !== b.policyVersion) return !1;
  let x = a.rule, y = b.rule;
  return x === y ? !0 : !x || !y ? !1 : x.uid === y.uid && x.effect === y.effect && x.pattern === y.pattern && x.file === y.file && x.line === y.line && x.column === y.column;
}
function subjectText(d) {
  switch (d.kind) {
    case "read":
    case "write":
    case "delete":
      return ',"file":{"name":' + q(baseName(d.subject)) + ',"path":' + q(d.subject) + ',"type_id":1,"type":"Regular File"}}';
    case "command":
      return ',"process":{"cmd_line":' + q(d.subject) + ',"uid":';
    default:
      return ',"api":{"operation":' + q(d.subject) + "}";
  }
}
function ocsfEventEncoder(meta, end = "") {
  let heads = [], messages = new Quoted(',"message":'), agents = new Quoted(), policies = new Policies(), lastLog, metaTimed = "", metaUntimed = "", uidHead = "", lastMs = NaN, msText = "", lastAgent = null, agentJson = "", deviceJson = "", actorJson = "", lastSession, sessionJson = "", lastUser, userJson = "";
  return (d) => {
    let log = d.log;
    log !== lastLog && (lastLog = log, metaTimed = `,"metadata":${open(metadata(meta, log))},"original_time":`, metaUntimed = `,"metadata":${q(metadata(meta, log))}`, uidHead = q(`${log}:`).slice(0, -1));
    let ms = d.ms ?? meta.now;
    ms !== lastMs && (lastMs = ms, msText = String(ms));
    let agent = d.agent;
    agent !== lastAgent && (lastAgent = agent, agentJson = agent === void 0 ? '"unknown agent"' : agents.get(agent), deviceJson = '},"device":{"type_id":0,"type":"Unknown","name":' + agentJson + "}", actorJson = '},"actor":{"app_name":' + agentJson);
    let message = messages.get(d.reason), pol = policies.get(d), s = (heads[headKey(d)] ??= `${open(head(d))},"time":`) + msText + message;
    d.timestamp !== void 0 ? s += metaTimed + q(d.timestamp) + actorJson : s += metaUntimed + ',"actor":{"app_name":' + agentJson;
    let session = d.session;
    session !== void 0 && (session !== lastSession && (lastSession = session, sessionJson = ',"session":{"uid":' + q(session) + "}"), s += sessionJson);
    let user = d.user;
    switch (user !== void 0 ? (user !== lastUser && (lastUser = user, userJson = ',"user":{"name":' + q(user) + "}"), s += userJson + pol + d.line) : s += pol + d.line, d.tool !== void 0 && (s += ',"tool":' + q(d.tool)), d.paths !== void 0 && (s += ',"paths":' + q(d.paths)), d.bypass !== void 0 && (s += ',"bypass":' + q(d.bypass)), d.loggedPolicyVersion !== void 0 && (s += ',"logged_policy_version":' + q(d.loggedPolicyVersion)), d.kind) {
      case "read":
      case "write":
      case "delete":
        return s + deviceJson + subjectText(d) + end;
      case "command":
        return s + deviceJson + subjectText(d) + uidHead + d.line + '"}}' + end;
      case "network":
        if (d.url !== void 0) {
          let host = d.host !== void 0 ? q(d.host) : void 0;
          return s + '},"http_request":{"url":{"url_string":' + q(d.url) + (host !== void 0 ? ',"hostname":' + host + '}},"dst_endpoint":{"hostname":' + host + "}}" : "}}}") + end;
        }
        return s + '},"dst_endpoint":{"hostname":' + q(d.host ?? d.subject) + "}}" + end;
      case "tool":
        return s + "}" + subjectText(d) + ',"src_endpoint":{"name":' + agentJson + "}}" + end;
    }
  };
}
function hecEventEncoder(meta, end = "") {
  let event = ocsfEventEncoder(meta, "}" + end), host = q(meta.host), lastLog, source = "", lastMs = NaN, secs = "";
  return (d) => {
    d.log !== lastLog && (lastLog = d.log, source = `,"host":${host},"source":${q(d.log)},"sourcetype":${q(HEC_SOURCETYPE)},"event":`);
    let ms = d.ms ?? meta.now;
    return ms !== lastMs && (lastMs = ms, secs = '{"time":' + ms / 1e3), secs + source + event(d);
  };
}
export {
  hecEventEncoder,
  ocsfEventEncoder
};
