import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_ROWS,
  MAX_CELL,
  MAX_TABLE_BYTES,
  cell,
  formatMarkdown,
  renderMarkdown
} from "./chunk-IWFL42ZW.js";
import "./chunk-RMFQFXED.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";
export {
  DEFAULT_MAX_ROWS,
  MAX_CELL,
  MAX_TABLE_BYTES,
  cell,
  formatMarkdown,
  renderMarkdown
};
