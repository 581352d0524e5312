// agent-policy-lint import --from AGENT [FILE...]: an agent's permission files as a 2.1 policy.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFlags } from '../args.js';
import { UsageError } from '../../errors.js';
import { findRepoRoot } from '../../policy/index.js';
import { importNative, parseAgentName } from '../../native/index.js';
import { formatNotes } from '../notes.js';

export const IMPORT_USAGE = `Usage: agent-policy-lint import --from claude|codex|gemini|cursor [FILE...] [--output FILE]

Turns an agent's own permission files into a version 2.1 policy, each rule with a comment naming
the native rule it came from (file:line). Never more permissive than the agent: what the policy
cannot say exactly is reported (import-approximated) and made stricter.

Options:
      --from AGENT     claude, codex, gemini or cursor (required)
  -o, --output FILE    write the policy to FILE (default: stdout); an existing file is kept
                       unless --force
      --force          overwrite --output FILE
      --root DIR       repository the policy governs (default: the git root of the working directory)
  -h, --help           show this help`;

export async function run(argv: string[], cwd: string): Promise<number> {
  const { values, positionals } = parseFlags(
    {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'import',
  );
  if (values.help) {
    process.stdout.write(IMPORT_USAGE + '\n');
    return 0;
  }
  const agent = parseAgentName(values.from, '--from');
  const root = values.root ? resolve(cwd, values.root) : (findRepoRoot(cwd) ?? cwd);
  const result = importNative({ agent, files: positionals, root, cwd });
  process.stderr.write(formatNotes(result.findings, cwd));
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), result.yaml, { flag: values.force ? 'w' : 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'EEXIST' ? `${values.output} exists: pass --force to overwrite it` : `cannot write ${values.output}: ${code ?? (e as Error).message}`);
    }
    process.stderr.write(`Wrote ${values.output}\n`);
  } else process.stdout.write(result.yaml);
  return 0;
}
