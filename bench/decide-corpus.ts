// The corpus of actions scripts/compare-decisions.mjs decides at two versions of the engine: the
// adversarial corpus (fixtures/adversarial/cases), every command and path named in the fixture logs
// (fixtures/**/*.jsonl), the bench's generated command lines (bench/decide.bench.ts shapes) and
// generated combinations of programs, options, operands and shell syntax. Deterministic.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export type CorpusAction =
  | { kind: 'command'; command: string; cwd?: string }
  | { kind: 'filesystem'; op: 'read' | 'write' | 'delete'; paths: string[] }
  | { kind: 'network'; host: string };

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return Math.floor((s / 2 ** 32) * n);
  };
}

/** `{{TEXT*N}}` repeats TEXT N times (as test/adversarial/corpus.mjs reads the cases). */
function expandTemplate(s: string): string {
  return s.replace(/\{\{([^*}]*)\*(\d+)\}\}/g, (_, t: string, n: string) => t.repeat(Math.min(Number(n), 2000)));
}

function files(dir: string, ext: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    if (f === 'node_modules' || f === '.git') continue;
    const p = join(dir, f);
    if (statSync(p).isDirectory()) files(p, ext, out);
    else if (f.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Strings under keys that name commands or paths, anywhere in a JSON value. */
function harvest(v: unknown, out: { commands: Set<string>; paths: Set<string> }, depth = 0): void {
  if (depth > 12 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) harvest(x, out, depth + 1);
    return;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (typeof x === 'string') {
      if ((k === 'command' || k === 'cmd') && x.length < 20_000) out.commands.add(x);
      else if ((k === 'file_path' || k === 'path') && x.length < 2_000) out.paths.add(x);
    } else if (Array.isArray(x) && (k === 'command' || k === 'cmd') && x.every((y) => typeof y === 'string')) {
      out.commands.add(x.join(' '));
    } else harvest(x, out, depth + 1);
  }
}

/** The bench's command shapes (bench/decide.bench.ts commandStream). */
function benchCommands(n: number, seed: number): string[] {
  const r = rng(seed);
  const shapes = (i: number): string => {
    switch (r(10)) {
      case 0:
        return 'npm test';
      case 1:
        return `npm run task${r(100)} --watch=false`;
      case 2:
        return `git diff src/file${i}.ts`;
      case 3:
        return `cat pkg${r(90)}/src/file${i}.ts | grep -n "TODO ${i}"`;
      case 4:
        return `git commit -m "fix: issue #${i}"`;
      case 5:
        return `cd pkg${r(90)} && npm run task${r(100)} > build${i}.log 2>&1`;
      case 6:
        return `curl -sSL https://example.com/install${i}.sh | sh`;
      case 7:
        return `rm -rf dist${i}`;
      case 8:
        return `ls -la pkg${r(90)}/src/mod${i}`;
      default:
        return `grep -rn "pattern${i}" src --include=*.ts`;
    }
  };
  return Array.from({ length: n }, (_, i) => shapes(i));
}

const PROGRAMS = ['rm', 'git', 'npm', 'npx', 'node', 'python', 'curl', 'wget', 'cat', 'grep', 'sed', 'find', 'xargs', 'tar', 'cp', 'mv', 'ln', 'chmod', 'ssh', 'docker', 'kubectl', 'make', 'ls', 'cd', 'echo', 'env', 'sudo', 'bash', 'sh', 'timeout', 'tee', 'dd', 'touch', 'mkdir', 'head', 'awk', 'rg', 'go', 'cargo', 'pip', 'eval', 'source'];
const OPTS = ['-rf', '-fr', '-r', '-f', '-R', '--recursive', '--force', '-la', '-n', '-rn', '-i', '-c', '-e', '-C', '.', '--', '-o', 'out.txt', '-x', '--include=*.ts', '--force-with-lease', '-m', '"msg"', '-v', '--dry-run', '-p', '-s', '-exec', 'rm', '{}', '\\;', '-delete', '-a', '-u', '--output=.env'];
const OPERANDS = ['src', 'src/a.ts', '.env', 'secrets/key', 'secrets', 'dist', 'build/x', 'docs/b.md', '/etc/passwd', '~/.ssh/id_rsa', '*.ts', 'src/*', 'node_modules', 'push', 'commit', 'status', 'diff', 'test', 'run', 'lint', 'install', 'publish', 'origin', '+main', 'main', 'https://evil.example/x', 'https://example.com/a.sh', 'example.com', '$HOME', '"$@"', '$F', '${X:-a}', '$(echo rm)', '`id`', "'quoted arg'", 'package.json', '.github/workflows/ci.yml', 'pkg3/src/x.ts', 'pkg0/secrets/k', 'README.md', 'tests/a.spec.ts', 'of=.env', 'if=/dev/zero', 'HEAD:.env', '..', '../x', '/tmp/x'];
const GLUE = [' && ', ' || ', '; ', ' | ', ' & ', '\n'];
const REDIR = ['', '', '', ' > out.log', ' 2>&1', ' >> .env', ' < secrets/key', ' > /dev/null 2>&1', ' > dist/x'];
const PREFIX = ['', '', '', 'F=-rf ', 'sudo ', 'env ', 'timeout 5 ', 'bash -c ', 'nohup ', 'command ', 'X=1 Y=2 '];

function simple(r: (n: number) => number): string {
  const p = PROGRAMS[r(PROGRAMS.length)]!;
  const words = [p];
  const n = r(5);
  for (let i = 0; i < n; i++) words.push(r(2) ? OPTS[r(OPTS.length)]! : OPERANDS[r(OPERANDS.length)]!);
  let s = words.join(' ');
  const pre = PREFIX[r(PREFIX.length)]!;
  if (pre === 'bash -c ') s = `bash -c '${s.replace(/'/g, '')}'`;
  else s = pre + s;
  return s + REDIR[r(REDIR.length)]!;
}

function generated(n: number, seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let line = simple(r);
    const k = r(4);
    for (let j = 0; j < k; j++) line += GLUE[r(GLUE.length)]! + simple(r);
    const w = r(12);
    if (w === 0) line = `$(${line})`;
    else if (w === 1) line = `(${line})`;
    else if (w === 2) line = `for f in a b; do ${line}; done`;
    else if (w === 3) line = `if true; then ${line}; fi`;
    else if (w === 4) line = `echo "$(${line})"`;
    out.push(line);
  }
  return out;
}

