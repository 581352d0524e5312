// Being opaque must not make a deny approvable (SPEC 3: a deny matches when SOME expansion does).
// Code the engine cannot follow exactly (`runuser -u bob -- rm -rf x`, `fish -c 'rm -rf x'`,
// `x='a[$(rm -rf x)]'; echo $((x))`) may still be seen to run a command a deny names. Each
// reading it may have is matched against the denies: every tail of its words (a program that
// runs "the rest of its arguments"), and every word that holds shell code (a `-c` string, a
// callback, text that arithmetic or a subscript evaluates). A reading the program does not
// actually have only turns needs-approval into deny: never an allow.
import { analyzeCommand, type CommandProblem, type SimpleCommand } from '../match/command.js';
import { executableName } from '../match/program-name.js';
import { lexShell } from '../match/shell-lex.js';
import type { Arg } from '../match/shell-wrappers.js';
import { soundMatch } from '../command/sound-match.js';
import type { Level } from './compile.js';
import type { DecisionContext } from './context.js';
import { cite, decidingRule, levelName } from './rules-out.js';
import type { SubjectDecision } from './types.js';

/** Longer opaque fragments, or more words, are not read this way (time stays linear): they stay opaque. */
const MAX_TEXT = 4096;
const MAX_WORDS = 64;
/** Words analysed as shell code per fragment. */
const MAX_CODE_WORDS = 16;

/** The commands the fragment may run, by the readings above. */
function readings(text: string): SimpleCommand[] {
  if (text.length > MAX_TEXT) return [];
  const lex = lexShell(text);
  if (lex.error) return [];
  const words = lex.words.slice(0, MAX_WORDS);
  const out: SimpleCommand[] = [];
  for (let i = 1; i < words.length; i++) {
    const argv: Arg[] = words.slice(i).map((w) => ({ value: w.value, dynamic: w.dynamic || w.glob }));
    // `--to-command=rm -rf x`, `ProxyCommand=rm …`, `alias.x=!rm …`, git's `!rm …`, vim's `:!rm …`
    // and `+!rm …`: the command may start after the `=` or the `!`.
    if (!argv[0]!.dynamic) {
      const v = argv[0]!.value;
      const eq = v.indexOf('=');
      const after = (eq > 0 ? v.slice(eq + 1) : v).replace(/^[:+]?!/, '');
      if (after && after !== v && !after.startsWith('-')) {
        const tail = [{ value: after, dynamic: false }, ...argv.slice(1)];
        out.push({ layers: [[executableName(after), ...tail.slice(1).map((a) => a.value)].join(' ')], argvs: [tail], delegates: false });
      }
    }
    const name = argv[0]!;
    if (name.dynamic || name.value.startsWith('-')) continue;
    const layer = [executableName(name.value), ...argv.slice(1).map((a) => a.value)].join(' ');
    out.push({ layers: [layer], argvs: [argv], delegates: false });
  }
  let code = 0;
  for (const w of words) {
    for (const text of codeTexts(w.value)) {
      if (code >= MAX_CODE_WORDS) break;
      if (!/[\s$`;|&]/.test(text)) continue;
      code++;
      const a = analyzeCommand(text);
      out.push(...a.commands);
    }
  }
  return out;
}

/**
 * The texts of a word that may be shell code: the word, and the value of an option or setting
 * that holds a command (`--to-command=rm -rf x`, `ProxyCommand=rm -rf x`, `alias.x=!rm -rf x`,
 * whose leading `!` git drops before running it).
 */
function codeTexts(word: string): string[] {
  const eq = word.indexOf('=');
  if (eq < 0) return [word];
  const value = word.slice(eq + 1);
  return [word, value.startsWith('!') ? value.slice(1) : value];
}

/** A deny some reading of the opaque fragment meets, as a deny verdict; undefined when none does. */
export function opaqueDenied(context: DecisionContext, problem: CommandProblem, overrides: readonly Level[]): SubjectDecision | undefined {
  const { policy, agent } = context;
  const levels = [policy.rootLevel, ...overrides, ...(agent?.level ? [agent.level] : [])];
  if (!levels.some((l) => l.commands.deny.rules.length > 0)) return undefined;
  for (const c of readings(problem.command)) {
    for (const l of levels) {
      const hit = l.commands.deny.first(c.layers) ?? soundMatch(l.commands.deny.rules, c, true);
      if (!hit) continue;
      const shown = problem.command;
      return {
        subject: shown,
        kind: 'command',
        outcome: 'deny',
        allowed: false,
        requiresApproval: false,
        reason: `${problem.reason}; it may run "${hit.layer}", denied by ${levelName(l)}: commands.deny ${cite(policy, hit.rule)}`,
        rules: [decidingRule('deny', hit.rule, hit.layer, true)],
      };
    }
  }
  return undefined;
}
