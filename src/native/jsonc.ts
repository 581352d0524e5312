// JSON with comments (Claude Code, Gemini CLI and Cursor settings), read with positions.
// jsonc-parser (the VS Code project's parser) tolerates comments and trailing commas as the
// agents do, and keeps every node's offset so findings can point at a rule's line.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Finding } from '../report/finding.js';
import { LineIndex } from './positions.js';

export interface JsoncDocument {
  file: string;
  text: string;
  root?: Node;
  lines: LineIndex;
  /** Syntax errors, each at its line. */
  findings: Finding[];
}

export function readJsonc(file: string, text: string): JsoncDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lines = new LineIndex(text);
  const findings: Finding[] = errors.map((e) => {
    const at = lines.at(e.offset);
    return {
      ruleId: 'native-file-invalid',
      severity: 'warning',
      message: `not valid JSON: ${printParseErrorCode(e.error)}`,
      hint: 'The agent ignores or rejects a settings file it cannot parse; fix the syntax.',
      file,
      line: at.line,
      column: at.column,
    };
  });
  return { file, text, root: root ?? undefined, lines, findings };
}

export function nodeAt(doc: JsoncDocument, path: (string | number)[]): Node | undefined {
  return doc.root ? findNodeAtLocation(doc.root, path) : undefined;
}

/** The string elements of an array node, each with its position. Other elements are findings. */
export function stringItems(doc: JsoncDocument, node: Node | undefined, where: string): { value: string; line: number; column: number }[] {
  const out: { value: string; line: number; column: number }[] = [];
  if (!node) return out;
  const at = doc.lines.at(node.offset);
  if (node.type !== 'array') {
    doc.findings.push({ ruleId: 'native-file-invalid', severity: 'warning', message: `${where} must be a list of strings`, file: doc.file, ...at });
    return out;
  }
  for (const child of node.children ?? []) {
    const pos = doc.lines.at(child.offset);
    if (child.type === 'string' && typeof child.value === 'string') out.push({ value: child.value, ...pos });
    else doc.findings.push({ ruleId: 'native-file-invalid', severity: 'warning', message: `${where} holds a ${child.type}, not a string: the agent ignores it`, file: doc.file, ...pos });
  }
  return out;
}
