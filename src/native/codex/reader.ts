// Codex permission files: `.rules` files of prefix_rule(...) calls (execpolicy; see
// fixtures/native/README.md) and `config.toml` (sandbox_mode, approval_policy).
import { parse as parseToml } from 'smol-toml';
import type { Finding } from '../../report/finding.js';
import type { NativeEffect, NativePlace } from '../types.js';
import { readStarlark } from './starlark.js';

export interface CodexRule extends NativePlace {
  effect: NativeEffect;
  /** Token alternatives, in order: [["git"], ["push", "fetch"]]. */
  pattern: string[][];
  raw: string;
}

const DECISIONS: Record<string, NativeEffect> = { allow: 'allow', prompt: 'ask', forbidden: 'deny' };

function invalid(file: string, at: { line: number; column: number }, message: string, ruleId = 'native-file-invalid'): Finding {
  return { ruleId, severity: 'warning', message, file, line: at.line, column: at.column, hint: 'Codex rejects or ignores what it cannot read; fix it as the Codex rules documentation shows.' };
}

export function readCodexRules(file: string, text: string): { rules: CodexRule[]; findings: Finding[] } {
  const { calls, problems } = readStarlark(text);
  const findings: Finding[] = problems.map((p) => invalid(file, p, p.message));
  const rules: CodexRule[] = [];
  for (const call of calls) {
    if (call.name !== 'prefix_rule') {
      if (call.name !== 'host_executable') findings.push(invalid(file, call, `${call.name}() is not a Codex rule function (prefix_rule)`, 'native-rule-never-applies'));
      continue;
    }
    const pattern = call.args.get('pattern');
    const decision = call.args.get('decision');
    const effect = decision === undefined ? 'allow' : typeof decision.value === 'string' && Object.hasOwn(DECISIONS, decision.value) ? DECISIONS[decision.value] : undefined;
    if (effect === undefined) {
      findings.push(invalid(file, decision ?? call, `decision must be "allow", "prompt" or "forbidden"`));
      continue;
    }
    const tokens = pattern && Array.isArray(pattern.value) ? pattern.value.map((el) => (typeof el === 'string' ? [el] : Array.isArray(el) && el.every((x) => typeof x === 'string') ? (el as string[]) : undefined)) : undefined;
    if (!tokens || tokens.length === 0 || tokens.some((t) => t === undefined || t.length === 0)) {
      findings.push(invalid(file, pattern ?? call, 'pattern must be a non-empty list of strings or lists of strings'));
      continue;
    }
    const alts = tokens as string[][];
    const raw = `prefix_rule(${alts.map((a) => (a.length === 1 ? JSON.stringify(a[0]) : `[${a.map((x) => JSON.stringify(x)).join(', ')}]`)).join(', ')}) ${decision ? (decision.value as string) : 'allow'}`;
    rules.push({ effect, pattern: alts, raw, file, line: call.line, column: call.column });
  }
  return { rules, findings };
}

export interface CodexConfig {
  file: string;
  sandboxMode?: { value: string } & NativePlace;
  approvalPolicy?: { value: string } & NativePlace;
  networkAccess?: boolean;
  findings: Finding[];
}

/** The line of a top-level `key = …` (config.toml keys are read by the TOML parser; this only places them). */
function keyPlace(file: string, text: string, key: string): NativePlace {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimStart();
    if (t.startsWith('[')) break;
    if (t.startsWith(key) && t.slice(key.length).trimStart().startsWith('=')) return { file, line: i + 1, column: lines[i]!.length - t.length + 1 };
  }
  return { file, line: 1, column: 1 };
}

export function readCodexConfig(file: string, text: string): CodexConfig {
  const config: CodexConfig = { file, findings: [] };
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const err = e as { line?: number; column?: number; message: string };
    config.findings.push(invalid(file, { line: err.line ?? 1, column: err.column ?? 1 }, `not valid TOML: ${err.message.split('\n')[0]}`));
    return config;
  }
  for (const [key, field] of [['sandbox_mode', 'sandboxMode'], ['approval_policy', 'approvalPolicy']] as const) {
    const v = data[key];
    if (typeof v === 'string') config[field] = { value: v, ...keyPlace(file, text, key) };
  }
  const ws = data.sandbox_workspace_write as Record<string, unknown> | undefined;
  if (ws && typeof ws.network_access === 'boolean') config.networkAccess = ws.network_access;
  return config;
}

