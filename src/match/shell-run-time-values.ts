// The values a line gives its names, as far as they matter to what it runs: the literals it
// assigns (remembered for the readings below), the names that get text known only at run time
// (`x=$(cat f)`, `read x`), which bash must not evaluate again as code (arithmetic, a subscript:
// ./reevaluated-names.ts), and what builtins do to the followed variables (./shell-flow.ts).
// Once the whole line is read, the more commands those values may make it run: a program
// `hash -p` binds to a name, a program named by a variable not followed, `${x@P}` of a literal.
// These readings only add commands: none of them can allow what the walk found opaque.
import { ASSIGNING_BUILTINS, assignedName } from './shell-opaque.js';
import { EVALUATED_SUBSTITUTION, loopNamesOfRunTimeWords, reevaluatedNames } from './reevaluated-names.js';
import { builtinEffects, hashBindings, literalAssignment, substitute, usedName } from './shell-flow.js';
import { promptSubs, type ShellWord } from './shell-lex.js';
import type { LineState } from './shell-line-state.js';
import type { Arg } from './shell-wrappers.js';

/** `hash -p` bindings and programs named by variables read again per line (time stays linear). */
const MAX_READINGS = 16;

/** Records a literal assigned to NAME somewhere on the line (at most 8 per name: readings, not a model). */
export function rememberLiteral(state: LineState, name: string, value: string): void {
  const literals = (state.literals ??= new Map());
  const seen = literals.get(name) ?? [];
  if (seen.length < 8) literals.set(name, [...seen, value]);
}

/** NAME gets text known only at run time (none: nothing to record). */
export function runTimeValue(state: LineState, name: string | undefined): void {
  if (name) (state.runTimeValues ??= new Set()).add(name);
}

/** Records NAME of each `${NAME@P}` in a word. */
export function promptUses(state: LineState, raw: string): void {
  for (let at = raw.indexOf('@P}'); at >= 0; at = raw.indexOf('@P}', at + 1)) {
    const open = raw.lastIndexOf('${', at);
    if (open >= 0) (state.prompts ??= new Set()).add(raw.slice(open + 2, at));
  }
}

/** A program named by a variable that is not followed: each literal the line assigns to it is a reading too. */
export function rememberProgramUse(state: LineState, first: ShellWord | undefined, args: readonly Arg[]): void {
  if (first && args[0]?.dynamic && args[0].value === first.value && state.programUses.length < MAX_READINGS) state.programUses.push({ raw: first.raw, tail: args.slice(1) });
}

/** What one layer does to the variables (./shell-flow.ts) and to the names later commands run. */
export function layerEffects(state: LineState, exe: string, rest: Arg[], depth: number, certain: boolean): void {
  if (ASSIGNING_BUILTINS.has(exe)) {
    // `read x`, `mapfile a`, `printf -v x …`: the names get text known only at run time.
    for (let i = 0; i < rest.length; i++) {
      const v = rest[i]!.value;
      if (exe === 'printf') {
        if (v === '-v') runTimeValue(state, rest[i + 1]?.value);
      } else if (!v.startsWith('-')) runTimeValue(state, v);
    }
  }
  if (exe === 'hash') {
    const b = hashBindings(rest);
    if (b && state.rebinds.length < MAX_READINGS) state.rebinds.push(b);
  }
  if (exe === 'export' || exe === 'declare' || exe === 'typeset' || exe === 'readonly' || exe === 'local') {
    for (const a of rest) {
      const lit = !a.dynamic && !a.value.startsWith('-') ? literalAssignment(a.value, a.value, false) : undefined;
      if (lit) rememberLiteral(state, lit.name, lit.value);
      else if (a.dynamic) runTimeValue(state, assignedName(a.value)); // `declare x=$(…)`
    }
  }
  const vars = state.vars;
  if (!vars || vars.off) return;
  if (exe === 'set') {
    const dd = rest.findIndex((a) => a.value === '--');
    if (certain && depth === 0 && dd === 0 && rest.every((a) => !a.dynamic)) vars.positional = rest.slice(1).map((a) => a.value);
    else if (rest.length) vars.off = true;
    return;
  }
  builtinEffects(vars, exe, rest);
}

/**
 * A value known only at run time that arithmetic, a subscript or indirection evaluates again:
 * `x=$(cat f); echo $((x))` runs the `$(…)` of `a[$(…)]` if f holds it (./reevaluated-names.ts).
 */
export function reevaluatedRunTimeValues(state: LineState, text: string): void {
  // Most lines assign no value known only at run time and have no loop: no Set is made for them.
  let names = state.runTimeValues;
  if (text.includes('for') || text.includes('select')) loopNamesOfRunTimeWords(text, (names ??= new Set<string>()));
  const substitutes = text.includes('$(') || text.includes('`');
  if ((names === undefined || names.size === 0) && !substitutes) return;
  const evaluated = reevaluatedNames(text);
  if (evaluated.has(EVALUATED_SUBSTITUTION)) {
    state.problem('the output of a command substitution is evaluated again by arithmetic, an array subscript or ${!…} (an output of a[$(…)] runs the command)', text, '$(( $(…) ))');
    return;
  }
  for (const name of names ?? []) {
    if (!evaluated.has(name)) continue;
    state.problem(`${name} holds text known only at run time, which arithmetic, an array subscript or \${!…} evaluates again as code (a value of a[$(…)] runs the command)`, text, `$((${name}))`);
    return;
  }
}

/** More commands the line may run, found once the whole line is read: `hash -p` bindings and `${x@P}` of literals. */
export function readings(state: LineState): void {
  if (state.rebinds.length === 0 && state.programUses.length === 0 && !state.prompts) return; // nothing to read again
  const binds = state.rebinds.slice(0, MAX_READINGS);
  if (binds.length) {
    for (const rec of state.acc.commands.slice()) {
      for (const argv of rec.argvs) {
        const name = argv[0];
        if (!name || name.dynamic) continue;
        for (const b of binds) if (b.names.includes(name.value)) state.simple([{ value: b.path, dynamic: false }, ...argv.slice(1)], [], 1);
      }
    }
  }
  // Only more commands: the "known only at run time" problem stays, so none of this can allow.
  for (const use of state.programUses.slice(0, MAX_READINGS)) {
    const name = usedName(use.raw);
    for (const value of (name && state.literals?.get(name)) || []) {
      const fields = substitute({ env: new Map([[name!, value]]), off: false }, use.raw);
      if (fields?.length) state.simple([...fields, ...use.tail], [], 1);
    }
  }
  for (const name of state.prompts ?? []) {
    for (const value of state.literals?.get(name) ?? []) for (const sub of promptSubs(value)) state.line(sub, 1);
  }
}
