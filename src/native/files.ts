// Where each agent keeps its project permission files, and reading a set of them together.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../report/finding.js';
import { readCodexConfig, readCodexRules, type CodexConfig, type CodexRule } from './codex/reader.js';
import { readCursorConfig, type CursorRule } from './cursor/reader.js';
import { readGeminiPolicy, readGeminiSettings, type GeminiRule } from './gemini/reader.js';
import type { AgentName } from './types.js';

/** The repository files each agent reads its project permissions from, in precedence order. */
export const PROJECT_FILES: Record<AgentName, string[]> = {
  claude: ['.claude/settings.local.json', '.claude/settings.json'],
  codex: ['.codex/config.toml', '.codex/rules/*.rules'],
  gemini: ['.gemini/settings.json', '.gemini/policies/*.toml'],
  cursor: ['.cursor/cli.json'],
};

/** The agent's project files that exist under root (`dir/*.ext` lists a folder). */
export function projectFilesIn(root: string, agent: AgentName, names: readonly string[] = PROJECT_FILES[agent]): string[] {
  return names.flatMap((name) => {
    const star = name.indexOf('/*.');
    if (star < 0) return existsSync(join(root, name)) ? [join(root, name)] : [];
    const dir = join(root, name.slice(0, star));
    const ext = name.slice(star + 2);
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}

/** Codex's files read together: rules from every .rules file, the config from config.toml. */
export function readCodexFiles(files: readonly string[], read: (f: string) => string): { rules: CodexRule[]; config?: CodexConfig; findings: Finding[] } {
  const rules: CodexRule[] = [];
  const findings: Finding[] = [];
  let config: CodexConfig | undefined;
  for (const f of files) {
    if (f.endsWith('.toml')) config = readCodexConfig(f, read(f));
    else {
      const r = readCodexRules(f, read(f));
      rules.push(...r.rules);
      findings.push(...r.findings);
    }
  }
  return { rules, config, findings };
}


/** Gemini CLI's files read together: policy TOML rules and settings.json tool lists. */
export function readGeminiFiles(files: readonly string[], read: (f: string) => string): { rules: GeminiRule[]; findings: Finding[] } {
  const rules: GeminiRule[] = [];
  const findings: Finding[] = [];
  for (const f of files) {
    const r = f.endsWith('.toml') ? readGeminiPolicy(f, read(f)) : readGeminiSettings(f, read(f));
    rules.push(...r.rules);
    findings.push(...r.findings);
  }
  return { rules, findings };
}

export function readCursorFiles(files: readonly string[], read: (f: string) => string): { rules: CursorRule[]; findings: Finding[] } {
  const rules: CursorRule[] = [];
  const findings: Finding[] = [];
  for (const f of files) {
    const r = readCursorConfig(f, read(f));
    rules.push(...r.rules);
    findings.push(...r.findings);
  }
  return { rules, findings };
}
