// The engine reads command allow lists soundly (src/engine/sound-allow-list.ts): the verdict and
// its reason, for the root's list and an agent's narrowing list.
import { describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { policy } from './policy-builder.js';

const P = compilePolicy(
  policy({
    cmd: { allow: ['git status *', 'git log *', 'npm test', 'ls *', 'echo *', 'rm *', 'sort *'], deny: ['rm -rf'] },
    agents: [{ id: 'narrow', permissions: { cmd: { allow: ['git *'] } } }],
  }),
);
const C = (command: string, extra: Partial<Action> = {}): Action => ({ kind: 'command', command, ...extra }) as Action;

describe('sound allow lists in decisions', () => {
  it.each([
    ['git status $X', /"\$X" is known only at run time where git reads options/],
    ['npm test $ARGS', /where npm reads options/],
    ['git log --output=/tmp/x', /makes git act on a place the line does not show \(--output\)/],
    ['sort $OPTS x', /where sort reads options/],
  ])('%s is not admitted, and the reason says why', (line, why) => {
    const d = decide(C(line), P);
    expect(d.outcome).toBe('deny');
    expect(d.subjects.map((s) => s.reason).join('\n')).toMatch(why);
  });

  it.each(['git status', 'echo "$HOME" $X', 'npm test'])('%s is allowed', (line) => {
    expect(decide(C(line), P).outcome).toBe('allow');
  });

  // The allow admits these (a run-time word after `--`, or where ls takes no code), but the file
  // named at run time may be any file, the denied ones included: commands.opaque decides (ask).
  it.each(['git log -- $X', 'ls $X'])('%s: admitted by the allow, its run-time file asks', (line) => {
    const d = decide(C(line), P);
    expect(d.outcome).toBe('needs-approval');
    expect(d.subjects.filter((s) => s.kind === 'command' && s.subject === line).every((s) => s.outcome !== 'deny')).toBe(true);
  });

  it('a deny still matches some expansion: F=-rf; rm $F x', () => {
    const d = decide(C('F=-rf; rm $F x'), P);
    expect(d.outcome).toBe('deny');
    expect(d.reason).toContain('rm -rf');
  });

  it("an agent's narrowing list is read soundly too", () => {
    expect(decide(C('git status', { agentId: 'narrow' }), P).outcome).toBe('allow');
    const d = decide(C('git status $X', { agentId: 'narrow' }), P);
    expect(d.outcome).toBe('deny');
  });
});
