import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  escapeData,
  escapeProperty,
  formatGithub,
  githubCommand
} from "./chunk-5AV6CIAU.js";
import "./chunk-RMFQFXED.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";
export {
  escapeData,
  escapeProperty,
  formatGithub,
  githubCommand
};
