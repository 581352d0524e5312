// Claude Code settings -> a draft policy that is never more permissive than Claude Code is with
// them (docs/native.md has the table). Claude evaluates deny, then ask, then allow; anything else
// gets the mode's default: in `default` mode reads in the project run, edits, commands, web
// fetches and MCP tools ask. What the policy cannot say exactly is an import-approximated finding,
// and the approximation is always the stricter one.
import { homedir } from 'node:os';
import { relative, sep } from 'node:path';
import type { Finding } from '../../report/finding.js';
import { hostPatternError } from '../../match/host.js';
import { RUNNER_PROGRAMS, commandDefaults, networkDefaults, toolDefaults, writeDefaults, type Default, type DefaultsContext } from '../defaults.js';
import { oneLine } from '../positions.js';
import { addApproval, addRule, emptyDraft, type ImportResult, type NativePlace } from '../types.js';
import { allowPattern, denyPattern } from './commands.js';
import { readClaudePath } from './paths.js';
import { effectiveMode, type ClaudeRule, type ClaudeSettings } from './reader.js';
import { EDIT_TOOLS, READ_TOOLS, isMcpName } from './rules.js';

/** Claude Code strips timeout, nice and nohup before matching; it matches the other runners' whole lines. */
export const CLAUDE_UNSTRIPPED_RUNNERS = RUNNER_PROGRAMS.filter((p) => !['timeout', 'nice', 'nohup'].includes(p));

/** Tools Claude Code runs without asking (read-only). */
const NO_PERMISSION_TOOLS = ['Glob', 'Grep', 'LS', 'TodoWrite'];

export interface ClaudeImportOptions {
  /** Absolute repository root the policy will govern. */
  root: string;
  /** Where file names in comments are shown from. */
  cwd: string;
  home?: string;
}

