// Glob syntax and compilation. Placeholder until the glob compiler lands.

/** A syntax problem in a glob, with the 0-based offset of the offending character. */
export interface GlobSyntaxError {
  message: string;
  offset: number;
}

/** Undefined when the glob is well-formed and supported. */
export function globSyntaxError(_pattern: string): GlobSyntaxError | undefined {
  return undefined;
}
