// Registers the shell-command half of the engine (see ./command-support.ts) and the automata that
// decide the trees and globs a command touches (./automata-support.ts).
import './command-half.js';
import './trees.js';
