// The authorship signals: data/agent-signals.json (bundled), plus what a policy adds under
// `agent_detection`. Compiled once into lookup tables for the detector.
import data from '../../data/agent-signals.json';

export type Confidence = 'strong' | 'medium' | 'weak';
export const CONFIDENCE_RANK: Record<Confidence, number> = { strong: 3, medium: 2, weak: 1 };
export const CONFIDENCES: readonly Confidence[] = ['strong', 'medium', 'weak'];

export interface Pattern {
  id: string;
  agent: string;
  re: RegExp;
}

export interface SignalSet {
  /** lower-cased login -> agent */
  logins: Map<string, string>;
  /** lower-cased e-mail -> agent */
  emails: Map<string, string>;
  relayLogins: Set<string>;
  relayEmails: Set<string>;
  trailerKeys: Set<string>;
  footers: Pattern[];
  links: Pattern[];
  branchPrefixes: { prefix: string; agent: string }[];
  threshold: Confidence;
}

/** What a policy's `agent_detection` may add (read from the root policy's raw document). */
export interface PolicyDetection {
  logins: { login: string; agent: string }[];
  emails: { email: string; agent: string }[];
  branchPrefixes: { prefix: string; agent: string }[];
  threshold?: Confidence;
  /** Entries that could not be read, for one warning each. */
  problems: string[];
}

export function builtinSignals(): SignalSet {
  return {
    logins: new Map(data.logins.entries.map((e) => [e.login.toLowerCase(), e.agent])),
    emails: new Map(data.emails.entries.map((e) => [e.email.toLowerCase(), e.agent])),
    relayLogins: new Set(data.relays.entries.map((e) => e.login.toLowerCase())),
    relayEmails: new Set(data.relays.entries.flatMap((e) => e.emails.map((m) => m.toLowerCase()))),
    trailerKeys: new Set(data.trailers.keys.map((k) => k.toLowerCase())),
    footers: data.footers.entries.map((e) => ({ id: e.id, agent: e.agent, re: new RegExp(e.pattern, 'i') })),
    links: data.links.entries.map((e) => ({ id: e.id, agent: e.agent, re: new RegExp(e.pattern, 'gi') })),
    branchPrefixes: data.branch_prefixes.entries.map((e) => ({ prefix: e.prefix, agent: e.agent })),
    threshold: data.threshold.default as Confidence,
  };
}

export function withPolicy(base: SignalSet, extra: PolicyDetection | undefined): SignalSet {
  if (!extra) return base;
  const set: SignalSet = {
    ...base,
    logins: new Map(base.logins),
    emails: new Map(base.emails),
    branchPrefixes: [...base.branchPrefixes],
  };
  for (const l of extra.logins) set.logins.set(l.login.toLowerCase(), l.agent);
  for (const e of extra.emails) set.emails.set(e.email.toLowerCase(), e.agent);
  set.branchPrefixes.push(...extra.branchPrefixes);
  if (extra.threshold) set.threshold = extra.threshold;
  return set;
}

function entries<K extends string>(
  list: unknown,
  key: K,
  where: string,
  problems: string[],
): { value: string; agent: string }[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push(`agent_detection.${where} must be a list`);
    return [];
  }
  const out: { value: string; agent: string }[] = [];
  list.forEach((item, i) => {
    if (typeof item === 'string' && item.trim() !== '') {
      out.push({ value: item.trim(), agent: item.trim() });
    } else if (item && typeof item === 'object' && typeof (item as Record<string, unknown>)[key] === 'string') {
      const rec = item as Record<string, unknown>;
      const value = String(rec[key]).trim();
      const agent = typeof rec.agent === 'string' && rec.agent.trim() ? rec.agent.trim() : value;
      if (value) out.push({ value, agent });
      else problems.push(`agent_detection.${where}[${i}].${key} is empty`);
    } else {
      problems.push(`agent_detection.${where}[${i}] must be a string or { ${key}, agent }`);
    }
  });
  return out;
}

/** Reads `agent_detection` from a root policy's raw document; undefined when absent. */
export function readPolicyDetection(raw: unknown): PolicyDetection | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const ad = (raw as Record<string, unknown>).agent_detection;
  if (ad === undefined || ad === null) return undefined;
  const problems: string[] = [];
  if (typeof ad !== 'object' || Array.isArray(ad)) {
    return { logins: [], emails: [], branchPrefixes: [], problems: ['agent_detection must be a mapping'] };
  }
  const rec = ad as Record<string, unknown>;
  const logins = entries(rec.logins, 'login', 'logins', problems).map((e) => ({ login: e.value, agent: e.agent }));
  const emails = entries(rec.emails, 'email', 'emails', problems).map((e) => ({ email: e.value, agent: e.agent }));
  const branchPrefixes = entries(rec.branch_prefixes, 'prefix', 'branch_prefixes', problems).map((e) => ({
    prefix: e.value,
    agent: e.agent.replace(/\/+$/, ''),
  }));
  let threshold: Confidence | undefined;
  if (rec.threshold !== undefined) {
    if (typeof rec.threshold === 'string' && (CONFIDENCES as readonly string[]).includes(rec.threshold)) {
      threshold = rec.threshold as Confidence;
    } else {
      problems.push(`agent_detection.threshold must be one of ${CONFIDENCES.join(', ')}`);
    }
  }
  return { logins, emails, branchPrefixes, threshold, problems };
}

/** The loader's model of `agent_detection` (2.1), read structurally so either shape works. */
interface DetectionSettingsLike {
  logins?: { value: string; agent?: string }[];
  emails?: { value: string; agent?: string }[];
  branchPrefixes?: { value: string; agent?: string }[];
  threshold?: string;
}

/** A root policy's own signals: the loader's model when it has one, else the raw document. */
export function policyDetection(root: { raw: unknown; agentDetection?: DetectionSettingsLike }): PolicyDetection | undefined {
  const s = root.agentDetection;
  if (!s) return readPolicyDetection(root.raw);
  const map = (l: { value: string; agent?: string }[] | undefined) => (l ?? []).map((e) => ({ value: e.value, agent: e.agent ?? e.value }));
  const threshold = (CONFIDENCES as readonly string[]).includes(s.threshold ?? '') ? (s.threshold as Confidence) : undefined;
  return {
    logins: map(s.logins).map((e) => ({ login: e.value, agent: e.agent })),
    emails: map(s.emails).map((e) => ({ email: e.value, agent: e.agent })),
    branchPrefixes: map(s.branchPrefixes).map((e) => ({ prefix: e.value, agent: e.agent.replace(/\/+$/, '') })),
    threshold,
    problems: s.threshold !== undefined && !threshold ? [`agent_detection.threshold must be one of ${CONFIDENCES.join(', ')}`] : [],
  };
}