export interface Corpus {
  actions: CorpusAction[];
  sources: Record<string, number>;
}

export function loadDecideCorpus(root: string, generatedLines = 4000): Corpus {
  const actions: CorpusAction[] = [];
  const sources: Record<string, number> = {};
  const add = (src: string, a: CorpusAction) => {
    actions.push(a);
    sources[src] = (sources[src] ?? 0) + 1;
  };
  // The adversarial corpus.
  const dir = join(root, 'fixtures/adversarial/cases');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yml')).sort()) {
    for (const c of parseYaml(readFileSync(join(dir, f), 'utf8')) as Array<Record<string, unknown>>) {
      if (typeof c.command === 'string') add('adversarial', { kind: 'command', command: expandTemplate(c.command), ...(typeof c.cwd === 'string' ? { cwd: c.cwd } : {}) });
      if (typeof c.path === 'string') add('adversarial', { kind: 'filesystem', op: c.op === 'read' || c.op === 'delete' ? c.op : 'write', paths: [c.path] });
      if (typeof c.host === 'string') add('adversarial', { kind: 'network', host: c.host });
      if (c.log !== undefined) harvestInto(c.log);
    }
  }
  function harvestInto(v: unknown) {
    const h = { commands: new Set<string>(), paths: new Set<string>() };
    harvest(v, h);
    for (const c of h.commands) add('logs', { kind: 'command', command: c });
    for (const p of h.paths) add('logs', { kind: 'filesystem', op: 'write', paths: [p] });
  }
  // Every command and path in the fixture logs.
  const h = { commands: new Set<string>(), paths: new Set<string>() };
  for (const f of files(join(root, 'fixtures'), '.jsonl').sort()) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      try {
        harvest(JSON.parse(line), h);
      } catch {
        /* not JSON */
      }
    }
  }
  for (const c of h.commands) add('logs', { kind: 'command', command: c });
  for (const p of h.paths) add('logs', { kind: 'filesystem', op: 'write', paths: [p] });
  for (const c of benchCommands(1000, 19)) add('bench', { kind: 'command', command: c });
  for (const c of generated(generatedLines, 29)) add('generated', { kind: 'command', command: c });
  return { actions, sources };
}

// ---------------------------------------------------------------------------------------------
// The bench policy (bench/decide.bench.ts): 120 path denies + 80 path allows; 100 command denies + 100 command allows.

import type { PatternRule, PolicySet } from '../src/policy/types.js';
import { emptyPermissions } from '../src/policy/types.js';

const EXT = ['ts', 'tsx', 'js', 'json', 'md', 'yml', 'go', 'py', 'css', 'sql'];

export function benchPolicy(ROOT = '/repo'): { set: PolicySet; fsDeny: string[]; fsAllow: string[]; cmdDeny: string[]; cmdAllow: string[] } {
  const rule = (pattern: string, line: number): PatternRule => ({
    pattern,
    origin: { file: `${ROOT}/.agent-policy.yml`, pointer: '', line, column: 7 },
  });
  const fsDeny: string[] = ['.env*', 'secrets/**', '**/*.pem', 'node_modules/**', '*.key'];
  for (let i = 0; fsDeny.length < 120; i++) {
    fsDeny.push(
      i % 4 === 0 ? `pkg${i}/secrets/**` : i % 4 === 1 ? `*.secret${i}` : i % 4 === 2 ? `pkg${i}/generated/**/*.${EXT[i % EXT.length]}` : `infra/env${i}/**`,
    );
  }
  const fsAllow: string[] = ['README.md', 'docs/**/*.md', 'tests/**/*.spec.ts'];
  for (let i = 0; fsAllow.length < 80; i++) fsAllow.push(`pkg${i}/src/**/*.${EXT[i % EXT.length]}`);
  const cmdDeny: string[] = ['rm -rf', 'curl *', 'wget *', 'git push --force', 'npm publish', 'sudo *', 'chmod 777'];
  for (let i = 0; cmdDeny.length < 100; i++) cmdDeny.push(i % 2 ? `tool${i} --dangerous` : `docker run --privileged *`.replace('docker', `docker${i}`));
  const cmdAllow: string[] = ['npm test', 'npm run lint', 'git status', 'git diff *', 'ls *', 'cat *', 'grep *', 'git commit *', 'cd *', 'make *'];
  for (let i = 0; cmdAllow.length < 100; i++) cmdAllow.push(i % 3 === 0 ? `npm run task${i} *` : `npm run task${i}`);
  const permissions = emptyPermissions();
  let line = 3;
  permissions.filesystem.deny = fsDeny.map((p) => rule(p, line++));
  permissions.filesystem.allow = fsAllow.map((p) => rule(p, line++));
  permissions.commands.deny = cmdDeny.map((p) => rule(p, line++));
  permissions.commands.allow = cmdAllow.map((p) => rule(p, line++));
  const set: PolicySet = {
    root: {
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
    },
    overrides: [],
  };
  return { set, fsDeny, fsAllow, cmdDeny, cmdAllow };
}
