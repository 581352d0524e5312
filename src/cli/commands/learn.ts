// agent-policy-lint learn --agent-log GLOB...: the least-privilege policy the logs call for, or
// with --diff, what the current policy lacks for them and what it grants that nobody used.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseFlags } from '../args.js';
import { UsageError } from '../../errors.js';
import { findRepoRoot, loadPolicySet } from '../../policy/index.js';
import { resolveLogs } from '../../replay/files.js';
import { compilePolicy } from '../../engine/index.js';
import { learnPolicy } from '../../native/learn/learn.js';
import { diffPolicy, type PolicyDiff } from '../../native/learn/diff.js';
import { formatNotes } from '../notes.js';

export const LEARN_USAGE = `Usage: agent-policy-lint learn --agent-log GLOB... [--output FILE] [--diff]

Proposes the least-privilege policy that covers what the logged agents did (any log format the
replay reads): paths as the tightest directory globs, commands as program and subcommand
prefixes, hosts exactly. Forced pushes, recursive deletes, sensitive files and CI or
infrastructure changes become approval rules; sensitive files and dangerous commands no log
touched are denied. Each rule's comment says how often and when it was seen.

Options:
      --agent-log GLOB   a log to learn from (repeatable, globs allowed, - for stdin); logs may
                         also be named without the flag
  -o, --output FILE      write the policy to FILE (default: stdout); an existing file is kept
                         unless --force
      --force            overwrite --output FILE
      --diff             compare with the current policy instead: the smallest additions that let
                         the logs pass, and the rules no log exercised
  -c, --config FILE      the current policy for --diff (default: .agent-policy.yml found upwards)
      --root DIR         repository the logs are about (default: the git root of the working directory)
  -h, --help             show this help`;

export async function run(argv: string[], cwd: string): Promise<number> {
  const { values, positionals } = parseFlags(
    {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'agent-log': { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        diff: { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'learn',
  );
  if (values.help) {
    process.stdout.write(LEARN_USAGE + '\n');
    return 0;
  }
  const patterns = [...(values['agent-log'] ?? []), ...positionals];
  if (patterns.length === 0) throw new UsageError('learn needs at least one log: --agent-log GLOB', 'Run agent-policy-lint learn --help for the options.');
  const logs = resolveLogs(patterns, cwd);
  process.stderr.write(formatNotes(logs.findings, cwd));
  if (logs.files.length === 0) throw new UsageError('no log file matched', 'Name the logs with --agent-log GLOB (quote the glob).');

  let root = values.root ? resolve(cwd, values.root) : (findRepoRoot(cwd) ?? cwd);
  const current = values.diff ? await loadPolicySet({ cwd, config: values.config }) : undefined;
  if (current) {
    if (!current.set) throw new UsageError('--diff needs a usable policy (.agent-policy.yml)', 'Run agent-policy-lint to see what is wrong with the policy.');
    root = current.set.root.root;
  }
  const learned = await learnPolicy({ logs: logs.files, root });
  process.stderr.write(formatNotes(learned.findings, cwd));
  process.stderr.write(`learned from ${learned.observations.length} logged actions in ${logs.files.length} log${logs.files.length === 1 ? '' : 's'}\n`);

  if (current?.set) {
    if (!learned.compiled) throw new UsageError('the learned policy does not compile; run without --diff to see it');
    process.stdout.write(formatDiff(diffPolicy(compilePolicy(current.set), current.set, learned.compiled, learned.observations), cwd));
    return 0;
  }
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), learned.yaml, { flag: values.force ? 'w' : 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'EEXIST' ? `${values.output} exists: pass --force to overwrite it` : `cannot write ${values.output}: ${code ?? (e as Error).message}`);
    }
    process.stderr.write(`Wrote ${values.output}\n`);
  } else process.stdout.write(learned.yaml);
  return 0;
}

function formatDiff(diff: PolicyDiff, cwd: string): string {
  const at = (file: string, line: number, column?: number): string => `${relative(cwd, file) || file}:${line}${column ? `:${column}` : ''}`;
  const out: string[] = [];
  if (diff.additions.length === 0 && diff.blocked.length === 0) out.push('Every logged action passes the current policy: nothing to add.');
  if (diff.additions.length > 0) {
    out.push('Add to let every logged action pass:');
    const byList = new Map<string, typeof diff.additions>();
    for (const a of diff.additions) byList.set(a.list, [...(byList.get(a.list) ?? []), a]);
    for (const [list, adds] of byList) {
      out.push(`  ${list}:`);
      for (const a of adds) out.push(`    - ${JSON.stringify(a.pattern)}   # needed by ${a.needed} logged action${a.needed === 1 ? '' : 's'}`);
    }
  }
  if (diff.blocked.length > 0) {
    out.push('', 'Denied by a rule of the policy (only changing that rule would let them pass):');
    for (const b of diff.blocked) {
      const o = b.rule.origin!;
      out.push(`  ${at(b.observation.file, b.observation.line)}  ${b.rule.subject}  denied by ${at(o.file, o.line, o.column)} ${JSON.stringify(b.rule.pattern)}`);
    }
  }
  out.push('', diff.unused.length === 0 ? 'Every grant of the policy was used by some logged action.' : 'Granted, but no logged action used it:');
  for (const u of diff.unused) out.push(`  ${at(u.origin.file, u.origin.line, u.origin.column)}  ${u.list}  ${JSON.stringify(u.pattern)}`);
  return out.join('\n') + '\n';
}
