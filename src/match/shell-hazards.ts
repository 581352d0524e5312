// Options that make an allowed program run code or act elsewhere (SPEC 3: "an allow never admits
// an option or environment variable that makes the program run other code or write elsewhere
// unless the pattern names it"), read from data/program-hazards.json, reviewed like code.
//
// Three kinds: `code` (the option's value is a command or code: written on the line it is opaque,
// shell-opaque.ts), `elsewhere` (a directory, file, config, plugin or host the program would use
// instead of the one the line shows: an allow pattern must name it), `checked` (runs a command the
// analysis follows on its own, `find -exec`). A word known only at run time, where the program
// reads options, may be any of them.
import { ownOf } from './own.js';
import { PROGRAM_HAZARDS, PROGRAM_SPECS } from './program-tables.js';
import { readShortCluster } from './short-options.js';
import type { Arg } from './shell-wrappers.js';

export type HazardKind = 'code' | 'elsewhere' | 'checked';

interface HazardLists {
  code?: string[];
  elsewhere?: string[];
  checked?: string[];
}

interface ProgramHazards extends HazardLists {
  /** The program reads options (or predicates) after `--` too (find, dd). */
  optionsAnywhere?: boolean;
  /**
   * The command language the program runs (SQL with psql's `\!`, debugger commands, …), from its
   * arguments, script files or standard input: opaque, unless every argument is informational.
   */
  statements?: string;
  /** Options that only print something about the program (`--version`, `--help`, `-V`): with these alone it runs no statements. */
  informational?: string[];
  /** An operand may hold several of the program's commands, each checked, separated by this (sbt's `'clean; eval x'`). */
  separator?: string;
  subcommands?: Record<string, HazardLists>;
  /** The program's own lists apply after every subcommand too, not only before it (go's build flags: `go build -toolexec`). */
  shared?: boolean;
}

interface OptionSpec {
  valued?: string[];
  globalValued?: string[];
  subcommands?: Record<string, OptionSpec>;
}

const KINDS: HazardKind[] = ['code', 'elsewhere', 'checked'];
const HAZARDS_BY_NAME = PROGRAM_HAZARDS.view<ProgramHazards>();
const OPTIONS_BY_NAME = PROGRAM_SPECS.view<OptionSpec>();

export interface HazardHit {
  /** Index of the word in the arguments (after the program name). */
  index: number;
  word: string;
  /** undefined: a word known only at run time that may be any of the program's hazardous options. */
  kind?: HazardKind;
  /** The option as the data file spells it (`--upload-pack`), for a word written on the line. */
  option?: string;
  /** The subcommand whose option it is (`clone` for `git clone --upload-pack`). */
  scope?: string;
}

/** Whether the program has options that run code or act elsewhere. */
export function hasHazards(program: string): boolean {
  return HAZARDS_BY_NAME.has(program);
}

/** `--version`, `-version`, `--help`, `-help`: informational for every program with statements. */
const INFORMATIONAL = /^-(?:-?version|-?help)$/;

/**
 * The statement language a command runs (`psql`, `mysql`, `duckdb`, `gdb`-like debuggers, …), or
 * undefined. Keys of two or three words name a subcommand or module that runs one: its first
 * operand (`node inspect`, `jupyter execute`), a flag (`perl -d`), or a valued option and its
 * value (`python -m pdb`).
 * With no arguments the program reads its statements from standard input: that runs them too.
 */
