// parseFlags (the CLI) and the runtime guard answer the plainest command lines without node:util's
// parser (src/long-options.ts: a hook start would load its module for `--staged` or `--agent
// claude`): they must give exactly what parseArgs gives, and leave everything else, errors
// included, to parseArgs.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli/args.js';
import { plainLongOptions } from '../../src/long-options.js';

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
      ['--format', 'json'],
      ['--format=json', '--staged'],
      ['--format='],
      ['--format', 'json', '--format', 'sarif'],
      ['--format', '-x'],
      ['--format', '--staged'],
      ['--format'],
      ['--staged', '--format'],
      ['--agent-log', 'a.jsonl'],
      ['--config', 'p.yml', '--staged', 'extra'],
      ['--staged=true'],
      ['--unknown'],
      ['--constructor'],
      ['--__proto__'],
      ['-'],
    ]) {
      expect([args, outcome(() => parseFlags(config(args)))]).toEqual([args, outcome(() => parseArgs(config(args)))]);
    }
  });

  it('the guard\'s options: the fast reading is parseArgs\' wherever it answers', () => {
    const guard = (args: string[]): ParseArgsConfig => ({
      args,
      strict: true,
      allowPositionals: false,
      options: { agent: { type: 'string' }, event: { type: 'string' }, 'agent-id': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    for (const args of [['--agent', 'claude'], ['--agent=codex', '--event', 'preToolUse'], ['--agent', 'cursor', '--agent-id', 'bot'], ['--help'], ['-h'], ['--agent'], ['--agent', '--help'], ['claude'], ['--agent', 'claude', '--bogus']]) {
      const fast = plainLongOptions(guard(args));
      if (fast) expect([args, plain(fast)]).toEqual([args, plain(parseArgs(guard(args)))]);
    }
    expect(plainLongOptions(guard(['--agent', 'claude']))?.values).toEqual(Object.assign(Object.create(null), { agent: 'claude' }));
  });

  it('turns the parser\'s errors into usage errors', () => {
    expect(() => parseFlags(config(['--unknown']))).toThrow(/unknown/i);
    expect(() => parseFlags(config(['--staged=1']))).toThrow();
  });
});
