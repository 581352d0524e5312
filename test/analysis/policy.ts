// Small PolicySets built directly, a table "compiler" of hand-written regex sources, and automata
// that cross-check every answer by brute force.
import { expect } from 'vitest';
import { Automata, type Neg, type Lang, type SearchOptions, type Verdict } from '../../src/match/automata.js';
import type { PatternCompiler } from '../../src/analysis/compiler.js';
import { checkConflicts } from '../../src/analysis/index.js';
import type { Finding } from '../../src/report/finding.js';
import { emptyPermissions, type ExceptionRule, type OverridePolicy, type Permissions, type PolicySet } from '../../src/policy/types.js';
import { Brute, satisfies } from './brute.js';

/** Hand-written languages of the globs used here (policy semantics: `dir/**` covers dir, `*` spans dot-files). */
export const GLOB: Record<string, string> = {
  'backend/secrets/**': 'backend/secrets(?:/[^]*)?',
  'backend/secrets/test-fixtures/**': 'backend/secrets/test-fixtures(?:/[^]*)?',
  'backend/**': 'backend(?:/[^]*)?',
  'backend/src/**/*.go': 'backend/src/(?:[^]*/)?[^/]*\\.go',
  'backend/migrations/**': 'backend/migrations(?:/[^]*)?',
  'frontend/src/**/*.tsx': 'frontend/src/(?:[^]*/)?[^/]*\\.tsx',
  'src/**/*.go': 'src/(?:[^]*/)?[^/]*\\.go',
  '**/*.go': '(?:[^]*/)?[^/]*\\.go',
  '*.go': '(?:[^]*/)?[^/]*\\.go',
  'src/**/*.ts': 'src/(?:[^]*/)?[^/]*\\.ts',
  'src/**': 'src(?:/[^]*)?',
  'src/secrets/**': 'src/secrets(?:/[^]*)?',
  'src//a.ts': 'src//a\\.ts',
  '.env*': '(?:[^]*/)?\\.env[^/]*',
  'secrets/**': 'secrets(?:/[^]*)?',
  'SECRETS/**': 'SECRETS(?:/[^]*)?',
  'secrets/**/**': 'secrets(?:/[^]*)?(?:/[^]*)?',
  'secrets/*.pem': 'secrets/[^/]*\\.pem',
  'secrets/prod.key': 'secrets/prod\\.key',
  'tmp/*': 'tmp/[^/]*',
  'tmp/a*': 'tmp/a[^/]*',
  'tmp/[!a]*': 'tmp/[^a/][^/]*',
  'backend/tmp/**': 'backend/tmp(?:/[^]*)?',
  '**': '[^]*',
  'package.json': '(?:[^]*/)?package\\.json',
};

export const COMMAND: Record<string, string> = {
  'npm *': 'npm [^]*',
  'npm test': 'npm test(?: [^]*)?',
  'npm run lint': 'npm run lint(?: [^]*)?',
  'curl *': 'curl [^]*',
  'git push': 'git push(?: [^]*)?',
  'git push --force': 'git push --force(?: [^]*)?',
  'git commit': 'git commit(?: [^]*)?',
  '*': '[^]*',
};

export const tableCompiler: PatternCompiler = {
  path: (p, role) =>
    p in GLOB
      ? { ok: true, lang: { source: GLOB[p]!, flags: role === 'deny' ? 'i' : '' } }
      : { ok: false, reason: `no test language for ${p}`, reported: false },
  command: (p) =>
    p in COMMAND ? { ok: true, lang: { source: COMMAND[p]! } } : { ok: false, reason: `no test language for ${p}`, reported: false },
};

// Words of the brute-force oracle: concatenations of these tokens.
const TOKENS = [
  ...['backend/', 'backend/secrets/', 'secrets', 'test-fixtures', 'src/', 'tmp/', 'a', 'A', '/', '/a', '.', '.env', 'x.go'],
  ...['npm ', 'test', ';', 'git push', ' --force', ' x', 'prod.key', 'SRC/', 'Secrets/'],
];
const brute = new Brute(TOKENS, 3);

