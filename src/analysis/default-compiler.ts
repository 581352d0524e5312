// The pattern compilers of src/match, behind the analysis's PatternCompiler seam.
// Placeholder until src/match exports its glob and command-pattern compilers: every pattern is
// reported as undecided rather than silently passed.
import type { PatternCompiler } from './compiler.js';

const missing = { ok: false, reason: 'the pattern compiler is not available yet', reported: false } as const;

export const defaultCompiler: PatternCompiler = {
  path: () => missing,
  command: () => missing,
};
