// Where each agent keeps its project hook configuration, which events the guard registers there,
// and the command each runs. The command resolves inside the repository (the package installed
// in node_modules), never a registry download, and blocks when it cannot start at all (exit 2,
// or Copilot CLI's explicit deny), since most agents let a failing hook's tool call through.
import type { GuardAgent } from '../../agent-tools/guarded.js';

export const GUARD_BIN = 'node_modules/agent-policy-lint/dist/guard.cjs';

/** One hook the guard needs in an agent's configuration. */
export interface HookSlot {
  /** The agent's event name. */
  event: string;
  /** Matcher for tool events (every tool), where the agent's config has matchers. */
  matcher?: string;
}

export interface AgentHookConfig {
  agent: GuardAgent;
  /** Project file, repository-relative. */
  file: string;
  /** The directory whose presence says the project uses the agent. */
  dir: string;
  /** Claude-like layout (hooks.<Event>: [{matcher, hooks: [{type, command}]}]), Cursor's or Copilot's. */
  layout: 'matcher-groups' | 'cursor' | 'copilot';
  slots: HookSlot[];
  /** The pre-tool events (lint checks that they cover every tool the policy governs). */
  preTool: string[];
  command(slot: HookSlot): Record<string, unknown>;
}

/** The guard from the repository's root, found by git (agents may run hooks from a subdirectory). */
const fromRoot = (agent: string) => `node "$(git rev-parse --show-toplevel)/${GUARD_BIN}" --agent ${agent} || exit 2`;

export const AGENT_HOOK_CONFIGS: Record<GuardAgent, AgentHookConfig> = {
  claude: {
    agent: 'claude',
    file: '.claude/settings.json',
    dir: '.claude',
    layout: 'matcher-groups',
    slots: [{ event: 'PreToolUse', matcher: '*' }, { event: 'PostToolUse', matcher: '*' }, { event: 'SessionStart' }, { event: 'SessionEnd' }],
    preTool: ['PreToolUse'],
    // CLAUDE_PROJECT_DIR is the project root Claude Code was started in.
    command: () => ({ type: 'command', command: `node "$CLAUDE_PROJECT_DIR/${GUARD_BIN}" --agent claude || exit 2`, timeout: 30 }),
  },
  codex: {
    agent: 'codex',
    file: '.codex/hooks.json',
    dir: '.codex',
    layout: 'matcher-groups',
    slots: [{ event: 'PreToolUse', matcher: '.*' }, { event: 'PostToolUse', matcher: '.*' }, { event: 'SessionStart' }, { event: 'SessionEnd' }],
    preTool: ['PreToolUse'],
    command: () => ({ type: 'command', command: fromRoot('codex'), timeout: 30 }),
  },
  gemini: {
    agent: 'gemini',
    file: '.gemini/settings.json',
    dir: '.gemini',
    layout: 'matcher-groups',
    slots: [{ event: 'BeforeTool', matcher: '.*' }, { event: 'AfterTool', matcher: '.*' }, { event: 'SessionStart' }, { event: 'SessionEnd' }],
    preTool: ['BeforeTool'],
    command: () => ({ type: 'command', name: 'agent-policy-lint', command: fromRoot('gemini'), timeout: 30000 }),
  },
  cursor: {
    agent: 'cursor',
    file: '.cursor/hooks.json',
    dir: '.cursor',
    layout: 'cursor',
    slots: [{ event: 'beforeShellExecution' }, { event: 'beforeReadFile' }, { event: 'beforeMCPExecution' }, { event: 'afterFileEdit' }],
    preTool: ['beforeShellExecution', 'beforeReadFile', 'beforeMCPExecution'],
    command: () => ({ command: fromRoot('cursor') }),
  },
  copilot: {
    agent: 'copilot',
    file: '.github/hooks/agent-policy-lint.json',
    dir: '.github',
    layout: 'copilot',
    slots: [{ event: 'preToolUse' }, { event: 'postToolUse' }, { event: 'sessionStart' }, { event: 'sessionEnd' }],
    preTool: ['preToolUse'],
    // Copilot CLI lets the tool run when a hook fails: a guard that cannot start still denies.
    command: (slot) => ({
      type: 'command',
      bash: `node ./${GUARD_BIN} --agent copilot --event ${slot.event} || echo '{"permissionDecision":"deny","permissionDecisionReason":"agent-policy-lint guard could not run"}'`,
      powershell: `node ./${GUARD_BIN} --agent copilot --event ${slot.event}; if ($LASTEXITCODE -ne 0) { '{"permissionDecision":"deny","permissionDecisionReason":"agent-policy-lint guard could not run"}' }`,
      cwd: '.',
      timeoutSec: 30,
    }),
  },
};

/** Whether a hook entry's command runs the guard for this agent. */
export function isGuardCommand(text: unknown, agent: GuardAgent): boolean {
  return typeof text === 'string' && text.includes('agent-policy-lint') && (text.includes(`--agent ${agent}`) || text.includes(`hook --agent ${agent}`));
}
