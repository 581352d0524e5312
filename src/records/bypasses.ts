// Bypass records (.agent-policy/bypasses/<id>.json): time-limited, approved exceptions to the
// policy (SPEC 3). `agent-policy-lint bypass` writes them; replay and the pre-commit hook read them.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BypassSettings } from '../policy/types.js';
import type { Finding } from '../report/finding.js';
import { approverAllowed, DEFAULT_MAX_BYPASS_MINUTES, formatSeconds, isEmail, parseTimestamp } from './duration.js';
import { commandMatcher, pathMatcher, type Matcher } from './match.js';
import { BYPASS_DIR } from './paths.js';
import { fsRecords, jsonFiles, parseJson, position, recordFinding, stringList, type RecordSource } from './read.js';

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

export function loadBypasses(repoRoot: string, settings: BypassSettings, now: number, src: RecordSource = fsRecords): { bypasses: Bypass[]; findings: Finding[] } {
  const bypasses: Bypass[] = [];
  const findings: Finding[] = [];
  const cap = (settings.maxDurationMinutes ?? DEFAULT_MAX_BYPASS_MINUTES) * 60;
  for (const file of jsonFiles(src, join(repoRoot, BYPASS_DIR))) {
    const text = (src.read(file) ?? '').replace(/^\uFEFF/, '');
    const parsed = parseJson(text);
    if ('error' in parsed) {
      const at = position(text, parsed.offset ?? 0);
      findings.push(recordFinding('bypass-record-invalid', 'error', file, `bypass record is not valid JSON (${parsed.error})`, at.line, at.column, 'Recreate it with agent-policy-lint bypass.'));
      continue;
    }
    const r = parsed.value as Partial<Record<keyof BypassRecordJson, unknown>>;
    const bad = (msg: string): void => {
      findings.push(recordFinding('bypass-record-invalid', 'error', file, `bypass record ${msg}; it is not honoured`, 1, 1, 'Recreate it with agent-policy-lint bypass.'));
    };
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      bad('is not a JSON object');
      continue;
    }
    const id = typeof r.id === 'string' && /^[A-Za-z0-9_-]+$/.test(r.id) ? r.id : undefined;
    const patterns = stringList(r.patterns);
    const commands = stringList(r.commands);
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
      findings.push(recordFinding('bypass-record-unapproved', 'error', file, `bypass record ${id} has no valid approver e-mail; it is not honoured`, 1, 1, 'Recreate it with --approver NAME@DOMAIN.'));
    } else if (!approverAllowed(r.approver, settings.approvers)) {
      findings.push(recordFinding('bypass-record-unapproved', 'error', file, `bypass record ${id} is approved by ${r.approver}, who is not in the policy's bypass.approvers; it is not honoured`, 1, 1));
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
        findings.push(recordFinding('bypass-record-expired', 'info', file, `bypass record ${id} expired at ${r.expires_at}; it still covers actions logged inside its window`, 1, 1, 'Delete it once no committed log needs it.'));
      }
      bypasses.push({ id, file, reason: r.reason, agent: r.agent as string | undefined, start, end, expiresAt: r.expires_at as string, paths, commands: cmds });
    }
  }
  return { bypasses, findings };
}


const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function newBypassId(dir: string): string {
  for (;;) {
    const bytes = randomBytes(5);
    const id = 'bypass_' + [...bytes].map((b) => ID_ALPHABET[b % 36]).join('');
    if (!existsSync(join(dir, `${id}.json`))) return id;
  }
}

/** Writes a new bypass record beside the root policy (never over an existing one); returns it and its file. */
export function writeBypassRecord(policyRoot: string, fields: Omit<BypassRecordJson, 'id'>): { record: BypassRecordJson; file: string } {
  const dir = join(policyRoot, BYPASS_DIR);
  mkdirSync(dir, { recursive: true });
  const record: BypassRecordJson = { id: newBypassId(dir), ...fields };
  const file = join(dir, `${record.id}.json`);
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n', { flag: 'wx' });
  return { record, file };
}
