// The streaming OCSF encoder (src/report/ocsf/line.ts) writes exactly the event that the mapping
// (src/report/ocsf/events.ts) defines, for any decision: generated decisions, drawn from small
// pools so that the encoder's cached fragments are reused across decisions that differ in what
// the cache key must tell apart, with hostile strings (quotes, controls, lone surrogates).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReplayedDecision } from '../../src/report/decision.js';
import { ocsfDecisionEvent } from '../../src/report/ocsf/events.js';
import { hecEnvelope } from '../../src/report/ocsf/hec.js';
import { hecEventWriter, ocsfEventWriter } from '../../src/report/ocsf/line.js';
import type { DecisionEncoder } from '../../src/report/decision.js';
import { ByteLines } from '../../src/replay/byte-lines.js';

/** The encoder's line as text (it writes bytes; one buffer for all, as a slice's is). */
function asText(encode: DecisionEncoder): (d: ReplayedDecision) => string {
  const out = new ByteLines();
  return (d) => {
    encode(d, out);
    out.endLine();
    return out.bytes().toString('utf8');
  };
}
const ocsfEventEncoder = (m: typeof meta, end?: string) => asText(ocsfEventWriter(m, end));
const hecEventEncoder = (m: typeof meta, end?: string) => asText(hecEventWriter(m, end));

const meta = { toolVersion: '9.9.9', host: 'ci-"host"', now: 1_780_000_000_000 };
const text = fc.oneof(fc.constantFrom('a', 'src/app.ts', '', 'x"y', 'pkg/ü/\u202e.ts', '\ud800', '<script>', 'a\\b\n'), fc.string({ maxLength: 12 }));
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

const decision: fc.Arbitrary<ReplayedDecision> = fc
  .record({
    timestamp: opt(text),
    ms: opt(fc.integer({ min: 0, max: 2 ** 45 })),
    agent: opt(text),
    session: opt(text),
    user: opt(text),
    kind: fc.constantFrom('read', 'write', 'delete', 'command', 'network', 'tool'),
    subject: text,
    paths: opt(fc.array(text, { maxLength: 3 })),
    host: opt(text),
    url: opt(text),
    tool: opt(text),
    outcome: fc.constantFrom('allow', 'deny', 'needs-approval'),
    approved: fc.boolean(),
    verdict: fc.constantFrom('allow', 'deny', 'approval', 'bypass'),
    bypass: opt(fc.array(text, { maxLength: 2 })),
    blocked: fc.boolean(),
    reason: text,
    rule: opt(
      fc.record({
        uid: fc.constantFrom('.agent-policy.yml#/a/0', '.agent-policy.yml#/a/1'),
        effect: fc.constantFrom('allow', 'deny'),
        pattern: fc.constantFrom('src/**', 'src/**\u202e', '"q"'),
        file: fc.constantFrom('.agent-policy.yml', 'sub/.agent-policy.yml'),
        line: fc.integer({ min: 1, max: 3 }),
        column: fc.integer({ min: 1, max: 3 }),
      }),
    ),
    policyVersion: fc.constantFrom('2.1', '3'),
    loggedPolicyVersion: opt(text),
    log: fc.constantFrom('actions.jsonl', 'logs/"odd".jsonl'),
    line: fc.integer({ min: 1, max: 10_000_000 }),
  })
  .map((r) => {
    // Absent members are absent, as the replay builds them (never present and undefined).
    const d = { ...r } as Record<string, unknown>;
    for (const k of Object.keys(d)) if (d[k] === undefined) delete d[k];
    return d as unknown as ReplayedDecision;
  });

describe('the streaming OCSF encoder', () => {
  it('writes, for any decision, the event the mapping defines (cached parts reused across decisions)', () => {
    const encode = ocsfEventEncoder(meta);
    fc.assert(
      fc.property(decision, (d) => {
        // Byte for byte: the streamed report is compared with earlier builds' by its sha256.
        expect(encode(d)).toBe(JSON.stringify(ocsfDecisionEvent(d, meta)));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the same event when records share rule objects (as the replay shares one per rule) across outcomes and versions', () => {
    // The encoder takes the same rule object for the same rule: here a few objects shared by
    // decisions that differ in everything else, so that each cached text is offered to records
    // it does not fit (other outcome, verdict, policy version).
    const rules = [
      { uid: '.agent-policy.yml#/a/0', effect: 'allow', pattern: 'src/**', file: '.agent-policy.yml', line: 1, column: 1 },
      { uid: '.agent-policy.yml#/a/0', effect: 'deny', pattern: '"q"\u202e', file: '.agent-policy.yml', line: 2, column: 3 },
      { uid: 'sub/.agent-policy.yml#/b/1', effect: 'allow', pattern: 'x', file: 'sub/.agent-policy.yml', line: 3, column: 1 },
    ] as const;
    const encode = ocsfEventEncoder(meta);
    const hec = hecEventEncoder(meta, '\n');
    fc.assert(
      fc.property(decision, fc.nat({ max: 3 }), (d0, i) => {
        const d = { ...d0 };
        if (i < 3) d.rule = rules[i]!;
        else delete d.rule;
        expect(JSON.parse(encode(d))).toEqual(JSON.parse(JSON.stringify(ocsfDecisionEvent(d, meta))));
        const line = hec(d);
        expect(line.endsWith('}\n')).toBe(true);
        expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(hecEnvelope(ocsfDecisionEvent(d, meta), meta, d.log))));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the Splunk HEC envelope of the same event', () => {
    const encode = hecEventEncoder(meta);
    fc.assert(
      fc.property(decision, (d) => {
        const expected = hecEnvelope(ocsfDecisionEvent(d, meta), meta, d.log);
        expect(JSON.parse(encode(d))).toEqual(JSON.parse(JSON.stringify(expected)));
      }),
      { numRuns: 1000 },
    );
  });

  it('negative control: a decision differing only in its rule pattern gets its own policy text', () => {
    const encode = ocsfEventEncoder(meta);
    const base: ReplayedDecision = { kind: 'read', subject: 'a', outcome: 'allow', approved: false, verdict: 'allow', blocked: false, reason: 'r', policyVersion: '2.1', log: 'l', line: 1, rule: { uid: 'u', effect: 'allow', pattern: 'p1', file: 'f', line: 1, column: 1 } };
    expect(JSON.parse(encode(base)).policy.desc).toContain('"p1"');
    expect(JSON.parse(encode({ ...base, rule: { ...base.rule!, pattern: 'p2' } })).policy.desc).toContain('"p2"');
  });
});
