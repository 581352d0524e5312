// Reads Claude Code settings files (`.claude/settings.json`, `settings.local.json`, managed and
// user settings): `permissions.allow|ask|deny` and `permissions.defaultMode`, each with its line.
import { homedir } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import type { Finding } from '../../report/finding.js';
import { nodeAt, readJsonc, stringItems } from '../jsonc.js';
import type { NativeEffect, NativePlace } from '../types.js';
import { parseClaudeRule, type ClaudeRuleText } from './rules.js';

/** Settings scopes, highest precedence first (code.claude.com/docs/en/settings). */
export type ClaudeScope = 'managed' | 'local' | 'project' | 'user';
export const SCOPE_ORDER: readonly ClaudeScope[] = ['managed', 'local', 'project', 'user'];

export interface ClaudeRule extends NativePlace {
  effect: NativeEffect;
  raw: string;
  parsed: ClaudeRuleText;
  /** Directory of the settings file (`/path` rules are relative to it). */
  settingsDir: string;
  scope: ClaudeScope;
}

export interface ClaudeSettings {
  file: string;
  scope: ClaudeScope;
  rules: ClaudeRule[];
  defaultMode?: { value: string } & NativePlace;
  findings: Finding[];
}

export const CLAUDE_MODES = ['default', 'acceptEdits', 'plan', 'auto', 'dontAsk', 'bypassPermissions'] as const;

export function claudeScopeOf(file: string): ClaudeScope {
  const name = basename(file);
  if (name === 'managed-settings.json' || basename(dirname(file)) === 'managed-settings.d') return 'managed';
  if (name === 'settings.local.json') return 'local';
  if (resolve(file) === resolve(homedir(), '.claude', 'settings.json')) return 'user';
  return 'project';
}

export function readClaudeSettings(file: string, text: string, scope: ClaudeScope = claudeScopeOf(file)): ClaudeSettings {
  const doc = readJsonc(file, text);
  const settingsDir = dirname(resolve(file));
  const rules: ClaudeRule[] = [];
  for (const effect of ['allow', 'ask', 'deny'] as const) {
    for (const item of stringItems(doc, nodeAt(doc, ['permissions', effect]), `permissions.${effect}`)) {
      const parsed = parseClaudeRule(item.value);
      if (!parsed) {
        doc.findings.push({
          ruleId: 'native-rule-never-applies',
          severity: 'warning',
          message: `"${item.value}" is not a Claude Code permission rule (Tool or Tool(specifier)): Claude Code ignores it`,
          hint: 'Write it as Bash(npm test), Read(src/**), WebFetch(domain:example.com) or mcp__server__tool.',
          file,
          line: item.line,
          column: item.column,
        });
        continue;
      }
      rules.push({ effect, raw: item.value, parsed, settingsDir, scope, file, line: item.line, column: item.column });
    }
  }
  const settings: ClaudeSettings = { file, scope, rules, findings: doc.findings };
  const mode = nodeAt(doc, ['permissions', 'defaultMode']);
  if (mode && mode.type === 'string' && typeof mode.value === 'string') {
    settings.defaultMode = { value: mode.value, file, ...doc.lines.at(mode.offset) };
  }
  return settings;
}

/** The mode in force: the highest-precedence file that sets one (rule lists merge, scalars do not). */
export function effectiveMode(files: readonly ClaudeSettings[]): ClaudeSettings['defaultMode'] {
  for (const scope of SCOPE_ORDER) {
    const f = files.find((s) => s.scope === scope && s.defaultMode);
    if (f) return f.defaultMode;
  }
  return undefined;
}
