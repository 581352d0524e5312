// The audit log's hash chain. Every line carries `seq` (its position, from 0), `hash` (SHA-256
// over the RFC 8785 canonical JSON of the line without its `hash`; HMAC-SHA256 under a key from
// the environment when one is set) and `prev` (the `hash` of the line before it; GENESIS for the
// first). A session ends with a closing line. An edited line fails its own hash; a deleted,
// inserted or reordered line breaks `seq`/`prev` where it happened; a missing tail lacks the
// closing line: a verifier names the first line where the log stops being what was written.
import { createHash, createHmac } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The `prev` of a session's first line. */
export const GENESIS = '0'.repeat(64);

/** Environment variable holding the chain key. Never read from the repository. */
export const AUDIT_KEY_ENV = 'AGENT_POLICY_LINT_AUDIT_KEY';

export type ChainKind = 'sha256' | 'hmac-sha256';

/** The events a session log holds; decision lines are in the audit format replay reads. */
export type AuditEvent = 'session-start' | 'decision' | 'post-tool' | 'session-end';

export interface ChainFields {
  chain: ChainKind;
  seq: number;
  prev: string;
  hash: string;
}

/** The hash of a line: over its canonical JSON without its own `hash` field. */
export function lineHash(line: Record<string, unknown>, key: string | undefined): string {
  const { hash: _own, ...rest } = line;
  const text = canonicalize(rest);
  if (text === undefined) throw new Error('an audit line that has no JSON form');
  return key ? createHmac('sha256', key).update(text).digest('hex') : createHash('sha256').update(text).digest('hex');
}

/** The hash of a line that is not JSON (a torn write): over its raw text, so the chain goes on. */
export function rawLineHash(text: string, key: string | undefined): string {
  return key ? createHmac('sha256', key).update(text).digest('hex') : createHash('sha256').update(text).digest('hex');
}

export function chainKind(key: string | undefined): ChainKind {
  return key ? 'hmac-sha256' : 'sha256';
}

/** The key from the environment, or undefined (an unkeyed chain). */
export function auditKey(env: NodeJS.ProcessEnv): string | undefined {
  const k = env[AUDIT_KEY_ENV];
  return k && k.length > 0 ? k : undefined;
}

/** A record made a chained line: chain kind, position, the previous hash and its own hash. */
export function sealLine(record: Record<string, unknown>, seq: number, prev: string, key: string | undefined): Record<string, unknown> {
  const { chain: _c, seq: _s, prev: _p, hash: _h, ...rest } = record;
  const line: Record<string, unknown> = { ...rest, chain: chainKind(key), seq, prev };
  line.hash = lineHash(line, key);
  return line;
}

export const HEX64 = /^[0-9a-f]{64}$/;
