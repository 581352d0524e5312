import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/engine/automata-support.ts
var support;
function registerAutomata(s) {
  support = s;
}
var AutomataNotLoaded = class extends Error {
  constructor() {
    super("deciding a touch of a tree needs the automata: import src/engine/trees.js (src/engine/index.js does)"), this.name = "AutomataNotLoaded";
  }
};
function requireAutomata() {
  if (!support) throw new AutomataNotLoaded();
  return support;
}

export {
  registerAutomata,
  AutomataNotLoaded,
  requireAutomata
};
