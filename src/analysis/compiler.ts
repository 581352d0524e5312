// The seam to the pattern compilers of src/match: a policy pattern becomes a regular language.
import type { Lang } from '../match/automata.js';

export type Role = 'allow' | 'deny' | 'approval' | 'exception';

export type CompileResult =
  /** `core`: for a deny that also covers descendants, the pattern's own language (what the author wrote). */
  | { ok: true; lang: Lang; core?: Lang }
  /** `reported`: the policy loader already reports this pattern as invalid, so stay quiet. */
  | { ok: false; reason: string; reported: boolean };

export interface PatternCompiler {
  /** A path glob with policy semantics; deny patterns match case-insensitively. */
  path(pattern: string, role: Role): CompileResult;
  /** A command pattern over normalised simple-command strings. */
  command(pattern: string, role: Role): CompileResult;
}
