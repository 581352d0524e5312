// Cursor CLI permissions (`.cursor/cli.json`, `~/.cursor/cli-config.json`): permissions.allow and
// permissions.deny of Shell(program), Shell(program:args), Read(glob), Write(glob),
// WebFetch(domain), Mcp(server:tool). Deny wins; what no rule names asks.
import type { Finding } from '../../report/finding.js';
import { nodeAt, readJsonc, stringItems } from '../jsonc.js';
import type { NativePlace } from '../types.js';

export interface CursorRule extends NativePlace {
  effect: 'allow' | 'deny';
  type: 'Shell' | 'Read' | 'Write' | 'WebFetch' | 'Mcp';
  arg: string;
  raw: string;
}

const TYPES = new Set(['Shell', 'Read', 'Write', 'WebFetch', 'Mcp']);

export function readCursorConfig(file: string, text: string): { rules: CursorRule[]; findings: Finding[] } {
  const doc = readJsonc(file, text);
  const rules: CursorRule[] = [];
  for (const effect of ['allow', 'deny'] as const) {
    for (const item of stringItems(doc, nodeAt(doc, ['permissions', effect]), `permissions.${effect}`)) {
      const v = item.value.trim();
      const open = v.indexOf('(');
      const type = open > 0 ? v.slice(0, open) : '';
      if (!TYPES.has(type) || !v.endsWith(')') || v.length - 1 <= open + 1) {
        doc.findings.push({
          ruleId: 'native-rule-never-applies',
          severity: 'warning',
          message: `"${v}" is not a Cursor permission (Shell(…), Read(…), Write(…), WebFetch(…), Mcp(…)): Cursor ignores it`,
          file,
          line: item.line,
          column: item.column,
        });
        continue;
      }
      rules.push({ effect, type: type as CursorRule['type'], arg: v.slice(open + 1, -1).trim(), raw: v, file, line: item.line, column: item.column });
    }
  }
  return { rules, findings: doc.findings };
}