export function statementLanguage(program: string, args: readonly Arg[]): { name: string; language: string } | undefined {
  const whole = runs(program, HAZARDS_BY_NAME.get(program), args);
  if (whole) return whole;
  // Most programs have no key of more words: their words need not be looked up.
  if (!hasLongerKeys(program)) return undefined;
  const spec = OPTIONS_BY_NAME.get(program);
  const valued = [...(spec?.valued ?? []), ...(spec?.globalValued ?? [])];
  for (let k = 0; k < args.length; k++) {
    const v = args[k]!.value;
    if (args[k]!.dynamic || v === '--') return undefined;
    if (!v.startsWith('-')) {
      const name = `${program} ${v}`;
      return runs(name, HAZARDS_BY_NAME.get(name), args.slice(k + 1));
    }
    // A flag that starts one (`perl -d`, `php -a`).
    const flag = runs(`${program} ${v}`, HAZARDS_BY_NAME.get(`${program} ${v}`), args.slice(k + 1));
    if (flag) return flag;
    // `-m pdb`, `-mpdb`: a valued option and its value (python's module).
    const option = valued.find((o) => v === o || (o.length === 2 && !o.startsWith('--') && v.startsWith(o)));
    if (option === undefined) continue;
    const value = v === option ? args[++k]?.value : v.slice(option.length);
    const name = `${program} ${option} ${value ?? ''}`;
    const found = runs(name, HAZARDS_BY_NAME.get(name), args.slice(k + 1));
    if (found) return found;
  }
  return undefined;
}

/** The statement language `name` runs given the words after it, unless every one of them is informational. */
function runs(name: string, h: ProgramHazards | undefined, rest: readonly Arg[]): { name: string; language: string } | undefined {
  return h?.statements !== undefined && !(rest.length > 0 && rest.every((a) => !a.dynamic && (INFORMATIONAL.test(a.value) || (h.informational ?? []).includes(a.value))))
    ? { name, language: h.statements }
    : undefined;
}

/** Every start of a key of several words that ends before one of its spaces (`python`, `python -m`), made on first use. */
let keyHeads: ReadonlySet<string> | undefined;

/**
 * Whether a key of the table starts with `program` and a space (`node inspect`, `python -m pdb`):
 * only then can the program's words name one. Read from the table's names (no entry is parsed).
 */
function hasLongerKeys(program: string): boolean {
  if (keyHeads === undefined) {
    const heads = new Set<string>();
    for (const name of HAZARDS_BY_NAME.names()) {
      for (let sp = name.indexOf(' '); sp >= 0; sp = name.indexOf(' ', sp + 1)) heads.add(name.slice(0, sp));
    }
    keyHeads = heads;
  }
  return keyHeads.has(program);
}

/** Examples of the program's hazardous options, for reasons. */
export function hazardExamples(program: string, max = 4): string[] {
  const h = HAZARDS_BY_NAME.get(program);
  if (!h) return [];
  return [...(h.code ?? []), ...(h.elsewhere ?? []), ...(h.checked ?? [])].slice(0, max);
}

/**
 * Whether a word spells the option: `--long` or `--long=…`; `-x` alone, with an attached value
 * (`-xVALUE`) or inside a cluster of short flags (`-ax`), stopping at a short option that takes a
 * value (its value may contain anything); `+` any word starting with `+`; `NAME=` a word starting
 * with it; `-long` (find, go) exactly or `-long=…`; a long option also as `--long:…`/`-long:…`.
 */
export function spellsOption(word: string, option: string, valuedShort: readonly string[] = []): boolean {
  if (option === '+') return word.startsWith('+') && word.length > 1;
  if (!option.startsWith('-')) return word.startsWith(option);
  if (option.startsWith('--') || option.length > 2) {
    // `word === option`, or the option and its value after `=` (or `:`: CMake's typed
    // `-DNAME:TYPE=v`, MSBuild's `-property:NAME=v`), without building that string.
    if (word.length === option.length) return word === option;
    const after = word.charCodeAt(option.length);
    return word.length > option.length && (after === 0x3d || after === 0x3a) && word.startsWith(option);
  }
  if (!word.startsWith('-') || word.startsWith('--') || word.length < 2) return false;
  // `option` is `-x` (or `-` alone, which no `-c` of a cluster is).
  if (option.length !== 2) return false;
  const letter = option[1]!;
  // Letters not known to take a value are read as flags: a hazardous letter is not missed.
  const c = readShortCluster(word, (ch) => (valuedShort.includes(`-${ch}`) ? 'value' : 'flag'));
  return c.valued === letter || c.flags.includes(letter);
}

