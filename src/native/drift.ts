// Drift in the default lint run: the agents' permission files committed beside the policy,
// checked against it. Only called when one of them exists (see nativeFilesIn).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { compilePolicy } from '../engine/index.js';
import type { PolicySet } from '../policy/types.js';
import type { Finding } from '../report/finding.js';
import { claudeModel } from './claude/drift.js';
import { codexModel } from './codex/drift.js';
import { driftFindings } from './drift-check.js';
import { cursorModel } from './cursor/drift.js';
import { readCodexFiles, readCursorFiles, readGeminiFiles } from './files.js';
import { DRIFT_FILES, nativeFilesIn, projectFilesIn } from './present.js';
import { geminiModel } from './gemini/drift.js';
import type { NativeModel } from './model.js';
import { AGENT_NAMES, type AgentName } from './types.js';
import { readClaudeSettings } from './claude/reader.js';

function agentOf(root: string, file: string): AgentName | undefined {
  return AGENT_NAMES.find((agent) => projectFilesIn(root, agent, DRIFT_FILES[agent]).includes(file));
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
  const root = set.root.root;
  const byAgent = new Map<AgentName, string[]>();
  for (const f of files) {
    const agent = agentOf(root, f);
    if (agent && read(f) !== undefined) byAgent.set(agent, [...(byAgent.get(agent) ?? []), f]);
  }
  const text = (f: string): string => read(f) ?? '';
  const findings: Finding[] = [];
  for (const [agent, mine] of byAgent) findings.push(...driftFindings(nativeModel(agent, mine, text, root), compiled));
  return findings;
}

/** One agent's files as the model drift checks. */
export function nativeModel(agent: AgentName, files: readonly string[], read: (f: string) => string, root: string): NativeModel {
  switch (agent) {
    case 'claude':
      return claudeModel(files.map((f) => readClaudeSettings(f, read(f))), { root, home: homedir() });
    case 'codex': {
      const c = readCodexFiles(files, read);
      return codexModel(c.rules, c.config, c.findings);
    }
    case 'gemini': {
      const g = readGeminiFiles(files, read);
      return geminiModel(g.rules, g.findings);
    }
    case 'cursor': {
      const c = readCursorFiles(files, read);
      return cursorModel(c.rules, c.findings, root);
    }
  }
}
