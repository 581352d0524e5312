import { describe, expect, it } from 'vitest';
import { BUILTIN_ENV_MARKERS, detectAgentCommit, readEnvMarkers } from '../../src/agents/environment.js';

const none = () => undefined;

describe('detectAgentCommit', () => {
  it('finds no agent in a plain environment', () => {
    expect(detectAgentCommit({ env: { PATH: '/bin', GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com' }, authorAgent: none })).toBeUndefined();
  });

  it.each([
    [{ CLAUDECODE: '1' }, 'claude', 'CLAUDECODE=1'],
    [{ CURSOR_AGENT: '1' }, 'cursor', 'CURSOR_AGENT is set'],
    [{ CURSOR_EXTENSION_HOST_ROLE: 'agent-exec' }, 'cursor', 'CURSOR_EXTENSION_HOST_ROLE=agent-exec'],
    [{ GEMINI_CLI: '1' }, 'gemini', 'GEMINI_CLI=1'],
    [{ CODEX_SANDBOX: 'seatbelt' }, 'codex', 'CODEX_SANDBOX is set'],
    [{ CODEX_SANDBOX_NETWORK_DISABLED: '1' }, 'codex', 'CODEX_SANDBOX_NETWORK_DISABLED=1'],
    [{ COPILOT_AGENT: '1' }, 'copilot', 'COPILOT_AGENT=1'],
    [{ AI_AGENT: 'my-bot@2' }, 'my-bot@2', 'AI_AGENT is set'],
  ])('recognises the runtime marker %j', (env, agent, via) => {
    expect(detectAgentCommit({ env, authorAgent: none })).toEqual({ agent, via });
  });

  it('ignores markers with the wrong value and editor-wide variables', () => {
    expect(detectAgentCommit({ env: { CLAUDECODE: '0' }, authorAgent: none })).toBeUndefined();
    expect(detectAgentCommit({ env: { CLAUDECODE: '' }, authorAgent: none })).toBeUndefined();
    // Every Cursor terminal has these: a person's commit there is not an agent's.
    expect(detectAgentCommit({ env: { CURSOR_TRACE_ID: 'abc', TERM_PROGRAM: 'vscode' }, authorAgent: none })).toBeUndefined();
    expect(detectAgentCommit({ env: { CURSOR_EXTENSION_HOST_ROLE: 'user' }, authorAgent: none })).toBeUndefined();
  });

  it('--agent beats AGENT_ID, which beats the policy markers, which beat the built-in ones', () => {
    const env = { CLAUDECODE: '1', AGENT_ID: 'ops-bot', MY_RUNTIME: 'yes' };
    const policyMarkers = [{ name: 'MY_RUNTIME', agent: 'runtime-bot' }];
    expect(detectAgentCommit({ flag: 'cli-bot', env, policyMarkers, authorAgent: none })).toEqual({ agent: 'cli-bot', via: '--agent' });
    expect(detectAgentCommit({ env, policyMarkers, authorAgent: none })).toEqual({ agent: 'ops-bot', via: 'AGENT_ID' });
    const { AGENT_ID: _, ...rest } = env;
    expect(detectAgentCommit({ env: rest, policyMarkers, authorAgent: none })?.agent).toBe('runtime-bot');
    expect(detectAgentCommit({ env: rest, authorAgent: none })?.agent).toBe('claude');
  });

  it('builtin_env: false turns the built-in markers off, not the policy ones', () => {
    expect(detectAgentCommit({ env: { CLAUDECODE: '1' }, builtinEnv: false, authorAgent: none })).toBeUndefined();
    expect(detectAgentCommit({ env: { X: '1' }, builtinEnv: false, policyMarkers: [{ name: 'X', value: '1', agent: 'x' }], authorAgent: none })?.agent).toBe('x');
  });

  it('recognises aider by its author name and others by the author e-mail lookup', () => {
    expect(detectAgentCommit({ env: { GIT_AUTHOR_NAME: 'Dev Person (aider)' }, authorAgent: none })).toEqual({ agent: 'aider', via: 'author "Dev Person (aider)"' });
    const lookup = (_n: string, e: string) => (e.includes('devin-ai-integration[bot]') ? 'devin' : undefined);
    expect(
      detectAgentCommit({ env: { GIT_AUTHOR_NAME: 'Devin AI', GIT_AUTHOR_EMAIL: '158243242+devin-ai-integration[bot]@users.noreply.github.com' }, authorAgent: lookup }),
    ).toEqual({ agent: 'devin', via: 'author <158243242+devin-ai-integration[bot]@users.noreply.github.com>' });
  });

  it('every built-in marker names an agent', () => {
    for (const m of BUILTIN_ENV_MARKERS) expect(m.agent).not.toBe('');
  });
});

describe('readEnvMarkers', () => {
  it('reads names, { name, value, agent } entries and builtin_env', () => {
    const raw = { agent_detection: { builtin_env: false, env: ['MY_AGENT', { name: 'RUNTIME', value: 'bot', agent: 'runtime-bot' }, { name: 'ONLY_NAME' }] } };
    expect(readEnvMarkers(raw)).toEqual({
      builtinEnv: false,
      markers: [
        { name: 'MY_AGENT', agent: 'my_agent' },
        { name: 'RUNTIME', value: 'bot', agent: 'runtime-bot' },
        { name: 'ONLY_NAME', value: undefined, agent: 'only_name' },
      ],
    });
  });

  it('has no markers without agent_detection', () => {
    expect(readEnvMarkers({ version: '2.1' })).toEqual({ markers: [], builtinEnv: true });
    expect(readEnvMarkers(undefined)).toEqual({ markers: [], builtinEnv: true });
  });
});
