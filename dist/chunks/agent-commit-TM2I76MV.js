import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  bypassCover
} from "./chunk-YZPYGUYT.js";
import {
  absIn,
  readBlobs
} from "./chunk-IB7OEQJJ.js";
import "./chunk-UKSESNFL.js";
import {
  withCaseClasses
} from "./chunk-TWDH5Z5K.js";
import {
  cacheDirOf
} from "./chunk-UI64SEVC.js";
import {
  actingAgent,
  policyPath
} from "./chunk-6MXBARAW.js";
import "./chunk-TBDWGYFU.js";
import "./chunk-PCFHNYAU.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import {
  decisiveRule,
  strictestDecision
} from "./chunk-LQCPPXLP.js";
import "./chunk-FMQ4FTVJ.js";
import "./chunk-F2VQ6EFB.js";

// src/hooks/agent-commit.ts
import { posix } from "node:path";
async function decideAgentCommit(entries, sets, agent, top, bypasses, now) {
  let { compilePolicy, decide } = await import("./files-DIKEB4X6.js"), compiled = withCaseClasses(cacheDirOf(top), () => sets.map((s) => ({ ...s, compiled: compilePolicy(s.set, { lists: s.lists }) }))), timestamp = new Date(now).toISOString(), blocked = [], findings = [], links = await linkTargets(top, entries);
  for (let e of entries) {
    let op = e.status === "D" ? "delete" : "write", target = op === "write" ? links.get(e.path) : void 0, paths = [absIn(top, e.path), ...target ? [target.abs] : []], judged = compiled.flatMap(
      (c2) => paths.map((abs, k) => {
        let subject = policyPath(c2.set.root.root, abs), action = { kind: "filesystem", op, paths: [subject], agentId: actingAgent(c2.set.root, agent), timestamp, cwd: c2.set.root.root };
        return { ...c2, subject, viaLink: k > 0, decision: decide(action, c2.compiled) };
      })
    );
    if (judged.length === 0) continue;
    let d = strictestDecision(judged.map((j) => j.decision));
    if (d.outcome === "allow") continue;
    let c = judged.find((j) => j.decision === d), reason = d.subjects.find((x) => x.outcome === d.outcome)?.reason ?? d.reason, why = c.viaLink && target ? `it is a symbolic link to ${JSON.stringify(target.written)} (${c.subject}): ${reason}` : reason, kind = d.outcome === "needs-approval" ? "approval" : "denied", bypass = bypassCover(bypasses, agent, now, d.subjects.filter((x) => !x.allowed)).covering?.[0], rule = decisiveRule(d), origin = rule?.origin;
    if (bypass) {
      findings.push({
        ruleId: "staged-agent-bypassed",
        severity: "info",
        message: `agent "${agent}" may ${op} this file only under bypass ${bypass.id} (until ${new Date(bypass.end).toISOString()}); without it: ${why}`,
        file: absIn(top, e.path),
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
      file: absIn(top, e.path),
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
  let blobs = await readBlobs(top, links.map((e) => e.indexOid));
  for (let e of links) {
    let blob = blobs.get(e.indexOid);
    if (!blob) continue;
    let written = blob.toString("utf8"), abs = posix.resolve(posix.dirname(absIn(top, e.path).split("\\").join("/")), written);
    out.set(e.path, { written, abs });
  }
  return out;
}
export {
  decideAgentCommit
};
