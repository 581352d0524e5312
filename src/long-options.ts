// What node:util's parseArgs gives for the plainest command lines, without loading its parser:
// a hook start pays about 1 ms to load that module for `--staged` or `--agent claude`.
import type { ParseArgsConfig } from 'node:util';

/**
 * parseArgs(config)'s result when every argument is a long option of the config that is not
 * `multiple`: a boolean as `--name`, a string as `--name value` (a value not starting with `-`)
 * or `--name=value`; the others at their defaults, no positionals. Undefined for anything else
 * (short options, positionals, `--`, unknown options, tokens): then parseArgs itself must answer.
 * test/cli/parse-flags.test.ts compares the two.
 */
export function plainLongOptions(config: ParseArgsConfig): { values: Record<string, unknown>; positionals: string[] } | undefined {
  const options = config.options ?? {};
  const args = config.args;
  if (!args || config.tokens) return undefined;
  const values: Record<string, unknown> = Object.create(null);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') return undefined;
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const option = Object.hasOwn(options, name) ? options[name]! : undefined;
    if (!option || option.multiple) return undefined;
    if (option.type === 'boolean') {
      if (eq >= 0) return undefined;
      values[name] = true;
    } else if (eq >= 0) {
      values[name] = arg.slice(eq + 1);
    } else {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) return undefined;
      values[name] = value;
      i++;
    }
  }
  for (const [name, option] of Object.entries(options)) if (!(name in values) && option.default !== undefined) values[name] = option.default;
  return { values, positionals: [] };
}
