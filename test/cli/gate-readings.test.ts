// Issue 14, "Paths and hosts", end to end through the built CLI: approval gates see the Windows
// readings and case that denies see.
import { describe, expect, it } from 'vitest';
import { explainOutcome as explain, tempTree } from '../helpers/cli.js';


describe('approval gates see the Windows readings and case that denies see', () => {
  const dir = tempTree({
    '.agent-policy.yml': [
      'version: "2.1"',
      'default_permissions:',
      '  filesystem:',
      '    allow: ["**"]',
      'constraints:',
      '  require_human_approval:',
      '    - file_pattern: package.json',
      '',
    ].join('\n'),
  });

  it.each(['package.json', 'package.json.', 'package.json ', 'package.json::$DATA', 'PACKAGE.JSON', 'Package.Json.'])('%s is not allowed without an approval', (p) => {
    const r = explain(dir, [p]);
    expect(r.code).toBe(1);
    expect(['needs-approval', 'deny']).toContain(r.outcome);
  });

  it('the written spelling needs the approval, and the approval allows it', () => {
    expect(explain(dir, ['package.json']).outcome).toBe('needs-approval');
    expect(explain(dir, ['package.json', '--approval', 'apr_1']).outcome).toBe('allow');
  });

  it('a gate written with a leading / gates the root-anchored reading', () => {
    const d = tempTree({
      '.agent-policy.yml': ['version: "2.1"', 'default_permissions:', '  filesystem:', '    allow: ["**"]', 'constraints:', '  require_human_approval:', '    - file_pattern: /deploy/**', ''].join('\n'),
    });
    expect(explain(d, ['deploy/prod.yml']).code).toBe(1);
  });
});
