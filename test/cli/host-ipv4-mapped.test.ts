// Issue 14, "Paths and hosts", end to end through the built CLI: IPv4-mapped IPv6 in any spelling
// is its IPv4 host.
import { describe, expect, it } from 'vitest';
import { explainOutcome as explain, tempTree } from '../helpers/cli.js';


describe('IPv4-mapped IPv6 is its IPv4 host', () => {
  const dir = tempTree({
    '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  network:', '    allow_outbound: true', '    deny: ["169.254.169.254", "10.0.0.1"]', ''].join('\n'),
  });

  it.each([
    '169.254.169.254',
    '[::ffff:169.254.169.254]',
    'http://[::ffff:169.254.169.254]/latest/meta-data/',
    '[::ffff:a9fe:a9fe]',
    '[::FFFF:A9FE:A9FE]',
    '[0:0:0:0:0:ffff:a9fe:a9fe]',
    '[0000:0000:0000:0000:0000:ffff:169.254.169.254]',
    'http://[::ffff:a9fe:a9fe]:8080/',
    '::ffff:a9fe:a9fe',
    '[::ffff:a00:1]',
    '[::ffff:10.0.0.1]',
  ])('%s is denied', (host) => {
    expect(explain(dir, ['--host', host])).toEqual({ code: 1, outcome: 'deny' });
  });

  it('other IPv6 addresses are not', () => {
    expect(explain(dir, ['--host', '[::1]']).outcome).toBe('allow');
    expect(explain(dir, ['--host', '[::ffff:a9fe:a9ff]']).outcome).toBe('allow');
  });

  it('a deny written as IPv4-mapped IPv6 covers the IPv4 host', () => {
    const d = tempTree({
      '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  network:', '    allow_outbound: true', '    deny: ["::ffff:169.254.169.254"]', ''].join('\n'),
    });
    expect(explain(d, ['--host', '169.254.169.254']).outcome).toBe('deny');
  });
});
