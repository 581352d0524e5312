import { describe, expect, it } from 'vitest';
import { approverAllowed, formatSeconds, isEmail, parseDuration, parseTimestamp } from '../../src/records/duration.js';

describe('parseTimestamp', () => {
  it.each([
    '2026-06-08T14:32:01Z',
    '2026-06-08T14:32:01.5Z',
    '2026-06-08T14:32:01.123Z',
    '2026-06-08T14:32:01.123456789Z',
    '2024-02-29T00:00:00Z',
    '2026-06-08T14:32:01+02:00',
    '2026-06-08T14:32:01.250-0530',
    '2026-06-08 14:32:01Z',
    '1969-12-31T23:59:59Z',
    '2026-06-08T24:00:00Z',
    '0050-01-01T00:00:00Z',
  ])('reads %s as Date.parse does', (s) => {
    expect(parseTimestamp(s)).toBe(Date.parse(s));
  });

  it('reads a run of timestamps in one minute and across minutes', () => {
    for (const s of ['2026-06-08T14:32:01Z', '2026-06-08T14:32:59.999Z', '2026-06-08T14:33:00Z', '2026-06-08T14:32:30Z', '2026-02-28T23:59:59Z', '2024-02-29T00:00:00Z']) {
      expect(parseTimestamp(s), s).toBe(Date.parse(s));
    }
    // Stricter than Date.parse, which rolls an impossible day over into the next month.
    expect(parseTimestamp('2026-02-29T00:00:00Z')).toBeUndefined();
  });

  it.each(['yesterday', '2026-06-08', '2026-06-08T14:32:01', '2026-13-08T14:32:01Z', '2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-06-08T14:32:01.Z', '', '1749391921'])(
    'rejects %j',
    (s) => {
      expect(parseTimestamp(s)).toBeUndefined();
    },
  );
});

describe('durations and approvers', () => {
  it('parses the policy units', () => {
    expect(parseDuration('30m')).toBe(1800);
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration('1d')).toBe(86400);
    expect(parseDuration('90s')).toBe(90);
    expect(parseDuration('45')).toBe(2700);
    for (const bad of ['', '0m', '0', 'soon', '1.5h', '-1h', '30 m', 'm']) expect(parseDuration(bad), bad).toBeUndefined();
    expect(formatSeconds(5400)).toBe('1h30m');
    expect(formatSeconds(86400 + 90)).toBe('1d1m30s');
  });

  it('checks e-mails and the approvers list', () => {
    expect(isEmail('alice@example.com')).toBe(true);
    expect(isEmail('alice')).toBe(false);
    expect(isEmail('alice@localhost')).toBe(false);
    expect(isEmail('a b@example.com')).toBe(false);
    expect(approverAllowed('Bob@Sec.example.com', ['*@sec.example.com'])).toBe(true);
    expect(approverAllowed('bob@evil-sec.example.com', ['*@sec.example.com'])).toBe(false);
    expect(approverAllowed('x@y.com', [])).toBe(true);
  });
});
