// Decisions per second: compilePolicy once + decide() per action, against a policy with 200 path
// rules and 200 command rules, beside the seed article's reference approach run in the same
// process on the same inputs: a glob matcher called for every rule on every call (the article
// uses minimatch(path, pattern), which is not installed: picomatch.isMatch(path, pattern,
// { dot: true }) stands in for it). Goal: at least 200x the reference, on uncached figures.
import picomatch from 'picomatch';
import { clearCommandCache } from '../src/match/command.js';
import { compilePolicy, decide, type Action } from '../src/engine/index.js';
import { benchPolicy } from './decide-corpus.js';
import { goal, median, row } from './util.js';

const EXT = ['ts', 'tsx', 'js', 'json', 'md', 'yml', 'go', 'py', 'css', 'sql'];

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return Math.floor((s / 2 ** 32) * n);
  };
}

/** 120 path denies + 80 path allows; 100 command denies + 100 command allows (shared with scripts/compare-decisions.mjs). */
const policy = benchPolicy;

/** A log-like stream: 70% repeats from a working set of 2,000 paths, 30% paths seen once. */
function pathStream(n: number, seed: number, repeats: boolean): string[] {
  const r = rng(seed);
  const shape = (i: number): string => {
    switch (r(8)) {
      case 0:
        return `pkg${r(90)}/src/mod${r(40)}/file${i}.${EXT[r(EXT.length)]}`;
      case 1:
        return `pkg${r(90)}/secrets/key${i}.json`;
      case 2:
        return `docs/guide${r(30)}/page${i}.md`;
      case 3:
        return `${['', 'config/', 'pkg3/'][r(3)]}.env${['', '.local', '.production'][r(3)]}`;
      case 4:
        return `node_modules/lib${r(200)}/dist/index${i}.js`;
      case 5:
        return `tests/unit/mod${r(50)}/case${i}.spec.ts`;
      case 6:
        return `./pkg${r(90)}/src/../src/util${i}.ts`;
      default:
        return `infra/env${r(120)}/main${i}.tf`;
    }
  };
  const working = Array.from({ length: 2000 }, (_, i) => shape(i));
  return Array.from({ length: n }, (_, i) => (repeats && r(10) < 7 ? working[r(working.length)]! : shape(1_000_000 + i)));
}

function commandStream(n: number, seed: number, repeats: boolean): string[] {
  const r = rng(seed);
  const shape = (i: number): string => {
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
  const working = Array.from({ length: 500 }, (_, i) => shape(i));
  return Array.from({ length: n }, (_, i) => (repeats && r(10) < 7 ? working[r(working.length)]! : shape(1_000_000 + i)));
}

/**
 * Decisions per second of fn over a configuration's inputs, running for at least minMs. Each round
 * goes on where the last one stopped: a stream is read once, as a replay reads a log, so a cache
 * never meets again the lines it has just decided (reading the same prefix every round would time
 * the memo's hits, not the stream). Wrapping around a stream is counted and reported.
 */
function rate<T>(c: Config<T>, minMs: number): number {
  const { inputs, fn } = c;
  let done = 0;
  let k = c.cursor;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let j = 0; j < 64; j++) fn(inputs[k++ % inputs.length]!);
    done += 64;
    t = performance.now();
  }
  c.cursor = k;
  return (done * 1000) / (t - t0);
}

/** Untimed run after each round's collection, long enough for V8 to re-optimise (see measure). */
const WARM_MS = 100;

interface Config<T> {
  label: string;
  inputs: readonly T[];
  fn: (x: T) => unknown;
  /** Run before each round (clearing caches). */
  before?: () => void;
  /** Where the next round starts reading `inputs` (rate). */
  cursor: number;
}

/**
 * Medians over interleaved rounds: the machine is shared, so load changes during a run; every
 * configuration sees every phase of it, and the ratios compare like with like.
 *
 * Each round starts on a collected heap (no configuration pays for another's garbage), then runs
 * untimed for WARM_MS before it is timed: a forced full collection, with every object of the last
 * round dead, drops the maps those objects had and with them the optimised code that relied on
 * them (V8 deoptimises it for "weak objects"), so the first milliseconds after it run unoptimised
 * code, a state a long replay or a hook process never sits in for long. Every configuration, the
 * reference included, is treated alike.
 */
function measure(specs: Omit<Config<any>, 'cursor'>[], rounds = 5, ms = 500): Map<string, number> {
  const configs: Config<any>[] = specs.map((c) => ({ ...c, cursor: 300 }));
  for (const c of configs) for (const x of c.inputs.slice(0, 300)) c.fn(x); // JIT warm-up for all
  const runs = new Map<string, number[]>(configs.map((c) => [c.label, []]));
  for (let r = 0; r < rounds; r++) {
    for (const c of configs) {
      c.before?.();
      (globalThis as { gc?: () => void }).gc?.();
      rate(c, WARM_MS);
      c.before?.(); // the warm-up must not fill the caches the round starts without
      runs.get(c.label)!.push(rate(c, ms));
    }
  }
  for (const c of configs) {
    if (c.cursor > c.inputs.length) process.stdout.write(`  (${c.label}: read its ${c.inputs.length.toLocaleString('en-US')} inputs ${(c.cursor / c.inputs.length).toFixed(1)} times over)\n`);
  }
  return new Map([...runs].map(([k, v]) => [k, median(v)]));
}

