// Drift in the default lint run: the agents' permission files committed beside the policy,
// checked against it. Only called when one of them exists (see nativeFilesIn).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { compilePolicy } from '../engine/index.js';
import type { PolicySet } from '../policy/types.js';
import type { Finding } from '../report/finding.js';
import { claudeModel } from './claude/drift.js';
import { driftFindings } from './drift-check.js';
import { readClaudeSettings } from './claude/reader.js';

/** Committed Claude Code settings drift is checked in (settings.local.json is personal and git-ignored). */
const CLAUDE_FILES = ['.claude/settings.json'];

/** The native permission files present under the policy root (absolute), cheap to call. */
export function nativeFilesIn(root: string): string[] {
  return CLAUDE_FILES.map((f) => join(root, f)).filter((f) => existsSync(f));
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function checkDrift(set: PolicySet, files: readonly string[] = nativeFilesIn(set.root.root)): Finding[] {
  if (files.length === 0) return [];
  const compiled = compilePolicy(set);
  const claude = files.filter((f) => f.endsWith('.json') && f.includes('.claude'));
  const findings: Finding[] = [];
  const settings = claude.flatMap((f) => {
    const text = read(f);
    return text === undefined ? [] : [readClaudeSettings(f, text)];
  });
  if (settings.length > 0) findings.push(...driftFindings(claudeModel(settings, { root: set.root.root, home: homedir() }), compiled));
  return findings;
}
