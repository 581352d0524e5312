// SARIF as GitHub code scanning ingests it, from a run in a subdirectory of a real git repository:
// URIs relative to the repository root, a located region for every result (also for a glob that
// matched nothing), security-severity on security rules, and fingerprints that survive an
// unrelated edit of the policy.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { githubSarifProblems, validateSarif } from '../helpers/sarif.js';
import { newRepo } from '../hooks/repo.js';

const POLICY = 'version: "2.1"\ndefault_permissions:\n  filesystem:\n    deny: [".env*", "secrets/**"]\n  commands:\n    allow: ["npm test"]\n';
const LOG = [
  '{"action":"filesystem.write","path":".env","allowed":true}',
  '{"action":"command.exec","command":"curl -H \\"Authorization: Bearer ghp_abcdefghijklmnopqrstuvwxyz0123456789\\" https://x.example","allowed":true}',
].join('\n');

interface Result {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
}

function sarifFromSub(dir: string) {
  const r = runCli(['--check-conflicts', '--agent-log', '../logs/a.jsonl', '--agent-log', 'none/*.jsonl', '--format', 'sarif'], { cwd: join(dir, 'sub') });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('SARIF for GitHub code scanning', () => {
  it('is valid, places every result on a repository file at a line, and rates security rules', () => {
    const dir = newRepo({ '.agent-policy.yml': POLICY, 'sub/.agent-policy.override.yml': 'permissions:\n  filesystem:\n    allow: ["secrets/x/**"]\n', 'logs/a.jsonl': `${LOG}\n` });
    const log = sarifFromSub(dir);
    expect(validateSarif(log)).toEqual([]);
    expect(githubSarifProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    const results = run.results as Result[];
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(['replay-denied-action', 'replay-secret-in-log', 'override-scope-escape', 'replay-no-log-match']));
    for (const res of results) {
      const { uri, uriBaseId } = res.locations[0]!.physicalLocation.artifactLocation;
      // Relative to the repository root, not to sub/ where the run started: the file is there.
      expect(uriBaseId).toBe('%SRCROOT%');
      expect(existsSync(join(dir, decodeURIComponent(uri))), uri).toBe(true);
    }
    expect(results.find((r) => r.ruleId === 'override-scope-escape')!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('sub/.agent-policy.override.yml');
    // The glob that matched nothing is shown on the root policy.
    expect(results.find((r) => r.ruleId === 'replay-no-log-match')!.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: '.agent-policy.yml' }, region: { startLine: 1 } });
    const rule = (id: string) => run.tool.driver.rules.find((r: { id: string }) => r.id === id);
    expect(rule('replay-secret-in-log').properties).toMatchObject({ 'security-severity': '9.1', tags: expect.arrayContaining(['security']) });
    expect(rule('replay-denied-action').properties['security-severity']).toBe('8.8');
    expect(rule('replay-no-log-match').properties['security-severity']).toBeUndefined();
  });

  it('keeps every fingerprint when a line is added at the top of the policy', () => {
    const dir = newRepo({ '.agent-policy.yml': POLICY, 'sub/.agent-policy.override.yml': 'permissions:\n  filesystem:\n    allow: ["secrets/x/**"]\n', 'logs/a.jsonl': `${LOG}\n` });
    const prints = (log: { runs: { results: Result[] }[] }) => log.runs[0]!.results.map((r) => `${r.ruleId} ${Object.values(r.partialFingerprints)[0]}`).sort();
    const lines = (log: { runs: { results: Result[] }[] }) => log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine);
    const before = sarifFromSub(dir);
    const policy = join(dir, '.agent-policy.yml');
    writeFileSync(policy, `# reviewed by the platform team\n${readFileSync(policy, 'utf8')}`);
    writeFileSync(join(dir, 'sub/.agent-policy.override.yml'), `# backend\n${readFileSync(join(dir, 'sub/.agent-policy.override.yml'), 'utf8')}`);
    const after = sarifFromSub(dir);
    // The edit moved what the messages quote (.agent-policy.yml:4 → :5) and the override's finding…
    expect(JSON.stringify(after.runs[0].results.map((r: { message: unknown }) => r.message))).not.toBe(JSON.stringify(before.runs[0].results.map((r: { message: unknown }) => r.message)));
    expect(lines(after)).not.toEqual(lines(before));
    // …and no alert changed identity.
    expect(prints(after)).toEqual(prints(before));
  });
});
