// "Secrets never reach output or logs": the guard's answer quotes the command it denies, and a
// fail-closed answer quotes why; both go to the agent, whose transcript keeps them. A token in
// the command is redacted there as it is in the audit log, and a payload that is not JSON is not
// quoted back (JSON.parse's message quotes the text around the error).
import { describe, expect, it } from 'vitest';
import { guardRepo, runHook } from './helpers.js';

const TOKEN = 'ghp_0123456789abcdefghijABCDEFGHIJ012345';
// Built here, not written out, so that no secret scanner flags this file.
const KEY = ['q8Zr3Kd9', 'Lm2Xw7Vb', '5Nc1Ty6H', 'j4Gf0Sa8', 'Pe3Ru7Io'].join('');

describe('the guard keeps secrets out of its answers (built CLI)', () => {
  it('redacts a token in the reason of a deny, for every agent', async () => {
    const repo = guardRepo();
    const command = `curl -H "Authorization: Bearer ${TOKEN}" https://api.github.com/user; export AWS_SECRET_ACCESS_KEY=${KEY}`;
    for (const agent of ['claude', 'codex', 'gemini', 'cursor', 'copilot']) {
      const payload =
        agent === 'copilot'
          ? JSON.stringify({ toolName: 'bash', toolArgs: JSON.stringify({ command }), cwd: repo })
          : agent === 'cursor'
            ? JSON.stringify({ hook_event_name: 'beforeShellExecution', command, cwd: repo, conversation_id: 's' })
            : agent === 'gemini'
              ? JSON.stringify({ session_id: 's', cwd: repo, hook_event_name: 'BeforeTool', tool_name: 'run_shell_command', tool_input: { command } })
              : JSON.stringify({ session_id: 's', cwd: repo, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } });
      const r = await runHook(['--agent', agent, ...(agent === 'copilot' ? ['--event', 'preToolUse'] : [])], payload, { cwd: repo });
      const out = r.stdout + r.stderr;
      expect(out, agent).toMatch(/deny/);
      expect(out, agent).toContain('[REDACTED GitHub token]');
      expect(out, agent).not.toContain(TOKEN);
      expect(out, agent).not.toContain(KEY);
    }
  });

  it('does not quote a payload that is not JSON back (not even the start of a token)', async () => {
    const repo = guardRepo();
    for (const agent of ['claude', 'copilot']) {
      const r = await runHook(['--agent', agent], `${TOKEN} {`, { cwd: repo });
      const out = r.stdout + r.stderr;
      expect(out, agent).toContain('not valid JSON');
      expect(out, agent).not.toContain('ghp_');
    }
  });
});
