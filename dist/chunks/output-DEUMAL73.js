import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  emitReport,
  prepareFindings,
  useColor
} from "./chunk-RXB5YFF7.js";
import "./chunk-Y6DNOGVW.js";
import "./chunk-F2HVAYKC.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";
export {
  emitReport,
  prepareFindings,
  useColor
};
