// A simple command read as program + options + operands (SPEC 3): options as a set, in any order,
// clustering (`-rf` = `-r -f`) or spelling (`--recursive` = `-r`, data/programs.json), also after
// operands unless `--` ends them; `--opt=v` = `--opt v` where the option takes a value; git's
// global options before its subcommand; `git push +ref` is a forced push. Words known only at run
// time are kept as such: they may be any option or operand.
import { own } from '../match/own.js';
import { readShortCluster } from '../match/short-options.js';
import { PROGRAM_SPECS } from '../match/program-tables.js';

interface ProgramSpec {
  aliases?: Record<string, string>;
  valued?: string[];
  /** Long options followed by a name and then a value (`jq --arg NAME VALUE`). */
  pairs?: string[];
  globalValued?: string[];
  globalFlags?: string[];
  subcommands?: Record<string, ProgramSpec>;
  forcing?: string;
  /** Other spellings of the first operand (`npm i` = `npm install`). */
  commandAliases?: Record<string, string>;
  /** Other names of a subcommand, read for denies and approval gates (`git send-pack` = `git push`). */
  subcommandAliases?: Record<string, string>;
  /** Subcommands that also do what others do (`git merge` creates a commit), for denies and gates. */
  implies?: Record<string, string[]>;
  /** The program whose command line this one takes (`podman`, `nerdctl`: docker's), for denies and approval gates. */
  sameAs?: string;
}

/** The program's entry of data/programs.json `programs` (own entries only: names come from the command line). */
function programSpec(program: string): ProgramSpec | undefined {
  return PROGRAM_SPECS.view<ProgramSpec>().get(program);
}

/** The long spellings of each canonical option, per spec (abbreviation matching asks often). */
const longSpellings = new WeakMap<ProgramSpec, Map<string, string[]>>();

/**
 * The long options that spell `option` for the program (or its subcommand): its `--` aliases, and
 * the option itself when it is long. Own entries only: names come from the command line.
 */
export function longOptionsOf(program: string, subcommand: string | undefined, option: string): readonly string[] {
  const ofProgram = programSpec(program);
  const spec = subcommand === undefined ? ofProgram : own(ofProgram?.subcommands, subcommand);
  const itself = option.startsWith('--') ? [option] : [];
  if (!spec?.aliases) return itself;
  let byCanonical = longSpellings.get(spec);
  if (!byCanonical) {
    byCanonical = new Map();
    for (const [spelling, canon] of Object.entries(spec.aliases)) {
      if (!spelling.startsWith('--')) continue;
      const list = byCanonical.get(canon);
      if (list) list.push(spelling);
      else byCanonical.set(canon, [spelling]);
    }
    longSpellings.set(spec, byCanonical);
  }
  return [...(byCanonical.get(option) ?? []), ...itself];
}

/**
 * The subcommands `subcommand` also counts as for denies and approval gates (data/programs.json
 * `implies`): `git merge` creates a commit, so a gate on `git commit` gates it. Never for allows.
 */
export function impliedSubcommands(program: string, subcommand: string): readonly string[] {
  return own(programSpec(program)?.implies, subcommand) ?? [];
}

/** The program's name for its first operand when written another way (`npm i` -> `install`). */
export function commandAlias(program: string, operand: string): string {
  return own(programSpec(program)?.commandAliases, operand) ?? operand;
}

/**
 * The program whose command line this one takes (data/programs.json `sameAs`: `podman run
 * --privileged` is `docker run --privileged`), so that its denies and approval gates meet this one
 * too. Never for allows.
 */
export function sameCommandLine(program: string): string | undefined {
  return programSpec(program)?.sameAs;
}

/** One word of a command: its text and whether it is known only at run time. */
export interface Word {
  value: string;
  dynamic: boolean;
}

export interface ArgvModel {
  program: string;
  /** The subcommand, for programs that have them (git push). */
  subcommand?: string;
  /** Canonical option -> its values ('' for a flag). */
  options: Map<string, Set<string>>;
  operands: string[];
  /** Some word is known only at run time: it may be any option or operand. */
  unknown: boolean;
}

function canonical(spec: ProgramSpec | undefined, option: string): string {
  return own(spec?.aliases, option) ?? option;
}

function add(model: ArgvModel, option: string, value: string): void {
  const set = model.options.get(option);
  if (set) set.add(value);
  else model.options.set(option, new Set([value]));
}

/** An option whose value is the next word, if there is one: a value known only at run time leaves the model unknown. */
function addNextWord(model: ArgvModel, option: string, value: Word | undefined): void {
  if (value?.dynamic) model.unknown = true;
  add(model, option, value?.value ?? '');
}

/**
 * Reads the words after the program name. `words[0]` is the program. A pattern is read the same
 * way (its `*` words are operands).
 */
