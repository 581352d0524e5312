// Drift between committed Claude Code settings and the policy: native allows that admit what the
// policy denies (with a witness Claude Code really lets through), native denies and asks the
// policy lacks, rules that can never apply, and a committed mode that switches checks off.
import type { CompiledPolicy } from '../../engine/index.js';
import type { Finding } from '../../report/finding.js';
import { decideWitness, policyExamples, type WitnessKind } from '../drift-decide.js';
import { oneLine } from '../positions.js';
import { commandExamples, globExamples } from '../witness.js';
import {
  claudeDecidesCommand,
  claudeDecidesHost,
  claudeDecidesPath,
  claudeDecidesTool,
  ruleMatchesCommand,
  ruleMatchesHost,
  ruleMatchesPath,
  ruleMatchesTool,
  type ClaudeContext,
} from './match.js';
import { readClaudePath } from './paths.js';
import { effectiveMode, type ClaudeRule, type ClaudeSettings } from './reader.js';
import { EDIT_TOOLS, READ_TOOLS, claudeCommandSpec } from './rules.js';

/** Names of Claude Code tools (current and older): a Bash rule for one of them never matches a command. */
const TOOL_NAMES = /^(?:Bash|Read|Edit|Write|MultiEdit|NotebookEdit|NotebookRead|View|Glob|Grep|LS|Task|Agent|WebFetch|WebSearch|TodoWrite|\w+Tool)$/;

interface Candidate {
  kind: WitnessKind;
  subject: string;
  op?: 'read' | 'write';
}

function candidatesFor(ctx: ClaudeContext, r: ClaudeRule, compiled: CompiledPolicy): Candidate[] {
  const { tool, specifier } = r.parsed;
  const out: Candidate[] = [];
  if (tool === 'Bash') {
    if (specifier !== undefined) {
      const spec = claudeCommandSpec(specifier);
      out.push(...commandExamples(spec.kind === 'prefix' ? `${spec.text} *` : spec.text).map((subject) => ({ kind: 'command' as const, subject })));
    }
    out.push(...policyExamples(compiled, 'command').map((subject) => ({ kind: 'command' as const, subject })));
    return out.filter((c) => ruleMatchesCommand(r, c.subject));
  }
  if (READ_TOOLS.has(tool) || EDIT_TOOLS.has(tool)) {
    const op: 'read' | 'write' = READ_TOOLS.has(tool) ? 'read' : 'write';
    if (specifier !== undefined) {
      const reading = readClaudePath(specifier, { root: ctx.root, settingsDir: r.settingsDir, home: ctx.home });
      for (const g of reading.repo) out.push(...globExamples(g).map((subject) => ({ kind: 'path' as const, subject, op })));
    }
    out.push(...policyExamples(compiled, 'path').map((subject) => ({ kind: 'path' as const, subject, op })));
    return out.filter((c) => ruleMatchesPath(ctx, r, c.subject, op));
  }
  if (tool === 'WebFetch') {
    if (specifier?.startsWith('domain:') && specifier !== 'domain:*') out.push({ kind: 'host', subject: specifier.slice(7).toLowerCase() });
    out.push(...policyExamples(compiled, 'host').map((subject) => ({ kind: 'host' as const, subject })), { kind: 'host', subject: 'example.com' });
    return out.filter((c) => ruleMatchesHost(r, c.subject));
  }
  if (specifier === undefined) {
    out.push({ kind: 'tool', subject: tool.startsWith('mcp__') && tool.split('__').length === 2 ? `${tool}__x` : tool.replace(/\*$/, 'x') });
    out.push(...policyExamples(compiled, 'tool').map((subject) => ({ kind: 'tool' as const, subject })));
    return out.filter((c) => ruleMatchesTool(r, c.subject));
  }
  return out;
}

function claudeDecides(ctx: ClaudeContext, c: Candidate): string {
  switch (c.kind) {
    case 'command':
      return claudeDecidesCommand(ctx, c.subject);
    case 'path':
      return claudeDecidesPath(ctx, c.subject, c.op ?? 'read');
    case 'host':
      return claudeDecidesHost(ctx, c.subject);
    case 'tool':
      return claudeDecidesTool(ctx, c.subject);
  }
}

