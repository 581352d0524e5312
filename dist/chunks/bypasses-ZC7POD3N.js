import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-PKVXM7DK.js";
import "./chunk-UKSESNFL.js";
import "./chunk-AVO3BJFF.js";
import "./chunk-5LL3UP6J.js";
import "./chunk-QTZWARVO.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
