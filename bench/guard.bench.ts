// The runtime guard's wall time from spawn to exit (dist/guard.cjs, the hook's own entry) for a
// shell payload and an edit payload, beside a bare `node -e 0`, each the median of 30 runs taken
// round-robin so that they share the machine's load alike (goal: <= 1.5x bare Node; aim 1.2x).
// The repository is a temporary git repository with a small policy; the policy cache is warm.
// APL_BENCH_BASE=<a dist/ directory> (say, a copy of main's) adds the goal rows run from that
// build, in the same round-robin, in a repository of their own (the code cache keys entries by
// chunk name, and entry.js differs between builds): before/after in one run, under one load.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { goal, median, row } from './util.js';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'apl-bench-guard-'));
  writeFileSync(
    join(dir, '.agent-policy.yml'),
    'version: "2.1"\ndefault_permissions:\n  filesystem:\n    allow: ["src/**"]\n    deny: [".env*", "secrets/**"]\n  commands:\n    allow: ["npm test", "git status"]\n    deny: ["rm -rf", "curl *"]\n',
  );
  mkdirSync(join(dir, 'src'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

interface Variant {
  label: string;
  args: string[];
  input: string;
  cwd: string;
  times: number[];
  info?: boolean;
  base?: boolean;
}

const payload = (dir: string, tool: string, input: object) => JSON.stringify({ session_id: 'bench', cwd: dir, hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input });
function guardVariants(dist: string, dir: string, tag: string, base: boolean): Variant[] {
  const args = [join(dist, 'guard.cjs'), '--agent', 'claude'];
  const v = (label: string, input: string, info = false): Variant => ({ label: `${tag}${label}`, args, input, cwd: dir, times: [], ...(info ? { info } : {}), ...(base ? { base } : {}) });
  const goals = [
    v('guard: Bash "npm test && git status"', payload(dir, 'Bash', { command: 'npm test && git status' })),
    v('guard: Edit src/app.ts', payload(dir, 'Edit', { file_path: join(dir, 'src/app.ts'), old_string: 'a', new_string: 'b' })),
  ];
  if (base) return goals;
  return [
    ...goals,
    // A command that touches a tree loads the automata too (src/engine/automata-support.ts): information.
    v('guard: Bash "rm -rf src/gen" (a tree)', payload(dir, 'Bash', { command: 'rm -rf src/gen' }), true),
    // A search is decided on automata (src/agent-tools/search.ts): shown for information, no goal.
    v('guard: Grep src, glob **/*.ts', payload(dir, 'Grep', { pattern: 'x', path: 'src', glob: '**/*.ts' }), true),
  ];
}

const dir = repo();
const baseDist = process.env.APL_BENCH_BASE ? resolve(process.env.APL_BENCH_BASE) : undefined;
const baseDir = baseDist ? repo() : undefined;
const bareNode: Variant = { label: 'node -e 0', args: ['-e', '0'], input: '', cwd: dir, times: [] };
const variants: Variant[] = [
  bareNode,
  ...guardVariants(join(process.cwd(), 'dist'), dir, '', false),
  ...(baseDist && baseDir ? guardVariants(baseDist, baseDir, 'base ', true) : []),
];
const RUNS = 30;
const loadBefore = loadavg()[0]!;
for (let i = 0; i <= RUNS; i++) {
  for (const v of variants) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, v.args, { cwd: v.cwd, input: v.input, stdio: ['pipe', 'ignore', 'ignore'] });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${v.label} exited ${r.status}`);
    if (i > 0) v.times.push(ms);
  }
}
for (const d of [dir, baseDir]) if (d) rmSync(d, { recursive: true, force: true });
const bare = median(bareNode.times);
row(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`, '');
if (baseDist) row(`base: ${baseDist}`, '');
row(`${bareNode.label} (median of ${RUNS})`, `${bare.toFixed(1)} ms`);
for (const v of variants.slice(1)) {
  const m = median(v.times);
  row(v.label, `${m.toFixed(1)} ms`, `${(m / bare).toFixed(2)}x bare node`);
  if (!v.info && !v.base) goal(m / bare <= 1.5, `${v.label} within 1.5x of a bare Node start (${(m / bare).toFixed(2)}x)`);
}
