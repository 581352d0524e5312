// What a simple command touches (SPEC 3, "What a command touches"): its words read as the program
// reads them (data/programs.json: `programs` for options that take values, `touch` for what the
// operands and option values are), turned into files read, written or deleted (a tree when the
// program works on everything below a directory), hosts contacted, and words known only at run
// time where a file or host is expected. A program without a model gets the generic POSIX/GNU
// reading: every operand (and every `--opt=value` value) may be a file it reads, checked against
// denies only, because the program may not treat it as a file at all.
import type { Arg } from '../match/command.js';
import { withoutTrailingSlashes } from '../match/path.js';
import { executableName } from '../match/program-name.js';
import { own, ownEntries } from '../match/own.js';
import { readShortCluster } from '../match/short-options.js';
import type { Touch, TouchOp, TreeReach } from './touch.js';
import { imageRefTouches, type ImageRefsSpec } from './registry-refs.js';
import { derivedOnce } from '../derived.js';
import { pathspecOperand } from './git-pathspec.js';
import { packageHost } from './package-spec.js';
import { registryTouches, type RegistrySpec, type RegistryUse } from './package-registry.js';
import { socatTouches } from './socat-address.js';
import { requestItemTouches } from './request-items.js';
import { SYSTEM_BIN_DIRS } from './program-path.js';
import { PROGRAM_SPECS, REGISTRY_DATA, TOUCH_MODELS } from '../match/program-tables.js';
import { posix } from 'node:path';

export type { Touch, TouchOp, TreeReach } from './touch.js';

type Op = TouchOp | 'editable' | 'read-tree' | 'write-tree' | 'resolve-to' | 'none' | 'url' | 'url-file' | 'host' | 'remote-name' | 'revpath' | 'data' | 'form' | 'keyed-file' | 'write-dir' | 'package' | 'module' | 'url-or-read' | 'page' | 'code-or-read' | 'ssh-option' | 'line-range' | 'connect-to' | 'resolve' | 'gh-repo' | 'connection' | 'connection-or-read' | 'host-list' | 'sql-server' | 'write-prefix' | 'rmt-read' | 'rmt-write' | 'fleet-hosts' | 'inventory' | 'cvsroot' | 'build-secret' | 'build-output' | 'field-or-file' | 'endpoint' | 'path-list' | 'mount-source' | 'go-replace' | 'gl-repo';

interface TouchSpec extends RegistryUse {
  operands?: Op;
  tree?: boolean | 'named' | string[];
  skipsHidden?: boolean;
  skip?: number;
  skipUnless?: string[];
  first?: Op | null;
  last?: Op | null;
  lastDir?: boolean;
  dashdash?: Op;
  options?: Record<string, Op>;
  assign?: Record<string, Op>;
  when?: Record<string, Partial<TouchSpec>>;
  posix?: boolean;
  /**
   * Operands may be remote: `true`, scp's `[user@]host:path` and URLs, whose host is contacted;
   * `place`, a location at the program's own service or in a container (`s3://b/k`, `gs://b`,
   * rclone's `remote:path`, `pod:/tmp`: a `scheme://` word, or a `name:path` word that does not
   * begin with `/` or `.`), which touches no local file and names no host (the program's
   * `contacts` says what it contacts).
   */
  remote?: boolean | 'place';
  startPoints?: boolean;
  bundled?: boolean;
  shortFlags?: string;
  extract?: string;
  /**
   * An option whose value is put before every path written (`git checkout-index --prefix=P`: P +
   * the path, so `--prefix=.e nv` writes `.env`, and `--prefix=/tmp/x/ -a` writes under /tmp/x).
   */
  prefix?: string;
  /** Operands are git pathspecs (./git-pathspec.ts): wildcards crossing `/`, and `:(magic)`. */
  pathspecs?: boolean;
  /**
   * After one of these first operands (subcommands), the later operands (or only the next one,
   * `first`) are touched this way: a read is a guess (`docker cp SRC DEST`: either may be the
   * container's); a write is not (`git stash push PATHSPEC`); a package specifier names the host
   * it is fetched from (`npm install URL`, `npm exec PKG ARGS…`: ./package-spec.ts).
   */
  operandsAfter?: Record<string, AfterSpec>;
  noOperands?: string;
  noOperandsWhen?: Record<string, string>;
  guess?: boolean;
  listsOutside?: boolean;
  imageRefs?: ImageRefsSpec;
  addresses?: boolean;
  /** The program contacts hosts from configuration, not named on the line (`git send-email`: the SMTP server). */
  contacts?: string;
  /**
   * `contacts` does not apply when the program's first operand or an option is one of these
   * (`aws --version`, `aws help`, `gcloud config list`: nothing is contacted), or, with the entry
   * `(no operand)`, when it is given no operand (`aws` alone prints its usage), or, with `(URL
   * operand)`, when an operand is a URL, which names the place contacted (`svn ls URL`).
   */
  contactsUnless?: string[];
  /**
   * HTTPie's request items (`http`, `xh`, `curlie`): [METHOD] URL, then items; `@file` sends a
   * file as the body, and `field=@file`, `field:=@file`, `field@file`, `Header:@file`, `q==@file`
   * read a file (./request-items.ts).
   */
  requestItems?: boolean;
  /**
   * Prefixes that make any option value or operand a file the program reads and sends: the AWS
   * CLI's `file://PATH` and `fileb://PATH` parameter values, the Azure CLI's `@PATH`.
   */
  paramFiles?: string[];
  /** The subcommand run when the words name none (`git stash -u` is `git stash push -u`, `git stash -- x` is `git stash push -- x`). */
  defaultSub?: string;
  /** Files the program reads in the working directory (`make` reads the Makefile there), checked against denies. */
  reads?: string[];
  /** The files of `reads` hold code the program runs (a Makefile's recipes): outside the repository, opaque (src/engine/decide-touch.ts). */
  readsCode?: boolean;
  /**
   * Files the program writes in the working directory whatever its operands, globs when they have
   * wildcards (`git format-patch` writes `0001-subject.patch`…; a `when` empties it for `-o`, `--stdout`).
   */
  writes?: string[];
  /** The program serves (so reads) the tree of this option's value, or of the working directory (`php -S … -t DIR`). */
  serves?: string;
  /**
   * The program uploads its project, the working directory's tree, to its service whatever its
   * operands (`cargo publish`, `fly deploy`, `firebase deploy`, `vagrant up`'s synced folder): a read of that tree.
   */
  uploads?: boolean;
  /**
   * With `tree`: an operand whose name ends in one of these extensions (`src/app.ts` to prettier)
   * is that file, not a tree (a formatter given a directory walks it; given a file, it formats
   * that file). A word ending in `/` is a directory whatever its name.
   */
  fileExts?: string[];
  /**
   * The program expands wildcards in its operands itself (`prettier --write "src/**\/*.ts"`,
   * quoted so the shell leaves it alone): such an operand is read as the whole tree of its literal
   * directory (`src`), wider than the glob, never narrower.
   */
  globs?: boolean;
  /**
   * The program writes a file named after each operand (compressors: `gzip x` writes `x.gz`,
   * `gzip -d x.gz` writes `x`). null in a `when` (`gzip -c`: to standard output) writes none.
   */
  outputName?: OutputName | null;
  /**
   * Options are 7-Zip and RAR switches: each word is one switch with its value attached (`-oDIR`,
   * `-aoa`, `-bso0`, `-opDIR`): the longest option taking a value that the word begins with takes
   * the rest of it; there are no clusters, and no value in the next word.
   */
  switches?: boolean;
  /** Output files named by a prefix and a generated suffix (`split`, `csplit`): ./touch-model.ts `pieces`. */
  pieces?: Pieces;
}

/**
 * Files named PREFIX + a generated suffix (`split big part_` writes `part_aa`, `part_ab`, …): the
 * prefix is the value of `option` (csplit -f) or else the operand at index `operand` (split's
 * second), else `default`; the suffix is `length` characters of the class `chars` (the value of
 * the option `lengthOption`, else `length`: split -a, csplit -n), or the value of `format`, a
 * printf format whose conversions are any text (csplit -b `v%02d`); `suffix`: an option whose
 * value ends every name (split --additional-suffix). Written: that glob (`part_[a-z0-9][a-z0-9]`).
 * split's widened suffixes after `yz` (`zaaa`, past 676 pieces) are not modelled.
 */
interface Pieces {
  option?: string;
  operand?: number;
  default: string;
  chars: string;
  length: number;
  lengthOption?: string;
  format?: string;
  suffix?: string;
}

/**
 * How a compressor names what it writes from an operand: `add` appends a suffix (`gzip x`:
 * `x.gz`); `strip` lists the suffixes taken off, matched case-insensitively (`x.gz` → `x`;
 * `.tgz=.tar`: replaced); `unknown` is appended when none matches (`bzip2 -d x` writes `x.out`;
 * without it nothing is written: the program refuses such a name); `suffix`: an option whose
 * value is the suffix added or also stripped (`gzip -S .json package` writes `package.json`);
 * `storedName`: an option that restores the name stored inside the file (`gunzip -N`), or `""`
 * when the program may always do so (pigz before 2.4 restored it by default): any name in the
 * output's directory, so that directory's tree; `dir`: an option naming the directory
 * the names are written in (`zstd --output-dir-flat DIR`: DIR + the base name).
 */
interface OutputName {
  add?: string;
  strip?: string[];
  unknown?: string;
  suffix?: string;
  storedName?: string;
  dir?: string;
}

/**
 * What the operands after a subcommand are: `op` (none: not files), only the next one (`first`),
 * as whole trees (`tree`: `git worktree add DIR` checks out a tree there), and files the
 * subcommand writes in the working directory whatever its operands (`writes`: `npm pkg set`
 * writes package.json), or only when it is given operands (`writesWithOperands`: `npm install x`).
 */
interface AfterSpec extends RegistryUse {
  op: 'read' | 'write' | 'package' | 'module' | 'none' | 'url-or-read';
  first?: boolean;
  tree?: boolean;
  writes?: string[];
  writesWithOperands?: boolean;
  /**
   * What each operand after the subcommand is, by position, instead of `op` (`gh repo clone REPO
   * DIR`: a repository whose host may be named, then the directory written); operands after `--`
   * and past the list are none.
   */
  ops?: Op[];
  /** Files the subcommand reads in the working directory (`npm test` reads package.json for the script it runs), checked against denies. */
  reads?: string[];
  /** The files of `reads` hold code the subcommand runs (package.json's scripts): outside the repository, opaque (src/engine/decide-touch.ts). */
  readsCode?: boolean;
  /** The subcommand contacts hosts from configuration (`git remote update`, `git lfs pull`): named so. */
  contacts?: string;
  /** The entry after these options changed it (`git stash push -u`: its pathspecs are deleted trees). */
  when?: Record<string, Partial<AfterSpec>>;
  /**
   * The subcommand `op`s this path's whole tree (`git stash push -u`: the untracked files of the
   * work tree are removed; `top`: from the repository's top, whatever the shell's directory); with
   * `unlessOperands`, only when no operand follows it (its pathspecs narrow it).
   */
  whole?: { op: TouchOp; path: string; top?: boolean; unlessOperands?: boolean };
}

interface ProgramSpec {
  aliases?: Record<string, string>;
  valued?: string[];
  /** Long options followed by a name and then a value (`jq --rawfile NAME FILE`). */
  pairs?: string[];
  /**
   * Long options followed by three words, the third the value (`git update-index --cacheinfo MODE
   * SHA PATH`), or by one word that joins them with commas (`MODE,SHA,PATH`, also after `=`):
   * then the value is what follows the second comma (a path may hold commas).
   */
  triples?: string[];
  globalValued?: string[];
  subcommands?: Record<string, ProgramSpec>;
}

