import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  formatHtml,
  formatHtmlChunks
} from "./chunk-KPFS4T5R.js";
import "./chunk-F2VQ6EFB.js";
export {
  formatHtml,
  formatHtmlChunks
};
