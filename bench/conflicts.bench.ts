// --check-conflicts on a generated repository: a 200-rule root policy and 50 overrides of 20 rules
// each, through the built CLI (goal: under 3 s on the 2-core machine).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goal, row, timeProcess } from './util.js';

const OVERRIDES = 50;
const EXTS = ['ts', 'tsx', 'js', 'go', 'py', 'json', 'md', 'yml', 'sql', 'sh'];

const q = (s: string) => JSON.stringify(s);
const list = (indent: string, items: string[]) => items.map((i) => `${indent}- ${q(i)}`).join('\n');

/** 200 root rules: 70 path allows, 80 path denies, 25 command allows, 15 command denies, 10 approvals. */
function rootPolicy(): { text: string; rules: number } {
  const fsAllow: string[] = [];
  const fsDeny: string[] = [];
  for (let i = 0; i < 70; i++) fsAllow.push(i % 2 ? `services/svc${i % OVERRIDES}/src/**/*.${EXTS[i % EXTS.length]}` : `libs/lib${i}/**/*.${EXTS[i % EXTS.length]}`);
  for (let i = 0; i < 80; i++) {
    if (i % 4 === 0) fsDeny.push(`*.${['pem', 'key', 'p12', 'env'][i % 16 >> 2]}${i}`);
    else if (i % 4 === 1) fsDeny.push(`services/svc${i % OVERRIDES}/secrets/**`);
    else if (i % 4 === 2) fsDeny.push(`libs/lib${i}/generated/**/*.${EXTS[i % EXTS.length]}`);
    else fsDeny.push(`infra/env${i}/**`);
  }
  const cmdAllow = Array.from({ length: 25 }, (_, i) => (i % 5 === 0 ? `npm run task${i} *` : `npm run task${i}`));
  const cmdDeny = Array.from({ length: 15 }, (_, i) => `tool${i} --dangerous`);
  const approvals = Array.from({ length: 10 }, (_, i) => `  - file_pattern: ${q(`services/svc${i}/package.json`)}`);
  const text = [
    'version: "2.1"',
    'default_permissions:',
    '  filesystem:',
    '    allow:',
    list('      ', fsAllow),
    '    deny:',
    list('      ', fsDeny),
    '  commands:',
    '    allow:',
    list('      ', cmdAllow),
    '    deny:',
    list('      ', cmdDeny),
    'constraints:',
    '  require_human_approval:',
    ...approvals,
    '',
  ].join('\n');
  return { text, rules: fsAllow.length + fsDeny.length + cmdAllow.length + cmdDeny.length + approvals.length };
}

/** 20 rules per override: 12 path allows, 6 path denies, 2 command allows; a few real conflicts. */
function overridePolicy(i: number): { text: string; rules: number } {
  const d = `services/svc${i}`;
  const allow = [
    `${d}/src/**/*.ts`,
    `${d}/src/**/*.tsx`,
    `${d}/test/**`,
    `${d}/docs/**/*.md`,
    `${d}/migrations/**/*.sql`,
    `${d}/scripts/*.sh`,
    `${d}/package.json`,
    `${d}/config/*.yml`,
    `${d}/assets/**`,
    `${d}/fixtures/**/*.json`,
    i % 10 === 1 ? `${d}/secrets/test-fixtures/**` : `${d}/public/**`,
    i % 7 === 0 ? `shared/**/*.ts` : `${d}/lib/**/*.go`,
  ];
  const deny = [`${d}/dist/**`, `${d}/node_modules/**`, `${d}/**/*.snap`, `${d}/coverage/**`, `${d}/src/generated/**`, `${d}/tmp/*`];
  const cmds = [`make -C ${d} *`, `go test ./${d}/...`];
  const text = [
    'permissions:',
    '  filesystem:',
    '    allow:',
    list('      ', allow),
    '    deny:',
    list('      ', deny),
    '  commands:',
    '    allow:',
    list('      ', cmds),
    '',
  ].join('\n');
  return { text, rules: allow.length + deny.length + cmds.length };
}

const dir = mkdtempSync(join(tmpdir(), 'apl-conflicts-bench-'));
try {
  const root = rootPolicy();
  writeFileSync(join(dir, '.agent-policy.yml'), root.text);
  let overrideRules = 0;
  for (let i = 0; i < OVERRIDES; i++) {
    const o = overridePolicy(i);
    overrideRules += o.rules;
    mkdirSync(join(dir, `services/svc${i}`), { recursive: true });
    writeFileSync(join(dir, `services/svc${i}/.agent-policy.override.yml`), o.text);
  }
  const cli = join(process.cwd(), 'dist/cli.js');
  const args = [cli, '--check-conflicts', '--format', 'json'];
  const once = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  const report = JSON.parse(once.stdout || '{}') as { findings?: { ruleId: string; severity: string }[] };
  const findings = report.findings ?? [];
  const count = (id: string) => findings.filter((f) => f.ruleId === id).length;
  const plain = timeProcess([cli, '--format', 'json'], { cwd: dir, runs: 3 });
  const ms = timeProcess(args, { cwd: dir, runs: 5 });
  row('policy rules (root + overrides)', `${root.rules} + ${OVERRIDES}x${overrideRules / OVERRIDES}`);
  row('findings', String(findings.length), `${count('override-allow-in-root-deny')} root-deny, ${count('override-scope-escape')} scope, ${count('conflict-undecided')} undecided`);
  row('lint without --check-conflicts (median of 3)', `${plain.toFixed(0)} ms`);
  row('--check-conflicts (median of 5)', `${ms.toFixed(0)} ms`, `${(ms - plain).toFixed(0)} ms for the analysis`);
  goal(ms < 3000 && count('conflict-undecided') === 0 && once.status !== 2, `--check-conflicts under 3 s with every question decided (${ms.toFixed(0)} ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
