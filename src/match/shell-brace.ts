// Bash brace expansion over a word whose characters are marked active (unquoted literal) or not.
// `{rm,-rf,x}` is three words to bash, and `git push {--force,origin}` pushes with --force:
// a deny must see the expanded words.

export interface BraceUnit {
  t: string;
  /** Unquoted literal character: may take part in brace syntax. */
  active: boolean;
}

/** The expanded words, or a reason when the expansion is too large to analyse. */
export function braceExpand(units: readonly BraceUnit[], limit: number): string[] | string {
  try {
    return expand(units, limit).map((us) => us.map((u) => u.t).join(''));
  } catch (e) {
    if (e instanceof TooBig) return `brace expansion yields more than ${limit} words`;
    throw e;
  }
}

class TooBig extends Error {}

type Units = readonly BraceUnit[];

function expand(units: Units, limit: number): BraceUnit[][] {
  for (let i = 0; i < units.length; i++) {
    if (!isActive(units[i], '{')) continue;
    const close = matchingClose(units, i);
    if (close < 0) continue;
    const inner = units.slice(i + 1, close);
    const alts = alternatives(inner, limit);
    if (!alts) continue;
    const prefix = units.slice(0, i);
    const suffixes = expand(units.slice(close + 1), limit);
    const out: BraceUnit[][] = [];
    for (const a of alts) {
      for (const x of expand(a, limit)) {
        for (const suf of suffixes) {
          out.push([...prefix, ...x, ...suf]);
          if (out.length > limit) throw new TooBig();
        }
      }
    }
    return out;
  }
  return [[...units]];
}

function isActive(u: BraceUnit | undefined, ch: string): boolean {
  return u !== undefined && u.active && u.t === ch;
}

function matchingClose(units: Units, open: number): number {
  let depth = 0;
  for (let k = open; k < units.length; k++) {
    if (isActive(units[k], '{')) depth++;
    else if (isActive(units[k], '}') && --depth === 0) return k;
  }
  return -1;
}

/** Comma alternatives or a sequence; undefined when `{…}` is not a brace expression. */
function alternatives(inner: Units, limit: number): BraceUnit[][] | undefined {
  const parts: BraceUnit[][] = [[]];
  let depth = 0;
  for (const u of inner) {
    if (isActive(u, '{')) depth++;
    else if (isActive(u, '}')) depth--;
    if (depth === 0 && isActive(u, ',')) parts.push([]);
    else parts[parts.length - 1]!.push(u);
  }
  if (parts.length > 1) return parts;
  if (inner.some((u) => !u.active)) return undefined;
  const seq = sequence(inner.map((u) => u.t).join(''), limit);
  return seq?.map((t) => [{ t, active: false }]);
}

function sequence(text: string, limit: number): string[] | undefined {
  const num = /^([+-]?\d+)\.\.([+-]?\d+)(?:\.\.([+-]?\d+))?$/.exec(text);
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([+-]?\d+))?$/.exec(text);
  const m = num ?? chr;
  if (!m) return undefined;
  const step = Math.abs(Number(m[3] ?? 1)) || 1;
  const a = num ? Number(m[1]) : m[1]!.charCodeAt(0);
  const b = num ? Number(m[2]) : m[2]!.charCodeAt(0);
  const count = Math.floor(Math.abs(b - a) / step) + 1;
  if (count > limit) throw new TooBig();
  const width = num && (/^[+-]?0\d/.test(m[1]!) || /^[+-]?0\d/.test(m[2]!)) ? Math.max(m[1]!.length, m[2]!.length) : 0;
  const out: string[] = [];
  const dir = b >= a ? 1 : -1;
  for (let k = 0, v = a; k < count; k++, v += dir * step) {
    if (!num) out.push(String.fromCharCode(v));
    else {
      const abs = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), '0');
      out.push(v < 0 ? '-' + abs : abs);
    }
  }
  return out;
}
