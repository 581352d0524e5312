import { describe, expect, it } from 'vitest';
import { changeFindings, comparePolicySets, Locator, unifiedDiffs } from '../../src/action/policy-diff.js';
import { emptyPermissions, type Origin, type PolicySet } from '../../src/policy/types.js';

const o = (file: string, line: number): Origin => ({ file, pointer: '', line, column: 5 });

/** A small policy set; `spec` lists patterns with the line they sit on. */
function policy(root: string, spec: {
  fsAllow?: [string, number][];
  fsDeny?: [string, number][];
  outbound?: [boolean, number];
  exceptions?: [string, number][];
  approvals?: [string, number][];
  maxFiles?: [number, number];
  overrides?: { dir: string; fsAllow?: [string, number][]; fsDeny?: [string, number][] }[];
}): PolicySet {
  const file = `/${root}/.agent-policy.yml`;
  const p = emptyPermissions();
  p.filesystem.allow = (spec.fsAllow ?? []).map(([pattern, l]) => ({ pattern, origin: o(file, l) }));
  p.filesystem.deny = (spec.fsDeny ?? []).map(([pattern, l]) => ({ pattern, origin: o(file, l) }));
  if (spec.outbound) {
    p.network.allowOutbound = spec.outbound[0];
    p.network.allowOutboundOrigin = o(file, spec.outbound[1]);
  }
  p.network.exceptions = (spec.exceptions ?? []).map(([pattern, l]) => ({ pattern, origin: o(file, l) }));
  return {
    root: {
      file,
      root: `/${root}`,
      version: '1.0',
      versionOrigin: o(file, 1),
      agents: [],
      permissions: p,
      constraints: {
        requireHumanApproval: (spec.approvals ?? []).map(([pattern, l]) => ({ kind: 'file' as const, pattern, origin: o(file, l) })),
        ...(spec.maxFiles ? { maxFilesPerAction: spec.maxFiles[0], maxFilesPerActionOrigin: o(file, spec.maxFiles[1]) } : {}),
      },
      exceptions: [],
      bypass: {},
      raw: {},
    },
    overrides: (spec.overrides ?? []).map((ov) => {
      const f = `/${root}/${ov.dir}/.agent-policy.override.yml`;
      const op = emptyPermissions();
      op.filesystem.allow = (ov.fsAllow ?? []).map(([pattern, l]) => ({ pattern, origin: o(f, l) }));
      op.filesystem.deny = (ov.fsDeny ?? []).map(([pattern, l]) => ({ pattern, origin: o(f, l) }));
      return { file: f, dir: ov.dir, permissions: op, constraints: { requireHumanApproval: [] }, raw: {} };
    }),
  };
}

const BASE_TEXT = [
  'version: "1.0"', // 1
  'permissions:', // 2
  '  filesystem:', // 3
  '    allow: ["src/**"]', // 4
  '    deny:', // 5
  '      - ".env*"', // 6
  '      - "secrets/**"', // 7
  '  network:', // 8
  '    allow_outbound: false', // 9
  'constraints:', // 10
  '  require_human_approval:', // 11
  '    - file_pattern: "package.json"', // 12
  '',
].join('\n');
const HEAD_TEXT = [
  'version: "1.0"', // 1
  'permissions:', // 2
  '  filesystem:', // 3
  '    allow: ["src/**", "scripts/**"]', // 4
  '    deny:', // 5
  '      - ".env*"', // 6
  '  network:', // 7
  '    allow_outbound: true', // 8
  '    exceptions: ["registry.npmjs.org"]', // 9
  '',
].join('\n');

function loc() {
  return new Locator([{ path: '.agent-policy.yml', base: BASE_TEXT, head: HEAD_TEXT }], { base: '/base', head: '/head' });
}

