// Program, subcommand and option names come from the command line and index the programs' tables
// (data/programs.json, data/program-hazards.json, the wrapper and interpreter tables): a command
// named like a property every object has (`constructor`, `toString`, `__proto__`) must be read
// as an unknown program, never crash the CLI nor borrow another entry. Through the built CLI.
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

const POLICY = `version: "2.1"
default_permissions:
  commands:
    allow: ["toString", "constructor x", "ls *"]
    deny: ["__proto__ -rf", "git constructor --force", "hasOwnProperty --delete"]
`;

const CASES: [string, 'allow' | 'deny' | 'needs-approval'][] = [
  ['constructor x', 'allow'],
  ['toString', 'allow'],
  // Read as the interpreter table once did, `toString -e` would look up options of Object.prototype.toString.
  ['toString -e x', 'allow'],
  ['__proto__ -rf', 'deny'],
  // Options as a set: the deny still matches when the program has no model.
  ['__proto__ -r -f', 'deny'],
  ['__proto__ -fr x', 'deny'],
  ['git constructor --force', 'deny'],
  ['git constructor -f', 'deny'],
  ['git __proto__ x', 'deny'],
  ['hasOwnProperty --delete', 'deny'],
  ['valueOf -rf', 'deny'],
  ['constructor -C . x', 'deny'],
  ['env -C __proto__ constructor x', 'allow'],
  ['sudo -u __proto__ toString -rf', 'allow'],
  ['python -c x; __proto__ x', 'deny'],
];

describe('commands named like Object.prototype properties (built CLI)', () => {
  const dir = tempTree({ '.agent-policy.yml': POLICY });
  for (const [command, expected] of CASES) {
    it(`explain --command '${command}' -> ${expected}`, () => {
      const r = runCli(['explain', '--command', command, '--format', 'json'], { cwd: dir });
      expect(hasStackTrace(r.stdout + r.stderr), r.stderr).toBe(false);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(JSON.parse(r.stdout).outcome, r.stdout).toBe(expected);
      expect(r.code).toBe(expected === 'allow' ? 0 : 1);
    });
  }
});
