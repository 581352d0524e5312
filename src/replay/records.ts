// Committed bypass and approval records (.agent-policy/bypasses/<id>.json,
// .agent-policy/approvals/<id>.json or .agent-policy/approvals.jsonl), read once per replay.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../report/finding.js';
import type { BypassSettings } from '../policy/types.js';
import { approverAllowed, DEFAULT_MAX_BYPASS_MINUTES, formatSeconds, isEmail, parseTimestamp } from './duration.js';
import { jsonError } from './json-error.js';
import { commandMatcher, pathMatcher, type Matcher } from './match.js';

export const BYPASS_DIR = '.agent-policy/bypasses';
export const APPROVALS_DIR = '.agent-policy/approvals';
export const APPROVALS_JSONL = '.agent-policy/approvals.jsonl';

/** The file `agent-policy-lint bypass` writes. */
export interface BypassRecordJson {
  id: string;
  reason: string;
  /** Repository-relative path globs the bypass allows. */
  patterns: string[];
  /** Command patterns the bypass allows. */
  commands: string[];
  approver: string;
  /** Only this agent's actions, when set. */
  agent?: string;
  created_at: string;
  expires_at: string;
}

export interface Bypass {
  id: string;
  file: string;
  reason: string;
  agent?: string;
  start: number;
  end: number;
  expiresAt: string;
  paths: Matcher;
  commands: Matcher;
}

export interface Approval {
  id: string;
  file: string;
  line: number;
  agent?: string;
  /** Valid from / until (ms); undefined = unbounded. */
  start?: number;
  end?: number;
  /** Scope: when set, the subjects needing approval must match. */
  paths?: Matcher;
  commands?: Matcher;
}

export interface ApprovalStore {
  /** True when the repository keeps approval records at all. */
  kept: boolean;
  byId: Map<string, Approval>;
}

function finding(ruleId: string, severity: Finding['severity'], file: string, message: string, line = 1, column = 1, hint?: string): Finding {
  return { ruleId, severity, file, line, column, message, hint };
}

/** Line and column (1-based) of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** JSON.parse with a position for errors, never echoing the text (it may hold anything). */
export function parseJson(text: string): { value: unknown } | { error: string; offset?: number } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    const e = jsonError(text);
    return { error: e?.message ?? 'invalid JSON', offset: e?.offset };
  }
}

function strings(v: unknown): string[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) return undefined;
  return v as string[];
}

/** Where records are read from: the work tree, or (for --staged) the git index. */
export interface RecordSource {
  /** Files directly in an absolute directory (absolute paths); [] when it does not exist. */
  list(dir: string): string[];
  /** A file's text, or undefined when it does not exist. */
  read(file: string): string | undefined;
}

export const fsRecords: RecordSource = {
  list(dir) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(dir, d.name));
  },
  read(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function jsonFiles(src: RecordSource, dir: string): string[] {
  return src.list(dir).filter((f) => f.endsWith('.json')).sort();
}

export function loadBypasses(repoRoot: string, settings: BypassSettings, now: number, src: RecordSource = fsRecords): { bypasses: Bypass[]; findings: Finding[] } {
  const bypasses: Bypass[] = [];
  const findings: Finding[] = [];
  const cap = (settings.maxDurationMinutes ?? DEFAULT_MAX_BYPASS_MINUTES) * 60;
  for (const file of jsonFiles(src, join(repoRoot, BYPASS_DIR))) {
    const text = (src.read(file) ?? '').replace(/^\uFEFF/, '');
    const parsed = parseJson(text);
    if ('error' in parsed) {
      const at = position(text, parsed.offset ?? 0);
      findings.push(finding('bypass-record-invalid', 'error', file, `bypass record is not valid JSON (${parsed.error})`, at.line, at.column, 'Recreate it with agent-policy-lint bypass.'));
      continue;
    }
    const r = parsed.value as Partial<Record<keyof BypassRecordJson, unknown>>;
    const bad = (msg: string): void => {
      findings.push(finding('bypass-record-invalid', 'error', file, `bypass record ${msg}; it is not honoured`, 1, 1, 'Recreate it with agent-policy-lint bypass.'));
    };
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      bad('is not a JSON object');
      continue;
    }
    const id = typeof r.id === 'string' && /^[A-Za-z0-9_-]+$/.test(r.id) ? r.id : undefined;
    const patterns = strings(r.patterns);
    const commands = strings(r.commands);
    const start = typeof r.created_at === 'string' ? parseTimestamp(r.created_at) : undefined;
    const end = typeof r.expires_at === 'string' ? parseTimestamp(r.expires_at) : undefined;
    if (!id) bad('has no valid "id"');
    else if (typeof r.reason !== 'string' || r.reason.trim() === '') bad(`${id} has no "reason"`);
    else if (!patterns || !commands) bad(`${id}: "patterns" and "commands" must be lists of non-empty strings`);
    else if (patterns.length + commands.length === 0) bad(`${id} allows nothing (no "patterns", no "commands")`);
    else if (r.agent !== undefined && (typeof r.agent !== 'string' || r.agent === '')) bad(`${id}: "agent" must be a non-empty string`);
    else if (start === undefined || end === undefined) bad(`${id}: "created_at" and "expires_at" must be ISO 8601 date-times with a zone`);
    else if (end <= start) bad(`${id} expires before it starts`);
    else if ((end - start) / 1000 > cap) {
      bad(`${id} lasts ${formatSeconds(Math.ceil((end - start) / 1000))}, longer than the policy's maximum of ${formatSeconds(cap)} (bypass.max_duration)`);
    } else if (typeof r.approver !== 'string' || !isEmail(r.approver)) {
      findings.push(finding('bypass-record-unapproved', 'error', file, `bypass record ${id} has no valid approver e-mail; it is not honoured`, 1, 1, 'Recreate it with --approver NAME@DOMAIN.'));
    } else if (!approverAllowed(r.approver, settings.approvers)) {
      findings.push(finding('bypass-record-unapproved', 'error', file, `bypass record ${id} is approved by ${r.approver}, who is not in the policy's bypass.approvers; it is not honoured`, 1, 1));
    } else {
      let paths: Matcher;
      let cmds: Matcher;
      try {
        paths = pathMatcher(patterns);
        cmds = commandMatcher(commands);
      } catch (e) {
        bad(`${id} has a pattern that is not valid (${(e as Error).message})`);
        continue;
      }
      if (end < now) {
        findings.push(finding('bypass-record-expired', 'info', file, `bypass record ${id} expired at ${r.expires_at}; it still covers actions logged inside its window`, 1, 1, 'Delete it once no committed log needs it.'));
      }
      bypasses.push({ id, file, reason: r.reason, agent: r.agent as string | undefined, start, end, expiresAt: r.expires_at as string, paths, commands: cmds });
    }
  }
  return { bypasses, findings };
}

