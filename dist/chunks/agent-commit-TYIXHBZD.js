import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  absIn
} from "./chunk-YIEXZTMF.js";
import "./chunk-3IFVJXNJ.js";
import "./chunk-HTJE5MBF.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-F2VQ6EFB.js";

// src/hooks/agent-commit.ts
import { isAbsolute, relative, sep } from "node:path";
function decidingRule(d, kind) {
  let rules = d.subjects.flatMap((s) => s.rules).filter((r) => r.matched && r.origin), want = kind === "approval" ? ["approval"] : ["deny"];
  return rules.find((r) => want.includes(r.effect)) ?? rules.find((r) => r.effect !== "allow");
}
async function decideAgentCommit(entries, sets, agent, top, bypasses, now) {
  let { compilePolicy, decide } = await import("./files-XJN6XEU7.js"), compiled = sets.map((s) => ({ ...s, compiled: compilePolicy(s.set) })), agentIdFor = (set) => set.root.agents.some((a) => a.id === agent) ? agent : set.root.agentId, policyPath = (set, repoPath) => {
    let abs = absIn(top, repoPath), rel = relative(set.root.root, abs);
    return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? abs : rel.split(sep).join("/");
  }, timestamp = new Date(now).toISOString(), blocked = [], findings = [];
  for (let e of entries) {
    let op = e.status === "D" ? "delete" : "write";
    for (let c of compiled) {
      let subject = policyPath(c.set, e.path), action = { kind: "filesystem", op, paths: [subject], agentId: agentIdFor(c.set), timestamp, cwd: c.set.root.root }, d = decide(action, c.compiled);
      if (d.allowed) continue;
      let why = d.subjects.find((x) => !x.allowed)?.reason ?? d.reason, kind = d.requiresApproval && !d.subjects.some((s) => s.rules.some((r) => r.matched && r.effect === "deny")) ? "approval" : "denied", bypass = bypasses.find((b2) => (!b2.agent || b2.agent === agent) && b2.start <= now && now <= b2.end && b2.paths(subject)), rule = decidingRule(d, kind), origin = rule?.origin;
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
        break;
      }
      let b = {
        path: e.path,
        policyPath: subject,
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
      break;
    }
  }
  return { blocked, findings };
}
export {
  decideAgentCommit
};
