import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  emitReport,
  prepareFindings,
  useColor
} from "./chunk-3D2REQWC.js";
import "./chunk-JKT4FLMP.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";
export {
  emitReport,
  prepareFindings,
  useColor
};