function approvalFrom(v: unknown, file: string, line: number, findings: Finding[]): Approval | undefined {
  const bad = (msg: string): undefined => {
    findings.push(finding('approval-record-invalid', 'error', file, `approval record ${msg}; approvals naming it do not count`, line, 1));
    return undefined;
  };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad('is not a JSON object');
  const r = v as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return bad('has no "id"');
  if (typeof r.approver !== 'string' || !isEmail(r.approver)) return bad(`${r.id} has no valid "approver" e-mail`);
  const from = r.approved_at ?? r.created_at;
  const start = typeof from === 'string' ? parseTimestamp(from) : undefined;
  if (from !== undefined && start === undefined) return bad(`${r.id}: "approved_at" is not an ISO 8601 date-time with a zone`);
  const end = typeof r.expires_at === 'string' ? parseTimestamp(r.expires_at) : undefined;
  if (r.expires_at !== undefined && end === undefined) return bad(`${r.id}: "expires_at" is not an ISO 8601 date-time with a zone`);
  const patterns = strings(r.patterns);
  const commands = strings(r.commands);
  if (!patterns || !commands) return bad(`${r.id}: "patterns" and "commands" must be lists of non-empty strings`);
  if (r.agent !== undefined && typeof r.agent !== 'string') return bad(`${r.id}: "agent" must be a string`);
  const scoped = patterns.length + commands.length > 0;
  let paths: Matcher | undefined;
  let cmds: Matcher | undefined;
  try {
    paths = scoped ? pathMatcher(patterns) : undefined;
    cmds = scoped ? commandMatcher(commands) : undefined;
  } catch (e) {
    return bad(`${r.id} has a pattern that is not valid (${(e as Error).message})`);
  }
  return { id: r.id, file, line, agent: r.agent as string | undefined, start, end, paths, commands: cmds };
}

export function loadApprovals(repoRoot: string, src: RecordSource = fsRecords): { store: ApprovalStore; findings: Finding[] } {
  const findings: Finding[] = [];
  const byId = new Map<string, Approval>();
  const dir = join(repoRoot, APPROVALS_DIR);
  const jsonl = join(repoRoot, APPROVALS_JSONL);
  const jsonlText = src.read(jsonl);
  const dirFiles = jsonFiles(src, dir);
  // Any file there (even a .gitkeep) means records are kept: then only recorded ids count.
  const kept = jsonlText !== undefined || src.list(dir).length > 0;
  const add = (a: Approval | undefined): void => {
    if (a && !byId.has(a.id)) byId.set(a.id, a);
  };
  for (const file of dirFiles) {
    const text = (src.read(file) ?? '').replace(/^\uFEFF/, '');
    const parsed = parseJson(text);
    if ('error' in parsed) {
      const at = position(text, parsed.offset ?? 0);
      findings.push(finding('approval-record-invalid', 'error', file, `approval record is not valid JSON (${parsed.error})`, at.line, at.column));
      continue;
    }
    add(approvalFrom(parsed.value, file, 1, findings));
  }
  if (jsonlText !== undefined) {
    const lines = jsonlText.replace(/^\uFEFF/, '').split('\n');
    lines.forEach((raw, i) => {
      const text = raw.replace(/\r$/, '');
      if (text.trim() === '') return;
      const parsed = parseJson(text);
      if ('error' in parsed) {
        findings.push(finding('approval-record-invalid', 'error', jsonl, `approval record is not valid JSON (${parsed.error})`, i + 1, (parsed.offset ?? 0) + 1));
        return;
      }
      add(approvalFrom(parsed.value, jsonl, i + 1, findings));
    });
  }
  return { store: { kept, byId }, findings };
}
