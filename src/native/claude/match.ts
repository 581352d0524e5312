// Claude Code's documented decision for one simple command, path, host or tool under a set of
// settings (deny, then ask, then allow, then the mode's default). Drift uses it to keep only
// witnesses that Claude Code would really let through.
import { compilePolicyGlob } from '../../match/glob.js';
import type { NativeEffect } from '../types.js';
import { claudeCommandMatches } from './commands.js';
import { readClaudePath } from './paths.js';
import type { ClaudeRule } from './reader.js';
import { EDIT_TOOLS, READ_TOOLS, claudeCommandSpec } from './rules.js';

export interface ClaudeContext {
  rules: readonly ClaudeRule[];
  mode: string;
  root: string;
  home: string;
}

function firstEffect(rules: readonly ClaudeRule[], matches: (r: ClaudeRule) => boolean): NativeEffect | undefined {
  for (const effect of ['deny', 'ask', 'allow'] as const) if (rules.some((r) => r.effect === effect && matches(r))) return effect;
  return undefined;
}

function modeDefault(mode: string): NativeEffect {
  return mode === 'bypassPermissions' ? 'allow' : mode === 'dontAsk' || mode === 'plan' ? 'deny' : 'ask';
}

export function ruleMatchesCommand(r: ClaudeRule, command: string): boolean {
  if (r.parsed.tool !== 'Bash') return false;
  return r.parsed.specifier === undefined || claudeCommandMatches(claudeCommandSpec(r.parsed.specifier), command);
}

/** One simple command, wrappers already stripped. */
export function claudeDecidesCommand(ctx: ClaudeContext, command: string): NativeEffect {
  return firstEffect(ctx.rules, (r) => ruleMatchesCommand(r, command)) ?? modeDefault(ctx.mode);
}

/** Whether a Read/Edit rule covers a repository-relative path (exact readings only). */
export function ruleMatchesPath(ctx: ClaudeContext, r: ClaudeRule, relPath: string, op: 'read' | 'write'): boolean {
  const tools = op === 'read' ? READ_TOOLS : EDIT_TOOLS;
  if (!tools.has(r.parsed.tool)) return false;
  if (r.parsed.specifier === undefined) return true;
  const reading = readClaudePath(r.parsed.specifier, { root: ctx.root, settingsDir: r.settingsDir, home: ctx.home });
  return reading.repo.some((g) => compilePolicyGlob(g)(relPath));
}

export function claudeDecidesPath(ctx: ClaudeContext, relPath: string, op: 'read' | 'write'): NativeEffect {
  const v = firstEffect(ctx.rules, (r) => ruleMatchesPath(ctx, r, relPath, op));
  if (v) return v;
  // Paths here are inside the repository: Claude reads there without asking.
  if (op === 'read' || ctx.mode === 'bypassPermissions' || ctx.mode === 'acceptEdits') return 'allow';
  return ctx.mode === 'plan' ? 'deny' : modeDefault(ctx.mode);
}

export function ruleMatchesHost(r: ClaudeRule, host: string): boolean {
  if (r.parsed.tool !== 'WebFetch') return false;
  const spec = r.parsed.specifier;
  return spec === undefined || spec === 'domain:*' || spec.toLowerCase() === `domain:${host}`;
}

export function claudeDecidesHost(ctx: ClaudeContext, host: string): NativeEffect {
  return firstEffect(ctx.rules, (r) => ruleMatchesHost(r, host)) ?? modeDefault(ctx.mode);
}

export function ruleMatchesTool(r: ClaudeRule, tool: string): boolean {
  if (r.parsed.specifier !== undefined) return false;
  const t = r.parsed.tool;
  return t === tool || (t.startsWith('mcp__') && t.split('__').length === 2 && tool.startsWith(`${t}__`)) || (t.endsWith('__*') && tool.startsWith(t.slice(0, -1)));
}

export function claudeDecidesTool(ctx: ClaudeContext, tool: string): NativeEffect {
  return firstEffect(ctx.rules, (r) => ruleMatchesTool(r, tool)) ?? modeDefault(ctx.mode);
}
