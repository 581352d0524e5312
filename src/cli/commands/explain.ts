// agent-policy-lint explain PATH… | --command CMD | --host HOST | --tool NAME
// Decides one action with the engine and shows every rule it consulted, matching ones first.
import { Chalk, type ChalkInstance } from 'chalk';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseFlags } from '../args.js';
import { UsageError } from '../../errors.js';
import type { Action, Decision, DecidingRule, FsOp, SubjectDecision } from '../../engine/types.js';
import type { Origin } from '../../policy/types.js';
import { visible } from '../../report/text.js';
import { useColor } from '../../lint/report.js';
import { linkResolver } from '../../links.js';

export const EXPLAIN_USAGE = `Usage: agent-policy-lint explain PATH...          [options]
       agent-policy-lint explain --command "CMD"    [options]
       agent-policy-lint explain --host HOST|URL    [options]
       agent-policy-lint explain --tool NAME        [options]

Decides one action against the policy and shows every rule consulted, with its file:line.

Options:
  -c, --config FILE      policy file (default: .agent-policy.yml found upwards)
  -f, --format NAME      stylish | json (default: stylish)
      --op OP            read | write | delete, for paths (default: write)
      --agent ID         decide as this agent (its trust level and own permissions apply)
      --approval ID      the action carries this human approval
      --color, --no-color
  -h, --help             show this help

Paths are relative to the current directory. Exit codes: 0 allowed, 1 denied or needs an
approval it does not have, 2 usage error or an unusable policy.`;

interface ExplainArgs {
  action: Action;
  config?: string;
  format: 'stylish' | 'json';
  color?: boolean;
}

function parse(argv: string[], cwd: string): ExplainArgs | 'help' {
  const parsed = parseFlags(
    {
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        command: { type: 'string' },
        host: { type: 'string' },
        tool: { type: 'string' },
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        op: { type: 'string', default: 'write' },
        agent: { type: 'string' },
        approval: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'explain',
  );
  const v = parsed.values;
  if (v.help) return 'help';
  const format = v.format as string;
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`explain prints stylish or json, not "${format}"`);
  const op = v.op as string;
  if (op !== 'read' && op !== 'write' && op !== 'delete') throw new UsageError(`--op expects read, write or delete (got "${op}")`);
  const given = [parsed.positionals.length > 0 && 'PATH', v.command !== undefined && '--command', v.host !== undefined && '--host', v.tool !== undefined && '--tool'].filter(Boolean);
  if (given.length === 0) throw new UsageError('explain needs something to decide: a PATH, --command, --host or --tool', 'Run agent-policy-lint explain --help for examples.');
  if (given.length > 1) throw new UsageError(`explain decides one kind of action at a time (got ${given.join(' and ')})`);
  const ctx = {
    cwd,
    ...(v.agent !== undefined ? { agentId: v.agent } : {}),
    ...(v.approval !== undefined ? { approvalId: v.approval } : {}),
  };
  let action: Action;
  if (v.command !== undefined) action = { kind: 'command', command: v.command, ...ctx };
  else if (v.host !== undefined) action = { kind: 'network', ...(v.host.includes('/') ? { url: v.host } : { host: v.host }), ...ctx };
  else if (v.tool !== undefined) action = { kind: 'tool', tool: v.tool, ...ctx };
  else action = { kind: 'filesystem', op: op as FsOp, paths: parsed.positionals, ...ctx };
  return { action, config: v.config, format, color: v['no-color'] ? false : v.color };
}

export async function run(argv: string[], cwd: string): Promise<number> {
  const args = parse(argv, cwd);
  if (args === 'help') {
    process.stdout.write(EXPLAIN_USAGE + '\n');
    return 0;
  }
  const { loadPolicySet } = await import('../../policy/index.js');
  const loaded = await loadPolicySet({ cwd, config: args.config });
  if (!loaded.set) {
    const { emitReport } = await import('../../lint/report.js');
    const { loadRulesMeta } = await import('../rules-meta.js');
    await emitReport(loaded.findings.filter((f) => f.severity === 'error'), {
      format: args.format,
      cwd,
      color: args.color,
      quiet: true,
      filesChecked: loaded.files.length,
      loadRulesMeta,
    });
    process.stderr.write('agent-policy-lint: explain needs a usable policy: fix the errors above first\n');
    return 2;
  }
  const { compilePolicy, decide } = await import('../../engine/index.js');
  const compiled = compilePolicy(loaded.set);
  // explain answers for this disk: a path with a symbolic link on it is decided as its target too.
  const decision = decide(args.action, compiled, { explain: true, linkTarget: linkResolver(compiled.root) });
  if (args.format === 'json') {
    process.stdout.write(JSON.stringify(relativeOrigins(decision, cwd), null, 2) + '\n');
  } else {
    const color = useColor(args.color, process.stdout);
    const agent = args.action.agentId !== undefined ? loaded.set.root.agents.find((a) => a.id === args.action.agentId) : undefined;
    const footer = [
      `policy ${rel(loaded.set.root.file, cwd)}${loaded.set.overrides.length ? ` + ${loaded.set.overrides.length} override${loaded.set.overrides.length === 1 ? '' : 's'}` : ''}`,
      args.action.agentId !== undefined
        ? `agent ${args.action.agentId}${agent ? (agent.trustLevel ? ` (${agent.trustLevel})` : '') : ' (not listed under agents: default permissions)'}`
        : undefined,
      args.action.approvalId !== undefined ? `approval ${args.action.approvalId}` : undefined,
    ].filter((x): x is string => x !== undefined);
    process.stdout.write(formatExplain(args.action, decision, { color, cwd, footer }));
  }
  return decision.outcome === 'allow' ? 0 : 1;
}

