import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  ALL_PATHS,
  Automata
} from "./chunk-QIXD7XD2.js";
import {
  registerAutomata
} from "./chunk-S2S6B3UB.js";
import "./chunk-CVLVNSTC.js";
import "./chunk-TITIIXOH.js";

// src/engine/trees.ts
registerAutomata({ Automata, ALL_PATHS });
