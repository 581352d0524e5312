import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURES } from '../helpers/cli.js';

// A report whose destination fails is not a defect of the tool: no "internal error, please
// report it". A reader that stops reading (`| head`) wanted no more: nothing is said at all.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apl-write-'));
  const repo = join(FIXTURES, 'ocsf/repo');
  copyFileSync(join(repo, '.agent-policy.yml'), join(dir, '.agent-policy.yml'));
  // Megabytes of events: more than a pipe holds, so the writes meet the closed pipe.
  writeFileSync(join(dir, 'actions.jsonl'), readFileSync(join(repo, 'actions.jsonl'), 'utf8').repeat(2000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shell = (line: string) => spawnSync('bash', ['-c', line], { cwd: dir, encoding: 'utf8' });

describe('a report that cannot be written', () => {
  it('ends quietly, exit 2, when the reader of standard output stops reading (| head)', () => {
    const r = shell(`"${process.execPath}" "${CLI}" --agent-log actions.jsonl --format ocsf 2>err.txt | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`);
    expect(r.stdout.trim()).toBe('2');
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
  });

  it('says the write failed, without calling it an internal error (a full device)', () => {
    const r = shell(`"${process.execPath}" "${CLI}" --agent-log actions.jsonl --format ocsf > /dev/full; echo "exit \$?"`);
    expect(r.stdout.trim()).toBe('exit 2');
    expect(r.stderr).toMatch(/^agent-policy-lint: could not write the report: ENOSPC/);
    expect(r.stderr).not.toMatch(/internal error|please report/);
  });
});
