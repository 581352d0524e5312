import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/replay/rules.js';
import { FIXTURES, runCli } from '../helpers/cli.js';

const DEMO = join(FIXTURES, 'demo');

describe('the demo log (npm run demo)', () => {
  it('shows each kind of replay finding once', () => {
    const r = runCli(['--agent-log', '.agent-actions.jsonl', '--format', 'json'], { cwd: DEMO });
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; file: string; line: number }> }).findings;
    const ours = new Set(rules.map((x) => x.id));
    const count = new Map<string, number>();
    for (const f of findings) if (ours.has(f.ruleId)) count.set(f.ruleId, (count.get(f.ruleId) ?? 0) + 1);
    // Not in the demo: a 16 MiB line, and a glob that matches nothing (the demo names its log).
    const shown = [...ours].filter((id) => id !== 'replay-line-too-long' && id !== 'replay-no-log-match');
    for (const id of shown) expect(count.get(id), id).toBeGreaterThan(0);
    // Persistence needs three blocked attempts; everything else appears exactly once.
    for (const [id, n] of count) expect(n, id).toBe(id === 'replay-blocked-attempt' ? 3 : 1);
  });
});
