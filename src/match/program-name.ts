// The program a command word runs: the file it names without its directory, read by every model
// as the program it is another name of (./program-aliases.ts).
import { sameProgram } from './program-aliases.js';

/** The name of the file a command word runs, as written: `/usr/bin/rm` → `rm`, `gfind` → `gfind`. */
export function writtenName(v: string): string {
  // A loop, not lastIndexOf: V8 runs String.prototype.lastIndexOf in the runtime, several times
  // slower on these short words, and this runs for every layer of every simple command.
  let slash = v.length - 1;
  while (slash >= 0 && v.charCodeAt(slash) !== 47) slash--;
  return slash < 0 || slash === v.length - 1 ? v : v.slice(slash + 1);
}

/**
 * The program a command word runs, by the name every model knows it by: `/usr/bin/rm` → `rm`, and
 * another name of the same program → that program (`gfind` → `find`: ./program-aliases.ts).
 */
export function executableName(v: string): string {
  return sameProgram(writtenName(v));
}
