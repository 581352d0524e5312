// Verifies a session log's hash chain (src/audit/chain.ts) and names the first line where the
// log stops being what the guard wrote. Replay reports it as `audit-chain-broken`.
import { GENESIS, HEX64, lineHash, type ChainKind } from './chain.js';

export interface ChainBreak {
  /** 1-based line number where the break shows. */
  line: number;
  message: string;
}

export interface ChainReport {
  /** The first break, or undefined when the chain is whole. */
  broken?: ChainBreak;
  /** The chain is keyed and no key was given: hashes could not be checked (seq/prev still were). */
  unverifiedKeyed?: boolean;
  lines: number;
}

/** Whether a log's first line says it is a chained audit log (the guard's). */
export function isChainedLog(firstLine: string): boolean {
  return firstLine.includes('"chain"') && /"chain"\s*:\s*"(?:sha256|hmac-sha256)"/.test(firstLine);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function verifyChain(text: string, key: string | undefined): ChainReport {
  const rows = text.split('\n');
  const terminated = rows[rows.length - 1] === '';
  if (terminated) rows.pop();
  let expectSeq = 0;
  let expectPrev = GENESIS;
  let kind: ChainKind | undefined;
  let closed = false;
  let lastEvent: unknown;
  const report = (line: number, message: string): ChainReport => ({ broken: { line, message }, lines: rows.length, unverifiedKeyed: kind === 'hmac-sha256' && !key });
  for (let i = 0; i < rows.length; i++) {
    const no = i + 1;
    const raw = rows[i]!;
    if (i === rows.length - 1 && !terminated) return report(no, 'the last line is cut off (no newline at its end): the log was truncated or is being written');
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch {
      return report(no, 'the line is not JSON: it was edited or torn');
    }
    if (!isObj(o) || typeof o.seq !== 'number' || typeof o.prev !== 'string' || typeof o.hash !== 'string' || (o.chain !== 'sha256' && o.chain !== 'hmac-sha256')) {
      return report(no, 'the line has no chain fields (chain, seq, prev, hash): it was inserted or edited');
    }
    if (kind === undefined) kind = o.chain;
    else if (o.chain !== kind) return report(no, `the line is chained with ${o.chain}, the log with ${kind}: it was inserted or edited`);
    if (o.seq !== expectSeq) {
      const why =
        o.seq > expectSeq
          ? `${o.seq - expectSeq} line(s) before it are missing (deleted), or lines were moved`
          : 'it repeats or comes before an earlier line: lines were inserted or reordered';
      return report(no, `the line is number ${o.seq} of the chain where number ${expectSeq} was expected: ${why}`);
    }
    if (o.prev !== expectPrev) {
      return report(no, i === 0 ? 'the first line does not start a chain: lines before it were deleted' : 'the line does not chain onto the line before it: lines were inserted, deleted or reordered');
    }
    if (!HEX64.test(o.hash)) return report(no, 'the line\'s hash is not a SHA-256 hex digest: it was edited');
    // Without the key a keyed chain's hashes cannot be recomputed; seq and prev are still checked.
    if (kind === 'sha256' || key) {
      if (lineHash(o, key) !== o.hash) return report(no, kind === 'sha256' || !key ? 'the line was edited: its hash does not match its content' : 'the line was edited, or the key is not the one it was written with: its HMAC does not match');
    }
    if (closed && o.event !== 'session-start') return report(no, 'a line after the session\'s closing line that does not start a resumed session: it was appended later');
    closed = o.event === 'session-end';
    lastEvent = o.event;
    expectSeq++;
    expectPrev = o.hash;
  }
  if (rows.length > 0 && lastEvent !== 'session-end') {
    return report(rows.length + 1, 'the log ends without the session\'s closing line: lines at its end are missing (truncated), or the session has not ended');
  }
  return { lines: rows.length, unverifiedKeyed: kind === 'hmac-sha256' && !key };
}
