/** The cap on a bypass when the policy sets no `bypass.max_duration`: 24 hours. */
export const DEFAULT_MAX_BYPASS_MINUTES = 24 * 60;

const UNIT_MINUTES: Record<string, number> = { m: 1, min: 1, h: 60, d: 24 * 60 };

/**
 * `30m`, `2h`, `1h30m`, `1d`, or a bare number of minutes. Whole minutes only; undefined when
 * the text is not a duration or is zero.
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return n > 0 ? n : undefined;
  }
  if (!/^(\d+(m|min|h|d))+$/.test(t)) return undefined;
  let total = 0;
  for (const m of t.matchAll(/(\d+)(min|m|h|d)/g)) total += Number(m[1]) * UNIT_MINUTES[m[2]!]!;
  return total > 0 && Number.isSafeInteger(total) ? total : undefined;
}

/** 90 -> "1h30m". */
export function formatMinutes(min: number): string {
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  return [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].join('') || '0m';
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
