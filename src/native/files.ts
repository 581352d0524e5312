// Reading each agent's project permission files together (which exist: present.ts).
import type { Finding } from '../report/finding.js';
import { readCodexConfig, readCodexRules, type CodexConfig, type CodexRule } from './codex/reader.js';
import { readCursorConfig, type CursorRule } from './cursor/reader.js';
import { readGeminiPolicy, readGeminiSettings, type GeminiRule } from './gemini/reader.js';
import { PROJECT_FILES, projectFilesIn } from './present.js';

export { PROJECT_FILES, projectFilesIn };

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
