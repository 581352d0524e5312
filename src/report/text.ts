import { SEVERITY_ORDER, type Finding, type Summary } from './finding.js';

/** `1 error`, `2 warnings`, `0 infos`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countsText(s: Pick<Summary, 'errors' | 'warnings' | 'infos'>): string {
  return `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}`;
}

export function problemCount(s: Pick<Summary, 'errors' | 'warnings' | 'infos'>): number {
  return s.errors + s.warnings + s.infos;
}

// C0/C1 controls (but \n), and bidi overrides that could reorder what a reader sees (Trojan Source).
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from policies and agent logs is untrusted: make control characters visible so that it
 * cannot move the cursor, recolour the terminal or hide text. CRLF becomes LF; a tab becomes a space.
 */
export function visible(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, (ch) => {
    if (ch === '\t') return ' ';
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `file:line:col`, or just `file` for a whole-file location (line 0). */
export function locationText(loc: { file: string; line: number; column: number }): string {
  if (loc.line <= 0) return loc.file;
  return loc.column > 0 ? `${loc.file}:${loc.line}:${loc.column}` : `${loc.file}:${loc.line}`;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{M}\u200b-\u200d\ufe0f]/u;

/** Terminal columns a string takes (approximate: wide East Asian and emoji count 2, marks 0). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    w += WIDE.test(ch) ? 2 : 1;
  }
  return w;
}

export function padEndWidth(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** Stable order of severities for choosing what to keep when output must be capped. */
export function bySeverity<T extends Pick<Finding, 'severity'>>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => SEVERITY_ORDER[a.item.severity] - SEVERITY_ORDER[b.item.severity] || a.i - b.i)
    .map((x) => x.item);
}
