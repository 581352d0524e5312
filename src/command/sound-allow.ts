// Sound matching for allow patterns (SPEC 3): an allow pattern admits a simple command only when
// EVERY possible expansion of its words satisfies the pattern, and never when its wildcard covers
// an option that makes the program run other code or act elsewhere (data/program-hazards.json)
// unless the pattern names that option.
//
// Every expansion: a word known only at run time (`$X`, `$(…)`, a glob, `~`) may be any string, even
// several words or none. Its literal start is kept and the rest becomes one SENTINEL character, which
// no literal of a pattern matches: if the pattern's regular expression (src/match/command.ts) still
// matches, the sentinel lies inside a `*`, and that `*` matches whatever the word expands to. A word
// that is wholly unknown may also expand to nothing: the layer is tried with and without it.
import { commandPatternRegexSource, type Arg, type SimpleCommand } from '../match/command.js';
import { Automaton } from '../match/linear.js';
import { normalise } from '../match/command-analysis.js';
import { executableName, writtenName } from '../match/program-name.js';
import { hazardExamples, scanHazards, spellsOption } from '../match/shell-hazards.js';
import { lexShell } from '../match/shell-lex.js';
import { derivedForLast } from '../derived.js';
import { withoutNeutralGlobals } from './neutral-globals.js';
import { programRefusal } from './program-path.js';

const SENTINEL = '\u0001';

/** Characters where a word's run-time part may begin (quotes are removed in Arg values). */
const RUNTIME_START = new Set(['$', '`', '*', '?', '[', '~']);

const automata = new Map<string, Automaton>();

function test(pattern: string, text: string): boolean {
  let a = automata.get(pattern);
  if (!a) {
    if (automata.size > 4096) automata.clear();
    a = new Automaton(false).add(0, commandPatternRegexSource(pattern));
    automata.set(pattern, a);
  }
  return a.run(text).length > 0;
}

function isRuntime(a: Arg): boolean {
  return a.dynamic || a.tilde === true;
}

/** The literal start of a word known only at run time (`src/` of `src/$X`). */
function literalStart(value: string): string {
  let k = 0;
  while (k < value.length && !RUNTIME_START.has(value[k]!)) k++;
  return value.slice(0, k);
}

/** Wholly unknown words up to this many are tried both present and absent (2^n forms); with more, no allow pattern is proved to admit the layer. */
const MAX_VANISHING = 6;

/**
 * The layer as strings in which each run-time part is a SENTINEL: together they stand for every
 * expansion. A wholly unknown word may expand to nothing: it is tried present and absent. undefined
 * when the layer cannot be written so (the literal start of a run-time word ends in whitespace;
 * more than MAX_VANISHING wholly unknown words).
 */
export function sentinelForms(argv: readonly Arg[], program?: string): string[] | undefined {
  const parts: { text: string; vanishes: boolean }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const text = isRuntime(a) ? literalStart(a.value) : i === 0 ? (program ?? executableName(a.value)) : a.value;
    const v = text.replace(/\s+/g, ' ');
    // A literal start ending in a space would merge with the next word when the rest expands to nothing.
    if (isRuntime(a) && (v.startsWith(' ') || v.endsWith(' '))) return undefined;
    parts.push(isRuntime(a) ? { text: v + SENTINEL, vanishes: v === '' } : { text: v, vanishes: false });
  }
  const vanishing = parts.filter((p) => p.vanishes).length;
  if (vanishing > MAX_VANISHING) return undefined;
  const forms: string[] = [];
  for (let mask = 0; mask < 1 << vanishing; mask++) {
    let n = 0;
    const kept = parts.filter((p) => !p.vanishes || (mask & (1 << n++)) === 0);
    // As the layer itself is normalised (command-analysis.ts normalise): spaces collapsed, ends
    // trimmed. (A global replace is slow, and only a run of spaces is changed by it.)
    const joined = kept.map((p) => p.text).join(' ');
    forms.push((joined.includes('  ') ? joined.replace(/ +/g, ' ') : joined).trim());
  }
  return forms;
}

/** The pattern's literal words: an option is named by a pattern that writes it. */
function literalWords(pattern: string): string[] {
  const lex = lexShell(pattern);
  if (lex.error) return [];
  return lex.words.filter((w) => !w.dynamic && !w.glob).flatMap((w) => w.fields ?? [w.value]);
}

/**
 * The program word of a layer: its name as written on the layer that shows it (`gfind …`, of
 * another name of a program: src/match/program-aliases.ts), else the program's (`find …`).
 */
