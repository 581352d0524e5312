// Properties of the verdict (fast-check, generated policies and actions): the outcome says
// exactly what an approval would change, and the functions the adapters call (the Action's
// changed-files check, the pre-commit hook's agent-commit check, the replay) reach it too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideChangedFiles } from '../../src/action/checks.js';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { actingAgent } from '../../src/engine/acting.js';
import type { Outcome } from '../../src/engine/types.js';
import { decideAgentCommit } from '../../src/hooks/agent-commit.js';
import { replayTexts } from '../../src/replay/index.js';
import { actionArb, spec } from './arbitraries.js';
import { policy, ROOT } from './policy-builder.js';

/** Repository paths as a pull request or a commit names them (clean, relative). */
const SEGMENTS = ['src', 'backend', 'frontend', 'secrets', 'SECRETS', 'docs', '.env', '.ENV', 'a.ts', 'x.pem', 'package.json', 'PACKAGE.JSON', 'node_modules'];
const repoPath = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const agentArb = fc.constantFrom(undefined, 'agent-1', 'someone-else');

const VERDICT_OF: Record<string, Outcome> = {
  'agent-write-denied': 'deny',
  'agent-write-needs-approval': 'needs-approval',
  'staged-agent-write-denied': 'deny',
  'staged-agent-approval-required': 'needs-approval',
  'replay-denied-action': 'deny',
  'replay-missing-approval': 'needs-approval',
};
const verdictOf = (ruleIds: string[]): Outcome => ruleIds.map((r) => VERDICT_OF[r]).find((v) => v !== undefined) ?? 'allow';

describe('the verdict', () => {
  it('says what an approval would change: needs-approval is allowed with one, deny is not, allow stays allowed', () => {
    fc.assert(
      fc.property(spec, actionArb, (s, generated) => {
        const compiled = compilePolicy(policy(s));
        const { approvalId: _ignored, ...action } = generated;
        const without = decide(action as Action, compiled);
        const withApproval = decide({ ...action, approvalId: 'apr_1' } as Action, compiled);
        const expected = { allow: true, 'needs-approval': true, deny: false }[without.outcome];
        expect(withApproval.allowed, `${without.outcome}: ${without.reason} / with approval: ${withApproval.reason}`).toBe(expected);
        expect(without.allowed).toBe(without.outcome === 'allow');
        // And per subject: the subjects are the same, in the same order.
        expect(withApproval.subjects.map((x) => x.subject)).toEqual(without.subjects.map((x) => x.subject));
        without.subjects.forEach((x, i) => {
          expect(withApproval.subjects[i]!.allowed, `${x.subject}: ${x.reason}`).toBe(x.outcome !== 'deny');
        });
      }),
      {
        numRuns: 300,
        // Found by this property (seed 621437712): `rm -rf echo` under an approval gate, in a tree
        // that may hold a built-in deny's path, said needs-approval though an approval still denied it.
        examples: [
          [
            {
              fs: { allow: [], deny: [] },
              cmd: { allow: [], deny: [] },
              net: { outbound: false, exceptions: [], deny: [] },
              tools: { allow: [], deny: [] },
              approvals: { file: ['backend/**'], command: [], host: [], tool: [] },
              exceptions: [],
              overrides: [{ dir: 'backend', fs: { allow: [], deny: [] }, cmd: { allow: [], deny: ['echo *'] }, net: { outbound: false, exceptions: [], deny: [] }, tools: { allow: [], deny: [] } }],
              agents: [],
            },
            { kind: 'command', command: 'rm -rf echo rm', cwd: '/repo/backend' },
          ] as never,
        ],
      },
    );
  });

  it("the Action's, the pre-commit hook's and the replay's checks of agent writes reach decide().outcome", async () => {
    await fc.assert(
      fc.asyncProperty(spec, fc.uniqueArray(repoPath, { minLength: 1, maxLength: 4 }), agentArb, async (s, paths, agent) => {
        const set = policy(s);
        const compiled = compilePolicy(set);
        const agentId = actingAgent(set.root, agent);
        const engine = paths.map((p) => decide({ kind: 'filesystem', op: 'write', paths: [p], agentId }, compiled, { approvalValid: () => false }).outcome);

        const pr = decideChangedFiles(
          paths.map((filename) => ({ filename, status: 'added' as const })),
          (a) => decide(a, compiled, { approvalValid: () => false }),
          { label: 'agent', agentId },
        );
        expect(paths.map((p) => verdictOf(pr.findings.filter((f) => f.file === p).map((f) => f.ruleId)))).toEqual(engine);

        const commit = await decideAgentCommit(paths.map((path) => ({ status: 'A' as const, path })), [{ set, label: '' }], agent ?? 'agent', ROOT, [], Date.now());
        const commitAgent = actingAgent(set.root, agent ?? 'agent');
        const forCommit = paths.map((p) => decide({ kind: 'filesystem', op: 'write', paths: [p], agentId: commitAgent }, compiled).outcome);
        expect(paths.map((p) => verdictOf(commit.findings.filter((f) => f.file === `${ROOT}/${p}`).map((f) => f.ruleId)))).toEqual(forCommit);

        const log = paths.map((path) => JSON.stringify({ action: 'filesystem.write', path, ...(agentId ? { agent_id: agentId } : {}) })).join('\n');
        const replay = await replayTexts({ cwd: ROOT, set, texts: [{ file: `${ROOT}/log.jsonl`, text: log + '\n' }] });
        expect(paths.map((_, i) => verdictOf(replay.findings.filter((f) => f.line === i + 1).map((f) => f.ruleId)))).toEqual(engine);
      }),
      { numRuns: 60 },
    );
  });
});
