// The OCSF mapping of replayed decisions and findings (docs/siem.md). Each decision is an
// activity event in the class of what it touched, with the security_control profile; each
// error finding is a Detection Finding. Validated against the JSON Schemas generated from the
// OCSF schema in fixtures/ocsf/ (test/report/ocsf.test.ts).
import type { Finding } from '../finding.js';
import type { DecisionMeta, ReplayedDecision } from '../decision.js';

/** The OCSF schema version the events follow (fixtures/ocsf/README.md). */
export const OCSF_VERSION = '1.8.0';

const PRODUCT = { name: 'agent-policy-lint', vendor_name: 'agent-policy-lint' };

// security_control: action_id and disposition_id.
const ACTION = { allowed: 1, denied: 2 } as const;
const DISPOSITION = { allowed: 1, blocked: 2, approved: 8, alert: 19, unauthorized: 26, other: 99 } as const;
const SEVERITY = { informational: 1, low: 2, medium: 3, high: 4 } as const;
const SEVERITY_NAME: Record<number, string> = { 1: 'Informational', 2: 'Low', 3: 'Medium', 4: 'High' };

interface ClassOf {
  class_uid: number;
  class_name: string;
  category_uid: number;
  category_name: string;
  activity_id: number;
  activity_name: string;
}

const SYSTEM = { category_uid: 1, category_name: 'System Activity' };
const NETWORK = { category_uid: 4, category_name: 'Network Activity' };

export function classOf(d: ReplayedDecision): ClassOf {
  switch (d.kind) {
    case 'read':
      return { ...SYSTEM, class_uid: 1001, class_name: 'File System Activity', activity_id: 2, activity_name: 'Read' };
    case 'write':
      return { ...SYSTEM, class_uid: 1001, class_name: 'File System Activity', activity_id: 3, activity_name: 'Update' };
    case 'delete':
      return { ...SYSTEM, class_uid: 1001, class_name: 'File System Activity', activity_id: 4, activity_name: 'Delete' };
    case 'command':
      return { ...SYSTEM, class_uid: 1007, class_name: 'Process Activity', activity_id: 1, activity_name: 'Launch' };
    case 'network':
      // A URL is an HTTP request (its method is not logged); a bare host is a connection.
      return d.url !== undefined
        ? { ...NETWORK, class_uid: 4002, class_name: 'HTTP Activity', activity_id: 99, activity_name: 'Other' }
        : { ...NETWORK, class_uid: 4001, class_name: 'Network Activity', activity_id: 1, activity_name: 'Open' };
    case 'tool':
      return { category_uid: 6, category_name: 'Application Activity', class_uid: 6003, class_name: 'API Activity', activity_id: 99, activity_name: 'Other' };
  }
}

/** What the control did and what came of it (docs/siem.md, "Outcome"). */
export function control(d: ReplayedDecision): { action_id: number; action: string; disposition_id: number; disposition: string; severity_id: number; is_alert: boolean; status_id: number; status: string } {
  const ran = !d.blocked;
  const status = ran ? { status_id: 1, status: 'Success' } : { status_id: 2, status: 'Failure' };
  if (d.verdict === 'bypass') return { action_id: ACTION.allowed, action: 'Allowed', disposition_id: DISPOSITION.other, disposition: 'Bypassed', severity_id: SEVERITY.low, is_alert: false, ...status };
  if (d.outcome === 'allow') {
    return d.approved
      ? { action_id: ACTION.allowed, action: 'Allowed', disposition_id: DISPOSITION.approved, disposition: 'Approved', severity_id: SEVERITY.informational, is_alert: false, ...status }
      : { action_id: ACTION.allowed, action: 'Allowed', disposition_id: DISPOSITION.allowed, disposition: 'Allowed', severity_id: SEVERITY.informational, is_alert: false, ...status };
  }
  if (!ran) return { action_id: ACTION.denied, action: 'Denied', disposition_id: DISPOSITION.blocked, disposition: 'Blocked', severity_id: SEVERITY.low, is_alert: false, ...status };
  // Denied by the policy in review, yet carried out: what the replay reports as an error.
  return d.outcome === 'needs-approval'
    ? { action_id: ACTION.denied, action: 'Denied', disposition_id: DISPOSITION.unauthorized, disposition: 'Unauthorized', severity_id: SEVERITY.high, is_alert: true, ...status }
    : { action_id: ACTION.denied, action: 'Denied', disposition_id: DISPOSITION.alert, disposition: 'Alert', severity_id: SEVERITY.high, is_alert: true, ...status };
}

export function metadata(meta: DecisionMeta, logName: string, original?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    version: OCSF_VERSION,
    product: { ...PRODUCT, version: meta.toolVersion },
    profiles: ['security_control', 'host'],
    log_name: logName,
  };
  if (original !== undefined) out.original_time = original;
  return out;
}

/** The agent acting: its id as the application, its session, the user the log names. */
export function actor(d: ReplayedDecision): Record<string, unknown> {
  const out: Record<string, unknown> = { app_name: d.agent ?? 'unknown agent' };
  if (d.session !== undefined) out.session = { uid: d.session };
  if (d.user !== undefined) out.user = { name: d.user };
  return out;
}

