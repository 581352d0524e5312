// The pattern compilers of src/match, behind the analysis's PatternCompiler seam, with the options
// the engine compiles each list with (src/engine/compile.ts, src/engine/lists.ts).
import { commandPatternRegexSource } from '../match/command.js';
import { globSyntaxError, policyGlobSource } from '../match/glob.js';
import { DENY_LIST, readings } from '../match/patterns.js';
import type { CompileResult, PatternCompiler, Role } from './compiler.js';

export const defaultCompiler: PatternCompiler = {
  path(pattern: string, role: Role): CompileResult {
    const bad = globSyntaxError(pattern);
    // The policy loader reports invalid globs (invalid-glob) with their position.
    if (bad) return { ok: false, reason: bad.message, reported: true };
    try {
      // Denies match case-insensitively and cover what lies below a match; allows, exceptions and
      // approval grants match exactly.
      // A deny is read as the engine reads it: trimmed, and `/x` also as `x` (src/match/patterns.ts readings).
      if (role === 'deny') {
        const each = readings(pattern, DENY_LIST);
        const union = (opts: { nocase: boolean; coverDescendants?: boolean }) =>
          each.length === 1 ? policyGlobSource(each[0]!, opts) : each.map((p) => `(?:${policyGlobSource(p, opts)})`).join('|');
        return {
          ok: true,
          lang: { source: union({ nocase: true, coverDescendants: true }), flags: 'i' },
          core: { source: union({ nocase: true }), flags: 'i' },
        };
      }
      return { ok: true, lang: { source: policyGlobSource(pattern), flags: '' } };
    } catch (e) {
      return { ok: false, reason: (e as Error).message, reported: false };
    }
  },
  // Deny lists match case-insensitively (src/match/command.ts CommandPatternList), the rest exactly.
  command: (pattern, role) => ({ ok: true, lang: { source: commandPatternRegexSource(pattern), flags: role === 'deny' ? 'i' : '' } }),
};