/** Automata whose every answer is checked: witnesses by RegExp, emptiness against the token oracle. */
export class CheckedAutomata extends Automata {
  checked = 0;
  override find(pos: readonly Lang[], neg: readonly Neg[] = [], opts: SearchOptions = {}): Verdict {
    const v = super.find(pos, neg, opts);
    this.checked++;
    if (v.status === 'found') expect(satisfies(v.witness, pos, neg), `witness ${JSON.stringify(v.witness)}`).toBe(true);
    if (v.status === 'empty') expect(brute.find(pos, neg), `claimed empty: ${JSON.stringify({ pos, neg })}`).toBeUndefined();
    return v;
  }
}

interface FileSpec {
  fsAllow?: string[];
  fsDeny?: string[];
  cmdAllow?: string[];
  cmdDeny?: string[];
  fileApproval?: string[];
  cmdApproval?: string[];
}

interface RootSpec extends FileSpec {
  exceptions?: { pattern: string; overrides?: string[] }[];
}

export const ROOT_FILE = '/repo/.agent-policy.yml';

/** Builds a PolicySet; every pattern gets the next line of its file (starting at `firstLine`). */
export function policySet(root: RootSpec, overrides: Record<string, FileSpec> = {}, firstLine = 5): PolicySet {
  const fill = (spec: FileSpec, file: string): { permissions: Permissions; approvals: PolicySet['root']['constraints']['requireHumanApproval'] } => {
    let line = firstLine;
    const origin = (pointer: string) => ({ file, pointer, line: line++, column: 9 });
    const permissions = emptyPermissions();
    const list = (ps: string[] | undefined, ptr: string) => (ps ?? []).map((pattern, i) => ({ pattern, origin: origin(`${ptr}/${i}`) }));
    permissions.filesystem.deny = list(spec.fsDeny, '/permissions/filesystem/deny');
    permissions.filesystem.allow = list(spec.fsAllow, '/permissions/filesystem/allow');
    permissions.commands.deny = list(spec.cmdDeny, '/permissions/commands/deny');
    permissions.commands.allow = list(spec.cmdAllow, '/permissions/commands/allow');
    const approvals = [
      ...(spec.fileApproval ?? []).map((pattern, i) => ({ kind: 'file' as const, pattern, origin: origin(`/constraints/require_human_approval/${i}/file_pattern`) })),
      ...(spec.cmdApproval ?? []).map((pattern, i) => ({ kind: 'command' as const, pattern, origin: origin(`/constraints/require_human_approval/${i}/command_pattern`) })),
    ];
    return { permissions, approvals };
  };
  const r = fill(root, ROOT_FILE);
  const exceptions: ExceptionRule[] = (root.exceptions ?? []).map((x, i) => ({
    pattern: x.pattern,
    reason: 'test',
    overrides: x.overrides ?? [],
    origin: { file: ROOT_FILE, pointer: `/exceptions/${i}/pattern`, line: 40 + i, column: 16 },
  }));
  const ovs: OverridePolicy[] = Object.entries(overrides).map(([dir, spec]) => {
    const file = `/repo/${dir}/.agent-policy.override.yml`;
    const o = fill(spec, file);
    return { file, dir, permissions: o.permissions, constraints: { requireHumanApproval: o.approvals }, raw: {} };
  });
  return {
    root: {
      file: ROOT_FILE,
      root: '/repo',
      version: '2.1',
      versionOrigin: { file: ROOT_FILE, pointer: '/version', line: 1, column: 10 },
      agents: [],
      permissions: r.permissions,
      constraints: { requireHumanApproval: r.approvals },
      exceptions,
      bypass: {},
      raw: {},
    },
    overrides: ovs,
  };
}

/** Runs the analysis with the table compiler and checked automata. */
export async function analyse(set: PolicySet): Promise<Finding[]> {
  const automata = new CheckedAutomata();
  const findings = await checkConflicts(set, { compiler: tableCompiler, automata });
  return findings;
}

export function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}