function listsFor(h: ProgramHazards, sub: string | undefined | null): HazardLists[] {
  if (!h.subcommands) return [h];
  if (sub === null) return [h, ...Object.values(h.subcommands)];
  const lists = sub !== undefined ? ownOf(h.subcommands, sub) : undefined;
  const shared = h.shared ? [h] : [];
  return lists ? [lists, ...shared] : shared;
}

/** An option of a list as `find` reports it: its kind and its spelling in the data file. */
interface ListedOption {
  kind: HazardKind;
  option: string;
}

/**
 * A list's options indexed by how a word spells them (spellsOption), each by its place in the list
 * (kinds in KINDS order, then options in order): of the options a word spells, `find` reports
 * the first, so the lowest place wins. A word is looked up in a few maps, not tried against every
 * option.
 */
interface OptionIndex {
  /** The options in the list's order (every one: a place is an index here). */
  options: ListedOption[];
  /** `--long`, `-long`: spelled whole, or followed by `=` or `:` and a value. Like `short` and `starts`, only options a word can be reported for. */
  long: Map<string, number>;
  /** The length of the longest of `long`: no longer start of a word can be one. */
  longest: number;
  /** `-x`, by its letter: anywhere in a cluster of short options, up to a letter that takes a value. */
  short: Map<string, number>;
  /** Options spelled by every word starting with them (`of=`, `/p:`, `+`: one more character), in order. */
  starts: number[];
  /** The unambiguous abbreviations of `--long` options (five characters or more), made the first time one is looked up. */
  abbreviations?: Map<string, number>;
}

const INDEXES = new WeakMap<HazardLists, OptionIndex>();

/** The index of a list (made the first time its program's words are read). */
function optionIndex(l: HazardLists): OptionIndex {
  let index = INDEXES.get(l);
  if (index !== undefined) return index;
  index = { options: [], long: new Map(), longest: 0, short: new Map(), starts: [] };
  for (const kind of KINDS) {
    let spelled = true;
    for (const option of l[kind] ?? []) {
      const place = index.options.length;
      index.options.push({ kind, option });
      // `''` is spelled by every word but never reported (it is falsy), and Array.find stops at it:
      // no later option of its kind is reported for a word either (only as an abbreviation).
      if (option === '') spelled = false;
      if (!spelled) continue;
      // The branches of spellsOption, in its order.
      if (option === '+' || !option.startsWith('-')) index.starts.push(place);
      else if (option.startsWith('--') || option.length > 2) {
        if (!index.long.has(option)) index.long.set(option, place);
        index.longest = Math.max(index.longest, option.length);
      } else if (option.length === 2 && !index.short.has(option[1]!)) index.short.set(option[1]!, place);
    }
  }
  INDEXES.set(l, index);
  return index;
}

/** No option: a place after every one. */
const NONE = Number.MAX_SAFE_INTEGER;

/** The first option of the list the word spells (spellsOption), by the index. */
function firstSpelled(index: OptionIndex, word: string, valuedShort: readonly string[]): ListedOption | undefined {
  let best = NONE;
  if (index.long.size > 0 && word.startsWith('-')) {
    // The word whole, or each start of it that ends before a `=` or `:` (no longer than the longest option).
    if (word.length <= index.longest) best = index.long.get(word) ?? NONE;
    const end = Math.min(word.length, index.longest + 1);
    for (let i = 2; i < end; i++) {
      const c = word.charCodeAt(i);
      if (c !== 0x3d && c !== 0x3a) continue;
      const place = index.long.get(word.slice(0, i));
      if (place !== undefined && place < best) best = place;
    }
  }
  if (index.short.size > 0 && word.length >= 2 && word.charCodeAt(0) === 0x2d && word.charCodeAt(1) !== 0x2d) {
    // The cluster's letters up to the first that takes a value (its value may hold anything), as readShortCluster reads them.
    for (let j = 1; j < word.length; j++) {
      const ch = word[j]!;
      const place = index.short.get(ch);
      if (place !== undefined && place < best) best = place;
      if (valuedShort.length > 0 && valuedShort.includes(`-${ch}`)) break;
    }
  }
  for (const place of index.starts) {
    if (place >= best) break;
    const option = index.options[place]!.option;
    if (option === '+' ? word.length > 1 && word.startsWith('+') : word.startsWith(option)) best = place;
  }
  return best === NONE ? undefined : index.options[best];
}

