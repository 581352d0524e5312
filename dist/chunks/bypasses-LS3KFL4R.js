import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-7JWG4CQR.js";
import "./chunk-UKSESNFL.js";
import "./chunk-MDBCHI7S.js";
import "./chunk-USJY5TIR.js";
import "./chunk-UHEJFXOP.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
