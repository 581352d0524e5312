// A policy given as text, loaded and compiled exactly as a committed one would be: learn checks
// what it proposes with the engine that will enforce it, never with a second reading of its own.
import { join } from 'node:path';
import { compilePolicy, type CompiledPolicy } from '../../engine/index.js';
import { loadPolicySet } from '../../policy/index.js';
import type { Finding } from '../../report/finding.js';

export interface VirtualPolicy {
  compiled?: CompiledPolicy;
  findings: Finding[];
}

/** Loads `text` as the root policy of the repository at `root` (no overrides). */
export async function compileText(text: string, root: string, name = '.agent-policy.learned.yml'): Promise<VirtualPolicy> {
  const file = join(root, name);
  const loaded = await loadPolicySet({ cwd: root, config: file, readFile: (p) => (p === file ? text : undefined), overrideFiles: () => [] });
  return { compiled: loaded.set ? compilePolicy(loaded.set) : undefined, findings: loaded.findings };
}
