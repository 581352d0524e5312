// Path-list matching: a compiled 200-pattern list (src/match/patterns.ts) against the reference
// approach of calling a glob matcher for every pattern on every path (picomatch.isMatch stands in
// for minimatch(path, pattern), which is not installed), same inputs, same process.
import picomatch from 'picomatch';
import { ALLOW_LIST, DENY_LIST, compilePathList } from '../src/match/patterns.js';
import { goal, row } from './util.js';

function patterns(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 30; i++) out.push(`packages/pkg${i}/src/**/*.ts`, `apps/app${i}/config/*.{yml,yaml}`);
  for (let i = 0; i < 30; i++) out.push(i % 3 ? `secret${i}.json` : `credentials${i}`);
  for (let i = 0; i < 30; i++) out.push(`*.p${i}`, i % 2 ? `.env${i}*` : `id_${i}*`);
  for (let i = 0; i < 20; i++) out.push(`**/fixtures${i}/**`);
  for (let i = 0; i < 20; i++) out.push(`src/generated/file${i}.ts`);
  for (let i = 0; i < 20; i++) out.push(i % 2 ? `tools/@(lint|fmt)${i}/*.js` : `docs/{api,guide}${i}/**/*.md`);
  return out.slice(0, 200);
}

function paths(count: number): string[] {
  const out: string[] = [];
  let s = 1;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const shapes = [
    () => `packages/pkg${rnd(40)}/src/dir${rnd(5)}/file${rnd(50)}.ts`,
    () => `apps/app${rnd(40)}/config/settings.${['yml', 'json', 'yaml'][rnd(3)]}`,
    () => `node_modules/lib${rnd(100)}/dist/index.js`,
    () => `src/components/Button${rnd(100)}.tsx`,
    () => `src/generated/file${rnd(40)}.ts`,
    () => `${['', 'config/', 'apps/app3/'][rnd(3)]}.env${['', '.local', '3', '.production'][rnd(4)]}`,
    () => `test/fixtures${rnd(30)}/case${rnd(9)}/input.txt`,
    () => `docs/${['api', 'guide', 'blog'][rnd(3)]}${rnd(25)}/page${rnd(9)}.md`,
    () => `keys/id_${rnd(40)}_rsa.p${rnd(40)}`,
  ];
  for (let i = 0; i < count; i++) out.push(shapes[rnd(shapes.length)]!());
  return out;
}

interface Rate {
  calls: number;
  ms: number;
  sink: number;
  readonly perSec: number;
}

function meter(): Rate {
  return {
    calls: 0,
    ms: 0,
    sink: 0,
    get perSec() {
      return (this.calls * 1000) / this.ms;
    },
  };
}

/** Runs fn for about `ms` milliseconds, adding to the meter. */
function slice(m: Rate, fn: () => number, ms: number): void {
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    m.sink += fn();
    m.calls++;
    t = performance.now();
  }
  m.ms += t - t0;
}

/** Interleaved slices, so load from other processes weighs on every contender alike. */
function race(contenders: Array<[Rate, () => number]>, rounds: number, ms: number): void {
  for (let r = 0; r < rounds; r++) for (const [m, fn] of contenders) slice(m, fn, ms);
}

const pats = patterns();
const rules = pats.map((pattern) => ({ pattern }));
const inputs = paths(4_000);

const t0 = performance.now();
const deny = compilePathList(rules, DENY_LIST);
const allow = compilePathList(rules, ALLOW_LIST);
deny.test(inputs[0]!);
allow.test(inputs[0]!);
const compileMs = performance.now() - t0;

let i = 0;
const next = () => inputs[i++ % inputs.length]!;
const precompiled = pats.map((p) => picomatch(p, { dot: true }));
const [oursDeny, oursAllow, oursFirst, reference, compiledRef] = [meter(), meter(), meter(), meter(), meter()];
const contenders: Array<[Rate, () => number]> = [
  [oursDeny, () => (deny.test(next()) ? 1 : 0)],
  [oursAllow, () => (allow.test(next()) ? 1 : 0)],
  [oursFirst, () => deny.firstMatch(next())?.index ?? -1],
  [
    reference,
    () => {
      const p = next();
      let hit = 0;
      for (const pat of pats) if (picomatch.isMatch(p, pat, { dot: true })) hit++;
      return hit;
    },
  ],
  [
    compiledRef,
    () => {
      const p = next();
      let hit = 0;
      for (const m of precompiled) if (m(p)) hit++;
      return hit;
    },
  ],
];
race(contenders.map(([, fn]) => [meter(), fn]), 1, 150); // warm-up
race(contenders, 8, 150);

const matched = inputs.filter((p) => deny.test(p)).length;
row('200-pattern lists: compile deny + allow', `${compileMs.toFixed(1)} ms`);
row('inputs matched by the deny list', `${matched}/${inputs.length}`);
row('compiled deny list .test()', `${Math.round(oursDeny.perSec).toLocaleString('en')} /s`);
row('compiled allow list .test()', `${Math.round(oursAllow.perSec).toLocaleString('en')} /s`);
row('compiled deny list .firstMatch()', `${Math.round(oursFirst.perSec).toLocaleString('en')} /s`);
row('reference: isMatch per pattern per path', `${Math.round(reference.perSec).toLocaleString('en')} /s`);
row('(info) precompiled picomatch per pattern', `${Math.round(compiledRef.perSec).toLocaleString('en')} /s`);
const ratio = oursDeny.perSec / reference.perSec;
row('deny .test() vs reference', `${ratio.toFixed(0)}x`, `precompiled per-rule: ${(oursDeny.perSec / compiledRef.perSec).toFixed(1)}x`);
goal(ratio >= 200, `path-list matching at least 200x the per-rule reference (${ratio.toFixed(0)}x)`);
if (oursDeny.sink + oursAllow.sink + oursFirst.sink + reference.sink + compiledRef.sink === -1) console.log('');
