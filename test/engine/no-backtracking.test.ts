// "No backtracking RegExp ever runs on agent-controlled input" (issue 13), enforced.
//
// RegExp.prototype.exec is instrumented (with exec replaced, V8 routes test, match, matchAll,
// replace, replaceAll, split and search through it too: checked below), then decide(), the
// replay log readers and the runtime guard's payload readers run over generated actions, log
// lines and hook payloads: commands, paths, hosts, tool names and log fields, long and short,
// built from the characters that matter to the shell and to paths. Every regex they execute must
//   1. be written in src/ as a literal (so its pattern is never built from policy or agent input:
//      pattern matching on subjects belongs to the linear-time automaton, src/match/linear.ts), and
//   2. be free of super-linear backtracking as scslre finds it (nested quantifiers, overlapping
//      alternatives, and the unanchored `\s+$` kind that is quadratic on a long run of spaces).
// The negative controls plant each kind of offender and show the check reports it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyse } from 'scslre';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy, decide, type Action } from '../../src/engine/index.js';
import { readPayload } from '../../src/guard/readers.js';
import { bashParser } from '../../src/match/bash-parser-load.js';
import { newReaderState, readLine } from '../../src/replay/readers/index.js';
import { actionArb, spec } from './arbitraries.js';
import { policy, ROOT } from './policy-builder.js';

// ---------------------------------------------------------------------------------------------
// Instrumentation: which regexes run inside a piece of code.

const originalExec = RegExp.prototype.exec;
/** A regex that ran, and the file (in src/ or a dependency) whose code ran it. */
interface Ran {
  re: RegExp;
  file: string;
}
let recording: Map<string, Ran> | undefined;

/** The file of the first frame past caller() and the exec wrapper that has one: who ran the regex. */
function caller(): string {
  // Line 0 is the message, 1 is caller(), 2 the wrapper; native frames (String.replace …) have no file.
  const stack = new Error().stack?.split('\n').slice(3) ?? [];
  for (const line of stack) {
    const m = /\(?(?:file:\/\/)?(\/[^():]+):\d+:\d+\)?$/.exec(line.trim());
    if (m) return m[1]!;
  }
  return '(unknown)';
}

function instrument(): void {
  RegExp.prototype.exec = function exec(this: RegExp, s: string) {
    if (recording) {
      const key = `/${this.source}/${this.flags}`;
      if (!recording.has(key)) {
        const into = recording;
        recording = undefined; // the stack walk runs regexes of its own
        into.set(key, { re: this, file: caller() });
        recording = into;
      }
    }
    return originalExec.call(this, s);
  };
}

function restore(): void {
  RegExp.prototype.exec = originalExec;
}

/** Runs fn and adds every regex it executes to `into`. */
function regexesRunBy(fn: () => void, into = new Map<string, Ran>()): Map<string, Ran> {
  const outer = recording;
  recording = into;
  try {
    fn();
  } finally {
    recording = outer;
  }
  return into;
}

// ---------------------------------------------------------------------------------------------
// The check.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const SRC_DIR = join(__dirname, '../../src');
const SRC = sourceFiles(SRC_DIR).map((f) => readFileSync(f, 'utf8')).join('\n');
const texts = new Map<string, string>();
function textOf(file: string): string {
  let t = texts.get(file);
  if (t === undefined) {
    try {
      t = readFileSync(file, 'utf8');
    } catch {
      t = '';
    }
    texts.set(file, t);
  }
  return t;
}

/**
 * Regexes in dependencies that are not literals or that scslre reports, each with why it is safe
 * on agent input. `backtracking` ones are also timed on long runs of characters (see below).
 */
const DEPENDENCY_REGEXES: Record<string, { built?: string; backtracking?: string }> = {
  // shell-quote-word (bash-parser's quote removal): `new RegExp` over its constants META, BAREWORD …
  [`/((\\\\['"|&;()<> \\t]|[^\\s'"|&;()<> \\t])+|"((\\\\"|[^"])*?)"|'((\\\\'|[^'])*?)')*/g`]: { built: 'shell-quote-word chunker, built from its constants' },
  '/^#$/': { built: 'shell-quote-word comment test, built from a constant' },
  // to-no-case (via to-pascal-case in bash-parser's default-node-type.js): runs on bash-parser's
  // own token type names. scslre's Move needs `(.|$)` to fail after the run, which it cannot
  // (every character is either in the run or matched by `.`, the end by `$`).
  '/[\\W_]+(.|$)/g': { backtracking: "bash-parser's token type names; (.|$) never fails after the run" },
};

/** Why this regex may not run on agent input (every reason), or [] when it may. */
function hazard(key: string, { re, file }: Ran): string[] {
  const why: string[] = [];
  // Written as a literal in the code that runs it (src/ or a dependency such as bash-parser).
  // (A constant in src/ may be run by another module of src/.)
  const written = file.startsWith(SRC_DIR) ? SRC : textOf(file);
  if (!written.includes(`/${re.source}/`) && !(file.includes('/node_modules/') && key in DEPENDENCY_REGEXES)) {
    why.push(`its pattern is not a literal in ${file} (built at run time, from policy or input?)`);
  }
  const reports = analyse({ source: re.source, flags: re.flags }, { maxReports: 3 }).reports;
  const exempt = file.includes('/node_modules/') && DEPENDENCY_REGEXES[key]?.backtracking;
  if (reports.length && !exempt) why.push(`super-linear backtracking (${reports.map((r) => `${r.type}${r.exponential ? ', exponential' : ''}`).join('; ')})`);
  return why;
}

