// Codex rules and config -> a draft policy never more permissive than Codex with them. Codex
// takes the strictest decision of the matching prefix rules (forbidden > prompt > allow); what
// no rule names follows approval_policy and sandbox_mode.
import { relative, sep } from 'node:path';
import type { Finding } from '../../report/finding.js';
import { RUNNER_PROGRAMS, approximated, commandDefaults, networkDefaults, toolDefaults, writeDefaults, type Default, type DefaultsContext } from '../defaults.js';
import { oneLine } from '../positions.js';
import { allowWords, denyWords, expandAlternatives } from '../token-patterns.js';
import { addApproval, addRule, emptyDraft, type ImportResult, type NativePlace } from '../types.js';
import type { CodexConfig, CodexRule } from './reader.js';

/** What Codex does with what no rule names, from its config (unset: the stricter reading). */
export function codexDefaults(config: CodexConfig | undefined): { commands: Default; writes: Default; network: Default } {
  const approval = config?.approvalPolicy?.value;
  const sandbox = config?.sandboxMode?.value;
  const fullAccess = sandbox === 'danger-full-access';
  const never = approval === 'never';
  return {
    // approval_policy never runs commands without asking; only without a sandbox is that "allow" here.
    commands: never && fullAccess ? 'allow' : 'ask',
    writes: fullAccess || sandbox === 'workspace-write' ? 'allow' : never ? 'deny' : 'ask',
    network: fullAccess || (sandbox === 'workspace-write' && config?.networkAccess === true) ? 'allow' : 'deny',
  };
}

export function importCodex(rules: readonly CodexRule[], config: CodexConfig | undefined, readFindings: readonly Finding[], opts: { cwd: string }): ImportResult {
  const shown = (f: string): string => relative(opts.cwd, f).split(sep).join('/') || f;
  const files = [...new Set([...(config ? [config.file] : []), ...rules.map((r) => r.file)])];
  const draft = emptyDraft([`Imported from Codex rules and config: ${files.map(shown).join(', ')}`]);
  const findings: Finding[] = [...readFindings, ...(config?.findings ?? [])];
  const allows: string[] = [];
  for (const r of rules) {
    const source = `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`;
    const combos = expandAlternatives(r.pattern);
    if (!combos) {
      if (r.effect === 'allow') approximated(findings, r, `${oneLine(r.raw, 60)} has too many alternatives to list; left out of commands.allow`);
      else {
        const programs = [...new Set(r.pattern[0]!)];
        approximated(findings, r, `${oneLine(r.raw, 60)} has too many alternatives to list; imported as its programs ${programs.join(', ')}`);
        for (const p of programs) {
          const d = denyWords([p]);
          if (r.effect === 'deny') addRule(draft.commands.deny, d.pattern, source);
          else addApproval(draft.approvals, 'command', d.pattern, source);
        }
      }
      continue;
    }
    for (const words of combos) {
      if (r.effect === 'allow') {
        const t = allowWords(words);
        if ('pattern' in t) {
          addRule(draft.commands.allow, t.pattern, source);
          allows.push(t.pattern);
        } else approximated(findings, r, `${oneLine(words.join(' '), 60)} is left out of commands.allow: ${t.why}`);
        continue;
      }
      const d = denyWords(words);
      if (d.widened) approximated(findings, r, `${oneLine(words.join(' '), 60)} is imported as a ${r.effect === 'deny' ? 'deny' : 'approval'} of ${d.widened}`);
      if (r.effect === 'deny') addRule(draft.commands.deny, d.pattern, source);
      else addApproval(draft.approvals, 'command', d.pattern, source);
    }
  }
  const defaults = codexDefaults(config);
  const place: NativePlace = config?.approvalPolicy ?? config?.sandboxMode ?? rules[0] ?? { file: files[0] ?? '', line: 0, column: 0 };
  const settings = [config?.approvalPolicy && `approval_policy ${config.approvalPolicy.value}`, config?.sandboxMode && `sandbox_mode ${config.sandboxMode.value}`].filter(Boolean).join(', ');
  const ctx: DefaultsContext = { draft, place, findings, source: `Codex defaults${settings ? ` (${settings})` : ''}` };
  commandDefaults(ctx, defaults.commands, allows, RUNNER_PROGRAMS);
  writeDefaults(ctx, defaults.writes);
  networkDefaults(ctx, defaults.network);
  toolDefaults(ctx, defaults.commands === 'allow' ? 'allow' : 'ask', []);
  return { draft, findings };
}