export function argvModel(program: string, words: readonly Word[]): ArgvModel {
  const model: ArgvModel = { program, options: new Map(), operands: [], unknown: false };
  let spec = programSpec(program);
  let k = 0;
  // Global options before a subcommand (git -C dir -c x=y --no-pager push).
  if (spec?.subcommands) {
    for (; k < words.length; k++) {
      const w = words[k]!;
      if (w.dynamic) {
        model.unknown = true;
        continue;
      }
      const eq = w.value.indexOf('=');
      const name = w.value.startsWith('--') && eq > 0 ? w.value.slice(0, eq) : w.value;
      if (spec.globalValued?.includes(name)) {
        add(model, name, eq > 0 && name !== w.value ? w.value.slice(eq + 1) : words[++k]?.value ?? '');
        continue;
      }
      const attached = spec.globalValued?.find((o) => o.length === 2 && w.value.startsWith(o) && w.value.length > 2 && !w.value.startsWith('--'));
      if (attached) {
        add(model, attached, w.value.slice(2));
        continue;
      }
      if (spec.globalFlags?.includes(w.value) || (w.value.startsWith('-') && w.value !== '-')) {
        add(model, w.value, '');
        continue;
      }
      break;
    }
    const sub = words[k];
    if (sub && !sub.dynamic) {
      // Another name of the same subcommand (`git send-pack` pushes as `git push` does).
      model.subcommand = own(spec.subcommandAliases, sub.value) ?? sub.value;
      spec = own(spec.subcommands, model.subcommand) ?? {};
      k++;
    } else if (sub) {
      model.unknown = true;
      k++;
    }
  }
  let optionsEnded = false;
  for (; k < words.length; k++) {
    const w = words[k]!;
    if (w.dynamic) {
      model.unknown = true;
      continue;
    }
    const v = w.value;
    if (optionsEnded || v === '-' || !v.startsWith('-')) {
      if (spec?.forcing && v.startsWith(spec.forcing) && v.length > 1) {
        add(model, '--force', '');
        model.operands.push(v.slice(1));
      } else model.operands.push(v);
      continue;
    }
    if (v === '--') {
      optionsEnded = true;
      continue;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = canonical(spec, eq < 0 ? v : v.slice(0, eq));
      if (eq >= 0) add(model, name, v.slice(eq + 1));
      else if (spec?.pairs?.includes(name)) {
        // `--arg NAME VALUE`: both words are the option's.
        const pair = words.slice(k + 1, k + 3);
        if (pair.some((w) => w.dynamic)) model.unknown = true;
        add(model, name, pair.map((w) => w.value).join(' '));
        k += 2;
      } else if (spec?.valued?.includes(v) || spec?.valued?.includes(name)) addNextWord(model, name, words[++k]);
      else add(model, name, '');
      continue;
    }
    // A cluster of short options; one that takes a value ends it (`-C.` , `-n5`, `-o file`).
    const c = readShortCluster(v, (ch) => (spec?.valued?.includes(`-${ch}`) ? 'value' : 'flag'));
    for (const ch of c.flags) add(model, canonical(spec, `-${ch}`), '');
    if (c.valued === undefined) continue;
    const name = canonical(spec, `-${c.valued}`);
    if (c.attached !== undefined) add(model, name, c.attached);
    else addNextWord(model, name, words[++k]);
  }
  if (model.subcommand === undefined) twoWordAlias(model, words, programSpec(program));
  if (program === 'chmod' && model.operands.length > 0) model.operands[0] = chmodMode(model.operands[0]!);
  // `make DEPLOY=1 deploy`: a NAME=value word is a variable of make's, not a target.
  if (program === 'make' || program === 'gmake') model.operands = model.operands.filter((o) => !MAKE_VARIABLE.test(o));
  return model;
}

/** A make variable assignment on its command line (`V=1`, `CFLAGS+=-O2`, `X:=y`, `X?=y`). */
const MAKE_VARIABLE = /^[A-Za-z_.][A-Za-z0-9_.-]*[:+?!]?=/;

/** Symbolic modes that always give every permission bit, whatever the file's mode was. */
const ALL_PERMISSIONS = new Set(['a=rwx', 'ugo=rwx', 'a+rwx', 'ugo+rwx', 'u=rwx,g=rwx,o=rwx', 'u+rwx,g+rwx,o+rwx']);

/** chmod's mode in one spelling, so that a deny of `chmod 777` also meets `chmod 0777` and `chmod a=rwx`. */
function chmodMode(mode: string): string {
  if (ALL_PERMISSIONS.has(mode)) return '777';
  let k = 0;
  while (k < mode.length - 1 && mode[k] === '0') k++;
  for (let i = k; i < mode.length; i++) if (mode[i]! < '0' || mode[i]! > '7') return mode;
  // `1777`, `4777`: the sticky, setuid and setgid bits come first; the permissions are the last three digits.
  return mode.length - k === 4 ? mode.slice(k + 1) : mode.slice(k);
}

/**
 * Another spelling of a command in two words (data/programs.json `commandAliases` with a space):
 * `docker container run` is `docker run`, `terraform apply -destroy` is `terraform destroy`. The
 * first operand becomes the command's usual name (and a second operand that was part of the
 * spelling is dropped), for the command and the pattern alike.
 */
function twoWordAlias(model: ArgvModel, words: readonly Word[], spec: ProgramSpec | undefined): void {
  const first = model.operands[0];
  if (!spec?.commandAliases || first === undefined) return;
  const second = model.operands[1];
  const byOperand = second !== undefined ? own(spec.commandAliases, `${first} ${second}`) : undefined;
  if (byOperand) {
    model.operands.splice(0, 2, byOperand);
    return;
  }
  // An option that turns the command into another: the word as written, anywhere on the line.
  for (const w of words) {
    if (w.dynamic || !w.value.startsWith('-')) continue;
    // `-destroy=true` is `-destroy` (a false value is not).
    const eq = w.value.indexOf('=');
    const value = eq < 0 ? '' : w.value.slice(eq + 1).toLowerCase();
    const alias = own(spec.commandAliases, `${first} ${w.value}`) ?? (eq > 0 && value !== 'false' && value !== '0' ? own(spec.commandAliases, `${first} ${w.value.slice(0, eq)}`) : undefined);
    if (alias) {
      model.operands[0] = alias;
      return;
    }
  }
}
