var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  decideAgentCommit: () => decideAgentCommit
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_IIAB5Q3D = require("./chunk-IIAB5Q3D.js");
var import_chunk_TQBEFRU3 = require("./chunk-TQBEFRU3.js");
var import_chunk_VFYKPGBC = require("./chunk-VFYKPGBC.js");
var import_chunk_QKUC6GCX = require("./chunk-QKUC6GCX.js");
var import_chunk_L6LHJPLK = require("./chunk-L6LHJPLK.js");
var import_chunk_75HOI2O4 = require("./chunk-75HOI2O4.js");
var import_chunk_HZVDRH6M = require("./chunk-HZVDRH6M.js");
var import_chunk_6TQU3MSI = require("./chunk-6TQU3MSI.js");
var import_chunk_65XJQ7OF = require("./chunk-65XJQ7OF.js");
var import_chunk_AWYVE2O7 = require("./chunk-AWYVE2O7.js");
var import_chunk_2CSPOQSB = require("./chunk-2CSPOQSB.js");
var import_chunk_MOTYY5BU = require("./chunk-MOTYY5BU.js");
var import_node_path = require("node:path");
var import_node_path2 = require("node:path");
function actingAgent(root, detected) {
  return detected !== void 0 && root.agents.some((a) => a.id === detected) ? detected : root.agentId;
}
function policyPath(policyRoot, absolutePath) {
  let rel = (0, import_node_path2.relative)(policyRoot, absolutePath);
  return rel === "" || rel.startsWith("..") || (0, import_node_path2.isAbsolute)(rel) ? absolutePath : rel.split(import_node_path2.sep).join("/");
}
async function decideAgentCommit(entries, sets, agent, top, bypasses, now) {
  let { compilePolicy, decide } = await Promise.resolve().then(() => __toESM(require("./files-72ABMRCA.js"))), compiled = (0, import_chunk_L6LHJPLK.withCaseClasses)((0, import_chunk_HZVDRH6M.cacheDirOf)(top), () => sets.map((s) => ({ ...s, compiled: compilePolicy(s.set, { lists: s.lists }) }))), timestamp = new Date(now).toISOString(), blocked = [], findings = [], links = await linkTargets(top, entries);
  for (let e of entries) {
    let op = e.status === "D" ? "delete" : "write", target = op === "write" ? links.get(e.path) : void 0, paths = [(0, import_chunk_TQBEFRU3.absIn)(top, e.path), ...target ? [target.abs] : []], judged = compiled.flatMap(
      (c2) => paths.map((abs, k) => {
        let subject = policyPath(c2.set.root.root, abs), action = { kind: "filesystem", op, paths: [subject], agentId: actingAgent(c2.set.root, agent), timestamp, cwd: c2.set.root.root };
        return { ...c2, subject, viaLink: k > 0, decision: decide(action, c2.compiled) };
      })
    );
    if (judged.length === 0) continue;
    let d = (0, import_chunk_AWYVE2O7.strictestDecision)(judged.map((j) => j.decision));
    if (d.outcome === "allow") continue;
    let c = judged.find((j) => j.decision === d), reason = d.subjects.find((x) => x.outcome === d.outcome)?.reason ?? d.reason, why = c.viaLink && target ? `it is a symbolic link to ${JSON.stringify(target.written)} (${c.subject}): ${reason}` : reason, kind = d.outcome === "needs-approval" ? "approval" : "denied", bypass = (0, import_chunk_IIAB5Q3D.bypassCover)(bypasses, agent, now, d.subjects.filter((x) => !x.allowed)).covering?.[0], rule = (0, import_chunk_AWYVE2O7.decisiveRule)(d), origin = rule?.origin;
    if (bypass) {
      findings.push({
        ruleId: "staged-agent-bypassed",
        severity: "info",
        message: `agent "${agent}" may ${op} this file only under bypass ${bypass.id} (until ${new Date(bypass.end).toISOString()}); without it: ${why}`,
        file: (0, import_chunk_TQBEFRU3.absIn)(top, e.path),
        line: 0,
        column: 0,
        related: [{ file: bypass.file, line: 1, column: 1, message: `bypass ${bypass.id}` }],
        data: { path: e.path, op, bypass: bypass.id, agent }
      });
      continue;
    }
    let b = {
      path: e.path,
      policyPath: c.subject,
      op,
      kind,
      reason: why,
      rule: origin && rule ? { pattern: rule.pattern, file: origin.file, line: origin.line, column: origin.column } : void 0
    };
    blocked.push(b);
    let by = b.rule ? ` by "${b.rule.pattern}"` : "";
    findings.push({
      ruleId: kind === "approval" ? "staged-agent-approval-required" : "staged-agent-write-denied",
      severity: "error",
      message: kind === "approval" ? `agent "${agent}" may ${op} this file only with a human approval${by}, and a commit carries none${c.label ? ` (${c.label})` : ""}` : `agent "${agent}" may not ${op} this file: ${why}${c.label ? ` (${c.label})` : ""}`,
      hint: kind === "approval" ? "Have a person make this commit, or record a bypass for it." : "Leave it out of the commit, record a bypass, or change the policy in a reviewed pull request.",
      file: (0, import_chunk_TQBEFRU3.absIn)(top, e.path),
      line: 0,
      column: 0,
      related: origin ? [{ file: origin.file, line: origin.line, column: origin.column, message: `${rule.effect} "${rule.pattern}"` }] : void 0,
      data: { path: e.path, op, agent, policy: c.label || "staged" }
    });
  }
  for (let s of sets) s.lists?.save();
  return { blocked, findings };
}
async function linkTargets(top, entries) {
  let links = entries.filter((e) => e.indexMode === "120000" && e.indexOid && e.status !== "D"), out = /* @__PURE__ */ new Map();
  if (links.length === 0) return out;
  let blobs = await (0, import_chunk_TQBEFRU3.readBlobs)(top, links.map((e) => e.indexOid));
  for (let e of links) {
    let blob = blobs.get(e.indexOid);
    if (!blob) continue;
    let written = blob.toString("utf8"), abs = import_node_path.posix.resolve(import_node_path.posix.dirname((0, import_chunk_TQBEFRU3.absIn)(top, e.path).split("\\").join("/")), written);
    out.set(e.path, { written, abs });
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  decideAgentCommit
});
