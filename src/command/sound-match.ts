// Sound matching for deny and approval patterns (SPEC 3): a pattern matches a simple command when
// SOME expansion of its words satisfies the pattern read as program + options + operands
// (src/command/argv-model.ts). It only ever adds matches to what the pattern's regular expression
// (src/match/command.ts) finds, so it is used where more matches are safer: denies and approval
// gates. Allow lists keep the stricter regular expression.
import type { SimpleCommand } from '../match/command.js';
import { executableName } from '../match/program-name.js';
import { lexShell } from '../match/shell-lex.js';
import type { Arg } from '../match/shell-wrappers.js';
import { derivedForLast } from '../derived.js';
import { argvModel, commandAlias, impliedSubcommands, longOptionsOf, sameCommandLine, type ArgvModel, type Word } from './argv-model.js';

/**
 * A word known only at run time that cannot be an option: its first character is a literal that
 * no expansion changes and is not `-`, and it cannot split into several words (a glob's words all
 * start with that character: `build/*.o` is never `-r`). It is an operand whose text is unknown,
 * so `rm -f build/*.o` lacks the -r of `rm -rf` (options match as sets).
 */
const UNKNOWN_OPERAND = '\u0002';

function unknownOperand(a: Arg): boolean {
  if (a.tilde) return false;
  return /^[A-Za-z0-9_./]/.test(a.value) && (a.oneWord === true || !/[$`]/.test(a.value));
}

/**
 * GNU getopt_long (and git's parse-options) accept any unambiguous prefix of a long option:
 * `rm --rec` is `rm --recursive`. For deny-side matching an abbreviation counts as every long
 * option it begins (an ambiguous one makes the program refuse to run: matching it too is safe).
 */
function abbreviates(c: ArgvModel, option: string): Set<string> | undefined {
  const longs = longOptionsOf(c.program, c.subcommand, option);
  if (longs.length === 0) return undefined;
  let found: Set<string> | undefined;
  for (const [have, values] of c.options) {
    if (have.length < 3 || !have.startsWith('--')) continue;
    if (longs.some((l) => l !== have && l.startsWith(have))) {
      found ??= new Set();
      for (const v of values) found.add(v);
    }
  }
  return found;
}

interface PatternModel {
  model: ArgvModel;
  /** The pattern ends with a lone `*` operand (`kubectl * --context=prod` is not this). */
  anyOperands: boolean;
  /** Operand positions that are a lone `*`: any operands from there on. */
  starAt: number;
}

const patterns = new Map<string, PatternModel | null>();

/** The pattern read as program + options + operands, or null when it cannot be read that way. */
function patternModel(pattern: string): PatternModel | null {
  let m = patterns.get(pattern);
  if (m !== undefined) return m;
  m = null;
  const lex = lexShell(pattern);
  if (!lex.error && lex.words.length > 0 && lex.tokens.every((t) => t.kind === 'word')) {
    const [first, ...rest] = lex.words;
    if (first && !first.glob && !first.dynamic) {
      // A `*` word stands for any words: it is kept as an operand marker, never as an option.
      const words: Word[] = rest.map((w) => ({ value: w.glob ? `\u0000${w.value}` : w.value, dynamic: false }));
      const model = argvModel(executableName(first.value), words);
      const starAt = model.operands.findIndex((o) => o === '\u0000*');
      m = { model, anyOperands: starAt >= 0, starAt: starAt < 0 ? model.operands.length : starAt };
    }
  }
  if (patterns.size > 4096) patterns.clear();
  patterns.set(pattern, m);
  return m;
}

/** `*` matches any characters; everything else literally. Iterative, no regular expression. */
function wildcard(pattern: string, text: string, ignoreCase: boolean): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (pi < p.length && p[pi] === t[ti]) {
      pi++;
      ti++;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

function word(p: string): { text: string; glob: boolean } {
  return p.startsWith('\u0000') ? { text: p.slice(1), glob: true } : { text: p, glob: false };
}

function same(pattern: string, text: string, ignoreCase: boolean): boolean {
  if (text === UNKNOWN_OPERAND) return true;
  const w = word(pattern);
  if (w.glob) return wildcard(w.text, text, ignoreCase);
  return ignoreCase ? w.text.toLowerCase() === text.toLowerCase() : w.text === text;
}

/** Whether the command's subcommand also does what the pattern's names (`git merge` commits). */
function implied(pattern: string, c: ArgvModel, ignoreCase: boolean): boolean {
  return c.subcommand !== undefined && impliedSubcommands(c.program, c.subcommand).some((s) => same(pattern, s, ignoreCase));
}

/** Whether some expansion of the command satisfies the pattern. */
export function modelMatches(p: PatternModel, model: ArgvModel, ignoreCase: boolean): boolean {
  const pm = p.model;
  // A glob in the subcommand's place (`git pu* -f`) may be any subcommand, whose options are
  // read differently: the words after it may be anything.
  const c = model.subcommand === UNKNOWN_OPERAND ? { ...model, unknown: true } : model;
  if (!same(pm.program, c.program, ignoreCase)) return false;
  if (pm.subcommand !== undefined) {
    if (c.subcommand === undefined ? !c.unknown : !same(pm.subcommand, c.subcommand, ignoreCase) && !implied(pm.subcommand, c, ignoreCase)) return false;
  }
  for (const [option, values] of pm.options) {
    const has = c.options.get(option) ?? abbreviates(c, option);
    if (!has) {
      if (c.unknown) continue;
      return false;
    }
    for (const v of values) {
      if (v === '') continue;
      // An abbreviated option read as a flag may have taken the next word as its value.
      if (![...has].some((h) => same(v, h, ignoreCase) || (h === '' && !c.options.has(option))) && !c.unknown) return false;
    }
  }
  if (c.unknown) return true;
  if (operandsMatch(p, c, 0, ignoreCase)) return true;
  // An option the model does not know, read as a flag, may have taken the next word as its value
  // (`kubectl -v 9 delete pod x`, `npm --otp 123 publish`): the operands may start later.
  if (p.starAt === 0) return false;
  let bare = 0;
  for (const values of c.options.values()) if (values.has('')) bare++;
  for (let skip = 1; skip <= Math.min(bare, MAX_SKIPPED, c.operands.length); skip++) if (operandsMatch(p, c, skip, ignoreCase)) return true;
  return false;
}

/** Leading operands an unknown option may have taken as its value, at most. */
const MAX_SKIPPED = 4;

function operandsMatch(p: PatternModel, c: ArgvModel, skip: number, ignoreCase: boolean): boolean {
  const pm = p.model;
  for (let i = 0; i < p.starAt; i++) {
    const want = pm.operands[i]!;
    const written = c.operands[i + skip];
    const got = i === 0 && written !== undefined && c.subcommand === undefined ? commandAlias(c.program, written) : written;
    // A glob may expand to several words: from an unknown operand on, any operands may follow.
    if (got === UNKNOWN_OPERAND) return true;
    if (got === undefined || !same(want, got, ignoreCase)) return false;
  }
  return true;
}

/** A list's rules read as models once, grouped by program (lower case) in list order. */
interface RuleIndex<R> {
  byProgram: Map<string, { index: number; rule: R; model: PatternModel }[]>;
}

/** Rule lists are compiled once per policy and never change: their index is kept with them. */
const indexes = new WeakMap<readonly object[], RuleIndex<never>>();

function ruleIndex<R extends { pattern: string }>(rules: readonly R[]): RuleIndex<R> {
  let idx = indexes.get(rules) as RuleIndex<R> | undefined;
  if (!idx) {
    idx = { byProgram: new Map() };
    rules.forEach((rule, index) => {
      const model = patternModel(rule.pattern);
      if (!model) return;
      const key = model.model.program.toLowerCase();
      const list = idx!.byProgram.get(key);
      if (list) list.push({ index, rule, model });
      else idx!.byProgram.set(key, [{ index, rule, model }]);
    });
    indexes.set(rules, idx as RuleIndex<never>);
  }
  return idx;
}

/**
 * A simple command's layers read as models (analyses are read-only), each built only when first
 * asked for: most layers name a program no rule of the list names.
 */
interface LayerModels {
  /**
   * Per layer with a literal program: its program (the model's own), its argv and its index in
   * the command's layers; a program that takes another's command line (`podman`: docker's) is
   * read once more as that program.
   */
  programs: string[];
  argvs: (readonly Arg[])[];
  layers: number[];
  models: (ArgvModel | undefined)[];
}

/**
 * The last command's layers: a decision asks soundMatch about one simple command for each of its
 * levels and lists, one after the other. One entry, not a WeakMap entry per command ever decided
 * (which cost more to make and to collect than reading the layers again for a later decision).
 */
const layersOf = derivedForLast((c: SimpleCommand): LayerModels => {
  const l: LayerModels = { programs: [], argvs: [], layers: [], models: [] };
  c.argvs.forEach((argv, layer) => {
    const name = argv[0];
    if (!name || name.dynamic) return;
    const program = executableName(name.value);
    const same = sameCommandLine(program);
    for (const p of same === undefined ? [program] : [program, same]) {
      l.programs.push(p);
      l.argvs.push(argv);
      l.layers.push(layer);
      l.models.push(undefined);
    }
  });
  return l;
});

function modelAt(l: LayerModels, i: number): ArgvModel {
  let m = l.models[i];
  if (!m) {
    const rest = l.argvs[i]!.slice(1);
    m = argvModel(
      l.programs[i]!,
      rest.map((a) => (a.dynamic && unknownOperand(a) ? { value: UNKNOWN_OPERAND, dynamic: false } : { value: a.value, dynamic: a.dynamic || a.tilde === true })),
    );
    l.models[i] = m;
  }
  return m;
}

/**
 * Whether some layer's literal program (or the program whose command line it takes) is one the
 * list's rules name: most commands name none, and then no rule can match and no layer needs
 * reading as a model (nothing is kept for them).
 */
function namesAny(idx: RuleIndex<unknown>, c: SimpleCommand): boolean {
  for (const argv of c.argvs) {
    const name = argv[0];
    if (!name || name.dynamic) continue;
    const program = executableName(name.value);
    if (idx.byProgram.has(program.toLowerCase())) return true;
    const same = sameCommandLine(program);
    if (same !== undefined && idx.byProgram.has(same.toLowerCase())) return true;
  }
  return false;
}

/**
 * The first rule (in order) whose pattern some expansion of the command satisfies, read as
 * program + options + operands, with the layer it matched. Only rules naming a layer's program
 * (compared without case: patterns' programs are never globs), or the program whose command line
 * it takes (`podman run --privileged` meets `docker run --privileged`), can match it.
 */
export function soundMatch<R extends { pattern: string }>(rules: readonly R[], c: SimpleCommand, ignoreCase: boolean): { rule: R; layer: string } | undefined {
  if (rules.length === 0) return undefined;
  const idx = ruleIndex(rules);
  if (!namesAny(idx, c)) return undefined;
  const layers = layersOf(c);
  // The lowest rule index some layer matches, and the first layer that matches it.
  let best: { index: number; rule: R; at: number } | undefined;
  for (let i = 0; i < layers.programs.length; i++) {
    // The model's program is the layer's executable name as given (argv-model.ts keeps it).
    const candidates = idx.byProgram.get(layers.programs[i]!.toLowerCase());
    if (!candidates) continue;
    const m = modelAt(layers, i);
    for (const e of candidates) {
      if (best && e.index >= best.index) break;
      if (modelMatches(e.model, m, ignoreCase)) {
        best = { index: e.index, rule: e.rule, at: i };
        break;
      }
    }
  }
  return best && { rule: best.rule, layer: c.layers[layers.layers[best.at]!] ?? c.layers[0] ?? '' };
}
