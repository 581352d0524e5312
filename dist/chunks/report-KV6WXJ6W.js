import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  emitReport,
  exitCodeFor,
  useColor
} from "./chunk-PW77MLNL.js";
import "./chunk-O3G5XKBQ.js";
import "./chunk-OU77WY22.js";
import "./chunk-E7AKDGUQ.js";
import "./chunk-CPOZV66D.js";
import "./chunk-TBDWGYFU.js";
import "./chunk-6RCGQYBU.js";
import "./chunk-3M3UEKFW.js";
import "./chunk-GRFHVHPK.js";
import "./chunk-F2VQ6EFB.js";
export {
  emitReport,
  exitCodeFor,
  useColor
};