function layerProgram(word: string, layerText: string): string {
  const written = writtenName(word);
  return layerText === written || layerText.startsWith(`${written} `) ? written : executableName(word);
}

export interface AllowCheck {
  /** The pattern matches the layer as written. */
  matched: boolean;
  /** It matches as written, but does not admit it (soundness or a hazardous option), and why. */
  refusal?: string;
}

/**
 * Whether the allow pattern admits layer `layer` of the simple command. `asWritten`: whether the
 * pattern matches the layer as written, when the caller already knows (its list's automaton).
 */
export function checkAllow(pattern: string, command: SimpleCommand, layer: number, asWritten?: boolean): AllowCheck {
  let text = command.layers[layer];
  let argv = command.argvs[layer];
  if (text === undefined || !argv) return { matched: false };
  if (!(asWritten ?? test(pattern, text))) {
    // `git --no-pager log` under `git log *`: the layer without its neutral global options
    // (./neutral-globals.ts). Hazards are still scanned on the words as written, below.
    const neutral = withoutNeutralGlobals(argv);
    const neutralText = neutral && normalise(neutral.map((a, i) => (i === 0 ? layerProgram(a.value, text!) : a.value)));
    if (!neutral || !neutralText || !test(pattern, neutralText)) return { matched: false };
    text = neutralText;
    argv = neutral;
  }
  // A pattern names a program by its name or its path; a file of the same name elsewhere is another program.
  const program = argv[0];
  if (program && !isRuntime(program)) {
    const why = programRefusal(pattern, program.value, command.dirs, command.anyDir);
    if (why) return { matched: true, refusal: `commands.allow "${pattern}" matches "${text}" as written, but ${why}` };
  }
  // The pattern's wildcards cover the words of this layer and of every command it wraps.
  let named: string[] | undefined;
  for (let j = layer; j < command.argvs.length; j++) {
    const words = command.argvs[j]!;
    const name = words[0];
    if (!name || isRuntime(name)) continue;
    const exe = executableName(name.value);
    for (const hit of scanHazards(exe, words.slice(1))) {
      if (hit.kind === 'code' || hit.kind === 'checked') continue; // opaque, or analysed on its own
      if (hit.kind === undefined) {
        const examples = hazardExamples(exe).join(', ');
        return {
          matched: true,
          refusal: `commands.allow "${pattern}" matches "${text}" as written, but "${hit.word}" is known only at run time where ${exe} reads options, and may be one that makes it run other code or act elsewhere (${examples}, …); no allow pattern admits that (after "--" it would be an operand)`,
        };
      }
      named ??= literalWords(pattern);
      if (!named.some((w) => spellsOption(w, hit.option!))) {
        return {
          matched: true,
          refusal: `commands.allow "${pattern}" matches "${text}" as written, but "${hit.word}" makes ${exe} act on a place the line does not show (${hit.option}) and the pattern does not name it`,
        };
      }
    }
  }
  const runtime = argv.filter(isRuntime);
  if (runtime.length) {
    const forms = pattern.includes(SENTINEL) ? undefined : sentinelForms(argv, argv[0] && !isRuntime(argv[0]) ? layerProgram(argv[0].value, command.layers[layer]!) : undefined);
    if (forms === undefined || !forms.every((f) => test(pattern, f))) {
      const words = runtime.map((a) => `"${a.value}"`).join(', ');
      return { matched: true, refusal: `commands.allow "${pattern}" matches "${text}" as written, but ${words} ${runtime.length > 1 ? 'are' : 'is'} known only at run time and may expand to words the pattern does not cover` };
    }
  }
  return { matched: true };
}

/**
 * Whether deciding the command's allow lists needs checkAllow (else the patterns' own matching is
 * exact). A decision asks it of one simple command once per level, one after the other (analyses
 * are read-only, so the answer for the same object never changes): the last answer is kept.
 */
export const needsSoundAllow: (command: SimpleCommand) => boolean = derivedForLast(computeNeeds);

function computeNeeds(command: SimpleCommand): boolean {
  for (const argv of command.argvs) {
    if (argv.some(isRuntime) || withoutNeutralGlobals(argv)) return true;
    const name = argv[0];
    // `./src/cat` is matched by its name `cat`, but is not the program `cat *` names (./program-path.ts).
    if (name?.value.includes('/')) return true;
    if (name && scanHazards(executableName(name.value), argv.slice(1)).some((h) => h.kind === 'elsewhere')) return true;
  }
  return false;
}
