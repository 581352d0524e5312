// The tools of an agent that a policy governs (for hook-matcher-partial): every tool in the
// vocabulary that runs commands, touches files or reaches hosts. Files and commands are always
// governed (the built-in self-protection rules apply to every policy); hosts when the policy
// restricts the network.
import { toolNames } from '../../agent-tools/index.js';
import type { GuardAgent } from '../../agent-tools/guarded.js';
import type { PolicySet } from '../../policy/types.js';

export function governedTools(agent: GuardAgent, set: PolicySet): string[] {
  const p = set.root.permissions.network;
  const network = p.allowOutbound === false || p.exceptions.length > 0 || p.deny.length > 0 || set.overrides.some((o) => o.permissions.network.deny.length > 0);
  return toolNames(agent).filter(({ does }) => does !== 'none' && does !== 'tool' && (does !== 'fetch' || network)).map(({ name }) => name);
}