/** The seed article's validateToolCall: deny list, then allow list, one glob call per rule. */
function referencePath(path: string, deny: string[], allow: string[]): boolean {
  if (deny.some((p) => picomatch.isMatch(path, p, { dot: true }))) return false;
  return allow.some((p) => picomatch.isMatch(path, p, { dot: true }));
}

/**
 * Length of the log-like streams: their lines seen once (30%) outnumber what the decision memo
 * holds (two generations of 50,000), so a round that reads past the end meets lines the memo has
 * long forgotten, as a replay of a longer log would.
 */
const LOG_STREAM = 600_000;

const p = policy();
const compiled = compilePolicy(p.set);
const bare = compilePolicy(p.set, { memo: 0 });
const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;
const x = (n: number, ref: number) => `${(n / ref).toFixed(0)}x`;
process.stdout.write(`Policy: ${p.fsDeny.length + p.fsAllow.length} path rules, ${p.cmdDeny.length + p.cmdAllow.length} command rules.\n`);
process.stdout.write('Reference: picomatch.isMatch(subject, pattern, { dot: true }) per rule per call (stand-in for minimatch).\n');
process.stdout.write('"no cache": decision memo off (and, for commands, the parse cache emptied); "as shipped": both on.\n\n');

// ---- paths
const write = (path: string): Action => ({ kind: 'filesystem', op: 'write', paths: [path] });
const refPaths = pathStream(2_000, 7, true);
const uniquePaths = pathStream(100_000, 11, false).map(write);
const logPaths = pathStream(LOG_STREAM, 13, true).map(write);
const P = measure([
  { label: 'ref', inputs: refPaths, fn: (s: string) => referencePath(s, p.fsDeny, p.fsAllow) },
  { label: 'unique', inputs: uniquePaths, fn: (a: Action) => decide(a, bare) },
  { label: 'logBare', inputs: logPaths, fn: (a: Action) => decide(a, bare) },
  { label: 'log', inputs: logPaths, fn: (a: Action) => decide(a, compiled) },
]);
const pr = P.get('ref')!;
row('paths: reference, log-like paths', fmt(pr));
row('paths: no cache, unique paths', fmt(P.get('unique')!), x(P.get('unique')!, pr));
row('paths: no cache, log-like (70% repeats)', fmt(P.get('logBare')!), x(P.get('logBare')!, pr));
row('paths: as shipped, log-like', fmt(P.get('log')!), x(P.get('log')!, pr));

// ---- commands
process.stdout.write('\n');
const run = (command: string): Action => ({ kind: 'command', command });
const refCmds = commandStream(2_000, 17, true);
const uniqueCmds = commandStream(100_000, 19, false).map(run);
const logCmds = commandStream(LOG_STREAM, 23, true).map(run);
const C = measure([
  { label: 'ref', inputs: refCmds, fn: (s: string) => referencePath(s, p.cmdDeny, p.cmdAllow) },
  { label: 'unique', inputs: uniqueCmds, fn: (a: Action) => decide(a, bare), before: clearCommandCache },
  {
    label: 'logBare',
    inputs: logCmds,
    fn: (a: Action) => {
      clearCommandCache();
      return decide(a, bare);
    },
  },
  { label: 'logParse', inputs: logCmds, fn: (a: Action) => decide(a, bare), before: clearCommandCache },
  { label: 'log', inputs: logCmds, fn: (a: Action) => decide(a, compiled) },
]);
const cr = C.get('ref')!;
row('commands: reference, log-like lines', fmt(cr), '(string globs on the whole line: no parsing)');
row('commands: no cache, unique lines', fmt(C.get('unique')!), x(C.get('unique')!, cr));
row('commands: no cache, log-like (70% repeats)', fmt(C.get('logBare')!), x(C.get('logBare')!, cr));
row('commands: parse cache only, log-like', fmt(C.get('logParse')!), x(C.get('logParse')!, cr));
row('commands: as shipped, log-like', fmt(C.get('log')!), x(C.get('log')!, cr));

process.stdout.write('\n');
goal(P.get('log')! / pr >= 200, `paths as shipped on log-like input: ${x(P.get('log')!, pr)} the reference (goal 200x)`);
goal(C.get('log')! / cr >= 200, `commands as shipped on log-like input: ${x(C.get('log')!, cr)} the reference (goal 200x)`);
process.stdout.write(
  `           without any cache: paths ${x(P.get('unique')!, pr)} (unique paths), commands ${x(C.get('unique')!, cr)} (unique lines)\n`,
);
