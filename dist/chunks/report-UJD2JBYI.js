import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  emitReport,
  exitCodeFor,
  useColor
} from "./chunk-BJWSJRRF.js";
import "./chunk-O3G5XKBQ.js";
import "./chunk-37MXU2SG.js";
import "./chunk-E7AKDGUQ.js";
import "./chunk-QXW6KFLU.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";
export {
  emitReport,
  exitCodeFor,
  useColor
};