/** Each package manager's default registry (data/programs.json `registries`: ./package-registry.ts). */
const REGISTRIES = ownEntries(REGISTRY_DATA as Record<string, RegistrySpec>);
/** How each program reads its words (data/programs.json `programs`), each made when first asked for. */
const PROGRAMS_BY_NAME = PROGRAM_SPECS.view<ProgramSpec>();
/** The touch models, each made when first asked for (../match/lazy-table.ts). */
const TOUCH_BY_NAME = TOUCH_MODELS.view<TouchSpec>();

/**
 * A touch model with every field of TouchSpec present (undefined where the data file leaves it
 * out), all made by this one object literal, so all of one shape. The data file's models each
 * have their own set of fields: reading dozens of them per command (modelled) from objects of
 * hundreds of shapes is a slow lookup each time, from objects of one shape a fixed offset. A
 * field that is undefined reads as one that is absent; nothing lists a model's keys.
 */
const shaped = derivedOnce(
  (m: TouchSpec): TouchSpec => {
    const all: { [K in keyof Required<TouchSpec>]: TouchSpec[K] } = {
      operands: m.operands, tree: m.tree, skipsHidden: m.skipsHidden, skip: m.skip, skipUnless: m.skipUnless,
      first: m.first, last: m.last, lastDir: m.lastDir, dashdash: m.dashdash, options: m.options,
      assign: m.assign, when: m.when, posix: m.posix, remote: m.remote, startPoints: m.startPoints,
      bundled: m.bundled, shortFlags: m.shortFlags, extract: m.extract, prefix: m.prefix,
      pathspecs: m.pathspecs, operandsAfter: m.operandsAfter, defaultSub: m.defaultSub, noOperands: m.noOperands,
      noOperandsWhen: m.noOperandsWhen, guess: m.guess, listsOutside: m.listsOutside, imageRefs: m.imageRefs,
      addresses: m.addresses, contacts: m.contacts, contactsUnless: m.contactsUnless,
      requestItems: m.requestItems, paramFiles: m.paramFiles, reads: m.reads, readsCode: m.readsCode, writes: m.writes,
      serves: m.serves, uploads: m.uploads, fileExts: m.fileExts, globs: m.globs, outputName: m.outputName,
      switches: m.switches, pieces: m.pieces, registry: m.registry, registryMay: m.registryMay,
      registryWithOperands: m.registryWithOperands, registryVersioned: m.registryVersioned
    };
    return all;
  },
);

/** The fields a shaped touch model keeps (tests: every field the data file uses must be one). */
export function touchModelFields(): string[] {
  return Object.keys(shaped({}));
}

/** The touch model of a program (or of `program subcommand`), shaped. */
function touchModel(name: string): TouchSpec | undefined {
  const m = TOUCH_BY_NAME.get(name);
  return m && shaped(m);
}
/**
 * Programs without subcommands in `programs` whose touch models name some of their subcommands
 * (`cargo fmt`, `terraform fmt`, `ruff check`): the first operand picks that model when there is
 * one, and the program's own model (or the generic reading) applies to the others.
 */
