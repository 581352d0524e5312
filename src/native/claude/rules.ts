// Claude Code permission rule strings: `Tool` or `Tool(specifier)` (code.claude.com/docs/en/permissions).

export interface ClaudeRuleText {
  tool: string;
  /** The text between the parentheses; undefined for a bare tool name. */
  specifier?: string;
}

/** Tools whose specifier is a path (gitignore-style): reads and edits. */
export const READ_TOOLS = new Set(['Read', 'Glob', 'Grep', 'LS', 'NotebookRead']);
export const EDIT_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);

/** Parses a rule; undefined when it is not of the form `Tool` or `Tool(specifier)`. */
export function parseClaudeRule(raw: string): ClaudeRuleText | undefined {
  const text = raw.trim();
  const open = text.indexOf('(');
  if (open < 0) return /^[A-Za-z][A-Za-z0-9_-]*$/.test(text) ? { tool: text } : undefined;
  if (!text.endsWith(')')) return undefined;
  const tool = text.slice(0, open);
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(tool)) return undefined;
  const specifier = text.slice(open + 1, -1);
  // `Bash(*)` and `Tool()` mean the bare tool.
  if (specifier === '*' || specifier === '') return { tool };
  return { tool, specifier };
}

/** A Bash specifier read as Claude documents it. */
export type ClaudeCommandSpec =
  /** `npm test`: that command exactly. */
  | { kind: 'exact'; text: string }
  /** `npm run:*` and `npm run *`: the words, then nothing or a space and anything. */
  | { kind: 'prefix'; text: string }
  /** Any other `*`: any characters there, the whole command matched. */
  | { kind: 'wildcard'; text: string };

export function claudeCommandSpec(specifier: string): ClaudeCommandSpec {
  if (specifier.endsWith(':*')) return { kind: 'prefix', text: specifier.slice(0, -2).trimEnd() };
  if (specifier.endsWith(' *')) return { kind: 'prefix', text: specifier.slice(0, -2).trimEnd() };
  if (specifier.includes('*')) return { kind: 'wildcard', text: specifier };
  return { kind: 'exact', text: specifier };
}

/** `mcp__server` (every tool of the server), `mcp__server__*`, `mcp__server__tool`. */
export function isMcpName(tool: string): boolean {
  return tool.startsWith('mcp__');
}
