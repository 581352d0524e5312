// Command rules on the real command-pattern compiler (src/match/command.ts).
import { describe, expect, it } from 'vitest';
import { defaultCompiler } from '../../src/analysis/default-compiler.js';
import { checkConflicts } from '../../src/analysis/index.js';
import { CheckedAutomata, only, policySet } from './policy.js';

async function analyse(set: ReturnType<typeof policySet>) {
  return checkConflicts(set, { compiler: defaultCompiler, automata: new CheckedAutomata() });
}

describe('command patterns through the real compiler', () => {
  it('finds dead allows, compound hazards and unreachable approvals', async () => {
    const set = policySet({
      cmdAllow: ['npm *', 'npm test', 'git push --force', 'GIT PUSH --force'],
      cmdDeny: ['git push', 'curl *'],
      cmdApproval: ['git push --force', 'npm test'],
    });
    const found = await analyse(set);
    expect(only(found, 'dead-allow').map((f) => [f.data?.pattern, f.witness])).toEqual([
      ['git push --force', 'git push --force'],
      // Denies match in any case, so the upper-case spelling is denied too.
      ['GIT PUSH --force', 'GIT PUSH --force'],
    ]);
    expect(only(found, 'compound-command-hazard').map((f) => f.witness)).toEqual(['npm a; curl x']);
    expect(only(found, 'unreachable-approval').map((f) => f.data?.pattern)).toEqual(['git push --force']);
    expect(only(found, 'redundant-pattern').map((f) => f.data?.pattern)).toEqual(['npm test']);
  });

  it('reads a pattern with quotes as the command it denotes', async () => {
    const set = policySet({ cmdDeny: ["'rm' -rf", 'rm -rf'] });
    const found = only(await analyse(set), 'duplicate-pattern');
    expect(found.map((f) => f.data?.pattern)).toEqual(['rm -rf']);
  });

  it('reports a universal command allow', async () => {
    const found = only(await analyse(policySet({ cmdAllow: ['*'] })), 'universal-pattern');
    expect(found).toHaveLength(1);
  });
});
