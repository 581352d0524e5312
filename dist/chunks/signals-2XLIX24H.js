import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  authorEmailAgent,
  commitSignals,
  detectAgent,
  identityAgent,
  pullRequestSignals,
  textSignals
} from "./chunk-6D6EXPX4.js";
import "./chunk-F2VQ6EFB.js";
export {
  authorEmailAgent,
  commitSignals,
  detectAgent,
  identityAgent,
  pullRequestSignals,
  textSignals
};
