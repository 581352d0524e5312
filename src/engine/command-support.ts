// The shell-command half of the engine (the command matcher and, through it, bash-parser), which
// ./commands.ts registers. engine/index.ts imports that; engine/files.ts does not, so callers that
// decide only paths (the pre-commit hook) never load or evaluate the shell parser.
import type { CommandPatternList } from '../match/command.js';
import type { SubjectDecision } from './types.js';

export interface CommandSupport {
  CommandPatternList: typeof CommandPatternList;
  /**
   * ./decide-command.ts decideCommand. Its context (./context.ts Ctx) is not named here: that type
   * reaches ./lists.ts, which imports this module, and the import cycle would make load order matter.
   * A method signature, so that the registered function may take the narrower Ctx.
   */
  decideCommand(ctx: object, line: string): SubjectDecision[];
}

let support: CommandSupport | undefined;

export function registerCommandSupport(s: CommandSupport): void {
  support = s;
}

/** The command half when loaded, else undefined. */
export function commandSupport(): CommandSupport | undefined {
  return support;
}

/** The command half; deciding a command without it is a programming error, never an allow. */
export function requireCommandSupport(): CommandSupport {
  if (!support) throw new Error('command decisions need the full engine: import src/engine/index.js, not src/engine/files.js');
  return support;
}
