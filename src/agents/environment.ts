// Is this commit being made by an agent, and which one? Sources, strongest first:
// --agent ID, AGENT_ID, the policy's own `agent_detection.env` markers, built-in environment
// markers that agent runtimes set, and the commit's author identity (git exports GIT_AUTHOR_NAME
// and GIT_AUTHOR_EMAIL to the pre-commit hook). docs/pre-commit.md lists each marker's source.

export interface EnvMarker {
  /** Environment variable name. */
  name: string;
  /** Exact value required; undefined: any non-empty value. */
  value?: string;
  /** Agent id to decide as; `$value` uses the variable's value. */
  agent: string;
  /** Only observed in practice (third-party reports), not in the runtime's own docs or source. */
  heuristic?: boolean;
}

/**
 * Built-in markers. Deliberately absent: CURSOR_TRACE_ID and TERM_PROGRAM=vscode, which every
 * terminal of the editor carries (a person's commit there is not an agent's), and REPL_ID.
 */
export const BUILTIN_ENV_MARKERS: readonly EnvMarker[] = [
  { name: 'AI_AGENT', agent: '$value' },
  { name: 'CLAUDECODE', value: '1', agent: 'claude' },
  { name: 'CURSOR_AGENT', agent: 'cursor' },
  { name: 'CURSOR_EXTENSION_HOST_ROLE', value: 'agent-exec', agent: 'cursor', heuristic: true },
  { name: 'GEMINI_CLI', value: '1', agent: 'gemini' },
  { name: 'CODEX_SANDBOX', agent: 'codex' },
  { name: 'CODEX_THREAD_ID', agent: 'codex' },
  { name: 'CODEX_CI', agent: 'codex' },
  { name: 'CODEX_SANDBOX_NETWORK_DISABLED', value: '1', agent: 'codex' },
  { name: 'COPILOT_AGENT', value: '1', agent: 'copilot' },
  { name: 'COPILOT_CLI', value: '1', agent: 'copilot', heuristic: true },
  { name: 'COPILOT_AGENT_SESSION_ID', agent: 'copilot', heuristic: true },
  { name: 'OPENCODE', agent: 'opencode' },
];

export interface AgentCommit {
  agent: string;
  /** How it was recognised, for the message: `--agent`, `AGENT_ID`, `CLAUDECODE=1`, `author …`. */
  via: string;
}

export interface DetectionInput {
  /** --agent */
  flag?: string;
  env: NodeJS.ProcessEnv;
  /** The policy's own markers (agent_detection.env). */
  policyMarkers?: readonly EnvMarker[];
  /** agent_detection.builtin_env: false turns the built-in markers off. */
  builtinEnv?: boolean;
  /** The author e-mail's agent, when the policy or the Action's signal data names it. */
  authorAgent?: (name: string, email: string) => string | undefined;
}

function matchMarker(m: EnvMarker, env: NodeJS.ProcessEnv): AgentCommit | undefined {
  // Own variables only: a marker named `constructor` must not find Object's constructor.
  const v = Object.hasOwn(env, m.name) ? env[m.name] : undefined;
  if (v === undefined || v === '') return undefined;
  if (m.value !== undefined && v !== m.value) return undefined;
  const agent = m.agent === '$value' ? v.trim() : m.agent;
  if (!agent) return undefined;
  return { agent, via: m.value !== undefined ? `${m.name}=${m.value}` : `${m.name} is set` };
}

export function detectAgentCommit(input: DetectionInput): AgentCommit | undefined {
  const flag = input.flag?.trim();
  if (flag) return { agent: flag, via: '--agent' };
  const id = input.env.AGENT_ID?.trim();
  if (id) return { agent: id, via: 'AGENT_ID' };
  for (const m of input.policyMarkers ?? []) {
    const hit = matchMarker(m, input.env);
    if (hit) return { ...hit, via: `${hit.via} (agent_detection.env)` };
  }
  if (input.builtinEnv !== false) {
    for (const m of BUILTIN_ENV_MARKERS) {
      const hit = matchMarker(m, input.env);
      if (hit) return hit;
    }
  }
  const name = input.env.GIT_AUTHOR_NAME ?? '';
  const email = input.env.GIT_AUTHOR_EMAIL ?? '';
  // aider appends "(aider)" to the author name of the commits it makes (aider docs: Git integration).
  if (/\(aider\)\s*$/.test(name)) return { agent: 'aider', via: `author "${name}"` };
  const byIdentity = (name || email) && input.authorAgent ? input.authorAgent(name, email) : undefined;
  if (byIdentity) return { agent: byIdentity, via: `author <${email}>` };
  return undefined;
}

/** Reads `agent_detection.env` and `builtin_env` from the root policy's raw document (the schema checks their shape). */
export function readEnvMarkers(raw: unknown): { markers: EnvMarker[]; builtinEnv: boolean } {
  const ad = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).agent_detection : undefined;
  if (!ad || typeof ad !== 'object' || Array.isArray(ad)) return { markers: [], builtinEnv: true };
  const rec = ad as Record<string, unknown>;
  const markers: EnvMarker[] = [];
  for (const item of Array.isArray(rec.env) ? rec.env : []) {
    if (typeof item === 'string' && item.trim()) {
      markers.push({ name: item.trim(), agent: item.trim().toLowerCase() });
    } else if (item && typeof item === 'object' && typeof (item as Record<string, unknown>).name === 'string') {
      const r = item as Record<string, unknown>;
      const name = String(r.name).trim();
      if (!name) continue;
      const agent = typeof r.agent === 'string' && r.agent.trim() ? r.agent.trim() : name.toLowerCase();
      markers.push({ name, value: typeof r.value === 'string' ? r.value : undefined, agent });
    }
  }
  return { markers, builtinEnv: rec.builtin_env !== false };
}