const SUBCOMMAND_MODELS = new Set([...TOUCH_BY_NAME.names()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/** The generic POSIX/GNU reading of a program without a model. */
const GENERIC: TouchSpec = { operands: 'read', guess: true };

/** Files that are not files of the repository: reading or writing them touches nothing the policy names. */
const DEVICES = new Set(['-', '/dev/null', '/dev/stdin', '/dev/stdout', '/dev/stderr', '/dev/tty', '/dev/zero', '/dev/random', '/dev/urandom', '/dev/full']);

/** Every program named in data/programs.json (tests count them). */
export function modelledPrograms(): string[] {
  return [...new Set([...PROGRAMS_BY_NAME.names(), ...TOUCH_BY_NAME.names()])];
}

interface Parsed {
  /** `cluster`: the word a flag was read out of, when it held several letters (`-rf`). */
  options: { name: string; value?: Arg; word: string; cluster?: string }[];
  /** `gitWildcard`: a git pathspec's own wildcard (quoted from the shell), which matches dot-files. */
  operands: { arg: Arg; afterDashDash: boolean; gitWildcard?: boolean }[];
}

function canonical(spec: ProgramSpec, option: string): string {
  return (spec.aliases && own(spec.aliases, option)) ?? option;
}

/**
 * The options that take a value, per program spec and touch model: both come from the data files
 * and never change, so each set is made once, not per command.
 */
const valuedByTouch = derivedOnce((spec: ProgramSpec) =>
  derivedOnce((touch: TouchSpec): ReadonlySet<string> => {
    const valued = new Set(spec.valued ?? []);
    // An option whose value the touch model names takes a value even when `valued` forgets it.
    for (const o of Object.keys(touch.options ?? {})) valued.add(o);
    return valued;
  }),
);

function valuedOptions(spec: ProgramSpec, touch: TouchSpec): ReadonlySet<string> {
  return valuedByTouch(spec)(touch);
}

/** The long options a model names (aliases, valued options, touched options, `when` keys), made once per model. */
const longsByTouch = derivedOnce((spec: ProgramSpec) =>
  derivedOnce((touch: TouchSpec): readonly string[] => {
    const all = new Set<string>();
    const add = (o: string) => {
      if (o.startsWith('--') && o.length > 3) all.add(o);
    };
    for (const [k, v] of Object.entries(spec.aliases ?? {})) (add(k), add(v));
    for (const o of spec.valued ?? []) add(o);
    for (const o of Object.keys(touch.options ?? {})) add(o);
    for (const [o, change] of Object.entries(touch.when ?? {})) {
      add(o);
      for (const c of Object.keys(change.options ?? {})) add(c);
    }
    // A subcommand's own (`git stash push --include-u` is `--include-untracked`).
    for (const after of Object.values(touch.operandsAfter ?? {})) for (const o of Object.keys(after.when ?? {})) add(o);
    return [...all];
  }),
);

/**
 * GNU getopt_long (and git's, pip's, wget's option parsers) take an unambiguous prefix of a long
 * option: `cp --target-dir=D` is `--target-directory=D`. A `--word` the model does not name that
 * begins exactly one option the model names (after aliases) is read as that option.
 */
function unabbreviated(spec: ProgramSpec, touch: TouchSpec, option: string): string {
  if (!option.startsWith('--') || option.length < 4) return option;
  const longs = longsByTouch(spec)(touch);
  if (longs.includes(option)) return option;
  let found: string | undefined;
  for (const l of longs) {
    if (!l.startsWith(option)) continue;
    const c = canonical(spec, l);
    if (found !== undefined && found !== c) return option;
    found = c;
  }
  return found ?? option;
}

/** A program that has no model reads its operands in no way of its own (a shared empty spec, never written to). */
const NO_SPEC: ProgramSpec = {};

/** The model of a wrapper's own options (it runs the command that follows them): one per model. */
const asWrapper = derivedOnce((model: TouchSpec): TouchSpec => ({ ...model, posix: true, operands: 'none' }));

/** Each model's `when` entries, listed once. */
const whenEntries = derivedOnce((touch: TouchSpec): [string, Partial<TouchSpec>][] => Object.entries(touch.when ?? {}));

/** The single-dash long flags a model names (`-check`, `-recursive`: `when`, `tree` and `noOperandsWhen` keys), made once per model. */
const singleDashFlags = derivedOnce((touch: TouchSpec): ReadonlySet<string> => {
  const all = [...Object.keys(touch.when ?? {}), ...(Array.isArray(touch.tree) ? touch.tree : []), ...Object.keys(touch.noOperandsWhen ?? {})];
  return new Set(all.filter((o) => o.length > 2 && o.startsWith('-') && !o.startsWith('--')));
});

/** Options and operands, GNU style (options anywhere until `--`), or POSIX style (options end at the first operand). */
function parse(words: readonly Arg[], spec: ProgramSpec, touch: TouchSpec): Parsed {
  const out: Parsed = { options: [], operands: [] };
  const valued = valuedOptions(spec, touch);
  const takesValue = (name: string, written: string) => valued.has(name) || valued.has(written);
  let ended = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const v = w.value;
    if (touch.switches && !ended && v.startsWith('-') && v !== '-' && v !== '--' && !w.procsub) {
      out.options.push(switchOption(w, valued));
      continue;
    }
    // `--include=*.ts` is a glob to the shell, and an option all the same.
    const option = !ended && v.startsWith('-') && v !== '-' && !w.procsub && (!w.dynamic || isStaticGlob(w));
    if (!option) {
      if (k === 0 && touch.bundled && !w.dynamic && /^[A-Za-z]+$/.test(v)) {
        // `tar xzf a.tar`: the first word is a cluster of options without the dash.
        k = cluster(`-${v}`, words, k, spec, takesValue, out);
        continue;
      }
      out.operands.push({ arg: w, afterDashDash: ended });
      if (touch.posix) return out;
      continue;
    }
    if (v === '--') {
      ended = true;
      continue;
    }
    const eq = v.indexOf('=');
    const head = eq > 0 ? v.slice(0, eq) : v;
    if (touch.shortFlags !== undefined && !v.startsWith('--') && [...v.slice(1)].some((c) => !touch.shortFlags!.includes(c))) {
      out.operands.push({ arg: w, afterDashDash: false });
      continue;
    }
    // `--opt=v`, `--opt v`, and single-dash long options (`-var-file=x`, `-modfile x`, and the
    // flags a model names: `terraform fmt -check`).
    if (v.startsWith('--') || (head.length > 2 && (takesValue(canonical(spec, head), head) || singleDashFlags(touch).has(head)))) {
      const name = canonical(spec, unabbreviated(spec, touch, head));
      if (spec.triples?.includes(name)) {
        // `--cacheinfo MODE,SHA,PATH` (git tells it by its commas: a mode, then a comma), or `MODE SHA PATH`.
        const joined = eq > 0 ? { ...w, value: v.slice(eq + 1) } : words[k + 1];
        if (joined && (eq > 0 || joined.dynamic || /^[0-7]+,/.test(joined.value))) {
          const m = joined.dynamic ? null : /^[^,]*,[^,]*,/.exec(joined.value);
          out.options.push({ name, value: m ? { ...joined, value: joined.value.slice(m[0].length) } : joined, word: eq > 0 ? v : `${v} ${joined.value}` });
          if (eq < 0) k++;
        } else {
          const value = words[k + 3];
          out.options.push({ name, ...(value ? { value } : {}), word: [v, ...words.slice(k + 1, k + 4).map((x) => x.value)].join(' ') });
          k += 3;
        }
        continue;
      }
      if (eq < 0 && spec.pairs?.includes(name)) {
        // `--rawfile NAME FILE`: the value is the second word.
        const value = words[k + 2] ?? words[k + 1];
        out.options.push({ name, ...(value ? { value } : {}), word: [v, words[k + 1]?.value, words[k + 2]?.value].filter((x) => x !== undefined).join(' ') });
        k += 2;
      } else if (eq > 0) out.options.push({ name, value: { ...w, value: v.slice(eq + 1) }, word: v });
      else if (takesValue(name, head) && k + 1 < words.length) {
        out.options.push({ name, value: words[k + 1], word: `${v} ${words[k + 1]!.value}` });
        k++;
      } else out.options.push({ name, word: v });
      continue;
    }
    k = cluster(v, words, k, spec, takesValue, out);
  }
  return out;
}

/** A 7-Zip or RAR switch (`switches`): the longest valued option the word begins with, and the rest of the word as its value. */
function switchOption(w: Arg, valued: ReadonlySet<string>): Parsed['options'][number] {
  let name: string | undefined;
  for (const o of valued) if (w.value.startsWith(o) && (name === undefined || o.length > name.length)) name = o;
  if (name === undefined || name === w.value) return { name: name ?? w.value, word: w.value };
  return { name, value: { ...w, value: w.value.slice(name.length) }, word: w.value };
}

/** A cluster of short options (`-rf`, `-ofile`, `-o file`); one that takes a value ends it. Returns the last word used. */
function cluster(v: string, words: readonly Arg[], k: number, spec: ProgramSpec, takesValue: (n: string, w: string) => boolean, out: Parsed): number {
  const c = readShortCluster(v, (ch) => (takesValue(canonical(spec, `-${ch}`), `-${ch}`) ? 'value' : 'flag'));
  for (const ch of c.flags) {
    const word = `-${ch}`;
    const flag: Parsed['options'][number] = { name: canonical(spec, word), word };
    if (v.length > 2) flag.cluster = v;
    out.options.push(flag);
  }
  if (c.valued === undefined) return k;
  const name = canonical(spec, `-${c.valued}`);
  if (c.attached !== undefined) out.options.push({ name, value: { ...words[k]!, value: c.attached }, word: v });
  else if (k + 1 < words.length) {
    out.options.push({ name, value: words[k + 1], word: `${v} ${words[k + 1]!.value}` });
    return k + 1;
  } else out.options.push({ name, word: v });
  return k;
}

/** A subcommand's entry after the options given changed it (`git stash push -u`). */
function afterWith(after: AfterSpec, has: (o: string) => boolean): AfterSpec {
  let a = after;
  for (const [option, change] of Object.entries(after.when ?? {})) if (has(option)) a = { ...a, ...change };
  return a;
}

/** The touch model after the options given (`sed -i`, `tar -x`) changed it. */
function effective(touch: TouchSpec, has: (o: string) => boolean): TouchSpec {
  if (touch.when === undefined) return touch;
  let t = touch;
  for (const [option, change] of whenEntries(touch)) {
    if (!has(option)) continue;
    t = { ...t, ...change, options: { ...t.options, ...change.options } };
  }
  return t;
}

/**
 * What `argv` (program first) touches. `wrapper`: the program runs the command that follows its
 * own options (that command is read on its own), so only its own options are read.
 */
export function touchesOf(argv: readonly Arg[], wrapper: boolean, env: readonly Arg[] = []): Touch[] {
  const first = argv[0];
  if (!first || first.dynamic) return [];
  const ran = programFile(first.value);
  if (ran) {
    const out = touchesOfProgram(argv, wrapper, env);
    out.push(ran);
    return out;
  }
  return touchesOfProgram(argv, wrapper, env);
}

/**
 * A program named by a path (`./secrets/run.sh`, `node_modules/.bin/jest`) is a file the system
 * reads to run it, as `bash secrets/run.sh` reads it: checked against denies (a guess, as a
 * listing is: the allow lists decide the command, not its file). The system's own program
 * directories are not files of the repository.
 */
function programFile(word: string): Touch | undefined {
  if (!word.includes('/')) return undefined;
  if (word.startsWith('/') && SYSTEM_BIN_DIRS.has(posix.dirname(posix.normalize(word)))) return undefined;
  return { kind: 'file', op: 'read', path: word, via: `${word} (the program run)`, guess: true, runs: true };
}

/** `env`: the assignments made before the program (`PIP_INDEX_URL=URL pip install x`), which only the registry reading uses. */
function touchesOfProgram(argv: readonly Arg[], wrapper: boolean, env: readonly Arg[] = []): Touch[] {
  // (Indexing and slice, not `[first, ...rest] =`: destructuring walks the array's iterator.)
  const first = argv[0];
  if (!first) return [];
  let name = executableName(first.value);
  let spec: ProgramSpec = PROGRAMS_BY_NAME.get(name) ?? NO_SPEC;
  let words = argv.slice(1);
  if (!wrapper && (name === 'yarn' || name === 'pnpm' || name === 'bun' || name === 'pdm' || name === 'hatch' || name === 'rye')) {
    const bin = runnerBin(name, words, spec);
    if (bin) {
      const own = words.slice(0, words.indexOf(bin[0]!));
      // `yarn prettier` is `yarn run prettier`, not a bare `yarn` (which installs).
      if (name === 'yarn' && own.at(-1)?.value !== 'run') own.push({ value: 'run', dynamic: false });
      return [...touchesOfProgram(bin, false), ...touchesOfProgram([first, ...own], false)];
    }
  }
  if (spec.subcommands) {
    const k = subcommandAt(words, spec);
    const sub = words[k];
    if (!sub) return [];
    words = words.slice(k + 1);
    if (sub.dynamic) return generic(name, words);
    spec = own(spec.subcommands, sub.value) ?? NO_SPEC;
    name = `${name} ${sub.value}`;
  }
  else {
    // A model of the subcommand with the program's own (`aws s3 cp`, `docker cp`: its options,
    // contacts, daemon host and images), found among the first words that are not options.
    const base = wrapper || name.startsWith('$') ? undefined : touchModel(name);
    const viaSub = base ? subModelTouches(name, words, spec, base, env) : undefined;
    if (viaSub) return viaSub;
    if (SUBCOMMAND_MODELS.has(name)) {
      // Else a two-word model after options and a toolchain (`ruff --config x check`, `cargo +nightly fmt`).
      const k = modelledSubcommandAt(words, spec);
      const sub = words[k];
      // A subcommand known only at run time: the generic reading of the rest (as for git's).
      if (sub?.dynamic) return wrapper ? [] : generic(name, words.slice(k + 1));
      if (sub && TOUCH_BY_NAME.has(`${name} ${sub.value}`)) {
        // Options before the subcommand are read with it (`ruff --config x check`); a toolchain is none.
        words = [...words.slice(0, k).filter((w) => w.dynamic || !w.value.startsWith('+')), ...words.slice(k + 1)];
        name = `${name} ${sub.value}`;
      } else if (k > 0) {
        // A toolchain before another subcommand names no file and is no subcommand (`cargo +nightly add serde`: add).
        words = words.filter((w, i) => i >= k || w.dynamic || !w.value.startsWith('+'));
      }
    }
  }
  if (!wrapper && /^python[0-9.]*$/.test(name)) {
    const m = pythonModule(words, env);
    if (m) return m;
  }
  const model = name.startsWith('$') ? undefined : touchModel(name);
  if (!model) return wrapper ? [] : generic(name, words);
  return touchesOfModel(name, model, words, spec, wrapper, env);
}

/** What a program's words touch through a model of its subcommand (subModel), with what the program's own model adds; undefined without one. */
function subModelTouches(name: string, words: readonly Arg[], spec: ProgramSpec, model: TouchSpec, env: readonly Arg[]): Touch[] | undefined {
  const sub = subModel(name, words, spec, model);
  if (!sub) return undefined;
  const out = touchesOfModel(sub.name, sub.model, sub.words, spec, false, env);
  // The program's own model still says what it contacts (`aws s3 cp`: AWS's endpoints).
  if (model.contacts && sub.model.contacts === undefined && !model.contactsUnless?.includes(sub.name.slice(name.length + 1).split(' ')[0]!)) out.push({ kind: 'remote', name: model.contacts, via: sub.name });
  // And the images, daemon host and mounts of a container engine (`docker -H tcp://h cp …`).
  if (model.imageRefs) out.push(...imageRefTouches(name, words, model.imageRefs, env));
  return out;
}

/**
 * Models of subcommands: a `touch` key of several words whose first is the program (`aws s3 cp`,
 * `kubectl cp`, `az storage blob upload-batch`) for a program whose `programs` entry has no
 * `subcommands`. The first words that are not options (nor values of the options the program's
 * models say take one) name it, the longest key first; they are taken off and the rest is read by
 * that model, with the program's own `options` as well. Made once: program → the longest tail.
 */
const SUB_DEPTH = (() => {
  const m = new Map<string, number>();
  for (const key of TOUCH_BY_NAME.names()) {
    const parts = key.split(' ');
    if (parts.length < 2 || !TOUCH_BY_NAME.has(parts[0]!)) continue;
    m.set(parts[0]!, Math.max(m.get(parts[0]!) ?? 0, parts.length - 1));
  }
  return m;
})();

/** Each subcommand model with its program's options under its own. */
const withProgramOptions = derivedOnce((sub: TouchSpec) =>
  derivedOnce((program: TouchSpec): TouchSpec => ({ ...sub, options: { ...program.options, ...sub.options }, ...(sub.paramFiles ?? program.paramFiles ? { paramFiles: sub.paramFiles ?? program.paramFiles } : {}) })),
);

function subModel(name: string, words: readonly Arg[], spec: ProgramSpec, model: TouchSpec): { name: string; model: TouchSpec; words: Arg[] } | undefined {
  const depth = SUB_DEPTH.get(name);
  if (!depth) return undefined;
  const valued = valuedOptions(spec, model);
  const global = model.imageRefs?.globalValued ?? [];
  const picked: number[] = [];
  // One more word than the deepest key: an option this reading does not know to take a value
  // (`aws --color on s3 sync`) leaves its value before the subcommand, tried after it as well.
  for (let k = 0; k < words.length && picked.length < depth + 1; k++) {
    const w = words[k]!;
    // A word known only at run time may be the subcommand: the program's own model reads the line.
    if (w.dynamic || w.value === '--') break;
    if (w.value.startsWith('-') && w.value !== '-') {
      if (valued.has(w.value) || global.includes(w.value)) k++;
      continue;
    }
    picked.push(k);
  }
  // The second word only when the first follows an option, whose value it may be.
  const second = picked.length > 1 && picked[0]! > 0 && words[picked[0]! - 1]!.value.startsWith('-');
  for (let from = 0; from <= (second ? 1 : 0); from++) {
    for (let n = Math.min(depth, picked.length - from); n >= 1; n--) {
      const at = picked.slice(from, from + n);
      const key = `${name} ${at.map((k) => words[k]!.value).join(' ')}`;
      const sub = touchModel(key);
      if (!sub) continue;
      const taken = new Set(at);
      return { name: key, model: withProgramOptions(sub)(model), words: words.filter((_, i) => !taken.has(i)) };
    }
  }
  return undefined;
}

function touchesOfModel(name: string, model: TouchSpec, words: readonly Arg[], spec: ProgramSpec, wrapper: boolean, env: readonly Arg[] = []): Touch[] {
  const base = wrapper ? asWrapper(model) : model;
  if (base.startPoints) return findTouches(name, words, base.listsOutside);
  const parsed = parse(words, spec, base);
  // Asked a few times per command (the model's `when`, `tree`, `skipUnless` options: a bounded
  // number), so the options are scanned rather than put in a Set for each command.
  const has = (o: string) => {
    const c = canonical(spec, o);
    for (const p of parsed.options) if (p.name === c || p.name === o) return true;
    return false;
  };
  const t = effective(base, has);
  const out = modelled(name, t, parsed, has, wrapper ? [] : env);
  // Programs whose words need a reader of their own (`docker pull HOST/img`, `socat - TCP:h:80`).
  if (!wrapper && model.imageRefs) out.push(...imageRefTouches(name, words, model.imageRefs, env));
  if (!wrapper && model.addresses) out.push(...socatTouches(name, words));
  return out;
}

/** Index of git's subcommand after its global options. */
function subcommandAt(words: readonly Arg[], spec: ProgramSpec): number {
  let k = 0;
  for (; k < words.length; k++) {
    const v = words[k]!.value;
    if (words[k]!.dynamic || !v.startsWith('-')) break;
    if (spec.globalValued?.includes(v)) k++;
  }
  return k;
}

/** Programs a package manager runs from node_modules/.bin by name whose models say what they touch (`yarn prettier --write .`). */
const RUNNER_BINS = new Set(['prettier', 'eslint', 'stylelint', 'markdownlint', 'markdownlint-cli2', 'biome', 'dprint', 'standard', 'xo', 'oxlint', 'black', 'isort', 'ruff', 'autopep8', 'yapf']);

/**
 * The command `yarn [run] BIN …`, `pnpm BIN …` (pnpm runs an unknown command as `pnpm exec`),
 * `bun [run] BIN …` or `pdm run`/`hatch run`/`rye run BIN …` runs when BIN is one of RUNNER_BINS (a script of that name in
 * package.json would run instead: what it does is not known either way, and the bin's touches
 * are checked as well). `yarn exec`/`dlx`, `pnpm exec`/`dlx` and `bun x` are read by the shell
 * analysis as commands of their own.
 */
function runnerBin(name: string, words: readonly Arg[], spec: ProgramSpec): Arg[] | undefined {
  let k = 0;
  while (k < words.length && !words[k]!.dynamic && words[k]!.value.startsWith('-') && words[k]!.value !== '--') k += spec.valued?.includes(words[k]!.value) ? 2 : 1;
  if (words[k]?.value === 'run' && !words[k]!.dynamic && name !== 'pnpm') k++;
  else if (name === 'pdm' || name === 'hatch' || name === 'rye') return undefined;
  const w = words[k];
  return w && !w.dynamic && RUNNER_BINS.has(w.value) ? words.slice(k) : undefined;
}

/**
 * Where the subcommand of a program without `subcommands` is: after its options (and their
 * values, `cargo --config x fmt`) and a toolchain (`cargo +nightly fmt`).
 */
function modelledSubcommandAt(words: readonly Arg[], spec: ProgramSpec): number {
  let k = 0;
  for (; k < words.length; k++) {
    const w = words[k]!;
    if (w.dynamic) break;
    if (w.value.startsWith('+') && w.value.length > 1) continue;
    if (!w.value.startsWith('-') || w.value === '-' || w.value === '--') break;
    if (!w.value.includes('=') && (spec.valued?.includes(w.value) || spec.globalValued?.includes(w.value))) k++;
  }
  return k;
}

function generic(name: string, words: readonly Arg[]): Touch[] {
  const out: Touch[] = [];
  let ended = false;
  for (const w of words) {
    if (!ended && w.value === '--' && !w.dynamic) {
      ended = true;
      continue;
    }
    if (!ended && (!w.dynamic || isStaticGlob(w)) && w.value.startsWith('-')) {
      const eq = w.value.indexOf('=');
      if (w.value.startsWith('--') && eq > 0 && eq < w.value.length - 1) operand(out, name, 'read', { ...w, value: w.value.slice(eq + 1) }, { guess: true, via: `${name} ${w.value}` });
      continue;
    }
    operand(out, name, 'read', w, { guess: true });
  }
  return out;
}

/**
 * Adds the touches of the registry a model or a subcommand entry names (`registry`:
 * data/programs.json `registries`, ./package-registry.ts) for the operands from `from` on; whether
 * it names one (the operands are sliced only then: this runs for every modelled command).
 */
function addRegistry(
  out: Touch[],
  use: RegistryUse,
  operands: Parsed['operands'],
  from: number,
  has: (o: string) => boolean,
  valueOf: (o: string) => Arg | undefined,
  env: readonly Arg[],
  via: string,
): boolean {
  const spec = use.registry ? REGISTRIES.get(use.registry) : undefined;
  if (!spec) return false;
  out.push(...registryTouches(spec, use, operands.slice(from).map((o) => o.arg), has, valueOf, env, via));
  return true;
}

function modelled(name: string, t: TouchSpec, parsed: Parsed, has: (o: string) => boolean, env: readonly Arg[] = []): Touch[] {
  const out: Touch[] = [];
  const valueOf = (o: string) => parsed.options.find((p) => p.name === o)?.value;
  const tree: TreeReach | undefined =
    t.tree === true ? 'all' : t.tree === 'named' ? 'named' : Array.isArray(t.tree) && t.tree.some(has) ? 'all' : undefined;
  const fileOpts = { tree, skipsHidden: t.skipsHidden, guess: t.guess, listsOutside: t.listsOutside, pathspec: t.pathspecs };
  for (const o of parsed.options) {
    const op = (t.options && (own(t.options, o.name) ?? own(t.options, firstPart(o.word)))) || undefined;
    if (op && o.value) operand(out, name, op, o.value, { via: `${name} ${o.word}` });
  }
  let operands = parsed.operands;
  // `dashdash: none`: the words after `--` go to another program (`cargo fmt -- --check`), they are no operands.
  if (t.dashdash === 'none') operands = operands.filter((o) => !o.afterDashDash);
  if (t.globs) operands = operands.map((o) => (o.arg.dynamic || !/[*?[{]|(?:^|\/)\.\.\.(?:$|\/)/.test(o.arg.value) ? o : { ...o, arg: { ...o.arg, value: globDir(o.arg.value) }, toolGlob: true }));
  if (t.skip && !(t.skipUnless ?? []).some(has)) operands = operands.slice(t.skip);
  if (t.pathspecs) {
    const given = operands.length;
    operands = gitPathspecs(operands);
    // `git add ':!src'` (pathspecs that only exclude) and `git add -A` (no pathspec) mean the
    // working directory, read as `git add .` is.
    if (operands.length === 0 && t.noOperandsWhen && (given > 0 || Object.keys(t.noOperandsWhen).some(has))) operands = [{ arg: { value: '.', dynamic: false }, afterDashDash: false }];
  }
  if (t.assign) {
    for (const { arg } of operands) {
      const eq = arg.value.indexOf('=');
      const op = eq > 0 ? own(t.assign, arg.value.slice(0, eq)) : undefined;
      if (op) operand(out, name, op, { ...arg, value: arg.value.slice(eq + 1) }, { via: `${name} ${arg.value}` });
    }
    return out;
  }
  // An empty `extract` (tar -O, --to-command) writes nothing: each file goes to stdout or a command.
  // `.` names no option: the paths written are never on the line (`git mktree`, `git read-tree`).
  if (t.extract) {
    const dir = parsed.options.find((o) => o.name === t.extract)?.value ?? { value: '.', dynamic: false };
    const what = t.extract === '.' ? '(writes paths the line does not name: the working directory)' : dir.value === '.' ? '(extracts into the working directory)' : `${t.extract} ${dir.value}`;
    operand(out, name, 'write', dir, { tree: 'all', via: `${name} ${what}` });
  }
  // `git checkout-index --prefix=P`: each path written is P + the path.
  const prefix = t.prefix ? parsed.options.find((o) => o.name === t.prefix)?.value : undefined;
  if (prefix) {
    const via = `${name} ${t.prefix}=${prefix.value}`;
    if (prefix.dynamic) {
      out.push({ kind: 'dynamic', what: 'file', op: 'write', word: prefix.value, via });
      return out;
    }
    if (operands.length === 0) {
      // Every path (-a, --stdin) under P: the whole directory P's last `/` ends (the working
      // directory when it has none: `--prefix=.e` may write `.env`, or `.git/…` as `.g` + `it/…`).
      const slash = prefix.value.lastIndexOf('/');
      const dir = slash < 0 ? '.' : slash === 0 ? '/' : prefix.value.slice(0, slash);
      if (Object.keys(t.noOperandsWhen ?? {}).some(has)) operand(out, name, 'write', { ...prefix, value: dir }, { tree: 'all', via });
      return out;
    }
    operands = operands.map((o) => ({ ...o, arg: { ...o.arg, value: `${prefix.value}${o.arg.value}` } }));
  }
  if (t.uploads) operand(out, name, 'read', { value: '.', dynamic: false }, { tree: 'all', via: `${name} (uploads the working directory)` });
  if (t.serves) {
    const dir = parsed.options.find((o) => o.name === t.serves)?.value ?? { value: '.', dynamic: false };
    operand(out, name, 'read', dir, { tree: 'all', via: `${name} (serves ${dir.value === '.' ? 'the working directory' : dir.value})` });
  }
  // No subcommand named (`git stash -u`, `git stash -- x`): the default one, before every operand.
  const implied = t.defaultSub !== undefined && (operands.length === 0 || operands[0]!.afterDashDash) ? { value: t.defaultSub, dynamic: false } : undefined;
  const sub = implied ?? operands[0]?.arg;
  // A key of two words names a subcommand in two (`gh repo clone`).
  const sub2 = implied ? undefined : operands[1]?.arg;
  const after2 = t.operandsAfter && sub && !sub.dynamic && sub2 && !sub2.dynamic ? own(t.operandsAfter, `${sub.value} ${sub2.value}`) : undefined;
  if (after2?.ops) {
    operandsByPosition(out, name, after2.ops, operands.slice(2), `${sub!.value} ${sub2!.value}`);
    // The tool's own host (`gh repo clone OWNER/REPO`: github.com), besides any host an operand names.
    addRegistry(out, after2, operands, 2, has, valueOf, env, `${name} ${sub!.value} ${sub2!.value}`);
  }
  // A key of two words without `ops` reads the operands after both as one word's do (`uv pip install`, `go mod download`).
  const found = after2 && !after2.ops ? after2 : t.operandsAfter && sub && !sub.dynamic && !after2 ? own(t.operandsAfter, sub.value) : undefined;
  const skip = implied ? 0 : found && found === after2 ? 2 : 1;
  const after = found?.when ? afterWith(found, has) : found;
  if (after && sub) {
    const end = after.first ? Math.min(skip + 1, operands.length) : operands.length;
    // A subcommand's operands reach whole trees (`tree`), or as far as the program's own `tree` says
    // (`git stash push PATHSPEC`: what a pathspec names, as `git restore` reaches it).
    const reach = after.tree ? ('all' as const) : tree;
    const subName = skip === 2 ? `${sub.value} ${sub2!.value}` : sub.value;
    if (after.whole && (!after.whole.unlessOperands || operands.length <= skip)) {
      const w = after.whole;
      out.push({ ...fileTouch(w.op, w.path, false, { tree: 'all', ...(t.pathspecs ? { pathspec: true } : {}) }, `${name} ${subName} (${w.top ? 'the work tree' : 'the working directory'})`), ...(w.top ? { top: true } : {}) });
    }
    // The tool's registry (`npm ci`: registry.npmjs.org; `pip install --no-index …`: none).
    addRegistry(out, after, operands, skip, has, valueOf, env, `${name} ${subName}`);
    // An implied subcommand's own operands are the ones after `--`, which `dashdash` reads, unless an option changed its entry.
    for (let i = implied && after === found ? end : skip; i < end; i++) {
      const o = operands[i]!;
      operand(out, name, after.op, o.arg, { guess: after.op === 'read', ...(reach ? { tree: reach } : {}), ...(t.pathspecs ? { pathspec: true } : {}), ...(o.gitWildcard ? { gitWildcard: true } : {}) });
    }
    // A one-word subcommand's operands by position (`brew tap NAME [URL]`), as a two-word key's above.
    if (found !== after2 && after.ops) operandsByPosition(out, name, after.ops, operands.slice(skip), sub.value);
    if (after.contacts) out.push({ kind: 'remote', name: after.contacts, via: `${name} ${subName}` });
    // A guess (denies only): the command's own allow decides it; a deny on that directory still bites.
    for (const f of after.reads ?? []) file(out, 'read', { value: f, dynamic: false }, { guess: true, runs: after.readsCode }, `${name} ${subName} (reads ${f})`);
    if (after.writes && (!after.writesWithOperands || operands.length > skip)) {
      for (const f of after.writes) file(out, 'write', { value: f, dynamic: false }, {}, `${name} ${subName} (writes ${f})`);
    }
  }
  if (t.paramFiles) {
    for (const a of [...parsed.options.map((o) => o.value), ...parsed.operands.map((o) => o.arg)]) {
      if (!a || a.dynamic) continue;
      const prefix = t.paramFiles.find((p) => a.value.startsWith(p) && a.value.length > p.length);
      if (prefix) file(out, 'read', { ...a, value: a.value.slice(prefix.length) }, {}, `${name} ${a.value}`);
    }
  }
  if (t.contacts && contactsApply(t, parsed, has)) out.push({ kind: 'remote', name: t.contacts, via: name });
  // A program that is itself a package runner (`npx`, `uvx`): its tool's registry.
  addRegistry(out, t, operands, 0, has, valueOf, env, name);
  // Run without a subcommand, some install (`yarn` is `yarn install`, `bundle` is `bundle install`): the `(no operand)` entry.
  const alone = operands.length === 0 && t.operandsAfter ? own(t.operandsAfter, '(no operand)') : undefined;
  if (alone && addRegistry(out, alone, [], 0, has, valueOf, env, name)) {
    for (const f of alone.reads ?? []) file(out, 'read', { value: f, dynamic: false }, { guess: true, runs: alone.readsCode }, `${name} (reads ${f})`);
  }
  if (t.requestItems) {
    out.push(...requestItemTouches(name, operands.map((o) => o.arg)));
    return out;
  }
  for (const f of t.reads ?? []) file(out, 'read', { value: f, dynamic: false }, { guess: true, runs: t.readsCode }, `${name} (reads ${f})`);
  for (const f of t.writes ?? []) file(out, 'write', { value: f, dynamic: /[*?[]/.test(f) }, {}, `${name} (writes ${f})`);
  if (operands.length === 0) {
    const none = Object.entries(t.noOperandsWhen ?? {}).find(([o]) => has(o))?.[1] ?? t.noOperands;
    if (none === '<remote>') out.push({ kind: 'remote', name: '(the default remote)', via: name });
    // The files the program touches there are not named on the line (`patch -p1 < fix.diff`): the whole tree.
    // A listing (ls, du after `cd secrets`) lists the working directory: a guess, as its operands are.
    else if (none !== undefined && t.operands && t.operands !== 'none') operand(out, name, t.operands, { value: none, dynamic: false }, t.guess ? { ...fileOpts, via: `${name} (${none === '.' ? 'the working directory' : none})` } : { ...fileOpts, tree: 'all', guess: false, via: `${name} (${none === '.' ? 'the working directory' : none})` });
    return out;
  }
  if (t.outputName) outputNames(out, name, t.outputName, parsed, operands, has);
  if (t.pieces) pieces(out, name, t.pieces, parsed, operands);
  // `cp -t DIR a b`: the target option names the destination, every operand is a source.
  const targetGiven = parsed.options.some((o) => t.options !== undefined && own(t.options, o.name) === 'write-dir');
  const lastAt = t.last && !targetGiven && operands.length >= 2 ? operands.length - 1 : -1;
  operands.forEach(({ arg, afterDashDash, gitWildcard }, i) => {
    if (t.remote === 'place' && !arg.dynamic) {
      const local = placeLocal(arg.value);
      if (local === undefined) return;
      if (local !== arg.value) arg = { ...arg, value: local };
    } else if (t.remote && !arg.dynamic && remoteHost(arg.value) !== undefined) {
      out.push({ kind: 'host', target: remoteHost(arg.value)!, via: `${name} ${arg.value}` });
      return;
    }
    if (i === lastAt) {
      operand(out, name, t.last!, arg, { ...fileOpts, tree: tree ? 'named' : undefined, guess: false });
      if (t.lastDir && !arg.dynamic) {
        // The destination may be a directory: each source lands under it by its base name.
        for (const src of operands.slice(0, lastAt)) {
          if (src.arg.dynamic) continue;
          const local = remoteHost(src.arg.value) === undefined ? src.arg.value : src.arg.value.slice(src.arg.value.indexOf(':') + 1);
          const base = withoutTrailingSlashes(local).split('/').pop();
          if (base && base !== '.' && base !== '..') operand(out, name, t.last!, { ...arg, value: `${withoutTrailingSlashes(arg.value)}/${base}` }, { ...fileOpts, tree: tree ? 'named' : undefined, guess: false, via: `${name} ${src.arg.value} ${arg.value}` });
        }
      }
      return;
    }
    const op = i === 0 && t.first !== undefined && t.first !== null ? t.first : afterDashDash && t.dashdash ? t.dashdash : t.operands;
    if (!op) return;
    const guess = afterDashDash && t.dashdash ? false : (i === 0 && t.first ? false : t.guess);
    // A formatter's file operand (`prettier --write src/app.ts`) is that file; a directory is a tree.
    const file = fileOpts.tree === 'all' && t.fileExts && !arg.dynamic && !(operands[i] as { toolGlob?: boolean }).toolGlob && isNamedFile(arg.value, t.fileExts);
    // (fileOpts with this operand's guess, and without its tree for a named file: built directly, not by spreads, once per operand.)
    const opts: OperandOpts = { tree: file ? undefined : fileOpts.tree, skipsHidden: fileOpts.skipsHidden, guess, listsOutside: fileOpts.listsOutside, pathspec: fileOpts.pathspec };
    if (gitWildcard) opts.gitWildcard = gitWildcard;
    operand(out, name, op, arg, opts);
  });
  return out;
}

/**
 * The files a compressor writes named after its operands (`outputName`): `x.gz` for `gzip x`, `x`
 * for `gzip -d x.gz`; with the stored name (`gunzip -N`) any name in the output's directory. A
 * name that cannot be told (a word known only at run time, a glob not ending in the suffix) is a
 * write known only at run time.
 */
function outputNames(out: Touch[], name: string, spec: OutputName, parsed: Parsed, operands: Parsed['operands'], has: (o: string) => boolean): void {
  const value = (option: string | undefined) => lastValue(parsed, option);
  const suffix = value(spec.suffix);
  const dir = value(spec.dir);
  const stored = spec.storedName !== undefined && (spec.storedName === '' || has(spec.storedName));
  for (const { arg } of operands) {
    const v = arg.value;
    if (!arg.dynamic && DEVICES.has(v)) continue;
    const via = `${name} ${v} (writes ${stored ? 'the name stored in the file' : 'a file named after it'})`;
    if (stored) {
      // Any name, in the directory the output goes to: that directory's tree.
      const where = dir ?? (arg.dynamic ? arg : { ...arg, value: posix.dirname(withoutTrailingSlashes(v) || '.') });
      file(out, 'write', where, { tree: 'all' }, via);
      continue;
    }
    if (suffix?.dynamic) {
      out.push({ kind: 'dynamic', what: 'file', op: 'write', word: `${v}${suffix.value}`, via });
      continue;
    }
    let written: string | undefined;
    if (spec.add !== undefined) written = `${v}${suffix?.value ?? spec.add}`;
    else {
      const lower = v.toLowerCase();
      for (const s of [...(suffix ? [suffix.value] : []), ...(spec.strip ?? [])]) {
        const eq = s.indexOf('=', 1);
        const from = eq < 0 ? s : s.slice(0, eq);
        if (from === '' || lower.length <= from.length || !lower.endsWith(from.toLowerCase())) continue;
        written = v.slice(0, v.length - from.length) + (eq < 0 ? '' : s.slice(eq + 1));
        break;
      }
      if (written === undefined && spec.unknown !== undefined) written = `${v}${spec.unknown}`;
      // A glob or a run-time word that may end in a suffix this reading did not find.
      if (written === undefined && arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'file', op: 'write', word: v, via });
        continue;
      }
    }
    if (written === undefined) continue;
    if (dir) {
      if (dir.dynamic) out.push({ kind: 'dynamic', what: 'file', op: 'write', word: `${dir.value}/${written}`, via });
      else file(out, 'write', { ...arg, value: `${withoutTrailingSlashes(dir.value)}/${posix.basename(written)}` }, {}, via);
    } else file(out, 'write', { ...arg, value: written }, {}, via);
  }
}

/** The value of the last `option` given (the one the program uses), if any. */
function lastValue(parsed: Parsed, option: string | undefined): Arg | undefined {
  return option === undefined ? undefined : parsed.options.findLast((o) => o.name === option)?.value;
}

/** The files `split`/`csplit` write (`pieces`): the glob PREFIX*SUFFIX; one known only at run time when a part is. */
function pieces(out: Touch[], name: string, spec: Pieces, parsed: Parsed, operands: Parsed['operands']): void {
  const value = (option: string | undefined) => lastValue(parsed, option);
  const prefix = value(spec.option) ?? (spec.operand !== undefined ? operands[spec.operand]?.arg : undefined) ?? { value: spec.default, dynamic: false };
  const format = value(spec.format);
  const suffix = value(spec.suffix);
  const length = value(spec.lengthOption);
  const parts = [prefix, format, suffix, length].filter((a): a is Arg => a !== undefined);
  const n = length === undefined ? spec.length : /^[1-9][0-9]?$/.test(length.value) ? Number(length.value) : undefined;
  // Each printf conversion of the format is any text; `%%` is a `%`.
  const middle = format ? format.value.replace(/%%|%[^a-zA-Z%]*[a-zA-Z]/g, (m) => (m === '%%' ? '%' : '*')) : spec.chars.repeat(n ?? 1);
  if (n === undefined && !format) parts.push({ value: length!.value, dynamic: true });
  const written = `${prefix.value}${middle}${suffix?.value ?? ''}`;
  const via = `${name} (writes ${written})`;
  if (parts.some((a) => a.dynamic && !isStaticGlob(a))) {
    out.push({ kind: 'dynamic', what: 'file', op: 'write', word: written, via });
    return;
  }
  file(out, 'write', { value: written, dynamic: /[*?[]/.test(written) }, {}, via);
}

/** The directories of a program's own glob before its first segment with a wildcard (`src` of `src/**\/*.ts`, `.` of `*.md`, `pkg` of go's `./pkg/...`). */
function globDir(glob: string): string {
  const segs = glob.split('/');
  const k = segs.findIndex((seg) => /[*?[{]/.test(seg) || seg === '...');
  const dir = segs.slice(0, k).join('/');
  return dir === '' ? (glob.startsWith('/') ? '/' : '.') : dir;
}

/** `src/app.ts` with `ts` among `exts`: a word naming a file of the program's own kind (not `src/`, not `.ts`). */
function isNamedFile(word: string, exts: readonly string[]): boolean {
  if (word.endsWith('/')) return false;
  const base = word.slice(word.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 && exts.includes(base.slice(dot + 1));
}

/** git's path operands as the paths and globs their pathspecs name; exclusions name none. */
function gitPathspecs(operands: Parsed['operands']): Parsed['operands'] {
  const out: Parsed['operands'] = [];
  for (const o of operands) {
    const arg = pathspecOperand(o.arg);
    // A wildcard the shell left to git (quoted) is git's: it matches dot-files; a shell glob is
    // expanded by the shell first, whose wildcards do not.
    if (arg) out.push(arg === o.arg ? o : { ...o, arg, ...(arg.dynamic && !o.arg.dynamic ? { gitWildcard: true } : {}) });
  }
  return out;
}

/**
 * The local path a package specifier names (`./pkg`, `../x.tgz`, `/abs/dir`, `~/lib`, `.`,
 * `file:lib`, `link:lib`, `portal:lib`), or undefined for a registry name, a URL or a git spec.
 */
function localPackagePath(spec: string): string | undefined {
  const m = /^(?:file|link|portal):(.*)$/.exec(spec);
  const path = m ? m[1]!.replace(/^\/\/(?=\/)/, '') : spec;
  if (path === '.' || path === '..' || path.startsWith('./') || path.startsWith('../') || path.startsWith('/') || path.startsWith('~/')) return path;
  return m && path !== '' ? path : undefined;
}

/** The word up to its first space or `=` (what `word.split(/[ =]/)[0]` gives, without the array). */
function firstPart(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x20 || c === 0x3d) return word.slice(0, i);
  }
  return word;
}

/** Whether a model's `contacts` applies: neither the first operand nor an option is in `contactsUnless` (nor is the operand missing, with `(no operand)`). */
function contactsApply(t: TouchSpec, parsed: Parsed, has: (o: string) => boolean): boolean {
  const unless = t.contactsUnless;
  if (!unless) return true;
  // An option that only prints help or a version exempts the run when written as a word of its
  // own, not as a letter read out of a longer word: `-login-server=https://…`, `-refresh-only`,
  // `-shields-up` are single-dash long options (Go's flag style), not clusters holding `-h`.
  const written = (u: string) => parsed.options.some((p) => (p.name === u || p.word === u) && p.cluster === undefined);
  if (unless.some((u) => u.startsWith('-') && has(u) && written(u))) return false;
  if (unless.includes('(URL operand)') && parsed.operands.some((o) => !o.arg.dynamic && o.arg.value.includes('://'))) return false;
  const first = parsed.operands[0]?.arg;
  if (!first) return !unless.includes('(no operand)');
  return first.dynamic || !unless.includes(first.value);
}

/**
 * `remote: place`: the local path a word names, or undefined for a location elsewhere (a
 * `scheme://` word; `name:path` not beginning with `/` or `.`: rclone's `remote:path` and
 * `:backend:path`, `pod:/tmp`, `container:/x`). rclone's `:local:PATH` (also `:local,opt=v:PATH`)
 * is the local PATH.
 */
export function placeLocal(word: string): string | undefined {
  const local = /^:local(?:,[^:]*)?:(.*)$/.exec(word) ?? /^file:\/\/(.*)$/.exec(word);
  if (local) return local[1] === '' ? '.' : local[1];
  if (word.includes('://')) return undefined;
  const colon = word.indexOf(':');
  if (colon >= 0 && !word.startsWith('/') && !word.startsWith('.')) return undefined;
  return word;
}

/** `user@host:path`, `host:path`, `host::module` (scp, rsync): the host; undefined for a local path. */
export function remoteHost(word: string): string | undefined {
  if (word.includes('://')) return word;
  const v6 = /^(?:[^@/[]*@)?\[([^\]/]*)\]:/.exec(word);
  if (v6) return v6[1];
  const colon = word.indexOf(':');
  const slash = word.indexOf('/');
  if (colon <= 0 || (slash >= 0 && slash < colon)) return undefined;
  let host = word.slice(0, colon);
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return host === '' ? undefined : host;
}

/** The file `wget URL` or `curl -O URL` saves: the URL's last path segment (wget: index.html when there is none). */
function savedName(url: string): string | undefined {
  try {
    const u = new URL(url.includes('://') ? url : `http://${url}`);
    const last = u.pathname.split('/').pop() ?? '';
    return last === '' ? 'index.html' : last === '.' || last === '..' ? undefined : last;
  } catch {
    return undefined;
  }
}

/** `user@host`, `host:port`, `[v6]`: the host name. */
/**
 * Whether a word's first path segment could name a host (`evil.example`, `10.0.0.1:80`,
 * `localhost`): it is `localhost` or has a dot or a colon, and does not start with `.`, `/` or `~`.
 */
function mayNameHost(word: string): boolean {
  if (word === '' || word.startsWith('.') || word.startsWith('/') || word.startsWith('~')) return false;
  const slash = word.indexOf('/');
  const segment = slash < 0 ? word : word.slice(0, slash);
  return segment.includes('.') || segment.includes(':') || segment.toLowerCase() === 'localhost';
}

function hostName(word: string): string {
  let h = word;
  const at = h.lastIndexOf('@');
  if (at >= 0) h = h.slice(at + 1);
  return h;
}

/**
 * A database connection string (psql, pg_dump, pgcli, usql, mycli: an operand or `-d`): a URL
 * contacts each host of its authority (`postgresql://h1,h2/db`, `mongodb://h1,h2/db`) and of its
 * `?host=`/`?hostaddr=`; a libpq `key = value` string its `host=`/`hostaddr=` lists (values bare
 * or single-quoted); both read the files `sslkey=`, `sslcert=`, `passfile=` … name; a plain word
 * is a database name, no host and no file. A string known only at
 * run time may name any host.
 */
function connection(out: Touch[], arg: Arg, via: string): void {
  const v = arg.value;
  if (arg.dynamic) {
    out.push({ kind: 'dynamic', what: 'host', word: v, via });
    return;
  }
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(v);
  if (scheme) {
    const rest = v.slice(scheme[0].length);
    const authority = rest.split(/[/?#]/, 1)[0]!;
    hostList(out, decodeURIComponentSafe(authority.slice(authority.lastIndexOf('@') + 1)), via);
    const q = rest.indexOf('?');
    for (const p of q < 0 ? [] : rest.slice(q + 1).split('#')[0]!.split('&')) {
      const eq = p.indexOf('=');
      if (eq > 0) connectionKey(out, p.slice(0, eq), decodeURIComponentSafe(p.slice(eq + 1)), via);
    }
    return;
  }
  for (const m of v.matchAll(/(?:^|\s)(\w+)\s*=\s*('(?:[^'\\]|\\.)*'?|\S*)/g)) {
    const value = m[2]!.startsWith("'") ? m[2]!.slice(1).replace(/'$/, '').replace(/\\(.)/g, '$1') : m[2]!;
    connectionKey(out, m[1]!, value, via);
  }
}

/** One `key=value` of a connection string: `host`/`hostaddr` name servers, `service` one in pg_service.conf, `sslkey`, `sslcert`, `sslrootcert`, `sslcrl`, `passfile` files read. */
function connectionKey(out: Touch[], key: string, value: string, via: string): void {
  if (key === 'host' || key === 'hostaddr') hostList(out, value, via);
  // A service of pg_service.conf: its host is in that file, not on the line.
  else if (key === 'service') out.push({ kind: 'remote', name: `(the host of service ${value} in pg_service.conf)`, via });
  else if (CONNECTION_FILES.has(key) && value !== '') file(out, 'read', { value, dynamic: false }, {}, via);
}

const CONNECTION_FILES = new Set(['sslkey', 'sslcert', 'sslrootcert', 'sslcrl', 'sslcrldir', 'passfile']);

/**
 * A list of servers, `[SET/]HOST[:PORT][,HOST[:PORT]…]` (libpq's `-h` and `host=`, mongo's
 * `--host` with a replica set name, a URI's authority, a list of URLs): each host is contacted; a `/dir` (a Unix
 * socket directory) or `@name` (an abstract socket) is no host.
 */
function hostList(out: Touch[], list: string, via: string): void {
  for (const h of list.split(',')) {
    // A URL of the list (`--endpoints=http://h1:2379,http://h2:2379`) as it is; mongo's replica set name before `/`.
    const slash = h.includes('://') ? -1 : h.indexOf('/');
    const t = (slash > 0 ? h.slice(slash + 1) : h).trim();
    if (t !== '' && !t.startsWith('/') && !t.startsWith('@')) out.push({ kind: 'host', target: t, via });
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether a dynamic word is a glob of static text (`src/*.log`), not a variable or substitution. */
function isStaticGlob(a: Arg): boolean {
  return a.dynamic && !a.tilde && /[*?[]/.test(a.value) && !/[$`<>]/.test(a.value);
}

interface OperandOpts {
  tree?: TreeReach;
  skipsHidden?: boolean;
  guess?: boolean;
  listsOutside?: boolean;
  /** The operand is a git pathspec (it never reaches the repository's `.git`). */
  pathspec?: boolean;
  /** A glob that is a git pathspec's own wildcard: it matches dot-files. */
  gitWildcard?: boolean;
  /** A guess at a file whose content the program runs (Touch `runs`). */
  runs?: boolean;
  via?: string;
}

function operand(out: Touch[], name: string, op: Op, arg: Arg, o: OperandOpts): void {
  const via = o.via ?? `${name} ${arg.value}`;
  const guess = o.guess ? { guess: true as const } : {};
  const v = arg.value;
  switch (op) {
    case 'none':
      return;
    case 'url-file': {
      operand(out, name, 'url', arg, o);
      const saved = arg.dynamic ? undefined : savedName(v);
      if (saved) file(out, 'write', { ...arg, value: saved }, {}, `${via} (saves ${saved})`);
      return;
    }
    case 'url':
    case 'host':
    case 'remote-name': {
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via, ...guess });
        return;
      }
      if (op === 'url') for (const u of name === 'curl' ? curlGlob(v) : [v]) out.push({ kind: 'host', target: u, via, ...guess });
      else if (op === 'host') out.push({ kind: 'host', target: hostName(v), via, ...guess });
      else if (v.includes('://') || remoteHost(v) !== undefined) out.push({ kind: 'host', target: remoteHost(v)!, via, ...guess });
      else if (!v.startsWith('/') && !v.startsWith('.') && !v.startsWith('~')) out.push({ kind: 'remote', name: v, via });
      // A repository on this disk (`git clone /home/u/other x`, `git fetch ../x`): its tree is read
      // (`git fetch . main:x`, the repository itself, reads nothing new).
      else if (v !== '.' && v !== './') file(out, 'read', arg, { tree: 'all' }, via);
      return;
    }
    case 'fleet-hosts':
    case 'inventory': {
      // `pdsh -w a,b`, `fab -H a,b`, `ansible -i a,b,`: each name is a host contacted. Otherwise
      // (ansible's -i without a comma, pdsh's `^FILE`) a file is read whose hosts are not on the line.
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via });
        return;
      }
      const list = op === 'fleet-hosts' ? !v.startsWith('^') : v.includes(',');
      if (list) {
        for (const h of v.split(',')) if (h !== '') out.push({ kind: 'host', target: hostName(h), via });
        return;
      }
      const path = v.replace(/^\^/, '');
      file(out, 'read', { ...arg, value: path }, {}, via);
      out.push({ kind: 'remote', name: `(the hosts ${path} lists)`, via });
      return;
    }
    case 'build-output': {
      // docker build -o DIR (- is standard output), or -o type=local,dest=DIR; type=tar, oci and
      // docker write one file at dest; registry and image outputs push (the image name's registry).
      if (arg.dynamic || !v.includes('=')) return v === '-' ? undefined : operand(out, name, 'write-dir', arg, o);
      const fields = v.split(',');
      const dest = fields.find((f) => f.startsWith('dest='));
      if (dest === undefined || dest === 'dest=-') return;
      const type = fields.find((f) => f.startsWith('type='))?.slice('type='.length) ?? 'local';
      return operand(out, name, type === 'local' ? 'write-dir' : 'write', { ...arg, value: dest.slice('dest='.length) }, o);
    }
    case 'build-secret': {
      // docker build --secret id=K,src=FILE (or source=FILE): FILE is read and given to the build.
      if (arg.dynamic) return file(out, 'read', arg, {}, via);
      for (const f of v.split(',')) if (/^(?:src|source)=./.test(f)) file(out, 'read', { ...arg, value: f.slice(f.indexOf('=') + 1) }, {}, via);
      return;
    }
    case 'cvsroot': {
      // cvs -d [:METHOD:][USER[:PASSWORD]@]HOST[:[PORT]]/PATH: HOST is contacted; a local /PATH
      // (also :local: and :fork:) is a repository whose tree is read.
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via });
        return;
      }
      const root = v.replace(/^:[^:]*:/, '');
      if (root.startsWith('/')) return file(out, 'read', { ...arg, value: root }, { tree: 'all' }, via);
      const at = root.lastIndexOf('@', root.indexOf('/') < 0 ? root.length : root.indexOf('/'));
      out.push({ kind: 'host', target: root.slice(at + 1).split(/[:/]/)[0]!, via });
      return;
    }
    case 'package': {
      // A specifier known only at run time may be a URL.
      if (arg.dynamic) out.push({ kind: 'dynamic', what: 'host', word: v, via, ...guess });
      else {
        // A local directory or archive (`./pkg`, `../x.tgz`, `file:lib`, `link:lib`, `-e ./dir`):
        // its files are read, and its build or install scripts run from there. A guess: the
        // build reads the files its package declares, not the whole tree, so denies decide it.
        const local = localPackagePath(v);
        if (local !== undefined) return file(out, 'read', { ...arg, value: local }, { guess: true }, via);
        const host = packageHost(v);
        if (host) out.push({ kind: 'host', target: host, via, ...guess });
      }
      return;
    }
    case 'editable': {
      // pip/uv -e: a project directory (any word that is no URL or VCS spec), or a URL's host.
      if (!arg.dynamic && packageHost(v) === undefined) return file(out, 'read', { ...arg, value: localPackagePath(v) ?? v }, { guess: true }, via);
      return operand(out, name, 'package', arg, o);
    }
    case 'module': {
      // A Go module path names its host in its first element when that has a dot
      // (`evil.example/x@latest`); the standard library's do not, nor do local packages and files.
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via, ...guess });
        return;
      }
      const path = v.split('@')[0]!;
      const first = path.split('/')[0]!;
      // Source files named on the line (`go run /tmp/x.go`) are compiled and run: read for sure.
      if (path.endsWith('.go')) return file(out, 'read', arg, {}, via);
      // A local package (`./cmd/x`, `./secrets/...`): its sources are read and built (a guess, as above).
      const local = localPackagePath(path);
      if (local !== undefined) return file(out, 'read', { ...arg, value: local.replace(/\/\.\.\.$/, '') || '.' }, { guess: true }, via);
      if (path.startsWith('.') || !first.includes('.')) return;
      out.push({ kind: 'host', target: first, via, ...guess });
      return;
    }
    case 'revpath': {
      const colon = v.indexOf(':');
      // `git show HEAD secrets/key`: a word without a colon may be a path as well as a revision.
      // (Unless the model knows the words are files: git diff --no-index.)
      if (colon < 0 && !arg.dynamic) return file(out, 'read', arg, { guess: o.guess !== false }, via);
      if (arg.dynamic) {
        // `$(git rev-parse HEAD):.env`: the path after a colon that follows every expansion is
        // known; any other word known only at run time may be `REV:PATH` of any file.
        const last = v.lastIndexOf(':');
        const tail = last < 0 ? undefined : v.slice(last + 1);
        if (tail !== undefined && !/[$`]/.test(tail) && last > Math.max(v.lastIndexOf(')'), v.lastIndexOf('}'), v.lastIndexOf('`'))) {
          const path = tail.replace(/^\.\//, '');
          if (path) file(out, 'read', { value: path, dynamic: false }, {}, via);
          return;
        }
        return file(out, 'read', arg, { guess: o.guess !== false }, via);
      }
      const path = v.slice(colon + 1).replace(/^\.\//, '');
      if (path) file(out, 'read', { ...arg, value: path }, {}, via);
      return;
    }
    case 'data':
      if (v.startsWith('@') && v.length > 1) file(out, 'read', { ...arg, value: v.slice(1) }, {}, via);
      return;
    case 'form': {
      // curl -F name=@file;type=… uploads the file, name=<file sends its text.
      if (arg.dynamic) return file(out, 'read', arg, {}, via);
      const eq = v.indexOf('=');
      const value = v.slice(eq + 1);
      if (eq < 0 || !(value.startsWith('@') || value.startsWith('<'))) return;
      const semi = value.indexOf(';');
      const path = value.slice(1, semi < 0 ? undefined : semi);
      if (path) file(out, 'read', { ...arg, value: path }, {}, via);
      return;
    }
    case 'field-or-file': {
      // gh -F: `gh api -F key=@file` (--field) sends the file after `@`; `gh pr create -F FILE`
      // (--body-file) and `gh release create -F FILE` (--notes-file) send the file itself.
      if (arg.dynamic) return file(out, 'read', arg, {}, via);
      const eq = v.indexOf('=');
      if (eq < 0) return file(out, 'read', arg, {}, via);
      if (v.charCodeAt(eq + 1) === 0x40 && v.length > eq + 2) file(out, 'read', { ...arg, value: v.slice(eq + 2) }, {}, via);
      return;
    }
    case 'endpoint':
      // `gh api ENDPOINT`: a path on the program's own service, or a whole URL, whose host is contacted.
      if (arg.dynamic) out.push({ kind: 'dynamic', what: 'host', word: v, via });
      else if (v.includes('://')) out.push({ kind: 'host', target: v, via });
      return;
    case 'go-replace': {
      // go mod edit -replace OLD[@v]=NEW[@v]: a NEW that is a directory (`./x`, `../x`, `/x`) holds
      // the module every later build compiles and runs: a read, as `go work use DIR` is.
      if (arg.dynamic) return file(out, 'read', arg, o, via);
      const target = v.slice(v.indexOf('=') + 1);
      if (/^(?:\.{1,2}(?:\/|$)|\/|~)/.test(target)) file(out, 'read', { value: target, dynamic: false, ...(target.startsWith('~') ? { tilde: true } : {}) }, o, via);
      return;
    }
    case 'mount-source': {
      // minikube mount SRC:DST (--mount-string): the host directory SRC is shared with the machine,
      // which reads and writes it: SRC's whole tree is written (the last `:` ends it: `C:\\x:/y`).
      if (arg.dynamic) return file(out, 'write', arg, { ...o, tree: 'all' }, via);
      const colon = v.lastIndexOf(':');
      file(out, 'write', { ...arg, value: colon > 0 ? v.slice(0, colon) : v }, { ...o, tree: 'all' }, via);
      return;
    }
    case 'path-list': {
      // java -cp A:B:lib/*, --module-path: each entry (a directory or a jar, `DIR/*` DIR's jars)
      // holds classes the program loads and runs: a read, as node -r FILE is.
      if (arg.dynamic && !arg.tilde && !isStaticGlob(arg)) return file(out, 'read', arg, o, via);
      for (const part of v.split(':')) {
        if (part === '') continue;
        const entry = part === '*' ? '.' : part.endsWith('/*') ? part.slice(0, -2) || '/' : part;
        file(out, 'read', { value: entry, dynamic: /[*?[]/.test(entry), ...(entry.startsWith('~') ? { tilde: true } : {}) }, o, via);
      }
      return;
    }
    case 'keyed-file': {
      // kubectl --from-file=[key=]path: the path after the first `=`.
      const eq = arg.dynamic ? -1 : v.indexOf('=');
      file(out, 'read', eq < 0 ? arg : { ...arg, value: v.slice(eq + 1) }, {}, via);
      return;
    }
    case 'write-dir':
      file(out, 'write', arg, { ...o, tree: 'named' }, via);
      return;
    case 'rmt-read':
    case 'rmt-write':
      // An archive that may be remote (GNU tar -f, cpio -F): `[user@]host:file` is reached through
      // rsh or ssh (a request to that host); anything else is a local file.
      if (!arg.dynamic && !v.includes('://') && remoteHost(v) !== undefined) {
        out.push({ kind: 'host', target: remoteHost(v)!, via });
        return;
      }
      return operand(out, name, op === 'rmt-read' ? 'read' : 'write', arg, o);
    case 'write-prefix': {
      // A prefix put before the names written (`patch -B P`: P + each file it backs up, which the
      // line may not name): the tree of the directory P's last `/` ends (`-B .e`: the working directory).
      if (arg.dynamic) return file(out, 'write', arg, o, via);
      const slash = v.lastIndexOf('/');
      file(out, 'write', { ...arg, value: slash < 0 ? '.' : slash === 0 ? '/' : v.slice(0, slash) }, { tree: 'all' }, via);
      return;
    }
    case 'code-or-read':
      // prettier --plugin, eslint -f, rubocop -r: a package (resolved from node_modules or the
      // installed gems: no file named here) or a path to code that is loaded and run (a read).
      if (!arg.dynamic && !v.startsWith('.') && !v.startsWith('/') && !v.startsWith('~') && (!v.includes('/') || v.startsWith('@'))) return;
      file(out, 'read', arg, {}, via);
      return;
    case 'read-tree':
    case 'write-tree':
      // A URL is a place at the service (`az storage copy -s https://…`), not a local tree.
      if (!arg.dynamic && v.includes('://')) return;
      // A directory whose whole tree is read or written (`az storage blob upload-batch -s DIR`).
      file(out, op === 'read-tree' ? 'read' : 'write', arg, { ...o, tree: 'all' }, via);
      return;
    case 'connection':
      connection(out, arg, via);
      return;
    case 'connection-or-read':
      // mongosh's operand: a connection URI (every host of it), or a script it runs (a read).
      if (!arg.dynamic && /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v)) connection(out, arg, via);
      else file(out, 'read', arg, o, via);
      return;
    case 'host-list':
      if (arg.dynamic) out.push({ kind: 'dynamic', what: 'host', word: v, via });
      else hostList(out, v, via);
      return;
    case 'sql-server':
      // sqlcmd -S [tcp:|np:|lpc:|admin:]HOST[\\INSTANCE][,PORT]: the host.
      if (arg.dynamic) out.push({ kind: 'dynamic', what: 'host', word: v, via });
      else out.push({ kind: 'host', target: v.replace(/^(?:tcp|np|lpc|admin):/i, '').split(/[\\,]/)[0]!, via });
      return;
    case 'url-or-read':
      // pip --find-links: a URL (a request to its host) or a local directory (its listing is read).
      if (!arg.dynamic && v.includes('://')) out.push({ kind: 'host', target: v, via });
      else file(out, 'read', arg, o, via);
      return;
    case 'page':
      // A text browser's operand (lynx, w3m, links, elinks): a URL, or a word it opens as a local
      // file when one exists and else fetches as http://WORD. The line cannot say which, so a word
      // whose first segment could name a host (a dot or a port: `evil.example/x`, `10.0.0.1:80`,
      // `README.md`) is both; `docs/index.html`, `./x` and `/x` are files only.
      if (!arg.dynamic && v.includes('://')) {
        out.push({ kind: 'host', target: v, via });
        return;
      }
      file(out, 'read', arg, o, via);
      if (arg.dynamic) out.push({ kind: 'dynamic', what: 'host', word: v, via });
      else if (mayNameHost(v)) out.push({ kind: 'host', target: `http://${v}`, via });
      return;
    case 'ssh-option':
      sshOption(out, arg, via);
      return;
    case 'resolve-to': {
      // xh --resolve HOST:ADDRESS: requests to HOST connect to ADDRESS.
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via });
        return;
      }
      const to = splitHostFields(v).slice(1).join(':');
      if (to) out.push({ kind: 'host', target: to.startsWith('[') && to.endsWith(']') ? to.slice(1, -1) : to, via });
      return;
    }
    case 'connect-to':
    case 'resolve': {
      // curl --connect-to H1:P1:H2:P2 connects to H2; --resolve [+]H:P:ADDR[,ADDR…] to each ADDR.
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via });
        return;
      }
      const fields = splitHostFields(v.replace(/^\+/, ''));
      const targets = op === 'connect-to' ? (fields[2] ? [fields[2]] : []) : (fields[2] ?? '').split(',').filter((x) => x !== '');
      for (const h of targets) out.push({ kind: 'host', target: h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h, via });
      return;
    }
    case 'gh-repo': {
      // gh's [HOST/]OWNER/REPO (gh repo clone, -R), or a URL or git remote: the host it names. gh's
      // own host (GH_HOST, or github.com) is not on the line, as for every gh command.
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via });
        return;
      }
      if (v.includes('://') || remoteHost(v) !== undefined) out.push({ kind: 'host', target: remoteHost(v)!, via });
      else if (v.split('/').length >= 3) out.push({ kind: 'host', target: v.split('/')[0]!, via });
      return;
    }
    case 'gl-repo': {
      // glab's [HOST/]OWNER/REPO, GROUP/NAMESPACE/REPO, or a URL or git remote (glab -R, repo clone):
      // a URL names its host; of three or more parts the first is a host when it has a dot (a
      // GitLab group name has none), as glab reads it.
      if (arg.dynamic) {
        out.push({ kind: 'dynamic', what: 'host', word: v, via });
        return;
      }
      const parts = v.split('/');
      if (v.includes('://') || remoteHost(v) !== undefined) out.push({ kind: 'host', target: remoteHost(v)!, via });
      else if (parts.length >= 3 && parts[0]!.includes('.')) out.push({ kind: 'host', target: parts[0]!, via });
      return;
    }
    case 'line-range': {
      // git log -L START,END:FILE, -L :FUNC:FILE: the file after the last colon is read.
      const colon = v.lastIndexOf(':');
      if (colon >= 0 && colon < v.length - 1) file(out, 'read', { ...arg, value: v.slice(colon + 1) }, {}, via);
      else if (arg.dynamic) file(out, 'read', arg, {}, via);
      return;
    }
    default:
      if (!arg.dynamic && o.guess && v.includes('://')) {
        out.push({ kind: 'host', target: v, via, guess: true });
        return;
      }
      file(out, op, arg, o, via);
  }
}

