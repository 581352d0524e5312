import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  ALL_PATHS,
  Automata
} from "./chunk-VUNKACUS.js";
import {
  registerAutomata
} from "./chunk-VNHIW7E3.js";

// src/engine/trees.ts
registerAutomata({ Automata, ALL_PATHS });
