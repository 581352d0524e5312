import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-AQE57AHA.js";
import "./chunk-UKSESNFL.js";
import "./chunk-E2DDFUFK.js";
import "./chunk-USJY5TIR.js";
import "./chunk-UHEJFXOP.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