function file(out: Touch[], op: TouchOp, arg: Arg, o: OperandOpts, via: string): void {
  if (arg.procsub) return;
  const v = arg.value;
  if (!arg.dynamic || arg.tilde) {
    if (v === '' || DEVICES.has(v) || /^\/dev\/fd\/\d+$/.test(v)) return;
    out.push(fileTouch(op, v, false, o, via));
    return;
  }
  if (isStaticGlob(arg)) out.push(fileTouch(op, v, true, o, via));
  else out.push(o.guess ? { kind: 'dynamic', what: 'file', op, word: v, via, guess: true } : { kind: 'dynamic', what: 'file', op, word: v, via });
}

/** A file touch with only the optional fields that are set (built directly: one object per touch). */
function fileTouch(op: TouchOp, path: string, glob: boolean, o: OperandOpts, via: string): Touch {
  const t: Extract<Touch, { kind: 'file' }> = { kind: 'file', op, path, via };
  if (glob) t.glob = true;
  if (o.tree) t.tree = o.tree;
  if (o.skipsHidden) t.skipsHidden = true;
  if (o.pathspec) t.pathspec = true;
  if (glob && o.gitWildcard) t.gitWildcard = true;
  if (o.guess) {
    t.guess = true;
    if (o.listsOutside) t.listsOutside = true;
    if (o.runs) t.runs = true;
  }
  return t;
}