describe('comparePolicySets', () => {
  it('reports widenings at the changed line of the head file', () => {
    const base = policy('base', { fsAllow: [['src/**', 4]], fsDeny: [['.env*', 6], ['secrets/**', 7]], outbound: [false, 9], approvals: [['package.json', 12]] });
    const head = policy('head', { fsAllow: [['src/**', 4], ['scripts/**', 4]], fsDeny: [['.env*', 6]], outbound: [true, 8], exceptions: [['registry.npmjs.org', 9]] });
    const changes = comparePolicySets(base, head, loc());
    expect(changes.map((c) => `${c.direction} ${c.file}:${c.line} ${c.what}`)).toEqual([
      'widened .agent-policy.yml:7 removes the filesystem deny "secrets/**"',
      'widened .agent-policy.yml:4 adds the filesystem allow "scripts/**"',
      'widened .agent-policy.yml:8 turns allow_outbound on',
      'widened .agent-policy.yml:9 adds the network exception "registry.npmjs.org"',
      // line 12 of base is gone; the hunk that removed it ends at head line 9
      'widened .agent-policy.yml:9 removes the approval rule file_pattern "package.json"',
    ]);
    expect(changes.every((c) => c.scope === 'root policy')).toBe(true);
  });

  it('reports narrowings, and nothing for an unchanged policy', () => {
    const a = policy('base', { fsDeny: [['.env*', 3]], outbound: [true, 4], maxFiles: [10, 5] });
    const b = policy('head', { fsDeny: [['.env*', 3], ['secrets/**', 4]], outbound: [false, 5], approvals: [['package.json', 6]], maxFiles: [5, 7] });
    const l = new Locator([], { base: '/base', head: '/head' });
    expect(comparePolicySets(a, a, l)).toEqual([]);
    expect(comparePolicySets(a, b, l).map((c) => `${c.direction} ${c.what}`)).toEqual([
      'narrowed adds the filesystem deny "secrets/**"',
      'narrowed turns allow_outbound off',
      'narrowed adds the approval rule file_pattern "package.json"',
      'narrowed lowers max_files_per_action from 10 to 5',
    ]);
    expect(comparePolicySets(b, a, l).filter((c) => c.direction === 'widened').map((c) => c.what)).toEqual([
      'removes the filesystem deny "secrets/**"',
      'turns allow_outbound on',
      'removes the approval rule file_pattern "package.json"',
      'raises max_files_per_action from 5 to 10',
    ]);
  });

  it('treats the root allow list as a restriction: emptying it widens, starting it narrows', () => {
    const l = new Locator([], { base: '/base', head: '/head' });
    const open = policy('x', {});
    const closed = policy('x', { fsAllow: [['src/**', 3], ['test/**', 4]] });
    expect(comparePolicySets(closed, open, l).map((c) => `${c.direction} ${c.what}`)).toEqual([
      'widened empties the filesystem allow list, so everything not denied is allowed',
    ]);
    expect(comparePolicySets(open, closed, l).map((c) => `${c.direction} ${c.what}`)).toEqual([
      'narrowed starts a filesystem allow list: only what it lists is allowed',
    ]);
  });

  it('compares overrides by directory; a new override allow widens, a removed override loses its denies', () => {
    const l = new Locator([], { base: '/base', head: '/head' });
    const base = policy('base', { overrides: [{ dir: 'backend', fsDeny: [['backend/secrets/**', 3]] }] });
    const head = policy('head', { overrides: [{ dir: 'frontend', fsAllow: [['frontend/src/**/*.tsx', 4]] }] });
    expect(comparePolicySets(base, head, l).map((c) => `${c.direction} ${c.scope} ${c.file} ${c.what}`)).toEqual([
      'widened override backend backend/.agent-policy.override.yml removes the filesystem deny "backend/secrets/**"',
      'widened override frontend frontend/.agent-policy.override.yml adds the filesystem allow "frontend/src/**/*.tsx"',
    ]);
  });

  it('a removed policy widens; a new one narrows', () => {
    const l = new Locator([], { base: '/base', head: '/head' });
    const p = policy('head', {});
    expect(comparePolicySets(p, undefined, l)[0]).toMatchObject({ direction: 'widened', line: 0 });
    expect(comparePolicySets(undefined, p, l)[0]).toMatchObject({ direction: 'narrowed' });
  });
});

describe('Locator.mapLine', () => {
  it('maps base lines through the hunks', () => {
    const l = new Locator([{ path: 'p.yml', base: 'a\nb\nc\nd\n', head: 'x\na\nc\nd\n' }], { base: '/b', head: '/h' });
    expect(l.mapLine('p.yml', 1)).toBe(2); // shifted by the inserted line
    expect(l.mapLine('p.yml', 2)).toBe(3); // deleted: where it was
    expect(l.mapLine('p.yml', 4)).toBe(4);
  });
});

describe('changeFindings and unifiedDiffs', () => {
  it('makes warnings of widenings and infos of narrowings', () => {
    const f = changeFindings([
      { direction: 'widened', scope: 'root policy', what: 'removes the filesystem deny "x"', file: '.agent-policy.yml', line: 3, column: 7 },
      { direction: 'narrowed', scope: 'root policy', what: 'adds the filesystem deny "y"', file: '.agent-policy.yml', line: 0, column: 0 },
    ]);
    expect(f.map((x) => [x.ruleId, x.severity, x.line, x.column])).toEqual([
      ['policy-widened', 'warning', 3, 7],
      ['policy-narrowed', 'info', 0, 0],
    ]);
    expect(f[0]!.message).toBe('This pull request widens the agent policy (root policy): it removes the filesystem deny "x"');
  });
  it('writes a unified diff per changed file', () => {
    const d = unifiedDiffs([
      { path: '.agent-policy.yml', base: BASE_TEXT, head: HEAD_TEXT },
      { path: 'same.yml', base: 'x\n', head: 'x\n' },
      { path: 'new/.agent-policy.override.yml', head: 'permissions: {}\n' },
    ]);
    expect(d).toContain('--- a/.agent-policy.yml\n+++ b/.agent-policy.yml\n@@');
    expect(d).toContain('-      - "secrets/**"\n');
    expect(d).toContain('+    allow_outbound: true\n');
    expect(d).toContain('--- /dev/null\n+++ b/new/.agent-policy.override.yml');
    expect(d).not.toContain('same.yml');
    expect(d).not.toContain('====');
  });
});
