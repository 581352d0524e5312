// Claude Code settings as a NativeModel for the drift check: each rule's own examples and
// matching, Claude's precedence (deny, ask, allow, then the mode), and the committed mode.
import type { Finding } from '../../report/finding.js';
import type { Candidate, NativeModel, NativeRuleView } from '../model.js';
import { commandExamples, globExamples, hostExamples } from '../witness.js';
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

function view(ctx: ClaudeContext, r: ClaudeRule): NativeRuleView {
  const base = { file: r.file, line: r.line, column: r.column, effect: r.effect, raw: r.raw };
  const { tool, specifier } = r.parsed;
  if (tool === 'Bash') {
    const spec = specifier === undefined ? undefined : claudeCommandSpec(specifier);
    const program = spec?.text.split(' ')[0] ?? '';
    return {
      ...base,
      kind: 'command',
      examples: () => (spec ? commandExamples(spec.kind === 'prefix' ? `${spec.text} *` : spec.text) : []).map((subject) => ({ kind: 'command', subject })),
      matches: (c) => c.kind === 'command' && ruleMatchesCommand(r, c.subject),
      neverApplies: TOOL_NAMES.test(program) ? `"${program}" is a Claude Code tool, not a shell program: write the tool rule "${program.replace(/Tool$/, '')}" instead` : undefined,
    };
  }
  if (READ_TOOLS.has(tool) || EDIT_TOOLS.has(tool)) {
    const op: 'read' | 'write' = READ_TOOLS.has(tool) ? 'read' : 'write';
    const globs = specifier === undefined ? [] : readClaudePath(specifier, { root: ctx.root, settingsDir: r.settingsDir, home: ctx.home }).repo;
    return {
      ...base,
      kind: 'path',
      op,
      examples: () => globs.flatMap(globExamples).map((subject) => ({ kind: 'path', subject, op })),
      matches: (c) => c.kind === 'path' && ruleMatchesPath(ctx, r, c.subject, op),
    };
  }
  if (tool === 'WebFetch') {
    const domain = specifier?.startsWith('domain:') && specifier !== 'domain:*' ? specifier.slice(7).toLowerCase() : undefined;
    return {
      ...base,
      kind: 'host',
      examples: () => [...(domain ? hostExamples(domain) : []), 'example.com'].map((subject) => ({ kind: 'host', subject })),
      matches: (c) => c.kind === 'host' && ruleMatchesHost(r, c.subject),
    };
  }
  const example = tool.startsWith('mcp__') && tool.split('__').length === 2 ? `${tool}__x` : tool.replace(/\*$/, 'x');
  return {
    ...base,
    kind: 'tool',
    examples: () => (specifier === undefined ? [{ kind: 'tool', subject: example }] : []),
    matches: (c) => c.kind === 'tool' && ruleMatchesTool(r, c.subject),
  };
}

export function claudeModel(files: readonly ClaudeSettings[], opts: { root: string; home: string }): NativeModel {
  const mode = effectiveMode(files);
  const ctx: ClaudeContext = { rules: files.flatMap((f) => f.rules), mode: mode?.value ?? 'default', root: opts.root, home: opts.home };
  const findings: Finding[] = files.flatMap((f) => f.findings);
  for (const f of files) {
    if (f.defaultMode?.value !== 'bypassPermissions') continue;
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
  const decides = (c: Candidate) =>
    c.kind === 'command'
      ? claudeDecidesCommand(ctx, c.subject)
      : c.kind === 'path'
        ? claudeDecidesPath(ctx, c.subject, c.op ?? 'read')
        : c.kind === 'host'
          ? claudeDecidesHost(ctx, c.subject)
          : claudeDecidesTool(ctx, c.subject);
  return { agent: 'Claude Code', rules: ctx.rules.map((r) => view(ctx, r)), decides, findings };
}
