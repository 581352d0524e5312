// Gemini CLI policy files (`.gemini/policies/*.toml`: [[rule]] with toolName, mcpName,
// commandPrefix, commandRegex, argsPattern, decision, priority, modes) and the tool lists of
// `.gemini/settings.json` (tools.allowed, tools.exclude).
import { parse as parseToml } from 'smol-toml';
import type { Finding } from '../../report/finding.js';
import { nodeAt, readJsonc, stringItems } from '../jsonc.js';
import type { NativeEffect, NativePlace } from '../types.js';

export interface GeminiRule extends NativePlace {
  effect: NativeEffect;
  tools: string[];
  commandPrefixes: string[];
  commandRegex?: string;
  argsPattern?: string;
  priority: number;
  /** Approval modes the rule is limited to (undefined: all). */
  modes?: string[];
  raw: string;
}

const DECISIONS: Record<string, NativeEffect> = { allow: 'allow', deny: 'deny', ask_user: 'ask' };

function invalid(file: string, at: { line: number; column: number }, message: string): Finding {
  return { ruleId: 'native-file-invalid', severity: 'warning', message, file, line: at.line, column: at.column, hint: 'Gemini CLI rejects or ignores a rule it cannot read; fix it as the policy engine documentation shows.' };
}

const strings = (v: unknown): string[] | undefined => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);

export function readGeminiPolicy(file: string, text: string): { rules: GeminiRule[]; findings: Finding[] } {
  const findings: Finding[] = [];
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const err = e as { line?: number; column?: number; message: string };
    return { rules: [], findings: [invalid(file, { line: err.line ?? 1, column: err.column ?? 1 }, `not valid TOML: ${err.message.split('\n')[0]}`)] };
  }
  // Each [[rule]] header's line, in order (the TOML parser keeps no positions).
  const headers: number[] = [];
  text.split('\n').forEach((l, i) => {
    if (/^\s*\[\[\s*rule\s*\]\]/.test(l)) headers.push(i + 1);
  });
  const list = Array.isArray(data.rule) ? (data.rule as Record<string, unknown>[]) : [];
  const rules: GeminiRule[] = [];
  list.forEach((r, i) => {
    const at = { file, line: headers[i] ?? 1, column: 1 };
    const effect = typeof r.decision === 'string' ? DECISIONS[r.decision] : undefined;
    if (!effect) return void findings.push(invalid(file, at, 'decision must be "allow", "deny" or "ask_user"'));
    const tools = r.toolName === undefined ? (typeof r.mcpName === 'string' ? [`${r.mcpName}__*`] : ['*']) : strings(r.toolName);
    if (!tools) return void findings.push(invalid(file, at, 'toolName must be a string or a list of strings'));
    const mcp = typeof r.mcpName === 'string' ? r.mcpName : undefined;
    const prefixes = r.commandPrefix === undefined ? [] : strings(r.commandPrefix);
    if (!prefixes) return void findings.push(invalid(file, at, 'commandPrefix must be a string or a list of strings'));
    const modes = r.modes === undefined ? undefined : strings(r.modes);
    const priority = typeof r.priority === 'number' ? r.priority : 0;
    const raw = [`toolName=${tools.join('|')}`, prefixes.length ? `commandPrefix=${prefixes.join('|')}` : '', typeof r.commandRegex === 'string' ? `commandRegex=${r.commandRegex}` : '', `decision=${r.decision}`]
      .filter(Boolean)
      .join(' ');
    rules.push({
      ...at,
      effect,
      tools: mcp && r.toolName !== undefined ? tools.map((t) => (t.includes('__') ? t : `${mcp}__${t}`)) : tools,
      commandPrefixes: prefixes,
      commandRegex: typeof r.commandRegex === 'string' ? r.commandRegex : undefined,
      argsPattern: typeof r.argsPattern === 'string' ? r.argsPattern : undefined,
      priority,
      modes,
      raw,
    });
  });
  return { rules, findings };
}

/** `.gemini/settings.json`: tools.allowed bypass confirmation, tools.exclude remove tools. */
export function readGeminiSettings(file: string, text: string): { rules: GeminiRule[]; findings: Finding[] } {
  const doc = readJsonc(file, text);
  const rules: GeminiRule[] = [];
  for (const [key, effect] of [['allowed', 'allow'], ['exclude', 'deny']] as const) {
    for (const item of stringItems(doc, nodeAt(doc, ['tools', key]), `tools.${key}`)) {
      const open = item.value.indexOf('(');
      const tool = open < 0 ? item.value.trim() : item.value.slice(0, open).trim();
      const arg = open >= 0 && item.value.endsWith(')') ? item.value.slice(open + 1, -1) : undefined;
      rules.push({ file, line: item.line, column: item.column, effect, tools: [tool], commandPrefixes: arg !== undefined ? [arg] : [], priority: 0, raw: item.value });
    }
  }
  return { rules, findings: doc.findings };
}
