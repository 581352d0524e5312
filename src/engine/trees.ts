// Registers the automata that decide touches of whole trees and globs (see ./automata-support.ts).
import { ALL_PATHS, Automata } from '../match/automata.js';
import { registerAutomata } from './automata-support.js';

registerAutomata({ Automata, ALL_PATHS });
