// Allow patterns match soundly (SPEC 3): only when every expansion of the command's words matches,
// and never over an option that runs other code or acts elsewhere unless the pattern names it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import hazardData from '../../data/program-hazards.json';
import { checkAllow } from '../../src/command/sound-allow.js';
import { analyzeCommand, CommandPatternList, type SimpleCommand } from '../../src/match/command.js';
import { clearCommandCache } from '../../src/match/command.js';
import { analyzeUncached } from '../../src/match/shell-analyze.js';
import { scanHazards, spellsOption } from '../../src/match/shell-hazards.js';

function simple(line: string): SimpleCommand {
  const c = analyzeUncached(line).commands[0];
  if (!c) throw new Error(`no simple command in ${line}`);
  return c;
}

/** Whether the allow pattern admits the command (any layer). */
function admits(pattern: string, line: string): boolean {
  const c = simple(line);
  return c.layers.some((_, j) => {
    const r = checkAllow(pattern, c, j);
    return r.matched && !r.refusal;
  });
}

function refusal(pattern: string, line: string): string | undefined {
  const c = simple(line);
  return checkAllow(pattern, c, 0).refusal;
}

/** The pattern's own (string) matching, independent of the checker under test. */
function stringMatch(pattern: string, layer: string): boolean {
  return new CommandPatternList([{ pattern }], false).first(layer) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Soundness: admitted => every concrete instantiation is matched and carries no hazard.

const PROGRAMS = ['git', 'npm', 'ls', 'cat', 'rm', 'find', 'rg', 'sort', 'echo', 'tar', 'curl', 'make'];
const STATIC = ['status', 'log', 'test', 'src', 'a.txt', '-l', '-n', '5', '--', 'x', 'run', 'build', '.'];
const DYNAMIC = ['$X', '"$X"', 'src/$X', '*.ts', '$(pwd)', 'a$X', '-$X', '${X:-y}', '`id`', '~/a', 'src/*', '"$@"'];
const PATTERN_WORDS = ['status', 'log', 'test', 'src', 'src/*', '*', '-l', '--', 'x', 'a*', '*.ts', 'run *'];
/** What a run-time word may become: nothing, a flag, an option that runs code, several words, spaces. */
const SAMPLES = ['', 'x', '-rf', 'a b', ' ', '--output=/etc/x', '--pre=sh', '-c', 'alias.x=!sh', '-exec', 'sh', 'status', 'src/../.env', '; rm -rf /', '-o', 'x y z', '*'];

const RUNTIME_START = /[$`*?[~]/;

/** Concrete words for a command's argv: each run-time word becomes literal start + sample, split on spaces. */
function instantiate(argv: SimpleCommand['argvs'][number], pick: (i: number) => string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (!(a.dynamic || a.tilde)) {
      out.push(a.value);
      return;
    }
    if (a.tilde) {
      // `~` becomes a home directory: one word, starting with `/`.
      out.push(`/home/${pick(i).replace(/\s+/g, '')}${a.value.slice(1)}`);
      return;
    }
    const m = RUNTIME_START.exec(a.value);
    const start = m ? a.value.slice(0, m.index) : a.value;
    // An expansion splits into words; a glob names files, each one word.
    if (/[$`]/.test(a.value) && !a.oneWord) out.push(...`${start}${pick(i)}`.split(' ').filter((w) => w !== ''));
    else out.push(`${start}${pick(i)}`);
  });
  return out;
}

describe('allow soundness (property)', () => {
  it('an admitted command is matched by the pattern in every instantiation, with no hazardous option among them', () => {
    let admitted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PROGRAMS),
        fc.array(fc.oneof(fc.constantFrom(...STATIC), fc.constantFrom(...DYNAMIC)), { minLength: 0, maxLength: 5 }),
        fc.array(fc.constantFrom(...PATTERN_WORDS), { minLength: 0, maxLength: 3 }),
        fc.array(fc.nat(SAMPLES.length - 1), { minLength: 8, maxLength: 8 }),
        (program, words, patternWords, picks) => {
          const line = [program, ...words].join(' ');
          const pattern = [program, ...patternWords].join(' ');
          const c = simple(line);
          const admittedAt = c.layers.findIndex((_, j) => {
            const r = checkAllow(pattern, c, j);
            return r.matched && !r.refusal;
          });
          if (admittedAt < 0) {
            refused++;
            return;
          }
          admitted++;
          // Every combination of one sample for each run-time word, plus the picked one.
          const argv = c.argvs[admittedAt]!;
          const runtime = argv.map((a, i) => (a.dynamic || a.tilde ? i : -1)).filter((i) => i >= 0);
          const choices: ((i: number) => string)[] = [(i) => SAMPLES[picks[i % picks.length]!]!];
          for (const s of SAMPLES) choices.push(() => s);
          if (runtime.length > 0) choices.push((i) => SAMPLES[(i * 7 + picks[0]!) % SAMPLES.length]!);
          for (const choose of choices) {
            const concrete = instantiate(argv, choose);
            const layer = [concrete[0]!.slice(concrete[0]!.lastIndexOf('/') + 1), ...concrete.slice(1)].join(' ');
            expect(stringMatch(pattern, layer), `${pattern} must match ${JSON.stringify(layer)} (from ${line})`).toBe(true);
            const hazards = scanHazards(concrete[0]!, concrete.slice(1).map((value) => ({ value, dynamic: false })));
            const runtimeHazards = hazards.filter((h) => !words.includes(h.word));
            expect(runtimeHazards, `${line} admitted by ${pattern} but may run ${JSON.stringify(concrete)}`).toEqual([]);
          }
        },
      ),
      { numRuns: 3000, seed: 14 },
    );
    // The generator reaches both sides.
    expect(admitted).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });

  it('the analysis cache does not change the answer', () => {
    clearCommandCache();
    const c1 = analyzeCommand('git status $X').commands[0]!;
    expect(checkAllow('git status *', c1, 0).refusal).toMatch(/known only at run time/);
  });
});