/** find: start points up to the expression; `-delete` deletes every tree, `-fprint F` writes F. */
function findTouches(name: string, words: readonly Arg[], listsOutside?: boolean): Touch[] {
  const out: Touch[] = [];
  let k = 0;
  // Options before the start points (-H -L -P -D x -Ox).
  while (k < words.length && /^-(?:[HLP]|O\d*)$/.test(words[k]!.value)) k++;
  if (words[k]?.value === '-D') k += 2;
  const starts: Arg[] = [];
  for (; k < words.length; k++) {
    const v = words[k]!.value;
    if (!words[k]!.dynamic && (v.startsWith('-') || v === '(' || v === '!' || v === ',')) break;
    starts.push(words[k]!);
  }
  const expr = words.slice(k);
  const deletes = expr.some((w) => w.value === '-delete');
  const points = starts.length ? starts : [{ value: '.', dynamic: false }];
  // Without -delete find reads names only: its start points are checked against denies only.
  for (const s of points) operand(out, name, deletes ? 'delete' : 'read', s, { tree: deletes ? 'all' : undefined, guess: !deletes, listsOutside, via: deletes ? `${name} ${s.value} … -delete` : undefined });
  for (let i = 0; i < expr.length; i++) {
    const v = expr[i]!.value;
    if (/^-(?:fprint|fprint0|fls|fprintf)$/.test(v) && expr[i + 1]) operand(out, name, 'write', expr[i + 1]!, { via: `${name} ${v} ${expr[i + 1]!.value}` });
    // -newer F, -samefile F …: F's metadata is read (as ls reads it: checked against denies).
    if (/^-(?:newer|anewer|cnewer|samefile|newer[aBcm][aBcm])$/.test(v) && expr[i + 1]) operand(out, name, 'read', expr[i + 1]!, { guess: true, listsOutside, via: `${name} ${v} ${expr[i + 1]!.value}` });
  }
  return out;
}

