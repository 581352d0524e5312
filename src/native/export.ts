// export --to AGENT: the agent's native permission file made from the policy, never wider than
// it. With write: merged into the repository's file, other keys and comments kept.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { compilePolicy } from '../engine/index.js';
import type { PolicySet } from '../policy/types.js';
import { toClaude } from './claude/exporter.js';
import { toCodex } from './codex/exporter.js';
import { toCursor } from './cursor/exporter.js';
import { toGemini } from './gemini/exporter.js';
import { exportPlan } from './export-plan.js';
import type { AgentName } from './types.js';

export interface ExportResult {
  /** The file the agent reads (repository-relative). */
  target: string;
  /** The exported content (the whole file for stdout). */
  text: string;
  hookOnly: string[];
  /** The merged file (write mode). */
  merged?: string;
}

export const EXPORT_TARGETS: Record<AgentName, string> = {
  claude: '.claude/settings.json',
  codex: '.codex/rules/agent-policy.rules',
  gemini: '.gemini/policies/agent-policy.toml',
  cursor: '.cursor/cli.json',
};

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Sets keys in a JSON(C) document, keeping everything else, comments included. */
export function mergeJson(existing: string, values: [string[], unknown][]): string {
  let text = existing.trim() === '' ? '{}\n' : existing;
  for (const [path, value] of values) text = applyEdits(text, modify(text, path, value, FORMAT));
  return text.endsWith('\n') ? text : text + '\n';
}

export function exportNative(set: PolicySet, agent: AgentName, opts: { agentId?: string } = {}): ExportResult {
  const compiled = compilePolicy(set);
  const plan = exportPlan(set, compiled, opts.agentId);
  const target = EXPORT_TARGETS[agent];
  switch (agent) {
    case 'claude': {
      const { permissions, hookOnly } = toClaude(plan);
      const text = JSON.stringify({ permissions }, null, 2) + '\n';
      return { target, text, hookOnly };
    }
    case 'codex': {
      const { text, hookOnly } = toCodex(plan);
      return { target, text, hookOnly };
    }
    case 'gemini': {
      const { text, hookOnly } = toGemini(plan);
      return { target, text, hookOnly };
    }
    case 'cursor': {
      const { permissions, hookOnly } = toCursor(plan);
      return { target, text: JSON.stringify({ permissions }, null, 2) + '\n', hookOnly };
    }
  }
}

/** Writes (merges) the exported file into the repository; returns the file's path. */
export function writeExport(root: string, agent: AgentName, result: ExportResult): string {
  const file = join(root, result.target);
  mkdirSync(dirname(file), { recursive: true });
  if (agent === 'claude' || agent === 'cursor') {
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const exported = JSON.parse(result.text) as { permissions: Record<string, string[]> };
    const merged = mergeJson(existing, Object.entries(exported.permissions).map(([k, v]) => [['permissions', k], v]));
    writeFileSync(file, merged);
  } else writeFileSync(file, result.text);
  return file;
}