/** The first `--long` option of the list that `head` abbreviates (a shorter start of it, five characters or more). */
function firstAbbreviated(l: HazardLists, head: string): ListedOption | undefined {
  const index = optionIndex(l);
  index.abbreviations ??= abbreviationsOf(index.options);
  const place = index.abbreviations.get(head);
  return place === undefined ? undefined : index.options[place];
}

/** Each start of five characters or more of each `--long` option, shorter than it, with the place of the first option it starts. */
function abbreviationsOf(options: readonly ListedOption[]): Map<string, number> {
  const abbreviations = new Map<string, number>();
  options.forEach(({ option }, place) => {
    if (!option.startsWith('--')) return;
    for (let n = 5; n < option.length; n++) {
      const start = option.slice(0, n);
      if (!abbreviations.has(start)) abbreviations.set(start, place);
    }
  });
  return abbreviations;
}

function find(lists: readonly HazardLists[], word: string, valuedShort: readonly string[]): ListedOption | undefined {
  for (const l of lists) {
    const found = firstSpelled(optionIndex(l), word, valuedShort);
    if (found) return found;
  }
  // GNU getopt_long, git's parse-options and Python's parsers take an unambiguous prefix of a long
  // option: `sort --compress-prog=X` is `--compress-program=X`. A prefix of a hazardous option
  // counts as it (an ambiguous prefix makes the program refuse to run: counting it is safe).
  const head = abbreviationHead(word);
  if (head === undefined) return undefined;
  for (const l of lists) {
    const found = firstAbbreviated(l, head);
    if (found) return found;
  }
  return undefined;
}

/**
 * Real long options that are prefixes of a hazardous one of the same or another program
 * (`git diff --text`, `tar --checkpoint`, `rsync --partial`, `curl --output`): written in full,
 * they are themselves, not abbreviations.
 */
const FULL_OPTIONS = new Set(['--text', '--checkpoint', '--pre', '--partial', '--backup', '--output', '--cookie', '--cpu-prof', '--heap-prof', '--declaration', '--cache', '--coverage', '--strip', '--link', '--copy', '--net', '--device', '--plugin', '--config', '--file', '--log', '--user', '--index', '--reference', '--exec', '--trace', '--setupFiles', '--inspect', '--tool', '--repo', '--as', '--global']);

/** `--abbr` or `--abbr=value`: the option part when it may abbreviate a longer option. */
function abbreviationHead(word: string): string | undefined {
  if (!word.startsWith('--')) return undefined;
  const eq = word.indexOf('=');
  const head = eq < 0 ? word : word.slice(0, eq);
  return head.length >= 5 && !FULL_OPTIONS.has(head) ? head : undefined;
}

/**
 * Whether a word that is not fully known (a glob, a tilde, an expansion) can expand to a word that
 * starts like an option or a hazardous operand. An expansion that may split may become several
 * words, any of them an option; a quoted expansion, a glob or a tilde word keeps its literal start.
 */
