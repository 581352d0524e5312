// lint: a committed agent configuration without the runtime guard (hook-not-installed), or whose
// guard's matcher skips tools the policy governs (hook-matcher-partial). Agents run whatever hooks
// their configuration lists: a guard missing there is a guard that never runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, getNodeValue, parseTree, type Node } from 'jsonc-parser';
import { governedTools } from './governed.js';
import type { Finding } from '../../report/finding.js';
import type { PolicySet } from '../../policy/types.js';
import { AGENT_HOOK_CONFIGS, isGuardCommand, type AgentHookConfig } from './configs.js';
import { detectAgentDirs } from './install.js';

interface ConfigFile {
  file: string;
  text: string;
  root?: Node;
}

function read(abs: string): ConfigFile | undefined {
  try {
    const text = readFileSync(abs, 'utf8');
    return { file: abs, text, root: parseTree(text, [], { allowTrailingComma: true }) };
  } catch {
    return undefined;
  }
}

/** 1-based line and column of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** The files that may hold the agent's hooks. */
function candidates(dir: string, c: AgentHookConfig): ConfigFile[] {
  if (c.agent === 'copilot') {
    const hooks = join(dir, '.github', 'hooks');
    let names: string[] = [];
    try {
      names = readdirSync(hooks).filter((n) => n.endsWith('.json')).sort();
    } catch {
      return [];
    }
    return names.map((n) => read(join(hooks, n))).filter((f): f is ConfigFile => f !== undefined);
  }
  const out: ConfigFile[] = [];
  const main = read(join(dir, c.file));
  if (main) out.push(main);
  // Codex also reads inline [hooks] tables in .codex/config.toml.
  if (c.agent === 'codex') {
    const toml = join(dir, '.codex', 'config.toml');
    if (existsSync(toml)) out.push({ file: toml, text: readFileSync(toml, 'utf8') });
  }
  return out;
}

/** The guard's entries under a pre-tool event: their matchers (undefined: every tool). */
function guardMatchers(f: ConfigFile, c: AgentHookConfig, event: string): Array<string | undefined> | undefined {
  if (!f.root) {
    // TOML: the guard's command with the agent named counts as installed for every tool.
    return isGuardCommand(f.text, c.agent) && f.text.includes(event) ? [undefined] : undefined;
  }
  const node = findNodeAtLocation(f.root, ['hooks', event]);
  const value: unknown = node ? getNodeValue(node) : undefined;
  if (!Array.isArray(value)) return undefined;
  const out: Array<string | undefined> = [];
  for (const e of value) {
    if (typeof e !== 'object' || e === null) continue;
    const entry = e as Record<string, unknown>;
    if (c.layout === 'matcher-groups') {
      const hooks = Array.isArray(entry.hooks) ? entry.hooks : [];
      if (hooks.some((h) => typeof h === 'object' && h !== null && isGuardCommand((h as Record<string, unknown>).command, c.agent))) {
        out.push(typeof entry.matcher === 'string' ? entry.matcher : undefined);
      }
    } else if (isGuardCommand(entry.command ?? entry.bash ?? entry.powershell, c.agent)) out.push(undefined);
  }
  return out.length > 0 ? out : undefined;
}

const EVERY_TOOL = new Set(['', '*', '.*', '.+', '^.*$']);

/** The tools a matcher lets through, of those given (an invalid matcher matches none). */
function matched(matcher: string | undefined, tools: readonly string[]): Set<string> {
  if (matcher === undefined || EVERY_TOOL.has(matcher.trim())) return new Set(tools);
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${matcher})$`);
  } catch {
    return new Set();
  }
  return new Set(tools.filter((t) => re.test(t)));
}

export function checkAgentHooks(dir: string, set: PolicySet): Finding[] {
  const out: Finding[] = [];
  for (const agent of detectAgentDirs(dir)) {
    const c = AGENT_HOOK_CONFIGS[agent];
    const files = candidates(dir, c);
    const hit = files.flatMap((f) => c.preTool.map((event) => ({ f, event, matchers: guardMatchers(f, c, event) })));
    const installed = hit.filter((h) => h.matchers !== undefined);
    const shown = files[0] ?? { file: join(dir, c.agent === 'copilot' ? '.github/hooks' : c.file), text: '' };
    if (installed.length === 0) {
      out.push({
        ruleId: 'hook-not-installed',
        severity: 'warning',
        file: shown.file,
        line: files.length > 0 ? 1 : 0,
        column: files.length > 0 ? 1 : 0,
        message: `the repository configures ${agent} (${c.dir}/) but its hooks do not run the agent-policy-lint guard: the policy is not enforced while ${agent} works`,
        hint: `Run agent-policy-lint init --agent ${agent} (it merges the hook into ${c.file}, keeping what is there).`,
      });
      continue;
    }
    const governed = governedTools(agent, set);
    let missing: string[];
    if (c.layout === 'cursor') {
      missing = c.preTool.filter((event) => !installed.some((h) => h.event === event));
      if (installed.some((h) => h.event === 'preToolUse')) missing = [];
    } else {
      const covered = new Set<string>();
      for (const h of installed) for (const m of h.matchers!) for (const t of matched(m, governed)) covered.add(t);
      missing = governed.filter((t) => !covered.has(t));
    }
    if (missing.length === 0) continue;
    const first = installed[0]!;
    const node = first.f.root ? findNodeAtLocation(first.f.root, ['hooks', first.event]) : undefined;
    const at = node ? position(first.f.text, node.offset) : { line: 1, column: 1 };
    out.push({
      ruleId: 'hook-matcher-partial',
      severity: 'warning',
      file: first.f.file,
      line: at.line,
      column: at.column,
      message: `the ${agent} guard does not run for ${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ` and ${missing.length - 6} more` : ''}, which the policy governs: those calls are never checked`,
      hint: c.layout === 'cursor' ? `Register the guard on ${missing.join(', ')} too (agent-policy-lint init --agent cursor adds them).` : `Use the matcher "${c.slots[0]!.matcher}" for the guard's ${first.event} hook (agent-policy-lint init --agent ${agent} adds one).`,
    });
  }
  return out;
}

