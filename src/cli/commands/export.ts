// agent-policy-lint export --to claude|codex|gemini|cursor [--write]: the agent's permission file made from the policy.
import { relative } from 'node:path';
import { parseFlags } from '../args.js';
import { UsageError } from '../../errors.js';
import { loadPolicySet } from '../../policy/index.js';
import { parseAgentName } from '../../native/index.js';
import { exportNative, writeExport } from '../../native/export.js';

export const EXPORT_USAGE = `Usage: agent-policy-lint export --to claude|codex|gemini|cursor [--write] [--agent ID] [--config FILE]

Prints the agent's native permission file made from the policy. Never wider than the policy:
what the file cannot say is listed on stderr as enforced by the agent-policy-lint hook only.

Options:
      --to AGENT       claude (.claude/settings.json), codex (.codex/rules/agent-policy.rules),
                       gemini (.gemini/policies/agent-policy.toml), cursor (.cursor/cli.json)
      --write          write into the repository: JSON files are merged (other keys and comments
                       kept); the Codex and Gemini files are agent-policy-lint's own, rewritten
      --agent ID       export for this agent of the policy
  -c, --config FILE    the policy (default: .agent-policy.yml found upwards)
  -h, --help           show this help`;

export async function run(argv: string[], cwd: string): Promise<number> {
  const { values } = parseFlags(
    {
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        to: { type: 'string' },
        write: { type: 'boolean', default: false },
        agent: { type: 'string' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'export',
  );
  if (values.help) {
    process.stdout.write(EXPORT_USAGE + '\n');
    return 0;
  }
  const agent = parseAgentName(values.to, '--to');
  const loaded = await loadPolicySet({ cwd, config: values.config });
  if (!loaded.set) throw new UsageError('no usable policy found (.agent-policy.yml)', 'Run agent-policy-lint to see what is wrong with the policy.');
  const result = exportNative(loaded.set, agent, { agentId: values.agent });
  for (const h of result.hookOnly) process.stderr.write(`enforced by the agent-policy-lint hook only: ${h}\n`);
  if (result.hookOnly.length > 0) process.stderr.write(`The hook enforces these only where it runs: agent-policy-lint init --agent ${agent} installs it.\n`);
  if (values.write) {
    const file = writeExport(loaded.set.root.root, agent, result);
    process.stderr.write(`Wrote ${relative(cwd, file) || file}\n`);
  } else process.stdout.write(result.text);
  return 0;
}
