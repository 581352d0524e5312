/** The cap on a bypass when the policy sets no `bypass.max_duration`: 24 hours. */
export const DEFAULT_MAX_BYPASS_MINUTES = 24 * 60;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, min: 60, h: 3600, d: 86400 };

/**
 * `30m`, `2h`, `1h30m`, `1d`, `90s` (the units of the policy's `bypass.max_duration`), or a bare
 * number of minutes. Returns seconds; undefined when the text is not a duration or is zero.
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,9}$/.test(t)) {
    const n = Number(t) * 60;
    return n > 0 ? n : undefined;
  }
  if (!/^(\d{1,9}(s|m|min|h|d))+$/.test(t)) return undefined;
  let total = 0;
  for (const m of t.matchAll(/(\d+)(min|s|m|h|d)/g)) total += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
  return total > 0 && Number.isSafeInteger(total) ? total : undefined;
}

/** 5400 -> "1h30m"; seconds shown only when not whole minutes. */
export function formatSeconds(sec: number): string {
  const d = Math.floor(sec / 86400);
  const h = Math.floor((sec % 86400) / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = Math.round(sec % 60);
  return [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : '', s ? `${s}s` : ''].join('') || '0s';
}

/** ISO 8601 UTC without milliseconds, as the seed's records show: 2026-06-08T15:05:00Z. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Date-time with a zone (Z or ±hh:mm); a bare date or a zone-less time is ambiguous.
const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Milliseconds since the epoch, or undefined for anything but an ISO 8601 date-time with a zone. */
export function parseTimestamp(text: string): number | undefined {
  if (!ISO.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/** The policy's `bypass.approvers` list: exact e-mails or `*@domain`; empty = anyone. */
export function approverAllowed(email: string, approvers: readonly string[] | undefined): boolean {
  if (!approvers || approvers.length === 0) return true;
  const e = email.toLowerCase();
  return approvers.some((a) => {
    const p = a.toLowerCase();
    return p.startsWith('*@') ? e.endsWith(p.slice(1)) : p === e;
  });
}
