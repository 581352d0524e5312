// --format ocsf and splunk-hec through the built CLI: every event validates against the JSON
// Schema generated from the OCSF schema for its class (fixtures/ocsf/README.md), an event
// missing a required field or carrying a misspelt one does not, and each class matches its
// golden file. Worker threads (a log replayed in slices) write the same events.
import { readFileSync, writeFileSync, existsSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/cli.js';

const REPO = join(FIXTURES, 'ocsf/repo');
const CLASSES: Record<number, string> = {
  1001: 'file_activity',
  1007: 'process_activity',
  4001: 'network_activity',
  4002: 'http_activity',
  6003: 'api_activity',
  2004: 'detection_finding',
};

type Event = Record<string, any>;

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(
  Object.entries(CLASSES).map(([uid, name]) => [uid, ajv.compile(JSON.parse(readFileSync(join(FIXTURES, `ocsf/${name}.schema.json`), 'utf8')))]),
);

function validate(e: Event): string[] {
  const v = validators[e.class_uid];
  if (!v) return [`no schema for class ${e.class_uid}`];
  return v(e) ? [] : (v.errors ?? []).map((x) => `${x.instancePath} ${x.message}`);
}

function replay(format: string, env: Record<string, string> = {}): string {
  const r = runCli(['--agent-log', 'actions.jsonl', '--format', format], { cwd: REPO, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  return r.stdout;
}

const lines = (text: string): Event[] => text.trim().split('\n').map((l) => JSON.parse(l));
const ocsf = lines(replay('ocsf'));

/** What differs between runs (report time, tool version) set to fixed values. */
function stable(e: Event): Event {
  const copy = structuredClone(e);
  copy.metadata.product.version = '0.0.0';
  if (copy.class_uid === 2004) copy.time = 0;
  return copy;
}

describe('--format ocsf', () => {
  it('writes one activity event per replayed action, then a Detection Finding per error finding', () => {
    const json = JSON.parse(runCli(['--agent-log', 'actions.jsonl', '--format', 'json'], { cwd: REPO }).stdout);
    const errors = json.findings.filter((f: Event) => f.severity === 'error').length;
    expect(ocsf.filter((e) => e.class_uid === 2004)).toHaveLength(errors);
    const activities = ocsf.filter((e) => e.class_uid !== 2004);
    expect(activities).toHaveLength(readFileSync(join(REPO, 'actions.jsonl'), 'utf8').trim().split('\n').length);
    expect(activities.map((e) => `${e.class_uid} ${e.activity_name} ${e.action} ${e.disposition}`)).toEqual([
      '1001 Read Allowed Allowed',
      '1001 Update Denied Alert',
      '1001 Delete Allowed Allowed',
      '1007 Launch Denied Blocked',
      '4001 Open Allowed Allowed',
      '4002 Other Denied Alert',
      '6003 Other Denied Alert',
      '1001 Update Denied Unauthorized',
    ]);
  });

  it('states the OCSF version, the agent, session, user, time and the deciding rule with its file:line', () => {
    for (const e of ocsf) expect(e.metadata.version).toBe('1.8.0');
    const env = ocsf[1]!;
    expect(env.time).toBe(Date.parse('2026-06-08T14:32:05Z'));
    expect(env.actor).toEqual({ app_name: 'code-assistant-prod', session: { uid: 'sess-1' }, user: { name: 'jane.doe@example.com' } });
    expect(env.policy.uid).toBe('.agent-policy.yml#/default_permissions/filesystem/deny/0');
    expect(env.policy.desc).toContain('.agent-policy.yml:7:');
    expect(env.policy.version).toBe('2.1');
    expect(env.is_alert).toBe(true);
    expect(env.severity_id).toBe(4);
  });

  it('validates every event against its class schema', () => {
    for (const e of ocsf) expect(validate(e), `${e.class_uid} ${e.message}`).toEqual([]);
    expect(new Set(ocsf.map((e) => e.class_uid))).toEqual(new Set(Object.keys(CLASSES).map(Number)));
  });

  it('negative controls: a missing required field or an unknown one fails validation', () => {
    const file = structuredClone(ocsf[0]!);
    delete file.file;
    expect(validate(file).join()).toMatch(/must have required property 'file'/);
    const version = structuredClone(ocsf[3]!);
    delete version.metadata.version;
    expect(validate(version).join()).toMatch(/metadata must have required property 'version'/);
    const typo = structuredClone(ocsf[6]!);
    typo.polcy = typo.policy;
    expect(validate(typo).join()).toMatch(/must NOT have additional properties/);
    const finding = structuredClone(ocsf.find((e) => e.class_uid === 2004)!);
    delete finding.finding_info.uid;
    expect(validate(finding).join()).toMatch(/finding_info must have required property 'uid'/);
  });

  it('matches the golden file of each class (UPDATE_GOLDEN=1 rewrites them)', () => {
    for (const [uid, name] of Object.entries(CLASSES)) {
      const first = stable(ocsf.find((e) => e.class_uid === Number(uid))!);
      const golden = join(FIXTURES, `ocsf/golden/${name}.json`);
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, JSON.stringify(first, null, 2) + '\n');
      expect(first, name).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    }
  });

  it('writes the same events when worker threads replay the log in slices', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apl-ocsf-'));
    try {
      copyFileSync(join(REPO, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
      // Many copies of the log: several slices, each with every class.
      const log = readFileSync(join(REPO, 'actions.jsonl'), 'utf8');
      writeFileSync(join(dir, 'actions.jsonl'), log.repeat(40));
      const env = { AGENT_POLICY_LINT_REPLAY_PARALLEL_MIN: '0', AGENT_POLICY_LINT_REPLAY_SLICE: '2000', AGENT_POLICY_LINT_REPLAY_WORKERS: '2', AGENT_POLICY_LINT_REPLAY_TRACE: '1' };
      const split = runCli(['--agent-log', 'actions.jsonl', '--format', 'ocsf', '--output', 'out.jsonl'], { cwd: dir, env });
      expect(split.stderr).toMatch(/slices, [1-9]\d* by 2 workers/);
      const one = runCli(['--agent-log', 'actions.jsonl', '--format', 'ocsf'], { cwd: dir, env: { AGENT_POLICY_LINT_REPLAY_WORKERS: '0' } });
      const key = (e: Event): string => JSON.stringify(stable(e));
      const a = lines(readFileSync(join(dir, 'out.jsonl'), 'utf8')).filter((e) => e.class_uid !== 2004);
      const b = lines(one.stdout).filter((e) => e.class_uid !== 2004);
      expect(a).toHaveLength(320);
      expect(a.map(key)).toEqual(b.map(key));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--format splunk-hec', () => {
  it('wraps the same events in HTTP Event Collector envelopes', () => {
    const hec = lines(replay('splunk-hec'));
    expect(hec).toHaveLength(ocsf.length);
    hec.forEach((h, i) => {
      expect(Object.keys(h).sort()).toEqual(['event', 'host', 'source', 'sourcetype', 'time']);
      expect(h.sourcetype).toBe('ocsf:agent-policy-lint');
      expect(h.time).toBe(h.event.time / 1000);
      expect(stable(h.event)).toEqual(stable(ocsf[i]!));
    });
    expect(hec[0]!.source).toBe('actions.jsonl');
  });
});
