// The runtime guard's wall time from spawn to exit (dist/guard.cjs, the hook's own entry) for a
// shell payload and an edit payload, beside a bare `node -e 0`, each the median of 30 runs taken
// round-robin so that they share the machine's load alike (goal: <= 1.5x bare Node; aim 1.2x).
// The repository is a temporary git repository with a small policy; the policy cache is warm.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { goal, median, row } from './util.js';

const guard = join(process.cwd(), 'dist/guard.cjs');
const dir = mkdtempSync(join(tmpdir(), 'apl-bench-guard-'));
writeFileSync(
  join(dir, '.agent-policy.yml'),
  'version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["src/**"]\n    deny: [".env*", "secrets/**"]\n  commands:\n    allow: ["npm test", "git status"]\n    deny: ["rm -rf", "curl *"]\n',
);
mkdirSync(join(dir, 'src'));
execFileSync('git', ['init', '-q'], { cwd: dir });

const payload = (tool: string, input: object) => JSON.stringify({ session_id: 'bench', cwd: dir, hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input });
const variants = [
  { label: 'node -e 0', args: ['-e', '0'], input: '', times: [] as number[] },
  { label: 'guard: Bash "npm test && git status"', args: [guard, '--agent', 'claude'], input: payload('Bash', { command: 'npm test && git status' }), times: [] as number[] },
  { label: 'guard: Edit src/app.ts', args: [guard, '--agent', 'claude'], input: payload('Edit', { file_path: join(dir, 'src/app.ts'), old_string: 'a', new_string: 'b' }), times: [] as number[] },
  // A command that touches a tree loads the automata too (src/engine/automata-support.ts): information.
  { label: 'guard: Bash "rm -rf src/gen" (a tree)', args: [guard, '--agent', 'claude'], input: payload('Bash', { command: 'rm -rf src/gen' }), times: [] as number[], info: true },
  // A search is decided on automata (src/agent-tools/search.ts): shown for information, no goal.
  { label: 'guard: Grep src, glob **/*.ts', args: [guard, '--agent', 'claude'], input: payload('Grep', { pattern: 'x', path: 'src', glob: '**/*.ts' }), times: [] as number[], info: true },
];
const RUNS = 30;
const loadBefore = loadavg()[0]!;
for (let i = 0; i <= RUNS; i++) {
  for (const v of variants) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, v.args, { cwd: dir, input: v.input, stdio: ['pipe', 'ignore', 'ignore'] });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${v.label} exited ${r.status}`);
    if (i > 0) v.times.push(ms);
  }
}
rmSync(dir, { recursive: true, force: true });
const bare = median(variants[0]!.times);
row(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`, '');
row(`${variants[0]!.label} (median of ${RUNS})`, `${bare.toFixed(1)} ms`);
for (const v of variants.slice(1)) {
  const m = median(v.times);
  row(v.label, `${m.toFixed(1)} ms`, `${(m / bare).toFixed(2)}x bare node`);
  if (!('info' in v)) goal(m / bare <= 1.5, `${v.label} within 1.5x of a bare Node start (${(m / bare).toFixed(2)}x)`);
}