export function importClaude(files: readonly ClaudeSettings[], opts: ClaudeImportOptions): ImportResult {
  const home = opts.home ?? homedir();
  const shown = (f: string): string => relative(opts.cwd, f).split(sep).join('/') || f;
  const src = (r: NativePlace & { raw: string }): string => `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`;
  const draft = emptyDraft([`Imported from Claude Code settings: ${files.map((f) => shown(f.file)).join(', ')}`]);
  const findings: Finding[] = files.flatMap((f) => f.findings);
  const approx = (at: NativePlace, message: string, hint?: string): void => {
    findings.push({ ruleId: 'import-approximated', severity: 'info', message, hint, file: at.file, line: at.line, column: at.column });
  };

  const mode = effectiveMode(files);
  const modeName = mode?.value ?? 'default';
  const bypass = modeName === 'bypassPermissions';
  const acceptEdits = bypass || modeName === 'acceptEdits';
  const neverAsk = modeName === 'dontAsk';
  const planOnly = modeName === 'plan';
  if (mode && bypass) {
    approx(mode, 'defaultMode "bypassPermissions" lets Claude Code run everything its deny rules do not name; the imported policy keeps only the denies and asks', 'Review the result: a policy is meant to say what the agent may do.');
  }

  const rules = files.flatMap((f) => f.rules);
  let bashAll = bypass;
  let webAll = bypass;
  const editAll = new Set<string>();
  const commandAllows: string[] = [];
  const mcpAllows: string[] = [];
  const toolAllows: string[] = [];

  for (const r of rules) {
    const { tool, specifier } = r.parsed;
    const source = src(r);
    if (tool === 'Bash') {
      if (specifier === undefined) {
        if (r.effect === 'allow') bashAll = true;
        else if (r.effect === 'deny') addRule(draft.commands.deny, '*', source);
        else addApproval(draft.approvals, 'command', '*', source);
        continue;
      }
      if (r.effect === 'allow') {
        const t = allowPattern(specifier);
        if ('pattern' in t) {
          addRule(draft.commands.allow, t.pattern, source);
          commandAllows.push(t.pattern);
          if (t.shrunk) approx(r, `"${oneLine(r.raw, 60)}" is imported as ${t.shrunk}`);
        } else approx(r, `"${oneLine(r.raw, 60)}" is left out of commands.allow: ${t.why}`, 'Add a policy pattern by hand if the command should run without approval.');
        continue;
      }
      const d = denyPattern(specifier);
      if (d.widened) approx(r, `"${oneLine(r.raw, 60)}" is imported as a ${r.effect === 'deny' ? 'deny' : 'approval'} of ${d.widened}`);
      if (r.effect === 'deny') addRule(draft.commands.deny, d.pattern, source);
      else addApproval(draft.approvals, 'command', d.pattern, source);
      continue;
    }
    if (READ_TOOLS.has(tool) || EDIT_TOOLS.has(tool)) {
      const reads = READ_TOOLS.has(tool);
      if (specifier === undefined) {
        if (r.effect === 'allow') {
          if (!reads) editAll.add(tool);
        } else if (r.effect === 'deny' || reads) {
          if (r.effect === 'ask') approx(r, `"${r.raw}" (ask) is imported as a deny of every path: the policy gates writes, not reads`);
          addRule(draft.filesystem.deny, '**', source);
        } else addApproval(draft.approvals, 'file', '**', source);
        continue;
      }
      const reading = readClaudePath(specifier, { root: opts.root, settingsDir: r.settingsDir, home });
      if (r.effect === 'allow') {
        if (reads && !reading.outside) continue; // reads in the project run anyway
        approx(
          r,
          reads
            ? `"${oneLine(r.raw, 60)}" allows reads outside the repository; the policy denies paths outside the repository`
            : `"${oneLine(r.raw, 60)}" is not imported as an allow: the policy cannot let some writes run while the others need approval, so these writes need approval too`,
        );
        continue;
      }
      if (reading.repo.length === 0) continue; // only outside the repository, which the policy denies anyway
      if (!reading.exact) approx(r, `"${oneLine(r.raw, 60)}" is imported as ${reading.repo.map((p) => `"${p}"`).join(', ')}, which covers more paths`);
      if (r.effect === 'deny' || reads) {
        if (r.effect === 'ask') approx(r, `"${oneLine(r.raw, 60)}" (ask) is imported as a deny: the policy gates writes, not reads`);
        for (const p of reading.repo) addRule(draft.filesystem.deny, p, source);
      } else for (const p of reading.repo) addApproval(draft.approvals, 'file', p, source);
      continue;
    }
    if (tool === 'WebFetch') {
      const domain = specifier?.startsWith('domain:') ? specifier.slice('domain:'.length).trim().toLowerCase() : undefined;
      if (specifier === undefined || domain === '*') {
        if (r.effect === 'allow') webAll = true;
        else if (r.effect === 'deny') addRule(draft.network.deny, '*', source);
        else addApproval(draft.approvals, 'host', '*', source);
        continue;
      }
      if (!domain || hostPatternError(domain) !== undefined) {
        if (r.effect === 'allow') approx(r, `"${oneLine(r.raw, 60)}" is not a WebFetch(domain:…) rule the policy can read; left out`);
        else {
          approx(r, `"${oneLine(r.raw, 60)}" is not a WebFetch(domain:…) rule the policy can read; imported as a ${r.effect} of every host`);
          if (r.effect === 'deny') addRule(draft.network.deny, '*', source);
          else addApproval(draft.approvals, 'host', '*', source);
        }
        continue;
      }
      if (r.effect === 'allow') addRule(draft.network.exceptions, domain, source);
      else {
        // Sub-domains too: wider, never narrower.
        const hosts = domain.startsWith('*.') ? [domain] : [domain, `*.${domain}`];
        for (const h of hosts) {
          if (r.effect === 'deny') addRule(draft.network.deny, h, source);
          else addApproval(draft.approvals, 'host', h, source);
        }
      }
      continue;
    }
    // MCP tools and every other tool are decided by name.
    const name = isMcpName(tool) && tool.split('__').length === 2 ? `${tool}__*` : tool;
    if (specifier !== undefined && r.effect === 'allow') {
      approx(r, `"${oneLine(r.raw, 60)}" limits ${tool} to some uses, which the policy cannot say; left out`);
      continue;
    }
    if (r.effect === 'allow') (isMcpName(tool) ? mcpAllows : toolAllows).push(name);
    if (r.effect === 'allow') addRule(draft.tools.allow, name, source);
    else if (r.effect === 'deny') addRule(draft.tools.deny, name, source);
    else addApproval(draft.approvals, 'tool', name, source);
  }

  const place = mode ?? (rules[0] as NativePlace | undefined) ?? { file: files[0]?.file ?? '', line: 0, column: 0 };
  const ctx: DefaultsContext = { draft, place, findings, source: `Claude Code's ${modeName} mode${mode ? ` (${shown(mode.file)}:${mode.line})` : ''}` };
  const unmatched: Default = bypass ? 'allow' : neverAsk || planOnly ? 'deny' : 'ask';
  commandDefaults(ctx, bashAll ? 'allow' : unmatched, commandAllows, CLAUDE_UNSTRIPPED_RUNNERS);
  if (acceptEdits || (editAll.has('Edit') && editAll.has('Write'))) {
    if (!acceptEdits && !editAll.has('NotebookEdit')) addApproval(draft.approvals, 'file', '*.ipynb', `${ctx.source}: notebook edits ask`);
  } else writeDefaults(ctx, unmatched);
  networkDefaults(ctx, webAll ? 'allow' : unmatched);
  toolDefaults(ctx, unmatched, NO_PERMISSION_TOOLS);
  return { draft, findings };
}
