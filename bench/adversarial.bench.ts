// Adversarial subjects: pathological command, path, host and tool patterns (nested `*` runs,
// `*a*b*c*d*e`, long alternations) against 1 KB, 10 KB and 100 KB subjects, through decide().
// Every subject kind runs on the linear-time automaton (src/match/linear.ts), so time per
// decision should grow linearly with the subject. Ratios are printed against (a) the same
// subject decided under a trivial policy (one literal rule: parsing, normalising and walking the
// subject are the same, the patterns are what differs) and (b) a trivial 20-character decision.
// Goal: the 100 KB decision within 3x (a), and 10x the size costing at most ~15x the time.
// Sizes are 1,000, 10,000 and 100,000 characters: 100,000 is the longest command line analysed
// (MAX_LINE_LENGTH; a longer one is opaque without being read, which would time nothing).
// Command subjects come in three shapes: one long word (the plain fast path), a quoted word with
// expansions (the lexer), and thousands of piped simple commands (lexer, simple lists, per-command
// matching). The collector runs before each timed decision, so one decision's garbage is not
// billed to the next.
import { clearCommandCache } from '../src/match/command.js';
import { MAX_LINE_LENGTH } from '../src/match/shell-analyze.js';
import { compilePolicy, decide, type Action } from '../src/engine/index.js';
import type { PatternRule, PolicySet } from '../src/policy/types.js';
import { emptyPermissions } from '../src/policy/types.js';
import { goal, median, row } from './util.js';

const ROOT = '/repo';
const rule = (pattern: string, line: number): PatternRule => ({ pattern, origin: { file: `${ROOT}/.agent-policy.yml`, pointer: '', line, column: 7 } });

function policy(adversarial: boolean): PolicySet {
  const permissions = emptyPermissions();
  const alternation = `{${Array.from({ length: 40 }, (_, i) => `alt${i}`).join(',')}}`;
  const rules = (xs: string[]) => xs.map((p, i) => rule(p, i + 1));
  if (adversarial) {
    permissions.filesystem.deny = rules(['a/**/b/**/c/**/d/**/e', '*a*a*a*a*a*b', `**/${alternation}*${alternation}`]);
    permissions.filesystem.allow = rules(['**/*a*b*c*d*e', 'src/**']);
    permissions.commands.deny = rules(['curl *a*b*c*d*e', 'x *a*a*a*a*a*a*b', `${alternation} *`]);
    permissions.commands.allow = rules(['echo *a*b*c*d*e*', 'curl *']);
    permissions.network.deny = rules(['*.a.a.a.a.a.a.b.example.com', '*.evil.com']);
    permissions.network.exceptions = rules(['*.example.com']);
    permissions.tools.deny = rules(['*a*a*a*a*a*b', 'mcp__*__*__*__*x']);
    permissions.tools.allow = rules(['*']);
  } else {
    permissions.filesystem.allow = rules(['src/**']);
    permissions.commands.allow = rules(['curl *']);
    permissions.network.exceptions = rules(['*.example.com']);
    permissions.tools.allow = rules(['*']);
  }
  const root = {
    file: `${ROOT}/.agent-policy.yml`,
    root: ROOT,
    version: '2.1',
    versionOrigin: { file: `${ROOT}/.agent-policy.yml`, pointer: '/version', line: 1, column: 10 },
    agents: [],
    permissions,
    constraints: { requireHumanApproval: [] },
    exceptions: [],
    bypass: {},
    raw: {},
  };
  return { root, overrides: [] } as unknown as PolicySet;
}

const KB = 1000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const subjects: Record<string, (size: number) => Action> = {
  command: (size) => ({ kind: 'command', command: `curl ${fill('abcd', size - 5)}` }),
  'command quoted': (size) => ({ kind: 'command', command: `curl "$x${fill('ab cd ', size - 9)}"` }),
  'command pipes': (size) => ({ kind: 'command', command: `${fill('curl a | echo b; ', size - 6)}curl c` }),
  path: (size) => ({ kind: 'filesystem', op: 'write', paths: [`src/${fill('a/', size)}x`] }),
  host: (size) => ({ kind: 'network', host: `${fill('a.', size)}example.com` }),
  tool: (size) => ({ kind: 'tool', tool: fill('a', size) }),
};

/** Median ms of one decision, uncached (command analyses are cleared before each). */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time(action: Action, compiled: ReturnType<typeof compilePolicy>, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearCommandCache();
    if (runs < 1000) gc();
    const t = process.hrtime.bigint();
    decide(action, compiled);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

const hard = compilePolicy(policy(true), { memo: 0 });
const easy = compilePolicy(policy(false), { memo: 0 });
const tiny = time({ kind: 'command', command: 'curl https://x.io/a' }, easy, 2001);
row('trivial decision (20 characters)', `${(tiny * 1000).toFixed(1)} µs`);
let worst = 0;
let linear = true;
// Every command subject must be read, not refused for its length (that would time nothing).
for (const [kind, make] of Object.entries(subjects)) {
  const a = make(100 * KB);
  if (a.kind === 'command' && a.command.length > MAX_LINE_LENGTH) throw new Error(`${kind}: ${a.command.length} characters would not be analysed`);
}
for (const [kind, make] of Object.entries(subjects)) {
  let previous = 0;
  for (const size of [KB, 10 * KB, 100 * KB]) {
    const runs = size > 10 * KB ? 21 : 101;
    time(make(size), hard, 3); // warm the lazily built automata
    const ms = time(make(size), hard, runs);
    const base = time(make(size), easy, runs);
    const ratio = ms / base;
    if (size === 100 * KB) worst = Math.max(worst, ratio);
    if (previous > 0 && ms / previous > 15) linear = false;
    previous = ms;
    row(`${kind} ${size / KB} KB`, `${ms.toFixed(3)} ms`, `${ratio.toFixed(2)}x the trivial policy on it, ${(ms / tiny).toFixed(0)}x a trivial decision`);
  }
}
goal(linear, 'time grows linearly with the subject (10x the size: at most 15x the time)');
goal(worst <= 3, `a 100 KB subject decides within 3x the same subject under a trivial policy (worst ${worst.toFixed(2)}x)`);