function rel(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const r = relative(cwd, file);
  return (r === '' ? '.' : r).split(sep).join('/');
}

function relativeOrigins(d: Decision, cwd: string): Decision {
  const fix = (o: Origin | undefined) => (o ? { ...o, file: rel(o.file, cwd) } : undefined);
  return {
    ...d,
    subjects: d.subjects.map((s) => ({ ...s, rules: s.rules.map((r) => (r.origin ? { ...r, origin: fix(r.origin) } : r)) })),
    ...(d.fileLimit?.origin ? { fileLimit: { ...d.fileLimit, origin: fix(d.fileLimit.origin) } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Stylish

function what(a: Action): string {
  switch (a.kind) {
    case 'filesystem':
      return `${a.op} ${a.paths.join(' ')}`;
    case 'command':
      return `run ${a.command.replace(/\s+/g, ' ').trim()}`;
    case 'network':
      return `reach ${a.host ?? a.url ?? ''}`;
    case 'tool':
      return `invoke ${a.tool}`;
  }
}

function verdict(d: Decision, c: ChalkInstance): string {
  switch (d.outcome) {
    case 'allow':
      return c.green.bold(d.approved ? '✔ allowed with approval' : '✔ allowed');
    case 'needs-approval':
      return c.yellow.bold('⚠ needs a human approval');
    case 'deny':
      return c.red.bold('✖ denied');
  }
}

function subjectState(s: SubjectDecision, c: ChalkInstance): string {
  switch (s.outcome) {
    case 'allow':
      return c.green(s.requiresApproval ? 'allowed with approval' : 'allowed');
    case 'needs-approval':
      return c.yellow('needs approval');
    case 'deny':
      return c.red('denied');
  }
}

const MARK: Record<DecidingRule['effect'], string> = {
  deny: '✖',
  allow: '✔',
  approval: '⚠',
  exception: '✔',
  default: '•',
  bypass: '✔',
};

function ruleRow(r: DecidingRule, s: SubjectDecision, cwd: string, c: ChalkInstance, widths: { effect: number; pattern: number }): string {
  const where = r.origin ? `${rel(r.origin.file, cwd)}:${r.origin.line}:${r.origin.column}` : 'built-in';
  const on = r.subject !== s.subject && r.subject !== '' ? `  on "${visible(r.subject)}"` : '';
  const text = `${r.effect.padEnd(widths.effect)}  ${visible(r.pattern).padEnd(widths.pattern)}  ${where}${r.matched ? on : ''}`;
  if (!r.matched) return `      ${c.dim(`· ${text}`)}`;
  const mark = MARK[r.effect];
  const paint = r.effect === 'deny' ? c.red : r.effect === 'approval' ? c.yellow : r.effect === 'default' ? c.white : c.green;
  return `      ${paint(mark)} ${text}`;
}

export function formatExplain(action: Action, d: Decision, opts: { color: boolean; cwd: string; footer?: string[] }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  out.push(`${verdict(d, c)}  ${c.bold(visible(what(action)))}`);
  // With one subject its own reason line says it all.
  if (d.subjects.length > 1) out.push(`  ${visible(d.reason)}`);
  for (const s of d.subjects) {
    out.push('');
    out.push(`  ${c.bold(s.kind)} ${visible(s.subject) || '""'}${s.via ? c.dim(` (${visible(s.via)})`) : ''}  ${subjectState(s, c)}`);
    out.push(`    ${visible(s.reason)}`);
    // Built-in defaults without a pattern are said by the reason line already.
    const rules = s.rules.filter((r) => r.pattern !== '' || r.origin);
    const shown = [...rules.filter((r) => r.matched), ...rules.filter((r) => !r.matched)];
    if (shown.length) {
      const widths = {
        effect: Math.max(...shown.map((r) => r.effect.length)),
        pattern: Math.min(40, Math.max(...shown.map((r) => visible(r.pattern).length))),
      };
      out.push(...shown.map((r) => ruleRow(r, s, opts.cwd, c, widths)));
    } else out.push(`      ${c.dim('(no rule of the policy applies)')}`);
  }
  if (d.fileLimit) {
    const l = d.fileLimit;
    out.push('', `  max_files_per_action: ${l.count} of ${l.limit}${l.exceeded ? c.yellow(' (exceeded: reported by replay)') : ''}`);
  }
  if (opts.footer?.length) out.push('', c.dim(`  ${opts.footer.map(visible).join(' · ')}`));
  return out.join('\n') + '\n';
}

/** For tests: the action explain builds from argv. */
export function explainAction(argv: string[], cwd: string): Action | 'help' {
  const a = parse(argv, resolve(cwd));
  return a === 'help' ? a : a.action;
}
