// One of the processes of the concurrency test: N pre-tool decisions through the guard into one
// session log, printing what the guard answered for each (one JSON line per call).
import { runGuard } from '../../../src/guard/run.js';
import { loadGuardPolicy, type GuardPolicy } from '../../../src/guard/policy.js';

const [repo, worker, count] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const COMMANDS = ['npm test', 'rm -rf build', 'git status', 'curl https://evil.example.com'];
let policy: Promise<GuardPolicy> | undefined;

for (let i = 0; i < count; i++) {
  const id = `w${worker}-${i}`;
  const payload = {
    session_id: 'concurrent',
    cwd: repo,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command: COMMANDS[(worker + i) % COMMANDS.length] },
    tool_use_id: id,
  };
  const a = await runGuard({ agent: 'claude', stdin: JSON.stringify(payload), env: process.env, cwd: repo, loadPolicy: (cwd) => (policy ??= loadGuardPolicy(cwd)) });
  const decision = a.exitCode !== 0 ? 'failed' : a.stdout === '' ? 'allow' : JSON.parse(a.stdout).hookSpecificOutput.permissionDecision;
  process.stdout.write(JSON.stringify({ id, decision, stderr: a.stderr }) + '\n');
}