const WHAT: Record<WitnessKind, string> = { command: 'the command', path: 'the path', host: 'the host', tool: 'the tool' };

export function claudeDrift(files: readonly ClaudeSettings[], compiled: CompiledPolicy, opts: { root: string; home: string }): Finding[] {
  const findings: Finding[] = [];
  const mode = effectiveMode(files);
  const ctx: ClaudeContext = { rules: files.flatMap((f) => f.rules), mode: mode?.value ?? 'default', root: opts.root, home: opts.home };
  for (const f of files) {
    findings.push(...f.findings);
    if (f.defaultMode?.value === 'bypassPermissions') {
      findings.push({
        ruleId: 'native-checks-off',
        severity: 'error',
        message: 'Claude Code settings set "defaultMode": "bypassPermissions": Claude Code runs every tool call its deny rules do not name without asking',
        hint: 'Remove defaultMode from the committed settings (use "default" or "acceptEdits").',
        file: f.file,
        line: f.defaultMode.line,
        column: f.defaultMode.column,
      });
    }
  }
  for (const r of ctx.rules) {
    const at = { file: r.file, line: r.line, column: r.column };
    const shown = oneLine(r.raw, 80);
    if (r.parsed.tool === 'Bash' && r.parsed.specifier !== undefined) {
      const program = claudeCommandSpec(r.parsed.specifier).text.split(' ')[0] ?? '';
      if (TOOL_NAMES.test(program)) {
        findings.push({
          ...at,
          ruleId: 'native-rule-never-applies',
          severity: 'warning',
          message: `"${shown}" names the Claude Code tool "${program}" as a shell program: it matches no command Claude runs`,
          hint: `Write a tool rule instead, e.g. "${program.replace(/Tool$/, '')}".`,
        });
        continue;
      }
    }
    const candidates = candidatesFor(ctx, r, compiled).filter((c) => (r.effect === 'allow' ? claudeDecides(ctx, c) === 'allow' : true));
    if (r.effect === 'allow') {
      let approval: { c: Candidate; reason: string } | undefined;
      let reported = false;
      for (const c of candidates) {
        const d = decideWitness(compiled, c.kind, c.subject, c.op);
        if (d.outcome === 'deny') {
          findings.push({
            ...at,
            ruleId: 'native-allows-denied',
            severity: 'error',
            message: `Claude Code's "${shown}" allows ${WHAT[c.kind]} "${c.subject}" without asking, but the policy denies it: ${d.reason}`,
            hint: 'Narrow or delete the native rule, or run agent-policy-lint export --to claude --write.',
            witness: c.subject,
            related: d.origin ? [{ ...d.origin, message: 'the policy rule that denies it' }] : undefined,
          });
          reported = true;
          break;
        }
        if (d.outcome === 'needs-approval' && !approval) approval = { c, reason: d.reason };
      }
      if (!reported && approval) {
        findings.push({
          ...at,
          ruleId: 'native-allows-denied',
          severity: 'warning',
          message: `Claude Code's "${shown}" runs ${WHAT[approval.c.kind]} "${approval.c.subject}" without the approval the policy requires: ${approval.reason}`,
          hint: 'Move the rule to "ask", or run agent-policy-lint export --to claude --write.',
          witness: approval.c.subject,
        });
      }
      continue;
    }
    // deny and ask: the agent is stricter than the policy where the policy allows the rule's own example.
    const own = candidates.find((c) => decideWitness(compiled, c.kind, c.subject, c.op).outcome === 'allow');
    if (own) {
      findings.push({
        ...at,
        ruleId: 'native-stricter',
        severity: 'info',
        message: `Claude Code ${r.effect === 'deny' ? 'denies' : 'asks about'} "${shown}" (e.g. ${WHAT[own.kind]} "${own.subject}"), which the policy allows`,
        hint: 'Add the restriction to the policy if it should bind every agent.',
        witness: own.subject,
      });
    }
  }
  return findings;
}

