// `agent-policy-lint hook --agent AGENT`: reads the hook payload on stdin, answers on stdout and
// stderr with the exit code the agent honours. Shared by the CLI's `hook` command and the small
// dedicated entry dist/guard.cjs (boot.ts, scripts/build.mjs).
import { fstatSync, readSync } from 'node:fs';
import { writeBytes } from '../fd-write.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { plainLongOptions } from '../long-options.js';
import { failClosed } from './answers.js';
import { GUARD_AGENTS, type GuardAgent } from './event.js';
import { prefetchOverrides } from './prefetch.js';

export const HOOK_USAGE = `Usage: agent-policy-lint hook --agent claude|codex|gemini|cursor|copilot [--event NAME] [--agent-id ID]

The runtime guard: reads the agent's hook payload on stdin, decides the tool call with the
repository's policy, appends it to the session's audit log (.agent-logs/<session>.jsonl) and
answers in the agent's own format. Any failure is a deny (it fails closed). Install it with
agent-policy-lint init --agent AGENT; see docs/runtime.md.

Options:
      --agent AGENT    the agent whose payload this is (required)
      --event NAME     the hook event, for payloads that do not name it (Copilot CLI)
      --agent-id ID    the policy's identity for this agent (agents: in the policy)
  -h, --help           show this help`;

/**
 * The payload. Read with readSync on fd 0 (agents write it to a pipe and close it): creating
 * process.stdin's stream costs a guard start more than the read. A descriptor that would block
 * (EAGAIN: non-blocking) hands what was read so far to the stream reader, which reads the rest.
 */
async function readStdin(): Promise<string> {
  // A terminal (or another character device such as /dev/null): no payload. node:tty is not loaded for this.
  if (fstatSync(0).isCharacterDevice()) return '';
  const chunks: Buffer[] = [];
  for (;;) {
    const buf = Buffer.allocUnsafe(65536);
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') break;
      if (code === 'EOF') return Buffer.concat(chunks).toString('utf8');
      throw e;
    }
    if (n === 0) return Buffer.concat(chunks).toString('utf8');
    chunks.push(buf.subarray(0, n));
  }
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface HookIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * The answer is written with writeSync on fd 1 or 2 (../fd-write.ts), as the payload is read:
 * process.stdout's stream costs a guard start about 2.5 ms (the stream modules; for a pipe, the
 * net modules too). A descriptor that would block is waited for, so the answer is out when
 * runHook returns and the process may exit at once (./entry.ts).
 */
const processIo: HookIo = { stdout: (s) => writeBytes(1, Buffer.from(s, 'utf8')), stderr: (s) => writeBytes(2, Buffer.from(s, 'utf8')) };

/** Runs the hook command; returns the exit code. */
export async function runHook(argv: string[], cwd: string, io: HookIo = processIo): Promise<number> {
  let values: { agent?: string; event?: string; 'agent-id'?: string; help?: boolean };
  try {
    const config: ParseArgsConfig = {
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { agent: { type: 'string' }, event: { type: 'string' }, 'agent-id': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    };
    // `--agent claude` (what init installs) without loading node:util's parser.
    values = (plainLongOptions(config) ?? parseArgs(config)).values;
  } catch (e) {
    io.stderr(`agent-policy-lint hook: ${(e as Error).message}\n${HOOK_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(HOOK_USAGE + '\n');
    return 0;
  }
  const agent = values.agent as GuardAgent | undefined;
  if (!agent || !GUARD_AGENTS.includes(agent)) {
    // No agent to answer for: exit 2 blocks in most agents, and the message says why.
    io.stderr(`agent-policy-lint hook: --agent must be one of ${GUARD_AGENTS.join(', ')}${agent ? ` (got "${agent}")` : ''}\n`);
    return 2;
  }
  let answer;
  try {
    // Three things at once: the decision code loads, git lists the override files of the policy
    // above the hook's directory (usually the agent's), and the payload is read.
    const loading = import('./run.js');
    const overrides = prefetchOverrides(cwd);
    const stdin = await readStdin();
    const { runGuard } = await loading;
    answer = await runGuard({ agent, stdin, env: process.env, cwd, event: values.event, agentId: values['agent-id'], overrides });
  } catch (e) {
    answer = failClosed(agent, `internal error: ${(e as Error)?.message ?? String(e)}`);
  }
  if (answer.stdout) io.stdout(answer.stdout);
  if (answer.stderr) io.stderr(answer.stderr);
  return answer.exitCode;
}
