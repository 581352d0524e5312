import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  loadBypasses,
  writeBypassRecord
} from "./chunk-L6N2Y6MX.js";
import "./chunk-UKSESNFL.js";
import "./chunk-CK3TUVGB.js";
import "./chunk-Y6XJUTQZ.js";
import "./chunk-B3NYTH4F.js";
import "./chunk-2ZJFRSFH.js";
import "./chunk-F2VQ6EFB.js";
export {
  loadBypasses,
  writeBypassRecord
};
