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
  const fast = fastUtc(text);
  if (fast !== undefined) return Number.isNaN(fast) ? undefined : fast;
  if (!ISO.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Two digits at `i`, or -1. */
function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common form `YYYY-MM-DDTHH:MM:SS[.fff…]Z` without a regex or Date.parse (replay reads one
 * per line). NaN: that form but an impossible date; undefined: another form (the slow path decides).
 */
// Consecutive log lines share their date, hour and minute: `YYYY-MM-DDTHH:MM` parsed once.
let lastMinute = '';
let lastMinuteMs = NaN;

function fastUtc(s: string): number | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(n - 1) !== 90 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const se = d2(s, 17);
  if (se < 0 || se > 59) return undefined;
  let ms = 0;
  if (n > 20) {
    if (s.charCodeAt(19) !== 46 || n === 21) return undefined;
    const f = digits(s, 20, n - 21);
    if (f < 0) return undefined;
    ms = Math.floor(f / 10 ** Math.max(0, n - 24)) * 10 ** Math.max(0, 24 - n);
  }
  if (s.startsWith(lastMinute) && lastMinute.length === 16) return lastMinuteMs + se * 1000 + ms;
  const base = minuteUtc(s);
  if (base === undefined || Number.isNaN(base)) return base;
  lastMinute = s.slice(0, 16);
  lastMinuteMs = base;
  return base + se * 1000 + ms;
}

/** `YYYY-MM-DDTHH:MM` of a fastUtc-shaped string, in ms (NaN: an impossible date). */
function minuteUtc(s: string): number | undefined {
  const y0 = d2(s, 0);
  const y1 = d2(s, 2);
  const y = y0 < 0 || y1 < 0 ? -1 : y0 * 100 + y1;
  const mo = d2(s, 5);
  const d = d2(s, 8);
  const h = d2(s, 11);
  const mi = d2(s, 14);
  // Years before 100: Date.UTC would read them as 19xx; the slow path is right.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
  if (d > DAYS[mo - 1]! + leap) return NaN;
  return Date.UTC(y, mo - 1, d, h, mi, 0, 0);
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
