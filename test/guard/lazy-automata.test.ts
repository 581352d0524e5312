// The runtime guard loads the command half of the engine without the automata of tree touches
// (src/engine/command-half.ts): a command that touches a tree must then stop before any verdict
// (AutomataNotLoaded, never an allow), and once src/engine/trees.ts is loaded decide exactly as
// the full engine. This file runs in its own module graph, so nothing else has loaded them.
import { describe, expect, it } from 'vitest';
import { policy } from '../engine/policy-builder.js';
import type { Action } from '../../src/engine/types.js';

const spec = {
  fs: { allow: ['src/**', 'test/**'], deny: ['infra/**', '.env*', 'secrets/**'] },
  cmd: { allow: ['npm test', 'rm *', 'cp *'], deny: ['curl *'] },
  approvals: { file: ['src/billing/**'], command: ['npm publish'] },
};
const trees = ['rm -rf src', 'rm -rf .', 'rm -r secrets', 'cp -r src infra', 'rm src/*.ts', 'rm -rf src/billing'];
const plain = ['npm test', 'git status', 'curl example.com', 'rm src/a.ts'];

describe('the guard\'s command half without the automata', () => {
  it('decides commands that touch no tree, and refuses (throws) one that does until the automata load', async () => {
    const files = await import('../../src/engine/files.js');
    await import('../../src/engine/command-half.js');
    const { AutomataNotLoaded } = await import('../../src/engine/automata-support.js');
    const lazy = files.compilePolicy(policy(spec));
    const early = new Map<string, unknown>();
    for (const command of plain) early.set(command, files.decide({ kind: 'command', command } as Action, lazy));
    for (const command of trees) expect(() => files.decide({ kind: 'command', command } as Action, lazy), command).toThrow(AutomataNotLoaded);

    const full = await import('../../src/engine/index.js');
    const eager = full.compilePolicy(policy(spec));
    for (const command of plain) expect(early.get(command), command).toEqual(full.decide({ kind: 'command', command } as Action, eager));
    // The same compiled policy, decided again after the automata load (as the guard does), agrees with the full engine.
    const outcomes = new Set<boolean>();
    for (const command of trees) {
      const again = files.decide({ kind: 'command', command } as Action, lazy);
      expect(again, command).toEqual(full.decide({ kind: 'command', command } as Action, eager));
      outcomes.add(again.allowed);
    }
    expect(outcomes).toEqual(new Set([true, false]));
  });
});