function mayBeOption(w: Arg, lists: readonly HazardLists[]): boolean {
  if (!w.dynamic || w.procsub) return false;
  const v = w.value;
  if (!w.oneWord && (v.includes('$') || v.includes('`'))) return true;
  if (w.tilde) return false;
  let k = 0;
  while (k < v.length && !'*?[$`'.includes(v[k]!)) k++;
  const literal = v.slice(0, k);
  if (literal === '' || literal.startsWith('-') || literal.startsWith('+')) return true;
  // `of=*` may be dd's `of=…`: an operand hazard whose start the literal part could still be.
  return lists.some((l) => KINDS.some((kind) => (l[kind] ?? []).some((o) => !o.startsWith('-') && o !== '+' && (o.startsWith(literal) || literal.startsWith(o)))));
}

/** A word that stays one word at run time (a value after an option cannot smuggle in another word). */
function isOneWord(a: Arg | undefined): boolean {
  return a !== undefined && (!a.dynamic || a.oneWord === true || a.procsub === true);
}

/**
 * Every word of `program args…` that is a hazardous option, or may be one at run time. Words after
 * `--` are operands unless the program reads options anywhere; values of options the program is
 * known to take (data/programs.json) are values, not options.
 */
export function scanHazards(program: string, args: readonly Arg[]): HazardHit[] {
  const h = HAZARDS_BY_NAME.get(program);
  // A program with only `statements` has no hazardous option: every run but an informational one is opaque.
  if (!h || (h.code === undefined && h.elsewhere === undefined && h.checked === undefined && h.subcommands === undefined)) return [];
  const spec = OPTIONS_BY_NAME.get(program);
  const hits: HazardHit[] = [];
  let k = 0;
  let sub: string | undefined | null;
  let valued = spec?.valued ?? [];
  if (h.subcommands) {
    // Global options before the subcommand (git -C dir -c x=y log).
    const globalValued = spec?.globalValued ?? [];
    for (; k < args.length; k++) {
      const a = args[k]!;
      if (a.dynamic) {
        if (mayBeOption(a, [h])) hits.push({ index: k, word: a.value });
        continue;
      }
      if (!a.value.startsWith('-') || a.value === '-') break;
      const found = find([h], a.value, globalValued);
      if (found) hits.push({ index: k, word: a.value, ...found });
      if (globalValued.includes(a.value) && isOneWord(args[k + 1])) k++;
    }
    const s = args[k];
    if (s?.dynamic) {
      hits.push({ index: k, word: s.value });
      sub = null;
    } else sub = s?.value;
    if (s) k++;
    valued = (sub ? ownOf(spec?.subcommands, sub)?.valued : undefined) ?? [];
  }
  const lists = listsFor(h, sub);
  let ended = false;
  for (; k < args.length; k++) {
    const a = args[k]!;
    if (!a.dynamic && a.value === '--' && !h.optionsAnywhere) {
      ended = true;
      continue;
    }
    const readsOptions = !ended || h.optionsAnywhere === true;
    if (a.dynamic) {
      // A subcommand with no options listed here (git status) is not known to be harmless: any option may be.
      if (readsOptions && mayBeOption(a, lists.length ? lists : [h])) hits.push({ index: k, word: a.value });
      continue;
    }
    const v = a.value;
    if (!readsOptions && v.startsWith('-')) continue;
    let found = find(lists, v, valued);
    if (!found && h.separator && v.includes(h.separator)) {
      for (const part of v.split(h.separator)) found ??= find(lists, part.trim(), valued);
    }
    if (found) hits.push({ index: k, word: v, ...found, ...(typeof sub === 'string' ? { scope: sub } : {}) });
    // The value of an option the program takes (`git log -n 5`), when it cannot split into more words.
    if (readsOptions && valued.includes(v) && isOneWord(args[k + 1])) {
      k++;
      // A short option's value is the same written apart or attached: `-D NAME=v` is `-DNAME=v`.
      const value = args[k]!;
      const attached = !found && /^-[^-]$/.test(v) && !value.dynamic ? find(lists, v + value.value, valued) : undefined;
      if (attached) hits.push({ index: k - 1, word: `${v} ${value.value}`, ...attached, ...(typeof sub === 'string' ? { scope: sub } : {}) });
    }
  }
  return hits;
}
