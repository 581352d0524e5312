// Pattern matching for bypass and approval records, with the policy's semantics (SPEC 3):
// globs match dot-files, a pattern without '/' matches a name at any depth, `dir/**` covers
// `dir`; command patterns without '*' match by leading words, '*' matches anything.
import picomatch from 'picomatch';

export type Matcher = (subject: string) => boolean;

export function pathMatcher(patterns: readonly string[]): Matcher {
  const fns = patterns.map((raw) => {
    const pattern = raw.replace(/^\.\//, '');
    const base = !pattern.includes('/');
    const m = picomatch(pattern, { dot: true, basename: base });
    const dir = pattern.endsWith('/**') ? pattern.slice(0, -3) : undefined;
    return (p: string): boolean => m(p) || (dir !== undefined && (p === dir || picomatch.isMatch(p, dir, { dot: true })));
  });
  return (p) => fns.some((f) => f(p));
}

const words = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

export function commandMatcher(patterns: readonly string[]): Matcher {
  const fns = patterns.map((pattern) => {
    if (pattern.includes('*')) {
      const re = new RegExp(
        '^' + words(pattern).join(' ').split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*') + '$',
      );
      return (c: string): boolean => re.test(words(c).join(' '));
    }
    const pw = words(pattern);
    return (c: string): boolean => {
      const cw = words(c);
      return pw.length <= cw.length && pw.every((w, i) => w === cw[i]);
    };
  });
  return (c) => fns.some((f) => f(c));
}
