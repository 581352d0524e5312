// The pattern compilers of src/match, behind the analysis's PatternCompiler seam.
import { commandPatternRegexSource } from '../match/command.js';
import type { CompileResult, PatternCompiler } from './compiler.js';

// Until src/match/glob.ts exports its compiler, path patterns are reported as undecided rather
// than silently passed.
const missing: CompileResult = { ok: false, reason: 'the glob compiler is not available yet', reported: false };

export const defaultCompiler: PatternCompiler = {
  path: () => missing,
  // Deny lists also match case-insensitively (src/match/command.ts CommandPatternList).
  command: (pattern, role) => ({ ok: true, lang: { source: commandPatternRegexSource(pattern), flags: role === 'deny' ? 'i' : '' } }),
};
