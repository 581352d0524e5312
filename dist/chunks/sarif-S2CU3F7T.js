import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  INFORMATION_URI,
  MAX_RELATED,
  MAX_RESULTS,
  SARIF_SCHEMA,
  formatSarif,
  relativeUri,
  toSarif
} from "./chunk-WJW6YCBK.js";
import "./chunk-DT3GRZLG.js";
import "./chunk-RMFQFXED.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";
export {
  INFORMATION_URI,
  MAX_RELATED,
  MAX_RESULTS,
  SARIF_SCHEMA,
  formatSarif,
  relativeUri,
  toSarif
};