function hazards(seen: Map<string, Ran>): string[] {
  return [...seen].flatMap(([key, ran]) => hazard(key, ran).map((why) => `${key}: ${why}`));
}

/** Milliseconds of the fastest of three runs of re over `n` copies of `c` then a `!`. */
function timed(re: RegExp, c: string, n: number): number {
  const s = c.repeat(n) + '!';
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    re.lastIndex = 0;
    s.replace(re, '');
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Agent-controlled input: short words that matter, and long runs (where backtracking shows).

const PIECES = [' ', '  ', '\t', '\n', '.', '..', '/', '\\', ':', '::$DATA', '*', '?', '[', ']', '{', '}', ',', '$', '$(', ')', '(', '`', "'", '"',
  ';', '&&', '|', '>', '<', '<<', '#', '~', '=', '-', '--', '-rf', '+', '@', '%', '[::ffff:', 'a', 'b', 'x', 'rm', 'curl', 'git', 'push',
  'sudo', 'bash -c ', 'env ', 'python -c ', 'src', 'secrets', '.env', 'example.com', 'evil.com', 'http://', 'https://', '169.254.169.254',
  'mcp__', '0x', '\u00a0', '\u2028', 'ſ', 'K', 'é'];
const piece = fc.constantFrom(...PIECES);
/** A string of pieces, sometimes with one piece repeated a few thousand times. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.array(piece, { maxLength: 4 }), piece, fc.integer({ min: 200, max: 3000 }), fc.array(piece, { maxLength: 4 })).map(([a, p, n, b]) => a.join('') + p.repeat(n) + b.join('')) },
);

const generatedAction: fc.Arbitrary<Action> = fc.oneof(
  actionArb,
  fc.record({ kind: fc.constant('command' as const), command: text }),
  fc.record({ kind: fc.constantFrom('filesystem' as const), op: fc.constantFrom('read' as const, 'write' as const, 'delete' as const), paths: fc.array(text, { minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant('network' as const), host: text }),
  fc.record({ kind: fc.constant('network' as const), host: fc.constant('x'), url: text }),
  fc.record({ kind: fc.constant('tool' as const), tool: text }),
  fc.record({ kind: fc.constant('command' as const), command: text, cwd: text }),
) as fc.Arbitrary<Action>;

const logLine: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ action: fc.constantFrom('filesystem.write', 'command.exec', 'network.request', 'tool.invoke', 'file.read'), path: text, command: text, host: text, url: text, cwd: text, reason: text, result: text, decision: text }),
  fc.record({ tool: text, params: fc.record({ path: text, command: text, url: text }), session_id: text, result: text, policy_checks: fc.array(fc.record({ policy: text, result: text }), { maxLength: 2 }) }),
  fc.record({ action: fc.constant('tool_invoke'), tool: text, parameters: fc.record({ path: text, command: text }), result: text, agent: text }),
  fc.record({
    type: fc.constantFrom('assistant', 'user'),
    sessionId: fc.constantFrom('s1', 's2'),
    cwd: fc.constantFrom(ROOT, `${ROOT}/src`, '/'),
    message: fc.record({
      content: fc.array(
        fc.oneof(
          fc.record({ type: fc.constant('tool_use'), id: text, name: fc.constantFrom('Bash', 'Write', 'Read', 'Edit', 'WebFetch', 'Glob', 'Grep', 'mcp__x__y'), input: fc.record({ command: text, file_path: text, url: text, pattern: text, path: text }) }),
          fc.record({ type: fc.constant('tool_result'), tool_use_id: text, is_error: fc.boolean(), content: fc.oneof(text, fc.array(fc.record({ type: fc.constant('text'), text }), { maxLength: 2 })) }),
        ),
        { maxLength: 3 },
      ),
    }),
  }),
);

const hookPayload: fc.Arbitrary<unknown> = fc.record({
  hook_event_name: fc.constantFrom('PreToolUse', 'PostToolUse'),
  session_id: text,
  cwd: text,
  tool_name: fc.oneof(text, fc.constantFrom('Bash', 'Write', 'mcp__github__x')),
  tool_input: fc.record({ command: text, file_path: text, url: text }),
  tool_response: fc.record({ is_error: fc.boolean(), stdout: text }),
});

// ---------------------------------------------------------------------------------------------

describe('no backtracking RegExp runs on agent-controlled input', () => {
  // bash-parser loads on the first line that needs it (src/match/bash-parser-load.ts), and its
  // modules' initialisation runs regexes on their own constants (lodash.curry's native-function
  // test, …), never on input: load it before recording, as its import at start-up did. Everything
  // it runs on a line is still recorded.
  beforeAll(() => {
    bashParser();
    instrument();
  });
  afterAll(restore);

  it('the instrumentation sees every way a regex runs', () => {
    const seen = regexesRunBy(() => {
      /t1/.test('t1');
      't2'.match(/t2/);
      [...'t3'.matchAll(/t3/g)];
      't4'.replace(/t4/, '');
      't5'.replaceAll(/t5/g, '');
      't6'.split(/t6/);
      't7'.search(/t7/);
      /t8/y.exec('t8');
    });
    expect([...seen.values()].map((r) => r.re.source).sort()).toEqual(['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']);
  });

  it('negative controls: a planted backtracking regex and a regex built from input are reported', () => {
    const compiled = compilePolicy(policy({ cmd: { deny: ['rm -rf'] } }));
    const fromSubject = (command: string) => `^${command.slice(0, 5).toUpperCase()}`;
    const planted = (command: string) => {
      decide({ kind: 'command', command }, compiled);
      /(?:\s+)+x$/.test(command); // nested quantifiers: exponential
      /\s+$/.test(command); // unanchored trailing run: quadratic on a long run of spaces
      new RegExp(fromSubject(command), 'i').test(command); // a pattern made from the subject
    };
    const found = hazards(regexesRunBy(() => planted('rm -rf x   ')));
    expect(found.filter((h) => h.startsWith('/(?:\\s+)+x$/'))).toEqual([expect.stringContaining('exponential')]);
    expect(found.filter((h) => h.startsWith('/\\s+$/'))).toEqual([expect.stringContaining('super-linear')]);
    expect(found.filter((h) => h.startsWith(`/${fromSubject('rm -rf x')}/i`))).toEqual([expect.stringContaining('not a literal')]);
    // and nothing else: decide() itself is clean on this command
    expect(found).toHaveLength(3);
  });

  it('exempted dependency regexes still run in linear time on long runs of any character', () => {
    for (const [key, { backtracking }] of Object.entries(DEPENDENCY_REGEXES)) {
      if (!backtracking) continue;
      const [, source, flags] = /^\/(.*)\/([a-z]*)$/s.exec(key)!;
      const re = new RegExp(source!, flags);
      for (const c of [' ', '\n', '\r', '\u2028', '_', '.', '-', 'a', '\\', '"', "'"]) {
        const small = timed(re, c, 20_000);
        const large = timed(re, c, 160_000);
        // 8x the input: linear is 8x the time, quadratic 64x; tiny times are all noise.
        expect(large < 20 || large / Math.max(small, 0.05) < 24, `${key} on ${JSON.stringify(c)}: ${small.toFixed(2)} ms -> ${large.toFixed(2)} ms`).toBe(true);
      }
    }
  });

  it('decide() runs only literal, linear-safe regexes on commands, paths, hosts, tool names and working directories', () => {
    const seen = new Map<string, Ran>();
    fc.assert(
      fc.property(spec, fc.array(generatedAction, { minLength: 1, maxLength: 6 }), (s, actions) => {
        const compiled = compilePolicy(policy(s));
        regexesRunBy(() => {
          for (const a of actions) decide(a, compiled);
        }, seen);
      }),
      { numRuns: 300 },
    );
    expect(seen.size).toBeGreaterThan(10); // the generated inputs reach the regexes that exist
    expect(hazards(seen)).toEqual([]);
  });

  it('an agent glob with braces reaches the glob parser and runs only linear-safe regexes there', () => {
    // Found by the property above on one seed: the brace parser once tested `[^,{}]*\.\.[^,{}]*\}`,
    // quadratic on a run of dots, on globs an agent writes in a command. Pinned here, seed-free.
    const compiled = compilePolicy(policy({ fs: { deny: ['secrets/**'] }, cmd: { allow: ['cat *', 'ls *'] } }));
    const dots = '.'.repeat(2_000);
    const seen = regexesRunBy(() => {
      for (const command of [`cat src/*{${dots}`, `ls src/{a..b}*`, `cat src/*{x,${dots}}`, `cat *{${dots}}`])
        decide({ kind: 'command', command }, compiled);
    });
    expect([...seen.keys()]).toContain('/\\{([0-9a-zA-Z])\\.\\.([0-9a-zA-Z])\\}/y'); // the brace parser ran
    expect(hazards(seen)).toEqual([]);
  });

  it('the replay log readers and the guard payload readers run only literal, linear-safe regexes on log fields', () => {
    const seen = new Map<string, Ran>();
    fc.assert(
      fc.property(fc.array(logLine, { minLength: 1, maxLength: 4 }), hookPayload, (lines, payload) => {
        const state = newReaderState(ROOT);
        regexesRunBy(() => {
          for (const l of lines) readLine(l, state);
          for (const agent of ['claude', 'gemini'] as const) {
            try {
              readPayload(agent, payload);
            } catch {
              // a payload the guard refuses (fail closed) is fine: only the regexes matter here
            }
          }
        }, seen);
      }),
      { numRuns: 300 },
    );
    expect(seen.size).toBeGreaterThan(3);
    expect(hazards(seen)).toEqual([]);
  });
});