// ---------------------------------------------------------------------------------------------
// Run-time words

describe('words known only at run time', () => {
  it.each([
    ['git status *', 'git status $X', /where git reads options/],
    ['git *', 'git $X log', /where git reads options/],
    ['npm test', 'npm test $ARGS', /where npm reads options/],
    ['npm test *', 'npm test "$@"', /where npm reads options/],
    ['rg *', 'rg foo *', /where rg reads options/],
    ['find *', 'find . $X', /where find reads options/],
    ['find *', 'find . -- $X', /where find reads options/],
    ['sort *', 'sort $(cat opts) x', /where sort reads options/],
    ['tar *', 'tar xf a.tar $X', /where tar reads options/],
    // A value that may split: `-l ; rm -rf /` is two more words, not a value.
    ['make *', 'make -l $X', /where make reads options/],
    ['curl *', 'curl -H $H https://x', /where curl reads options/],
    ['git log *', 'git log "$X"', /where git reads options/],
    ['tar *', 'tar -cf *.tar src', /where tar reads options/],
    // The pattern matches the words as written, not every value they take.
    ['cat *.txt', 'cat $X.txt', /may expand to words the pattern does not cover/],
    ['echo $HOME', 'echo $HOME', /may expand to words the pattern does not cover/],
    ['echo a * b', 'echo a $X b', /may expand to words the pattern does not cover/],
    ['echo * b', 'echo $X b', /may expand to words the pattern does not cover/],
    // Nor as written.
    ['cat a.txt', 'cat a$X', undefined],
    ['ls src', 'ls src$X', undefined],
    ['echo hello', 'echo $X', undefined],
  ])('%s does not admit %s', (pattern, line, why) => {
    expect(admits(pattern, line)).toBe(false);
    if (why) expect(refusal(pattern, line)).toMatch(why);
  });

  it.each([
    ['git log *', 'git log -- $X'],
    ['git status *', 'git status -- "$X"'],
    ['rg *', 'rg foo -- src/*'],
    ['ls', 'ls *'],
    ['ls *', 'ls src/*.ts ~/x'],
    ['cat *', 'cat $X $Y'],
    ['echo *', 'echo $(date) "$HOME"'],
    ['rm *', 'rm $F x'],
    ['curl *', 'curl -H "$H" https://x'],
    ['git commit *', 'git commit -m "$MSG" -- $X'],
    ['git log *', 'git log "src/$X"'],
    ['cat src/*', 'cat src/$X'],
    ['echo a *', 'echo a $X b'],
  ])('%s admits %s', (pattern, line) => {
    expect(refusal(pattern, line)).toBeUndefined();
    expect(admits(pattern, line)).toBe(true);
  });

  it('a run-time word inside the command a wrapper runs is covered by the wrapper pattern too', () => {
    expect(admits('sudo *', 'sudo git $X log')).toBe(false);
    expect(admits('timeout *', 'timeout 5 npm test $X')).toBe(false);
    expect(admits('sudo *', 'sudo git log -- $X')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Every hazardous option in the data file, table-driven.

interface Lists {
  code?: string[];
  elsewhere?: string[];
  checked?: string[];
  optionsAnywhere?: boolean;
  subcommands?: Record<string, Lists>;
}
const HAZARDS = (hazardData as { programs: Record<string, Lists> }).programs;

const rows: { program: string; sub: string; option: string; kind: 'code' | 'elsewhere' | 'checked' }[] = [];
for (const [program, h] of Object.entries(HAZARDS)) {
  const scopes: [string, Lists][] = [['', h], ...Object.entries(h.subcommands ?? {})];
  for (const [sub, l] of scopes) {
    for (const kind of ['code', 'elsewhere', 'checked'] as const) for (const option of l[kind] ?? []) rows.push({ program, sub, option, kind });
  }
}

/** The option written on a line: `--opt=v`, `-x v`, `+cmd`, `NAME=v`. */
function spelled(option: string): string {
  if (option === '+') return '+!sh';
  if (!option.startsWith('-')) return `${option}evil`;
  if (option.startsWith('--')) return `${option}=evil`;
  return option;
}

describe('hazardous options (data/program-hazards.json)', () => {
  it('has the options the issue names', () => {
    const has = (program: string, option: string, sub = '') =>
      rows.some((r) => r.program === program && r.option === option && r.sub === sub);
    expect(has('git', '-c')).toBe(true);
    expect(has('npm', '--script-shell')).toBe(true);
    expect(has('npm', '--node-options')).toBe(true);
    expect(has('git', '--upload-pack', 'clone')).toBe(true);
    expect(has('find', '-exec')).toBe(true);
    expect(has('rg', '--pre')).toBe(true);
    expect(has('git', '--ext-diff', 'diff')).toBe(true);
    expect(has('sort', '--compress-program')).toBe(true);
    expect(has('tar', '--to-command')).toBe(true);
    expect(has('tar', '--use-compress-program')).toBe(true);
    expect(has('tar', '-I')).toBe(true);
    expect(has('rsync', '-e')).toBe(true);
    expect(has('ssh', '-o')).toBe(true);
    expect(has('less', '+')).toBe(true);
    expect(has('man', '-P')).toBe(true);
    expect(rows.length).toBeGreaterThan(250);
  });

  it.each(rows.map((r) => [`${r.program}${r.sub ? ` ${r.sub}` : ''} ${r.option} (${r.kind})`, r] as const))('%s', (_, r) => {
    const head = r.sub ? `${r.program} ${r.sub}` : r.program;
    const word = spelled(r.option);
    // Written on the line: found, with its kind.
    const args = [...(r.sub ? [r.sub] : []), word, 'evil', 'file'].map((value) => ({ value, dynamic: false }));
    const hit = scanHazards(r.program, args).find((h) => h.word === word);
    expect(hit?.kind, `${head} ${word}`).toBe(r.kind);
    const line = `${head} ${word} evil file`;
    const problems = analyzeUncached(line).problems;
    if (r.kind === 'code') {
      // Opaque: commands.opaque decides, and the construct names it.
      expect(problems.some((p) => p.construct !== undefined), line).toBe(true);
    }
    if (r.kind === 'elsewhere') {
      expect(admits(`${head} *`, line), `${head} * must not admit ${line}`).toBe(false);
      expect(refusal(`${head} *`, line)).toMatch(/does not name it/);
      // A pattern that names the option admits it.
      const naming = r.option.startsWith('-') ? `${head} ${r.option} *` : `${head} ${word} *`;
      expect(spellsOption(naming.split(' ').at(-2)!, r.option)).toBe(true);
      expect(admits(naming, `${head} ${r.option.startsWith('--') ? `${r.option} evil` : word} evil file`), naming).toBe(true);
    }
    // Known only at run time where the program reads options: never admitted.
    const dynamicLine = `${head} $OPT file`;
    expect(admits(`${head} *`, dynamicLine), dynamicLine).toBe(false);
  });
});

describe('the brief\'s examples, decided as the engine reads them', () => {
  it.each([
    ['git *', 'git -c core.pager=sh log'],
    ['git *', 'git -c alias.x=!sh x'],
    ['npm test *', 'npm test --script-shell=/tmp/x'],
    ['npm *', 'npm test --node-options=--require=/tmp/x.js'],
    ['git *', 'git clone --upload-pack=sh x'],
    ['rg *', 'rg --pre=sh foo'],
    ['git *', 'git diff --ext-diff'],
    ['sort *', 'sort --compress-program=sh x'],
    ['tar *', 'tar --to-command=sh -xf a.tar'],
    ['tar *', 'tar --use-compress-program=sh -xf a.tar'],
    ['tar *', 'tar -I sh -xf a.tar'],
    ['rsync *', 'rsync -e sh a b:c'],
    ['rsync *', 'rsync -avze sh a b:c'],
    ['ssh *', 'ssh -o ProxyCommand=sh host'],
    ['less *', 'less +!sh file'],
    ['man *', 'man -P sh ls'],
  ])('%s: %s is opaque (commands.opaque decides)', (_, line) => {
    expect(analyzeUncached(line).problems.map((p) => p.construct)).not.toEqual([]);
  });
});

describe("git's neutral global options (src/command/neutral-globals.ts)", () => {
  it('are admitted by an allow of the subcommand', () => {
    expect(admits('git log *', 'git --no-pager log -n 1')).toBe(true);
    expect(admits('git status', 'git -C . status')).toBe(true);
    expect(admits('git log *', 'git -P -C src --no-optional-locks log -n 3')).toBe(true);
    // -c is code (data/program-hazards.json): the allow admits the rest, the line is opaque on its own.
    expect(admits('git log *', 'git -c core.pager=./x log')).toBe(true);
  });
  it('are not stretched to options that change what runs or where', () => {
    for (const line of ['git -p log', 'git --git-dir=/x log', 'git --work-tree=/ log', 'git -C /tmp log', 'git -C ../x log', 'git -C "$D" log', 'git -C ~ log', 'git --exec-path=/x log', 'git --no-pager $X log', 'git --no-pager']) {
      expect(admits('git log *', line), line).toBe(false);
    }
    expect(admits('git log *', 'git --no-pager log --output=.env')).toBe(false);
    expect(admits('git status', 'git --no-pager push --force')).toBe(false);
  });
});
