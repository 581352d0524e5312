import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  INFORMATION_URI,
  MAX_RELATED,
  MAX_RESULTS,
  SARIF_SCHEMA,
  formatSarif,
  relativeUri,
  toSarif,
  withoutPositions
} from "./chunk-SZAU7OW2.js";
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
  toSarif,
  withoutPositions
};
