// End to end through the built CLI: an IPv6 address is one host, written bare or in brackets.
// Found while speeding up host decisions (the lists now match the engine's normalised name as it
// is): a bare `2001:db8::1` was read as scp's `host:path` with the host `2001`, the IPv4 address
// 0.0.7.209, and the lists normalised the engine's name again, so an exception for one
// `2001:…` address admitted every `2001:…` address, and 0.0.7.209 too.
import { describe, expect, it } from 'vitest';
import { explainOutcome as explain, tempTree } from '../helpers/cli.js';


describe('an IPv6 network exception names one address', () => {
  const dir = tempTree({
    '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  network:', '    allow_outbound: false', '    exceptions: ["2001:db8::99"]', ''].join('\n'),
  });

  it.each(['[2001:db8::99]', '2001:DB8::99', 'http://[2001:db8::99]:8080/x', '2001:db8:0:0:0:0:0:99'])('%s is allowed', (host) => {
    expect(explain(dir, ['--host', host]).outcome).toBe('allow');
  });

  it.each(['[2001:db8::1]', '2001:db8::1', 'http://[2001:db8::5]/x', '0.0.7.209', '2001', 'fe80::99%eth0'])('%s is not', (host) => {
    expect(explain(dir, ['--host', host])).toEqual({ code: 1, outcome: 'deny' });
  });
});

describe('an IPv6 deny covers the address however it is written', () => {
  const dir = tempTree({
    '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  network:', '    allow_outbound: true', '    deny: ["[fd00:ec2::254]"]', ''].join('\n'),
  });

  it.each(['fd00:ec2::254', '[FD00:EC2::254]', 'http://[fd00:ec2:0::254]/latest/', 'fd00:ec2:0:0:0:0:0:254'])('%s is denied', (host) => {
    expect(explain(dir, ['--host', host])).toEqual({ code: 1, outcome: 'deny' });
  });

  it('another address is not', () => {
    expect(explain(dir, ['--host', 'fd00:ec2::253']).outcome).toBe('allow');
  });
});
