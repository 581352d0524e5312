// Approval records (.agent-policy/approvals/<id>.json, .agent-policy/approvals.jsonl): a person's
// approval of a gated action, which a logged action names by id.
import { join } from 'node:path';
import type { Finding } from '../report/finding.js';
import { isEmail, parseTimestamp } from './duration.js';
import { commandMatcher, pathMatcher, type Matcher } from './match.js';
import { APPROVALS_DIR, APPROVALS_JSONL } from './paths.js';
import { fsRecords, jsonFiles, parseJson, position, recordFinding, stringList, type RecordSource } from './read.js';

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

function approvalFrom(v: unknown, file: string, line: number, findings: Finding[]): Approval | undefined {
  const bad = (msg: string): undefined => {
    findings.push(recordFinding('approval-record-invalid', 'error', file, `approval record ${msg}; approvals naming it do not count`, line, 1));
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
  const patterns = stringList(r.patterns);
  const commands = stringList(r.commands);
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
      findings.push(recordFinding('approval-record-invalid', 'error', file, `approval record is not valid JSON (${parsed.error})`, at.line, at.column));
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
        findings.push(recordFinding('approval-record-invalid', 'error', jsonl, `approval record is not valid JSON (${parsed.error})`, i + 1, (parsed.offset ?? 0) + 1));
        return;
      }
      add(approvalFrom(parsed.value, jsonl, i + 1, findings));
    });
  }
  return { store: { kept, byId }, findings };
}
