import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  INFORMATION_URI,
  MAX_RELATED,
  MAX_RESULTS,
  SARIF_SCHEMA,
  formatSarif,
  relativeUri,
  toSarif
} from "./chunk-2Q4LKAIZ.js";
import "./chunk-PLJGPGIT.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-RMFQFXED.js";
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
