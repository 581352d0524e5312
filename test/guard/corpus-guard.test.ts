// The adversarial corpus's command cases through the runtime guard's own bundle (dist/guard.cjs,
// Claude Code's PreToolUse payload), beside test/adversarial/corpus.test.ts, which decides them
// through dist/cli.js. The guard's build keeps the per-program tables as JSON text
// (scripts/build.mjs, data-entries-as-text): a module that read a table around the shared lazy
// tables (src/match/program-tables.ts) would read nothing there and decide differently, without
// any other test noticing. Every case without a working directory of its own, in one pass.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadPending, type Case } from '../adversarial/corpus.mjs';
import { REPO_ROOT } from '../helpers/cli.js';
import { limited, runHook } from './helpers.js';

const GUARD = join(REPO_ROOT, 'dist/guard.cjs');
/** Claude Code's permission decisions, as the corpus names outcomes. */
const OUTCOME: Record<string, string> = { allow: 'allow', deny: 'deny', ask: 'needs-approval' };

/** A temporary git repository holding the named corpus policy (the guard finds its policy through git). */
function policyRepo(policy: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `apl-guard-${policy}-`)));
  cpSync(join(REPO_ROOT, 'fixtures/adversarial/policies', policy), dir, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

async function guardOutcome(c: Case, repo: string): Promise<string> {
  const payload = JSON.stringify({ session_id: 'corpus', cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: c.command } });
  const r = await runHook(['--agent', 'claude'], payload, { cwd: repo, entry: GUARD, env: { CLAUDECODE: '' } });
  // Claude Code reads no output with exit 0 as "no objection".
  if (r.code === 0 && r.stdout.trim() === '') return 'allow';
  try {
    const decision = (JSON.parse(r.stdout) as { hookSpecificOutput?: { permissionDecision?: string } }).hookSpecificOutput?.permissionDecision;
    return OUTCOME[decision ?? ''] ?? `unknown answer ${r.stdout.slice(0, 120)}`;
  } catch {
    return `exit ${r.code}: ${(r.stdout + r.stderr).slice(0, 160)}`;
  }
}

describe('the corpus through dist/guard.cjs', () => {
  const pending = loadPending(REPO_ROOT);
  const cases = loadCorpus(REPO_ROOT).filter((c) => c.command !== undefined && c.cwd === undefined && c.modes.includes('explain') && !pending.has(`${c.id}:explain`));

  it('decides every command case as expected, as the CLI does', async () => {
    expect(cases.length).toBeGreaterThan(1500);
    const repos = new Map<string, string>();
    for (const c of cases) if (!repos.has(c.policy)) repos.set(c.policy, policyRepo(c.policy));
    const got = await limited(cases.map((c) => () => guardOutcome(c, repos.get(c.policy)!)), 3);
    const wrong = cases.flatMap((c, i) => (got[i] === c.expect ? [] : [`${c.id} (${c.policy}) ${c.command!.slice(0, 100)}: expected ${c.expect}, got ${got[i]}`]));
    expect(wrong).toEqual([]);
  }, 900_000);
});
