// Who acts and on what, as a policy sees it: the agent a decision is made for, and a repository
// path as the engine expects it. Every adapter that decides for a detected agent (the Action,
// the pre-commit hook, the runtime guard) asks here.
import { isAbsolute, relative, sep } from 'node:path';
import type { RootPolicy } from '../policy/types.js';

/**
 * The agent id to decide as: the detected agent when the policy lists it under `agents`, else
 * the policy's own `agent_id` (a 1.0 policy names the one agent it governs), else none.
 */
export function actingAgent(root: Pick<RootPolicy, 'agents' | 'agentId'>, detected: string | undefined): string | undefined {
  return detected !== undefined && root.agents.some((a) => a.id === detected) ? detected : root.agentId;
}

/**
 * An absolute path as the engine expects it: relative to the policy's root (POSIX separators),
 * or absolute when outside it, so that the engine treats it as outside the workspace.
 */
export function policyPath(policyRoot: string, absolutePath: string): string {
  const rel = relative(policyRoot, absolutePath);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolutePath : rel.split(sep).join('/');
}
