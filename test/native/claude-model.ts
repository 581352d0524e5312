// An independent model of Claude Code's documented permission semantics
// (code.claude.com/docs/en/permissions): the oracle the imported and exported policies are
// compared with. Written apart from src/native on purpose, from the documentation only, and kept
// on the strict side where the documentation is silent (sandbox auto-allow and the read-only
// commands Claude runs without asking are left out: they only make Claude more permissive).
import picomatch from 'picomatch';
import { posix } from 'node:path';

export type Verdict = 'allow' | 'ask' | 'deny';
export const RANK: Record<Verdict, number> = { deny: 0, ask: 1, allow: 2 };

export interface ModelRule {
  effect: Verdict;
  tool: string;
  spec?: string;
}

export interface ClaudeModel {
  rules: ModelRule[];
  mode: string;
  /** Absolute project directory (the working directory). */
  project: string;
  home: string;
  settingsDir: string;
}

export function parseRules(permissions: { allow?: unknown[]; ask?: unknown[]; deny?: unknown[] }): ModelRule[] {
  const out: ModelRule[] = [];
  for (const effect of ['allow', 'ask', 'deny'] as const) {
    for (const raw of permissions[effect] ?? []) {
      if (typeof raw !== 'string') continue;
      const m = /^(\w[\w-]*)(?:\((.*)\))?$/s.exec(raw.trim());
      if (!m) continue;
      const spec = m[2] === undefined || m[2] === '' || m[2] === '*' ? undefined : m[2];
      out.push({ effect, tool: m[1]!, spec });
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[\\^$.+?()[\]{}|/]/g, '\\$&');
}

/** One Bash rule specifier against one simple command. */
export function bashRuleMatches(spec: string, command: string): boolean {
  let body = spec;
  let tail = '';
  if (body.endsWith(':*')) {
    body = body.slice(0, -2);
    tail = '(?: .*)?';
  } else if (body.endsWith(' *')) {
    body = body.slice(0, -2);
    tail = '(?: .*)?';
  }
  const re = new RegExp('^' + body.split('*').map(escape).join('.*') + tail + '$', 's');
  return re.test(command);
}

/** Splits on && || ; | & and newlines outside quotes (Claude matches each part on its own). */
export function splitCompound(line: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      cur += c;
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') cur += line[++i] ?? '';
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      cur += c;
    } else if (c === '\\') cur += c + (line[++i] ?? '');
    else if (c === ';' || c === '\n' || c === '|' || c === '&') {
      parts.push(cur);
      cur = '';
      if ((c === '&' || c === '|') && line[i + 1] === c) i++;
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Claude strips these before matching (documented: timeout, nice, nohup). */
function stripWrappers(cmd: string): string {
  for (;;) {
    const m = /^(?:timeout\s+\S+|nice(?:\s+-n\s+\S+)?|nohup)\s+(.*)$/s.exec(cmd);
    if (!m) return cmd;
    cmd = m[1]!;
  }
}

function pick(model: ClaudeModel, tools: string[], matches: (r: ModelRule) => boolean): Verdict | undefined {
  for (const effect of ['deny', 'ask', 'allow'] as const) {
    if (model.rules.some((r) => r.effect === effect && tools.includes(r.tool) && matches(r))) return effect;
  }
  return undefined;
}

export function decideCommand(model: ClaudeModel, line: string): Verdict {
  const parts = splitCompound(line);
  let worst: Verdict = 'allow';
  for (const raw of parts) {
    const cmd = stripWrappers(raw);
    const v =
      pick(model, ['Bash'], (r) => r.spec === undefined || bashRuleMatches(r.spec, cmd) || bashRuleMatches(r.spec, raw)) ??
      (model.mode === 'bypassPermissions' ? 'allow' : model.mode === 'dontAsk' || model.mode === 'plan' ? 'deny' : 'ask');
    if (RANK[v] < RANK[worst]) worst = v;
  }
  return worst;
}

/** A gitignore-style Claude path pattern as an absolute glob (or a basename glob). */
function absoluteGlob(model: ClaudeModel, spec: string): { glob: string; base: boolean } {
  let s = spec;
  if (s.endsWith('/')) s += '**';
  if (s.startsWith('//')) return { glob: s.slice(1), base: false };
  if (s.startsWith('~/')) return { glob: model.home + s.slice(1), base: false };
  if (s.startsWith('/')) return { glob: model.settingsDir + s, base: false };
  const rel = s.startsWith('./') ? s.slice(2) : s;
  if (!rel.includes('/')) return { glob: rel, base: true };
  return { glob: posix.join(model.project, rel), base: false };
}

export function pathRuleMatches(model: ClaudeModel, spec: string, absPath: string): boolean {
  const { glob, base } = absoluteGlob(model, spec);
  if (base) {
    if (!absPath.startsWith(model.project + '/')) return false;
    return picomatch.isMatch(posix.basename(absPath), glob, { dot: true });
  }
  return picomatch.isMatch(absPath, glob, { dot: true }) || picomatch.isMatch(absPath, glob + '/**', { dot: true });
}

const READ_TOOLS = ['Read'];
const EDIT_TOOLS = ['Edit', 'Write', 'MultiEdit'];

export function decidePath(model: ClaudeModel, absPath: string, op: 'read' | 'write'): Verdict {
  const inside = absPath.startsWith(model.project + '/');
  const tools = op === 'read' ? READ_TOOLS : EDIT_TOOLS;
  const v = pick(model, tools, (r) => r.spec === undefined || pathRuleMatches(model, r.spec, absPath));
  if (v) return v;
  if (model.mode === 'bypassPermissions') return 'allow';
  if (op === 'read') return inside ? 'allow' : model.mode === 'dontAsk' ? 'deny' : 'ask';
  if (model.mode === 'plan') return 'deny';
  if (model.mode === 'acceptEdits' && inside) return 'allow';
  return model.mode === 'dontAsk' ? 'deny' : 'ask';
}

export function decideHost(model: ClaudeModel, host: string): Verdict {
  const v = pick(model, ['WebFetch'], (r) => r.spec === undefined || r.spec === `domain:${host}` || r.spec === 'domain:*');
  return v ?? (model.mode === 'bypassPermissions' ? 'allow' : model.mode === 'dontAsk' || model.mode === 'plan' ? 'deny' : 'ask');
}

export function decideTool(model: ClaudeModel, tool: string): Verdict {
  const v = pick(
    model,
    model.rules.map((r) => r.tool),
    (r) => r.spec === undefined && (r.tool === tool || (r.tool.split('__').length === 2 && tool.startsWith(r.tool + '__'))),
  );
  return v ?? (model.mode === 'bypassPermissions' ? 'allow' : model.mode === 'dontAsk' || model.mode === 'plan' ? 'deny' : 'ask');
}
