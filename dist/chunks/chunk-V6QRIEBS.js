import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/report/ocsf/events.ts
var OCSF_VERSION = "1.8.0", PRODUCT = { name: "agent-policy-lint", vendor_name: "agent-policy-lint" }, ACTION = { allowed: 1, denied: 2 }, DISPOSITION = { allowed: 1, blocked: 2, approved: 8, alert: 19, unauthorized: 26, other: 99 }, SEVERITY = { informational: 1, low: 2, medium: 3, high: 4 }, SEVERITY_NAME = { 1: "Informational", 2: "Low", 3: "Medium", 4: "High" }, SYSTEM = { category_uid: 1, category_name: "System Activity" }, NETWORK = { category_uid: 4, category_name: "Network Activity" };
function classOf(d) {
  switch (d.kind) {
    case "read":
      return { ...SYSTEM, class_uid: 1001, class_name: "File System Activity", activity_id: 2, activity_name: "Read" };
    case "write":
      return { ...SYSTEM, class_uid: 1001, class_name: "File System Activity", activity_id: 3, activity_name: "Update" };
    case "delete":
      return { ...SYSTEM, class_uid: 1001, class_name: "File System Activity", activity_id: 4, activity_name: "Delete" };
    case "command":
      return { ...SYSTEM, class_uid: 1007, class_name: "Process Activity", activity_id: 1, activity_name: "Launch" };
    case "network":
      return d.url !== void 0 ? { ...NETWORK, class_uid: 4002, class_name: "HTTP Activity", activity_id: 99, activity_name: "Other" } : { ...NETWORK, class_uid: 4001, class_name: "Network Activity", activity_id: 1, activity_name: "Open" };
    case "tool":
      return { category_uid: 6, category_name: "Application Activity", class_uid: 6003, class_name: "API Activity", activity_id: 99, activity_name: "Other" };
  }
}
function control(d) {
  let ran = !d.blocked, status = ran ? { status_id: 1, status: "Success" } : { status_id: 2, status: "Failure" };
  return d.verdict === "bypass" ? { action_id: ACTION.allowed, action: "Allowed", disposition_id: DISPOSITION.other, disposition: "Bypassed", severity_id: SEVERITY.low, is_alert: !1, ...status } : d.outcome === "allow" ? d.approved ? { action_id: ACTION.allowed, action: "Allowed", disposition_id: DISPOSITION.approved, disposition: "Approved", severity_id: SEVERITY.informational, is_alert: !1, ...status } : { action_id: ACTION.allowed, action: "Allowed", disposition_id: DISPOSITION.allowed, disposition: "Allowed", severity_id: SEVERITY.informational, is_alert: !1, ...status } : ran ? d.outcome === "needs-approval" ? { action_id: ACTION.denied, action: "Denied", disposition_id: DISPOSITION.unauthorized, disposition: "Unauthorized", severity_id: SEVERITY.high, is_alert: !0, ...status } : { action_id: ACTION.denied, action: "Denied", disposition_id: DISPOSITION.alert, disposition: "Alert", severity_id: SEVERITY.high, is_alert: !0, ...status } : { action_id: ACTION.denied, action: "Denied", disposition_id: DISPOSITION.blocked, disposition: "Blocked", severity_id: SEVERITY.low, is_alert: !1, ...status };
}
function metadata(meta, logName, original) {
  let out = {
    version: OCSF_VERSION,
    product: { ...PRODUCT, version: meta.toolVersion },
    profiles: ["security_control", "host"],
    log_name: logName
  };
  return original !== void 0 && (out.original_time = original), out;
}
function policy(d) {
  let version = d.policyVersion;
  if (!d.rule) return { name: ".agent-policy.yml", uid: "default", desc: "no written rule decided: the policy default (see message)", version, is_applied: !0 };
  let r = d.rule;
  return { name: r.uid, uid: r.uid, desc: `${r.effect} "${r.pattern}" at ${r.file}:${r.line}:${r.column}`, version, is_applied: !0 };
}
function head(d) {
  let c = classOf(d), sc = control(d);
  return {
    ...c,
    type_uid: c.class_uid * 100 + c.activity_id,
    type_name: `${c.class_name}: ${c.activity_name}`,
    severity_id: sc.severity_id,
    severity: SEVERITY_NAME[sc.severity_id],
    status_id: sc.status_id,
    status: sc.status,
    action_id: sc.action_id,
    action: sc.action,
    disposition_id: sc.disposition_id,
    disposition: sc.disposition,
    is_alert: sc.is_alert
  };
}
function baseName(path) {
  let i = path.lastIndexOf("/");
  return i >= 0 && i < path.length - 1 ? path.slice(i + 1) : path;
}
function ocsfFindingEvent(f, meta, policyVersion) {
  let where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file, data = f.data ?? {}, event = {
    category_uid: 2,
    category_name: "Findings",
    class_uid: 2004,
    class_name: "Detection Finding",
    activity_id: 1,
    activity_name: "Create",
    type_uid: 200401,
    type_name: "Detection Finding: Create",
    time: meta.now,
    severity_id: SEVERITY.high,
    severity: "High",
    status_id: 1,
    status: "New",
    is_alert: !0,
    message: f.message,
    metadata: metadata(meta, f.file),
    finding_info: {
      uid: `${f.ruleId}@${where}`,
      title: f.message,
      desc: f.hint ?? f.message,
      types: [f.ruleId],
      analytic: { name: f.ruleId, uid: f.ruleId, type_id: 1, type: "Rule", ...f.helpUri ? { desc: f.helpUri } : {} },
      src_url: f.helpUri
    },
    unmapped: { file: f.file, line: f.line, column: f.column, rule_id: f.ruleId, ...f.witness !== void 0 ? { witness: f.witness } : {} }
  };
  (typeof data.agentId == "string" || typeof data.sessionId == "string") && (event.actor = { app_name: typeof data.agentId == "string" ? data.agentId : "unknown agent", ...typeof data.sessionId == "string" ? { session: { uid: data.sessionId } } : {} });
  let rel = f.related?.[0];
  return rel && (event.policy = { name: `${rel.file}:${rel.line}`, uid: `${rel.file}:${rel.line}:${rel.column}`, desc: rel.message, ...policyVersion ? { version: policyVersion } : {} }), event;
}

export {
  metadata,
  policy,
  head,
  baseName,
  ocsfFindingEvent
};
