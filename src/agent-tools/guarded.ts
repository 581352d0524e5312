// The agents whose pre-tool hook the runtime guard answers (Cline has a tool vocabulary but no
// hook). Shared data: the guard reads payloads from them and init installs the hook in them.
import type { AgentName } from './index.js';

export type GuardAgent = Exclude<AgentName, 'cline'>;
export const GUARD_AGENTS: readonly GuardAgent[] = ['claude', 'codex', 'gemini', 'cursor', 'copilot'];
