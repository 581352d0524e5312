// Every regex literal in src/ that scslre finds super-linear is listed here with why it never runs
// on agent-controlled input (or on input long enough to matter). The dynamic test beside this one
// (no-backtracking.test.ts) sees only the regexes its generated inputs reach; this one sees them
// all, so a new backtracking regex fails here until someone says why it is safe, or rewrites it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');

/** `file: /pattern/flags` → why it is safe. Each entry must still exist (no stale reasons). */
const REVIEWED: Record<string, string> = {
  'action/main.ts: /\\/+$/': 'GITHUB_SERVER_URL, set by the runner',
  'agents/signal-data.ts: /\\/+$/': "agent names in the built-in table and in the policy's agent_detection",
  'engine/builtin-rules.ts: /\\/+$/': "the policy's audit.log_dir",
  'engine/compile.ts: /\\/+$/': 'override directories found by the loader',
  'engine/logged-root.ts: /\\/+$/': 'paths after posix.normalize (no run of slashes), and the policy root',
  'native/witness.ts: /\\{([^,}]*)[^}]*\\}/g': "patterns in the agents' own settings files, which the repository commits",
  'native/witness.ts: /\\[([^\\]])[^\\]]*\\]/g': "patterns in the agents' own settings files, which the repository commits",
  'policy/normalize.ts: /(\\d+)([smhd])/g': 'policy durations',
  'policy/normalize.ts: /\\/+$/': 'policy paths',
  'policy/yaml.ts: /\\s+$/': 'policy YAML scalars (error positions)',
  'policy/yaml.ts: /\\\\*"$/': 'policy YAML scalars (error positions)',
  "policy/yaml.ts: /'+$/": 'policy YAML scalars (error positions)',
  'records/duration.ts: /(\\d+)(min|s|m|h|d)/g': 'runs only after /^(\\d{1,9}(s|m|min|h|d))+$/ accepted the text: runs of at most 9 digits',
  'report/formatters/sarif.ts: /\\s*\\n\\s*/g': "the rules' own docs (docs/rules), not findings",
  'report/rules-doc.ts: /\\n+$/': "the rules' own docs",
  'report/rules-doc.ts: /\\s*\\n\\s*/g': "the rules' own docs",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** `file: /pattern/flags` of every regex literal in src/ that scslre reports, with its line. */
function backtrackingLiterals(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        const reports = analyse({ source: literal.slice(1, end), flags: literal.slice(end + 1) }, { maxReports: 1 }).reports;
        if (reports.length > 0) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.set(`${relative(SRC, file)}: ${literal}`, `src/${relative(SRC, file)}:${line}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('regex literals in src/', () => {
  const found = backtrackingLiterals();

  it('every super-linear one is reviewed: it never runs on agent-controlled input', () => {
    const unreviewed = [...found].filter(([key]) => !(key in REVIEWED)).map(([key, where]) => `${where} ${key}`);
    expect(unreviewed).toEqual([]);
  });

  it('every review names a regex that is still there', () => {
    expect(Object.keys(REVIEWED).filter((key) => !found.has(key))).toEqual([]);
  });

  it('negative control: the scan reports a regex that is quadratic on a run of spaces', () => {
    expect(analyse(/\s*\n\s*/g, { maxReports: 1 }).reports).toHaveLength(1);
    expect(analyse(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { maxReports: 1 }).reports).toHaveLength(0);
  });
});