/**
 * The deciding rule: the same for every decision it decides (the reason is the event's message,
 * not repeated here), so that the streaming encoder writes it once per rule (line.ts).
 */
export function policy(d: ReplayedDecision): Record<string, unknown> {
  const version = d.policyVersion;
  if (!d.rule) return { name: '.agent-policy.yml', uid: 'default', desc: 'no written rule decided: the policy default (see message)', version, is_applied: true };
  const r = d.rule;
  return { name: r.uid, uid: r.uid, desc: `${r.effect} "${r.pattern}" at ${r.file}:${r.line}:${r.column}`, version, is_applied: true };
}

/** The class and the control's outcome: a handful of combinations, each written once (line.ts). */
export function head(d: ReplayedDecision): Record<string, unknown> {
  const c = classOf(d);
  const sc = control(d);
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
    is_alert: sc.is_alert,
  };
}

/** The runtime the agent ran on is not in the logs: the device is "Unknown", named by the agent. */
export function device(d: ReplayedDecision): Record<string, unknown> {
  return { type_id: 0, type: 'Unknown', name: d.agent ?? 'unknown agent' };
}

/**
 * The activity event of one replayed decision, as an object: the mapping in one readable place.
 * Reports stream the same event from line.ts, which writes the constant parts once; a test holds
 * the two equal.
 */
export function ocsfDecisionEvent(d: ReplayedDecision, meta: DecisionMeta): Record<string, unknown> {
  const event: Record<string, unknown> = {
    ...head(d),
    time: d.ms ?? meta.now,
    message: d.reason,
    metadata: metadata(meta, d.log, d.timestamp),
    actor: actor(d),
    policy: policy(d),
    unmapped: unmapped(d),
  };
  switch (event.class_uid) {
    case 1001:
      event.device = device(d);
      event.file = { name: baseName(d.subject), path: d.subject, type_id: 1, type: 'Regular File' };
      break;
    case 1007:
      event.device = device(d);
      event.process = { cmd_line: d.subject, uid: `${d.log}:${d.line}` };
      break;
    case 4002:
      event.http_request = { url: { url_string: d.url, hostname: d.host } };
      if (d.host !== undefined) event.dst_endpoint = { hostname: d.host };
      break;
    case 4001:
      event.dst_endpoint = { hostname: d.host ?? d.subject };
      break;
    case 6003:
      event.api = { operation: d.subject };
      event.src_endpoint = { name: d.agent ?? 'unknown agent' };
      break;
  }
  return event;
}

export function unmapped(d: ReplayedDecision): Record<string, unknown> {
  const out: Record<string, unknown> = { outcome: d.outcome, verdict: d.verdict, log_line: d.line };
  if (d.tool !== undefined) out.tool = d.tool;
  if (d.paths !== undefined) out.paths = d.paths;
  if (d.bypass !== undefined) out.bypass = d.bypass;
  if (d.loggedPolicyVersion !== undefined) out.logged_policy_version = d.loggedPolicyVersion;
  return out;
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i >= 0 && i < path.length - 1 ? path.slice(i + 1) : path;
}

/** A Detection Finding (2004) for an error finding. */
export function ocsfFindingEvent(f: Finding, meta: DecisionMeta, policyVersion?: string): Record<string, unknown> {
  const where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file;
  const data = (f.data ?? {}) as Record<string, unknown>;
  const event: Record<string, unknown> = {
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2004,
    class_name: 'Detection Finding',
    activity_id: 1,
    activity_name: 'Create',
    type_uid: 200401,
    type_name: 'Detection Finding: Create',
    time: meta.now,
    severity_id: SEVERITY.high,
    severity: 'High',
    status_id: 1,
    status: 'New',
    is_alert: true,
    message: f.message,
    metadata: metadata(meta, f.file),
    finding_info: {
      uid: `${f.ruleId}@${where}`,
      title: f.message,
      desc: f.hint ?? f.message,
      types: [f.ruleId],
      analytic: { name: f.ruleId, uid: f.ruleId, type_id: 1, type: 'Rule', ...(f.helpUri ? { desc: f.helpUri } : {}) },
      src_url: f.helpUri,
    },
    unmapped: { file: f.file, line: f.line, column: f.column, rule_id: f.ruleId, ...(f.witness !== undefined ? { witness: f.witness } : {}) },
  };
  if (typeof data.agentId === 'string' || typeof data.sessionId === 'string') {
    event.actor = { app_name: typeof data.agentId === 'string' ? data.agentId : 'unknown agent', ...(typeof data.sessionId === 'string' ? { session: { uid: data.sessionId } } : {}) };
  }
  const rel = f.related?.[0];
  if (rel) event.policy = { name: `${rel.file}:${rel.line}`, uid: `${rel.file}:${rel.line}:${rel.column}`, desc: rel.message, ...(policyVersion ? { version: policyVersion } : {}) };
  return event;
}