/**
 * `ssh -o Key=Value` (also `Key Value`): HostName is the host really contacted; key and
 * certificate files are read; the known-hosts file is written. Options that run commands are
 * opaque (src/match/shell-opaque.ts).
 */
function sshOption(out: Touch[], arg: Arg, via: string): void {
  if (arg.dynamic) return;
  // `Key=Value`, `Key Value`, `Key = Value` (read by hand: no backtracking on what an agent sends).
  const text = arg.value.trim();
  let k = 0;
  while (k < text.length && /[A-Za-z]/.test(text[k]!)) k++;
  const key = text.slice(0, k).toLowerCase();
  let rest = text.slice(k).trimStart();
  if (rest.startsWith('=')) rest = rest.slice(1);
  else if (rest === text.slice(k)) return; // neither `=` nor a space after the key
  const value = rest.trim();
  if (!key || !value) return;
  if (key === 'hostname') out.push({ kind: 'host', target: value, via });
  else if (key === 'identityfile' || key === 'certificatefile' || key === 'globalknownhostsfile') file(out, 'read', { value, dynamic: false, tilde: value.startsWith('~') }, {}, via);
  else if (key === 'userknownhostsfile') file(out, 'write', { value, dynamic: false, tilde: value.startsWith('~') }, {}, via);
}

