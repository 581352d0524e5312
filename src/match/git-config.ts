// `git config`: setting a key is setting what later git commands run or contact. Dozens of keys
// name programs (core.pager, core.hooksPath, diff.<driver>.textconv, filter.<f>.clean,
// credential.helper, gpg.program, sequence.editor, alias.x='!sh' …), include others' files
// (include.path, includeIf.<cond>.path) or redirect hosts (url.<base>.insteadOf), and keys are
// case-insensitive (`Core.HooksPath`). So a write is opaque unless every key it sets is one of a
// short list known to do none of that; reading the configuration is not.
import { PROGRAM_SPECS } from './program-tables.js';
import type { OpaqueConstruct } from './opaque-construct.js';
import type { Arg } from './shell-wrappers.js';

/** Keys (lower case) a write may set: settings of git's own behaviour that name no program, file or host. */
const PLAIN_KEYS = new Set([
  'user.name',
  'user.email',
  'init.defaultbranch',
  'pull.rebase',
  'pull.ff',
  'push.default',
  'push.autosetupremote',
  'push.followtags',
  'fetch.prune',
  'fetch.prunetags',
  'rebase.autosquash',
  'rebase.autostash',
  'rebase.updaterefs',
  'merge.ff',
  'merge.conflictstyle',
  'commit.verbose',
  'commit.gpgsign',
  'tag.gpgsign',
  'log.date',
  'log.decorate',
  'log.follow',
  'color.ui',
  'color.diff',
  'color.status',
  'color.branch',
  'status.showuntrackedfiles',
  'status.short',
  'status.branch',
  'diff.algorithm',
  'diff.renames',
  'diff.colormoved',
  'diff.mnemonicprefix',
  'core.autocrlf',
  'core.filemode',
  'core.ignorecase',
  'core.eol',
  'core.safecrlf',
  'core.quotepath',
  'core.longpaths',
  'branch.autosetuprebase',
  'branch.autosetupmerge',
  'branch.sort',
  'column.ui',
  'rerere.enabled',
  'gc.auto',
]);

/** Subcommands of the newer syntax (git 2.46) that read. */
const READING_VERBS = new Set(['get', 'list']);
/** Options taking a value as the next word. */
const VALUED = new Set(['-f', '--file', '--blob', '--type', '--default', '--comment', '--value', '--url']);
/** git's global options that take a value as the next word (before the subcommand): data/programs.json. */
const GLOBAL_VALUED = new Set(PROGRAM_SPECS.view<{ globalValued: string[] }>().get('git')!.globalValued);

/** An option that only reads (`--get`, `--get-all`, `--get-regexp`, …, `-l`, `--list`). */
const reads = (option: string): boolean => option === '-l' || option.startsWith('--get') || option.startsWith('--list');

/** branch.<name>.<key>: which remote branch a local one follows. */
const BRANCH_KEYS = new Set(['remote', 'merge', 'rebase', 'pushremote']);

function plainKey(key: string): boolean {
  const k = key.toLowerCase();
  if (PLAIN_KEYS.has(k) || (k.startsWith('advice.') && !k.includes('.', 7))) return true;
  const parts = k.split('.');
  return parts.length >= 3 && parts[0] === 'branch' && BRANCH_KEYS.has(parts[parts.length - 1]!);
}

/** Index of the `config` subcommand in git's words (after its global options); -1 for another one. */
function configAt(args: readonly Arg[]): number {
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k]!;
    if (a.dynamic || !a.value.startsWith('-')) break;
    if (GLOBAL_VALUED.has(a.value)) k++;
  }
  const sub = args[k];
  return sub && !sub.dynamic && sub.value === 'config' ? k : -1;
}

/** Whether `git ARGS` is a `git config` (gitConfigOpaque decides it whole). */
export function isGitConfig(args: readonly Arg[]): boolean {
  return configAt(args) >= 0;
}

/**
 * Why `git ARGS` is opaque when it is a `git config` that sets, changes or edits configuration
 * other than PLAIN_KEYS; undefined for anything else (another subcommand, a read).
 */
export function gitConfigOpaque(args: readonly Arg[]): OpaqueConstruct | undefined {
  const at = configAt(args);
  if (at < 0) return undefined;
  const words = args.slice(at + 1);
  // The construct is what an allow pattern must name to admit it (`git config core.pager *`);
  // a word known only at run time cannot be named.
  const opaque = (why: string, word?: string): OpaqueConstruct =>
    word === undefined ? { reason: `"git config" ${why}` } : { reason: `"git config ${word}" ${why}`, construct: `git config ${word}` };
  const operands: Arg[] = [];
  let reading = false;
  let unsetting = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.dynamic) return opaque('is given a word known only at run time: it may set any key');
    if (operands.length === 0 && !w.value.startsWith('-')) {
      if (READING_VERBS.has(w.value)) reading = true;
      else if (w.value === 'edit') return opaque('opens the configuration in an editor: any key may be set', w.value);
      else if (w.value === 'set') continue;
      else if (w.value === 'unset') unsetting = true;
      else if (w.value === 'rename-section' || w.value === 'remove-section') return opaque('can move keys into sections that run programs', w.value);
      else operands.push(w);
      continue;
    }
    if (w.value === '-e' || w.value === '--edit') return opaque('opens the configuration in an editor: any key may be set', w.value);
    if (w.value === '--rename-section' || w.value === '--remove-section') return opaque('can move keys into sections that run programs', w.value);
    if (reads(w.value)) reading = true;
    else if (w.value.startsWith('--unset')) unsetting = true;
    else if (VALUED.has(w.value)) i++;
    else if (!w.value.startsWith('-')) operands.push(w);
  }
  if (reading) return undefined;
  // `git config KEY VALUE`, `--add KEY VALUE`, `--unset KEY`, `--replace-all KEY VALUE [RE]`: the key comes first.
  const key = operands[0];
  if (!key) return undefined;
  if (operands.length === 1 && !unsetting) return undefined; // `git config KEY` reads it
  if (plainKey(key.value)) return undefined;
  return opaque('sets configuration that can make git run a program, read another file or contact another host', key.value);
}
