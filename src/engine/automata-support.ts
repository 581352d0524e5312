// The automata (src/match/automata.ts, built on refa: about 1 MB of code whose loading alone
// costs about as much as a bare Node start) that decide a touch of a whole tree or glob
// (./tree-witness.ts). ./trees.ts registers them, and ./commands.ts loads that, so every caller of
// src/engine/index.js has them. The runtime guard loads only the command half
// (./command-half.ts): most commands touch no tree, and one that does throws AutomataNotLoaded
// before anything is decided from it, so that the guard loads them and decides the call again.
import type { ALL_PATHS, Automata } from '../match/automata.js';

export interface AutomataSupport {
  Automata: typeof Automata;
  ALL_PATHS: typeof ALL_PATHS;
}

let support: AutomataSupport | undefined;

export function registerAutomata(s: AutomataSupport): void {
  support = s;
}

/** A decision needed the automata before they were loaded: load ./trees.js and decide again (never a verdict). */
export class AutomataNotLoaded extends Error {
  constructor() {
    super('deciding a touch of a tree needs the automata: import src/engine/trees.js (src/engine/index.js does)');
    this.name = 'AutomataNotLoaded';
  }
}

export function requireAutomata(): AutomataSupport {
  if (!support) throw new AutomataNotLoaded();
  return support;
}