/**
 * Python modules that are programs with a touch model of their own (data/programs.json; `webbrowser URL`
 * opens it, `tarfile -c A SRC` archives SRC's tree into A, `ftplib HOST` connects, `venv DIR` writes DIR).
 */
const PYTHON_MODULE_PROGRAMS = new Set(['black', 'isort', 'autopep8', 'yapf', 'ruff', 'webbrowser', 'tarfile', 'zipfile', 'ftplib', 'telnetlib', 'venv', 'dotenv']);

/**
 * `python -m MODULE ARGS`: modules that are programs of their own. `python -m pip …` is read as
 * `pip …`; `python -m http.server` serves (so reads) every file under its directory. Undefined
 * for other modules (the python model applies).
 */
function pythonModule(words: readonly Arg[], env: readonly Arg[]): Touch[] | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.dynamic || !w.value.startsWith('-') || w.value === '-' || w.value === '--') return undefined;
    if (!w.value.startsWith('-m')) {
      if (/^-[WX]$/.test(w.value)) k++;
      continue;
    }
    const mod = w.value.length > 2 ? w : words[k + 1];
    const modName = mod === w ? w.value.slice(2) : mod?.value;
    if (!mod || mod.dynamic || !modName) return undefined;
    const rest = words.slice(mod === w ? k + 1 : k + 2);
    if (modName === 'pip' || modName === 'pip3') return touchesOf([{ value: 'pip', dynamic: false }, ...rest], false, env);
    // Formatters run as modules (`python -m black .`) are read as the program they are.
    if (PYTHON_MODULE_PROGRAMS.has(modName)) return touchesOf([{ value: modName, dynamic: false }, ...rest], false);
    if (modName === 'http.server' || modName === 'SimpleHTTPServer') {
      let dir: Arg = { value: '.', dynamic: false };
      for (let i = 0; i < rest.length; i++) {
        const v = rest[i]!.value;
        if ((v === '-d' || v === '--directory') && rest[i + 1]) dir = rest[i + 1]!;
        else if (v.startsWith('--directory=')) dir = { ...rest[i]!, value: v.slice('--directory='.length) };
        else if (v.startsWith('-d') && v.length > 2) dir = { ...rest[i]!, value: v.slice(2) };
      }
      const out: Touch[] = [];
      operand(out, `python -m ${modName}`, 'read', dir, { tree: 'all', via: `python -m ${modName} (serves ${dir.value === '.' ? 'the working directory' : dir.value})` });
      return out;
    }
    return undefined;
  }
  return undefined;
}

