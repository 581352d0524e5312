// Gemini CLI policy rules -> a draft policy never more permissive than Gemini CLI with them.
// Gemini applies the highest-priority matching rule; the policy lets every deny win, which is
// never more permissive. What no rule names asks (default approval mode).
import { relative, sep } from 'node:path';
import type { Finding } from '../../report/finding.js';
import { RUNNER_PROGRAMS, approximated, commandDefaults, networkDefaults, toolDefaults, writeDefaults, type DefaultsContext } from '../defaults.js';
import { oneLine } from '../positions.js';
import { allowWords, denyWords } from '../token-patterns.js';
import { addApproval, addRule, emptyDraft, type ImportResult, type NativePlace } from '../types.js';
import type { GeminiRule } from './reader.js';

export const GEMINI_SHELL = 'run_shell_command';
export const GEMINI_WRITE_TOOLS = ['write_file', 'replace'];
export const GEMINI_READ_TOOLS = ['read_file', 'read_many_files', 'glob', 'search_file_content', 'list_directory'];
export const GEMINI_WEB_TOOLS = ['web_fetch'];
/** Tools Gemini CLI runs without asking in its default mode. */
const FREE_TOOLS = ['glob', 'search_file_content', 'list_directory', 'read_file', 'read_many_files', 'google_web_search', 'write_todos'];

/** Gemini matches commandPrefix as the start of the command text: `git` also matches `gitk`. */
function prefixWords(prefix: string): string[] {
  return prefix.split(' ').filter((w) => w !== '');
}

/** The policy tool name of a Gemini tool: MCP tools are `server__tool` there, `mcp__server__tool` here. */
export function policyToolName(tool: string): string {
  return tool.includes('__') && !tool.startsWith('mcp__') ? `mcp__${tool}` : tool;
}

/** A deny covering every command a commandRegex could match: its leading literal program, else all. */
function regexProgram(regex: string): string {
  const m = /^\^?([A-Za-z0-9_.-]+)(?:\\s|\s|\\b|$)/.exec(regex);
  return m ? m[1]! : '*';
}

export function importGemini(rules: readonly GeminiRule[], readFindings: readonly Finding[], opts: { cwd: string }): ImportResult {
  const shown = (f: string): string => relative(opts.cwd, f).split(sep).join('/') || f;
  const files = [...new Set(rules.map((r) => r.file))];
  const draft = emptyDraft([`Imported from Gemini CLI policies: ${files.map(shown).join(', ')}`]);
  const findings: Finding[] = [...readFindings];
  const allows: string[] = [];
  let shellAll = false;
  let webAll = false;
  const writeAll = new Set<string>();
  for (const r of rules) {
    const source = `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`;
    if (r.effect === 'allow' && r.modes && !r.modes.includes('default')) {
      approximated(findings, r, `an allow limited to the modes ${r.modes.join(', ')} is left out (the policy has no modes)`);
      continue;
    }
    for (const tool of r.tools) {
      if (tool === '*') {
        if (r.effect === 'allow') approximated(findings, r, 'an allow of every tool is left out: review what the agent needs');
        else {
          approximated(findings, r, `a ${r.effect} of every tool is imported as a deny of every command, path, host and tool`);
          addRule(draft.commands.deny, '*', source);
          addRule(draft.filesystem.deny, '**', source);
          addRule(draft.network.deny, '*', source);
          addRule(draft.tools.deny, '*', source);
        }
        continue;
      }
      if (tool === GEMINI_SHELL) {
        if (r.argsPattern !== undefined && r.effect === 'allow') {
          approximated(findings, r, 'an allow limited by argsPattern is left out (the policy cannot read a regular expression over arguments)');
          continue;
        }
        if (r.commandRegex !== undefined) {
          if (r.effect === 'allow') approximated(findings, r, 'an allow by commandRegex is left out (a regular expression has no policy form)');
          else {
            const program = regexProgram(r.commandRegex);
            approximated(findings, r, `commandRegex is imported as a ${r.effect === 'deny' ? 'deny' : 'approval'} of ${program === '*' ? 'every command' : `the whole program "${program}"`}`);
            if (r.effect === 'deny') addRule(draft.commands.deny, program, source);
            else addApproval(draft.approvals, 'command', program, source);
          }
          continue;
        }
        if (r.commandPrefixes.length === 0) {
          if (r.effect === 'allow') shellAll = true;
          else if (r.effect === 'deny') addRule(draft.commands.deny, '*', source);
          else addApproval(draft.approvals, 'command', '*', source);
          continue;
        }
        for (const prefix of r.commandPrefixes) {
          const words = prefixWords(prefix);
          if (r.effect === 'allow') {
            const t = allowWords(words);
            if ('pattern' in t) {
              addRule(draft.commands.allow, t.pattern, source);
              allows.push(t.pattern);
            } else approximated(findings, r, `"${oneLine(prefix, 60)}" is left out of commands.allow: ${t.why}`);
            continue;
          }
          const d = denyWords(words);
          // A prefix without a trailing space also matches longer words (`rm -rf` matches `rm -rfv`).
          const pattern = d.pattern !== '*' && !d.widened && !prefix.endsWith(' ') ? `${d.pattern}*` : d.pattern;
          if (d.widened) approximated(findings, r, `"${oneLine(prefix, 60)}" is imported as a ${r.effect === 'deny' ? 'deny' : 'approval'} of ${d.widened}`);
          if (r.effect === 'deny') addRule(draft.commands.deny, pattern, source);
          else addApproval(draft.approvals, 'command', pattern, source);
        }
        continue;
      }
      if (r.argsPattern !== undefined && r.effect === 'allow') {
        approximated(findings, r, `an allow of ${tool} limited by argsPattern is left out`);
        continue;
      }
      if (GEMINI_WRITE_TOOLS.includes(tool) || GEMINI_READ_TOOLS.includes(tool)) {
        const writes = GEMINI_WRITE_TOOLS.includes(tool);
        if (r.effect === 'allow') {
          if (writes) writeAll.add(tool);
        } else if (r.effect === 'deny' || !writes) {
          if (!writes || r.argsPattern !== undefined) approximated(findings, r, `a ${r.effect} of ${tool} is imported as a deny of every path`);
          addRule(draft.filesystem.deny, '**', source);
        } else addApproval(draft.approvals, 'file', '**', source);
        continue;
      }
      if (GEMINI_WEB_TOOLS.includes(tool)) {
        if (r.effect === 'allow') webAll = true;
        else if (r.effect === 'deny') addRule(draft.network.deny, '*', source);
        else addApproval(draft.approvals, 'host', '*', source);
        continue;
      }
      const name = policyToolName(tool);
      if (r.effect === 'allow') addRule(draft.tools.allow, name, source);
      else if (r.effect === 'deny') addRule(draft.tools.deny, name, source);
      else addApproval(draft.approvals, 'tool', name, source);
    }
  }
  const place: NativePlace = rules[0] ?? { file: files[0] ?? '', line: 0, column: 0 };
  const ctx: DefaultsContext = { draft, place, findings, source: "Gemini CLI's default approval mode" };
  commandDefaults(ctx, shellAll ? 'allow' : 'ask', allows, RUNNER_PROGRAMS);
  if (!GEMINI_WRITE_TOOLS.every((t) => writeAll.has(t))) writeDefaults(ctx, 'ask');
  networkDefaults(ctx, webAll ? 'allow' : 'ask');
  toolDefaults(ctx, 'ask', FREE_TOOLS);
  return { draft, findings };
}
