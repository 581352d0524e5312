// parseFlags answers arguments that are all boolean long options without node:util's parser (a
// hook start would load its module for `--staged`): it must give exactly what parseArgs gives,
// and leave everything else, errors included, to parseArgs.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli/args.js';

const OPTIONS: ParseArgsConfig['options'] = {
  config: { type: 'string', short: 'c' },
  'agent-log': { type: 'string', multiple: true, default: [] },
  format: { type: 'string', short: 'f', default: 'stylish' },
  staged: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  many: { type: 'boolean', multiple: true },
};

const config = (args: string[]): ParseArgsConfig => ({ args, options: OPTIONS, allowPositionals: true, strict: true });
const plain = (r: { values: object; positionals: string[] }) => ({ values: { ...r.values }, positionals: r.positionals });
const outcome = (f: () => { values: object; positionals: string[] }) => {
  try {
    return plain(f());
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] };
  }
};

describe('parseFlags', () => {
  it('gives what parseArgs gives, on boolean long options and on everything else', () => {
    for (const args of [
      [],
      ['--staged'],
      ['--staged', '--quiet'],
      ['--staged', '--staged'],
      ['--color', '--no-color'],
      ['--many'],
      ['-q'],
      ['--staged', 'x'],
      ['--format', 'json', '--staged'],
      ['--format=json'],
      ['--'],
      ['--', '--staged'],
      ['--staged=true'],
      ['--unknown'],
      ['--constructor'],
      ['--__proto__'],
      ['-'],
    ]) {
      expect([args, outcome(() => parseFlags(config(args)))]).toEqual([args, outcome(() => parseArgs(config(args)))]);
    }
  });

  it('turns the parser\'s errors into usage errors', () => {
    expect(() => parseFlags(config(['--unknown']))).toThrow(/unknown/i);
    expect(() => parseFlags(config(['--staged=1']))).toThrow();
  });
});
