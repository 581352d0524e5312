// What makes a piece of a command line opaque (SPEC 3, "Opaque code"), shared by the readers of
// each kind of code (src/match/shell-opaque.ts, src/match/inline-programs.ts).
export interface OpaqueConstruct {
  /** Why, for people. */
  reason: string;
  /**
   * The words that name the construct (`python -c`): an allow pattern containing them admits it.
   * Absent when the hidden code may be anything anywhere on the line.
   */
  construct?: string;
}
