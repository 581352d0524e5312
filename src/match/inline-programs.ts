// Programs given inline to awk and jq (SPEC 3, "Opaque code"). Their text is code the engine does
// not parse; a few constructs in it run commands or touch files the line does not name, and make
// the line opaque. Without them the program only reads its operands, which the touch model
// decides (data/programs.json). Programs given in files (`awk -f`, `jq -f`) are opaque through
// data/program-hazards.json.
import type { OpaqueConstruct } from './opaque-construct.js';
import { readShortCluster } from './short-options.js';
import type { Arg } from './shell-wrappers.js';

interface InlineLanguage {
  /** Text in a program that makes it run commands or touch files the line does not show. */
  hazards: readonly string[];
  /** Short options whose value is the next word (or attached). */
  valuedShort: ReadonlySet<string>;
  /** Long options whose value may be the next word. */
  valuedLong: ReadonlySet<string>;
  /** Long options followed by two words, a name and a value (`jq --arg NAME VALUE`). */
  pairs?: ReadonlySet<string>;
  /** Options whose value is a program, read in place of the first operand (`awk -e`). */
  sources?: ReadonlySet<string>;
}

const AWK: InlineLanguage = {
  // system(), pipes, getline, output redirections; gawk's @include, @load and indirect calls
  // (`@f()` reaches system under another spelling); ARGV/ARGC assignments make awk read files the
  // line does not name; extension() loads code (gawk 4.0).
  hazards: ['system', 'getline', '|', '>', '@', 'ARGV', 'ARGC', 'extension'],
  valuedShort: new Set(['F', 'v', 'f', 'e', 'i', 'l', 'E', 'W']),
  valuedLong: new Set(['--field-separator', '--assign', '--file', '--source', '--include', '--load', '--exec']),
  sources: new Set(['-e', '--source']),
};

const JQ: InlineLanguage = {
  // Modules: `import "x" as $d` reads x.json, `import`/`include` read .jq files, from the library
  // path or relative to the program.
  hazards: ['import', 'include'],
  valuedShort: new Set(['f', 'L']),
  valuedLong: new Set(['--from-file', '--library-path', '--indent']),
  pairs: new Set(['--arg', '--argjson', '--slurpfile', '--rawfile']),
};

const LANGUAGES = new Map<string, InlineLanguage>([
  ['awk', AWK],
  ['gawk', AWK],
  ['mawk', AWK],
  ['nawk', AWK],
  ['jq', JQ],
  ['gojq', JQ],
]);

/** Whether the program takes an inline program this module reads. */
export function hasInlineProgram(exe: string): boolean {
  return LANGUAGES.has(exe);
}

/**
 * The program texts of the line: every value of a `sources` option (`awk -e`), or else the first
 * operand, after the options (whose values are skipped).
 */
export function inlinePrograms(language: InlineLanguage, args: readonly Arg[]): Arg[] {
  const sources: Arg[] = [];
  const found = (operand: Arg | undefined): Arg[] => (sources.length || !operand ? sources : [operand]);
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    const v = a.value;
    if (v === '--') return found(args[k + 1]);
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v : v.slice(0, eq);
      if (language.pairs?.has(name)) k += 2;
      else if (language.valuedLong.has(name)) {
        const value = eq < 0 ? args[++k] : { ...a, value: v.slice(eq + 1) };
        if (value && language.sources?.has(name)) sources.push(value);
      }
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      // A cluster of flags, up to the first option that takes a value (the rest, or the next word).
      const c = readShortCluster(v, (ch) => (language.valuedShort.has(ch) ? 'value' : 'flag'));
      if (c.valued === undefined) continue;
      const value = c.attached !== undefined ? { ...a, value: c.attached } : args[++k];
      if (value && language.sources?.has(`-${c.valued}`)) sources.push(value);
      continue;
    }
    return found(a);
  }
  return sources;
}

/** Why the inline program of an awk or jq line runs code the engine cannot see, if it does. */
export function inlineProgramOpaque(exe: string, args: readonly Arg[]): OpaqueConstruct | undefined {
  const language = LANGUAGES.get(exe);
  if (!language) return undefined;
  for (const program of inlinePrograms(language, args)) {
    if (program.dynamic) return { reason: `the ${exe} program is known only at run time` };
    const hazard = language.hazards.find((h) => program.value.includes(h));
    if (hazard) {
      // The construct is the program itself: only an allow pattern that spells it out admits it
      // (`awk *` does not, as `python *` does not admit `python -c`).
      return { reason: `the ${exe} program can run commands or touch files the line does not name ("${hazard}")`, construct: `${exe} ${program.value}` };
    }
  }
  return undefined;
}