/** A subcommand's operands by position (`gh repo clone REPO DIR`); operands after `--` and past the list are none. */
function operandsByPosition(out: Touch[], name: string, ops: readonly Op[], after: readonly { arg: Arg; afterDashDash?: boolean }[], subName: string): void {
  const given = after.filter((o) => !o.afterDashDash);
  ops.forEach((op, i) => {
    if (given[i]) operand(out, name, op, given[i]!.arg, { via: `${name} ${subName} ${given[i]!.arg.value}` });
  });
}

/** `a:b:[v6]:d`: the colon-separated fields, a bracketed IPv6 address kept whole. */
function splitHostFields(v: string): string[] {
  const out: string[] = [];
  let cur = '';
  let bracket = false;
  for (const c of v) {
    if (c === '[') bracket = true;
    if (c === ']') bracket = false;
    if (c === ':' && !bracket) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Alternatives curl's URL globbing makes of `{a,b}` (`http://{github.com,evil.example}/`): every URL it requests, at most 64. */
function curlGlob(url: string): string[] {
  let list = [url];
  for (let round = 0; round < 8; round++) {
    const next: string[] = [];
    let changed = false;
    for (const u of list) {
      const open = u.indexOf('{');
      const close = open < 0 ? -1 : u.indexOf('}', open);
      if (close < 0) {
        next.push(u);
        continue;
      }
      changed = true;
      for (const alt of u.slice(open + 1, close).split(',')) next.push(u.slice(0, open) + alt + u.slice(close + 1));
    }
    list = next.slice(0, 64);
    if (!changed) break;
  }
  return list;
}
