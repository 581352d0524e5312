// Registers the shell-command half of the engine (see ./command-support.ts) without the automata
// of tree touches (./automata-support.ts): the runtime guard's import, which loads those only for
// a command that touches a tree. Everyone else imports ./commands.ts (both).
import { CommandPatternList } from '../match/command.js';
import { registerCommandSupport } from './command-support.js';
import { decideCommand } from './decide-command.js';

registerCommandSupport({ CommandPatternList, decideCommand });
