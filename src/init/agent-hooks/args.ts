import { UsageError } from '../../errors.js';
import { GUARD_AGENTS, type GuardAgent } from '../../agent-tools/guarded.js';
import { detectAgentDirs } from './install.js';

/** `--agent` values checked, or the agents whose configuration directories exist. */
export function agentsToInstall(flags: string[] | undefined, dir: string): GuardAgent[] {
  if (!flags || flags.length === 0) return detectAgentDirs(dir);
  for (const a of flags) {
    if (!(GUARD_AGENTS as readonly string[]).includes(a)) throw new UsageError(`--agent: unknown agent "${a}"; expected one of ${GUARD_AGENTS.join(', ')}`);
  }
  return [...new Set(flags)] as GuardAgent[];
}
