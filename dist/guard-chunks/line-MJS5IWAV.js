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
  hecEventWriter: () => hecEventWriter,
  ocsfEventWriter: () => ocsfEventWriter
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_RTZYPPWE = require("./chunk-RTZYPPWE.js");
var import_chunk_OR5VVEKZ = require("./chunk-OR5VVEKZ.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var q = JSON.stringify, utf8 = (s) => Buffer.from(s, "utf8"), open = (o) => q(o).slice(0, -1), Texts = class {
  constructor(make) {
    this.make = make;
  }
  make;
  map = /* @__PURE__ */ new Map();
  lastKey;
  lastBytes = new Uint8Array(0);
  get(s) {
    if (s === this.lastKey) return this.lastBytes;
    let b = this.map.get(s);
    return b === void 0 && (this.map.size >= 4096 && this.map.clear(), b = utf8(this.make(s)), this.map.set(s, b)), this.lastKey = s, this.lastBytes = b, b;
  }
}, KINDS = { read: 0, write: 1, delete: 2, command: 3, network: 4, tool: 5 }, VERDICTS = { allow: 0, deny: 1, approval: 2, bypass: 3 }, OUTCOMES = { allow: 0, deny: 1, "needs-approval": 2 };
function headKey(d) {
  return ((((KINDS[d.kind] * 2 + (d.url !== void 0 ? 1 : 0)) * 4 + VERDICTS[d.verdict]) * 3 + OUTCOMES[d.outcome]) * 2 + (d.approved ? 1 : 0)) * 2 + (d.blocked ? 1 : 0);
}
function policyText(d) {
  return `},"policy":${q((0, import_chunk_OR5VVEKZ.policy)(d))},"unmapped":{"outcome":${q(d.outcome)},"verdict":${q(d.verdict)},"log_line":`;
}
var Policies = class {
  map = /* @__PURE__ */ new Map();
  last;
  get(d) {
    let last = this.last;
    if (last !== void 0 && samePolicy(last.d, d)) return last.bytes;
    let uid = d.rule?.uid ?? "", hit = this.map.get(uid);
    if (hit && samePolicy(hit.d, d)) return (this.last = hit).bytes;
    this.map.size >= 4096 && this.map.clear();
    let made = { d, bytes: utf8(policyText(d)) };
    return this.map.set(uid, made), (this.last = made).bytes;
  }
};
function samePolicy(a, b) {
  if (a.outcome !== b.outcome || a.verdict !== b.verdict || a.policyVersion !== b.policyVersion) return false;
  let x = a.rule, y = b.rule;
  return x === y ? true : !x || !y ? false : x.uid === y.uid && x.effect === y.effect && x.pattern === y.pattern && x.file === y.file && x.line === y.line && x.column === y.column;
}
var B = {
  originalTime: utf8(',"original_time":'),
  actorUntimed: utf8(',"actor":{"app_name":'),
  session: utf8(',"session":{"uid":'),
  user: utf8(',"user":{"name":'),
  close: utf8("}"),
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
  urlEnd: utf8("}}}"),
  endpoint: utf8('},"dst_endpoint":{"hostname":'),
  endpointEnd: utf8("}}"),
  api: utf8('},"api":{"operation":'),
  srcEndpoint: utf8('},"src_endpoint":{"name":')
};
function agentBytes(agent) {
  let json = q(agent ?? "unknown agent");
  return { name: utf8(json), device: utf8('},"device":{"type_id":0,"type":"Unknown","name":' + json + "}"), actor: utf8('},"actor":{"app_name":' + json) };
}
function ocsfEventWriter(meta, end = "") {
  let endBytes = utf8(end), heads = [], messages = new Texts((s) => ',"message":' + q(s)), agents = /* @__PURE__ */ new Map(), policies = new Policies(), lastLog, metaTimed = endBytes, metaUntimed = endBytes, uidHead = endBytes, lastAgent = null, a = agentBytes(void 0), lastUser, userJson = endBytes;
  return (d, out) => {
    let log = d.log;
    log !== lastLog && (lastLog = log, metaTimed = utf8(`,"metadata":${open((0, import_chunk_OR5VVEKZ.metadata)(meta, log))}`), metaUntimed = utf8(`,"metadata":${q((0, import_chunk_OR5VVEKZ.metadata)(meta, log))}`), uidHead = utf8(q(`${log}:`).slice(0, -1)));
    let agent = d.agent;
    if (agent !== lastAgent) {
      lastAgent = agent;
      let made = agents.get(agent);
      made === void 0 && (agents.size >= 4096 && agents.clear(), agents.set(agent, made = agentBytes(agent))), a = made;
    }
    out.raw(heads[headKey(d)] ??= utf8(`${open((0, import_chunk_OR5VVEKZ.head)(d))},"time":`)), out.num(d.ms ?? meta.now), out.raw(messages.get(d.reason)), d.timestamp !== void 0 ? (out.raw(metaTimed), out.raw(B.originalTime), out.quoted(d.timestamp), out.raw(a.actor)) : (out.raw(metaUntimed), out.raw(B.actorUntimed), out.raw(a.name));
    let session = d.session;
    session !== void 0 && (out.raw(B.session), out.quoted(session), out.raw(B.close));
    let user = d.user;
    switch (user !== void 0 && (user !== lastUser && (lastUser = user, userJson = utf8(',"user":{"name":' + q(user) + "}")), out.raw(userJson)), out.raw(policies.get(d)), out.num(d.line), d.tool !== void 0 && (out.raw(B.tool), out.quoted(d.tool)), d.paths !== void 0 && (out.raw(B.paths), out.text(q(d.paths))), d.bypass !== void 0 && (out.raw(B.bypass), out.text(q(d.bypass))), d.loggedPolicyVersion !== void 0 && (out.raw(B.loggedVersion), out.quoted(d.loggedPolicyVersion)), d.kind) {
      case "read":
      case "write":
      case "delete":
        out.raw(a.device), out.raw(B.fileName), out.quoted((0, import_chunk_OR5VVEKZ.baseName)(d.subject)), out.raw(B.filePath), out.quoted(d.subject), out.raw(B.fileEnd);
        break;
      case "command":
        out.raw(a.device), out.raw(B.cmdLine), out.quoted(d.subject), out.raw(B.uid), out.raw(uidHead), out.num(d.line), out.raw(B.uidEnd);
        break;
      case "network":
        d.url !== void 0 ? (out.raw(B.url), out.quoted(d.url), d.host !== void 0 ? (out.raw(B.urlHost), out.quoted(d.host), out.raw(B.urlHostEnd), out.quoted(d.host), out.raw(B.endpointEnd)) : out.raw(B.urlEnd)) : (out.raw(B.endpoint), out.quoted(d.host ?? d.subject), out.raw(B.endpointEnd));
        break;
      case "tool":
        out.raw(B.api), out.quoted(d.subject), out.raw(B.srcEndpoint), out.raw(a.name), out.raw(B.endpointEnd);
        break;
    }
    out.raw(endBytes);
  };
}
function hecEventWriter(meta, end = "") {
  let event = ocsfEventWriter(meta, "}" + end), host = q(meta.host), time = utf8('{"time":'), lastLog, source = time;
  return (d, out) => {
    d.log !== lastLog && (lastLog = d.log, source = utf8(`,"host":${host},"source":${q(d.log)},"sourcetype":${q(import_chunk_RTZYPPWE.HEC_SOURCETYPE)},"event":`)), out.raw(time), out.num((d.ms ?? meta.now) / 1e3), out.raw(source), event(d, out);
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  hecEventWriter,
  ocsfEventWriter
});
