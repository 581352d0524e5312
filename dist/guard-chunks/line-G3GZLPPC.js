var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  hecEventEncoder: () => hecEventEncoder,
  ocsfEventEncoder: () => ocsfEventEncoder
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_RTZYPPWE = require("./chunk-RTZYPPWE.js");
var import_chunk_62P4Y4DY = require("./chunk-62P4Y4DY.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var q = JSON.stringify, open = (o) => q(o).slice(0, -1), Fragments = class {
  constructor(build) {
    this.build = build;
  }
  build;
  map = /* @__PURE__ */ new Map();
  get(key, d) {
    let s = this.map.get(key);
    return s === void 0 && (this.map.size >= 4096 && this.map.clear(), s = this.build(d), this.map.set(key, s)), s;
  }
}, Quoted = class {
  map = /* @__PURE__ */ new Map();
  get(s) {
    let t = this.map.get(s);
    return t === void 0 && (this.map.size >= 4096 && this.map.clear(), t = q(s), this.map.set(s, t)), t;
  }
}, KINDS = { read: 0, write: 1, delete: 2, command: 3, network: 4, tool: 5 }, VERDICTS = { allow: 0, deny: 1, approval: 2, bypass: 3 }, OUTCOMES = { allow: 0, deny: 1, "needs-approval": 2 };
function headKey(d) {
  return ((((KINDS[d.kind] * 2 + (d.url !== void 0 ? 1 : 0)) * 4 + VERDICTS[d.verdict]) * 3 + OUTCOMES[d.outcome]) * 2 + (d.approved ? 1 : 0)) * 2 + (d.blocked ? 1 : 0);
}
function samePolicy(a, b) {
  if (a.outcome !== b.outcome || a.verdict !== b.verdict || a.policyVersion !== b.policyVersion) return false;
  let x = a.rule, y = b.rule;
  return !x || !y ? x === y : x.uid === y.uid && x.effect === y.effect && x.pattern === y.pattern && x.file === y.file && x.line === y.line && x.column === y.column;
}
function ocsfEventEncoder(meta) {
  let heads = [], metas = new Fragments((d) => d.timestamp !== void 0 ? `,"metadata":${open((0, import_chunk_62P4Y4DY.metadata)(meta, d.log))},"original_time":` : `,"metadata":${q((0, import_chunk_62P4Y4DY.metadata)(meta, d.log))}`), agents = new Fragments((d) => q(d.agent ?? "unknown agent")), devices = new Fragments((d) => `,"device":${q((0, import_chunk_62P4Y4DY.device)(d))}`), policies = /* @__PURE__ */ new Map(), policyText = (d) => {
    let uid = d.rule?.uid ?? "", hit = policies.get(uid);
    if (hit && samePolicy(hit.d, d)) return hit.text;
    policies.size >= 4096 && policies.clear();
    let text = `,"policy":${q((0, import_chunk_62P4Y4DY.policy)(d))},"unmapped":{"outcome":${q(d.outcome)},"verdict":${q(d.verdict)},"log_line":`;
    return policies.set(uid, { d, text }), text;
  }, reasons = new Quoted(), people = new Quoted(), lastLog = "", metaTimed = "", metaUntimed = "";
  return (d) => {
    let agent = d.agent;
    d.log !== lastLog && (lastLog = d.log, metaTimed = metas.get(`t${d.log}`, { ...d, timestamp: "" }), metaUntimed = metas.get(`-${d.log}`, { ...d, timestamp: void 0 }));
    let hk = headKey(d), s = (heads[hk] ??= `${open((0, import_chunk_62P4Y4DY.head)(d))},"time":`) + (d.ms ?? meta.now) + ',"message":' + reasons.get(d.reason) + (d.timestamp !== void 0 ? metaTimed + q(d.timestamp) + "}" : metaUntimed) + actorText(d, agent === void 0 ? '"unknown agent"' : agents.get(agent, d), people) + policyText(d) + d.line;
    switch (d.tool !== void 0 && (s += ',"tool":' + q(d.tool)), d.paths !== void 0 && (s += ',"paths":' + q(d.paths)), d.bypass !== void 0 && (s += ',"bypass":' + q(d.bypass)), d.loggedPolicyVersion !== void 0 && (s += ',"logged_policy_version":' + q(d.loggedPolicyVersion)), s += "}", d.kind) {
      case "read":
      case "write":
      case "delete":
        return s + devices.get(agent === void 0 ? "" : `=${agent}`, d) + ',"file":{"name":' + q((0, import_chunk_62P4Y4DY.baseName)(d.subject)) + ',"path":' + q(d.subject) + ',"type_id":1,"type":"Regular File"}}';
      case "command":
        return s + devices.get(agent === void 0 ? "" : `=${agent}`, d) + ',"process":{"cmd_line":' + q(d.subject) + ',"uid":' + q(`${d.log}:${d.line}`) + "}}";
      case "network":
        if (d.url !== void 0) {
          let host = d.host !== void 0 ? q(d.host) : void 0;
          return s + ',"http_request":{"url":{"url_string":' + q(d.url) + (host !== void 0 ? ',"hostname":' + host + '}},"dst_endpoint":{"hostname":' + host + "}}" : "}}}");
        }
        return s + ',"dst_endpoint":{"hostname":' + q(d.host ?? d.subject) + "}}";
      case "tool":
        return s + ',"api":{"operation":' + q(d.subject) + '},"src_endpoint":{"name":' + (agent === void 0 ? '"unknown agent"' : agents.get(agent, d)) + "}}";
    }
  };
}
function actorText(d, agentJson, quoted) {
  let s = ',"actor":{"app_name":' + agentJson;
  return d.session !== void 0 && (s += ',"session":{"uid":' + quoted.get(d.session) + "}"), d.user !== void 0 && (s += ',"user":{"name":' + quoted.get(d.user) + "}"), s + "}";
}
function hecEventEncoder(meta) {
  let event = ocsfEventEncoder(meta), host = q(meta.host), sources = /* @__PURE__ */ new Map();
  return (d) => {
    let source = sources.get(d.log);
    return source === void 0 && sources.set(d.log, source = `,"host":${host},"source":${q(d.log)},"sourcetype":${q(import_chunk_RTZYPPWE.HEC_SOURCETYPE)},"event":`), '{"time":' + (d.ms ?? meta.now) / 1e3 + source + event(d) + "}";
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  hecEventEncoder,
  ocsfEventEncoder
});
