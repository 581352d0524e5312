// Registers the shell-command half of the engine (see ./command-support.ts).
import { CommandPatternList } from '../match/command.js';
import { registerCommandSupport } from './command-support.js';
import { decideCommand } from './decide-command.js';

registerCommandSupport({ CommandPatternList, decideCommand });
