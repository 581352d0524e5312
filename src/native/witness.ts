// Concrete examples of what a pattern admits, for drift witnesses: a few strings per pattern,
// each checked afterwards against both sides (nothing here decides anything).
import { starExamples } from './wildcard.js';

/** Paths a policy or native glob covers: `**` and `*` filled with a plain name. */
export function globExamples(glob: string): string[] {
  const base = glob.replace(/^\/+/, '');
  const filled = base
    .replace(/\*\*\//g, '')
    .replace(/\/\*\*$/, '/x')
    .replace(/\*\*/g, 'x')
    .replace(/\*/g, 'x')
    .replace(/\?/g, 'x')
    .replace(/\{([^,}]*)[^}]*\}/g, '$1')
    .replace(/\[([^\]])[^\]]*\]/g, '$1');
  const nested = base.replace(/\*\*\//g, 'a/').replace(/\*\*/g, 'a/x').replace(/\*/g, 'x').replace(/\?/g, 'x').replace(/\{([^,}]*)[^}]*\}/g, '$1').replace(/\[([^\]])[^\]]*\]/g, '$1');
  return [...new Set([filled, nested, base.includes('/') ? filled : `sub/${filled}`])].filter((p) => p !== '');
}

/** Commands a `*` command pattern covers. */
export function commandExamples(pattern: string): string[] {
  return starExamples(pattern);
}

/** Hosts a host pattern covers (`*.example.com` -> `x.example.com`). */
export function hostExamples(pattern: string): string[] {
  return [pattern.replace(/^\*\./, 'x.').replace(/\*/g, 'x')];
}
